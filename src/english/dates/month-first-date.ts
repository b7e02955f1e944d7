import type { EnglishDateRecogniser } from './context.js';
import { next, readDay, readMonth, readYear, skipMark } from './context.js';
import { resolveStated } from './resolve.js';

/** "November 20, 2022", "Nov. 20", "November 20th 2022": the American order, month first. */
export const monthFirstDate: EnglishDateRecogniser = {
  name: 'monthFirstDate',
  priority: 30,
  match(context, at) {
    const { tokens } = context;
    const month = readMonth(context, at, true);
    if (!month || !next(context, month.last + 1)) return null;
    const day = readDay(context, month.last + 1);
    if (!day) return null;
    // "November 20, 2022": the comma before the year is the date's own.
    const comma = skipMark(context, day.last, [',']);
    const yearAt = comma + 1;
    const year = (comma === day.last ? next(context, yearAt) : tokens[yearAt] && tokens[yearAt]!.sentence === tokens[day.last]!.sentence) ? readYear(context, yearAt) : null;
    const last = year ? year.last : day.last;
    return resolveStated(context, { calendar: month.calendar, day: day.day, month: month.month, ...(year ? { year: year.year } : {}), first: at, last }, tokens[at]!.start, tokens[last]!.end, false);
  },
};
