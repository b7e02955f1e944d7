import { addDays } from 'date-fns';
import type { DateContext, DateRecogniser, FoundDate } from './context.js';
import { follows, readDirection, readWeekday, readWord } from './pieces.js';
import { weekdayByTense, weekdayFrom } from './resolve.js';

function relativeDayRecord(context: DateContext, first: number, last: number, start: number, day: Date | null, weekday: number | undefined, weekdayChecked: boolean): FoundDate {
  return {
    firstToken: first,
    lastToken: last,
    start,
    end: context.tokens[last]!.end,
    calendar: 'gregorian',
    granularity: 'day',
    from: day,
    to: day,
    relative: true,
    parts: weekday === undefined ? {} : { weekday },
    weekdayChecked,
  };
}

/**
 * "اليوم العالمي للمرأة", "اليوم الأول من المعرض": the day of something, not today — a definite word
 * follows; "ليس وليد اليوم": an idiom the table lists.
 */
function isNotToday(context: DateContext, first: number, last: number): boolean {
  const next = context.tokens[last + 1];
  if (next && follows(context, last + 1) && next.kind === 'word' && next.prefixes.length === 0 && next.normal.startsWith('ال')) return true;
  return first > 0 && readWord(context, 'not-today', first - 1)?.last === first - 1;
}

/**
 * Days named from the reference date: "اليوم", "أمس", "أول أمس الأربعاء" (the weekday confirms
 * the day), "غدا", "بعد غد", "الإثنين الماضي", "يوم الجمعة المقبل", and "يوم الأحد" alone, read by
 * the sentence's tense.
 */
export const relativeDay: DateRecogniser = {
  name: 'relativeDay',
  priority: 25,
  match(context, at) {
    const { tokens, reference } = context;
    const word = readWord(context, 'day', at);
    if (word) {
      const weekday = follows(context, word.last + 1) ? readWeekday(context, word.last + 1) : null;
      if (!weekday && isNotToday(context, at, word.last)) return null;
      const day = reference ? addDays(reference, Number(word.entry.value)) : null;
      return relativeDayRecord(context, at, weekday ? weekday.last : word.last, tokens[at]!.stemStart, day, weekday?.weekday, weekday !== null);
    }
    const weekday = readWeekday(context, at);
    if (!weekday) return null;
    const direction = readDirection(context, weekday.last);
    if (direction) {
      const day = reference ? weekdayFrom(reference, weekday.weekday, direction.direction) : null;
      return relativeDayRecord(context, at, direction.last, weekday.start, day, weekday.weekday, false);
    }
    // A weekday alone is a date only after "يوم", "صباح"…: bare, "الجمعة" is as often the prayer.
    // Before a number it opens a full date ("يوم الخميس 17 نونبر"), or one this reading cannot check.
    const numberNext = tokens[weekday.last + 1]?.kind === 'number' && follows(context, weekday.last + 1);
    if (weekday.first === weekday.last || numberNext) return null;
    const day = reference ? weekdayByTense(reference, weekday.weekday, context.tenseAt(at)) : null;
    return relativeDayRecord(context, at, weekday.last, weekday.start, day, weekday.weekday, false);
  },
};
