import type { EnglishDateRecogniser } from './context.js';
import { next, readMonth, readWord, readYear, wordBefore } from './context.js';
import type { Direction } from './resolve.js';
import { resolveStated } from './resolve.js';

/**
 * A month without a day: "November 2022", "November of 2022", "last November", "next March", and
 * a month after a cue ("in November", "since March", "early May") or opening a range of months
 * ("between March and May 2023"). A capitalised "May" alone is a month only after a cue.
 */
export const monthAlone: EnglishDateRecogniser = {
  name: 'monthAlone',
  priority: 20,
  match(context, at) {
    const { tokens } = context;
    const direction = readWord(context, 'direction', at);
    const monthAt = direction && next(context, direction.last + 1) ? direction.last + 1 : at;
    const month = readMonth(context, monthAt);
    if (!month) return null;
    const of = tokens[month.last + 1]?.key === 'of' && next(context, month.last + 1) ? month.last + 1 : month.last;
    const year = next(context, of + 1) ? readYear(context, of + 1) : null;
    const cue = wordBefore(context, 'year-cue', at) ?? wordBefore(context, 'range-open', at);
    const join = readWord(context, 'range-join', month.last + 1);
    const opensRange = join !== null && readMonth(context, join.last + 1) !== null;
    if (!year && !direction && !cue && !opensRange) return null;
    const last = year ? year.last : month.last;
    const stated = {
      calendar: month.calendar,
      month: month.month,
      ...(year ? { year: year.year } : {}),
      ...(direction ? { direction: direction.entry.value as Direction } : {}),
      first: at,
      last,
    };
    return resolveStated(context, stated, tokens[at]!.start, tokens[last]!.end, false);
  },
};
