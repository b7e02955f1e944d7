import { addDays } from 'date-fns';
import type { DateContext, DateRecogniser, FoundDate } from './context.js';
import { follows, readDirection, readWeekday, readWord } from './pieces.js';
import { weekdayFrom } from './resolve.js';

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
 * the day), "غدا", "بعد غد", "الإثنين الماضي", "يوم الجمعة المقبل".
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
    const direction = weekday ? readDirection(context, weekday.last) : null;
    if (!weekday || !direction) return null;
    const day = reference ? weekdayFrom(reference, weekday.weekday, direction.direction) : null;
    return relativeDayRecord(context, at, direction.last, weekday.start, day, weekday.weekday, false);
  },
};
