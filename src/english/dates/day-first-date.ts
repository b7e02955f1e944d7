import type { EnglishDateRecogniser } from './context.js';
import { next, readDay, readMonth, readYear, skipMark } from './context.js';
import { resolveStated } from './resolve.js';

/** "20 November 2022", "20th of November", "15 Ramadan 1444 AH": the British order, day first. */
export const dayFirstDate: EnglishDateRecogniser = {
  name: 'dayFirstDate',
  priority: 30,
  match(context, at) {
    const { tokens } = context;
    const day = readDay(context, at);
    if (!day || !next(context, day.last + 1)) return null;
    const of = tokens[day.last + 1]?.key === 'of' && next(context, day.last + 2) ? day.last + 1 : day.last;
    const month = readMonth(context, of + 1, true);
    if (!month) return null;
    const comma = skipMark(context, month.last, [',']);
    const year = next(context, comma + 1) || comma !== month.last ? readYear(context, comma + 1) : null;
    const last = year ? year.last : month.last;
    return resolveStated(context, { calendar: month.calendar, day: day.day, month: month.month, ...(year ? { year: year.year } : {}), first: at, last }, tokens[at]!.start, tokens[last]!.end, false);
  },
};
