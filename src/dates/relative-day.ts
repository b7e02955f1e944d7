import { addDays } from 'date-fns';
import type { DateContext, DateRecogniser, FoundDate } from './context.js';
import { follows, readDirection, readWeekday, readWord } from './pieces.js';
import { weekdayFrom } from './resolve.js';

function relativeDayRecord(context: DateContext, first: number, last: number, start: number, day: Date | null, weekday?: number): FoundDate {
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
  };
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
      const day = reference ? addDays(reference, Number(word.entry.value)) : null;
      return relativeDayRecord(context, at, weekday ? weekday.last : word.last, tokens[at]!.stemStart, day, weekday?.weekday);
    }
    const weekday = readWeekday(context, at);
    const direction = weekday ? readDirection(context, weekday.last) : null;
    if (!weekday || !direction) return null;
    const day = reference ? weekdayFrom(reference, weekday.weekday, direction.direction) : null;
    return relativeDayRecord(context, at, direction.last, weekday.start, day, weekday.weekday);
  },
};
