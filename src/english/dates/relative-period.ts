import { addDays, addMonths, addYears, endOfMonth, endOfYear, startOfMonth, startOfYear } from 'date-fns';
import type { EnglishDateRecogniser } from './context.js';
import { next, readWord } from './context.js';
import type { Direction } from './resolve.js';
import { periodFrom } from '../../dates/resolve.js';

type Unit = 'day' | 'week' | 'month' | 'year';

/** "three days ago", "a month ago", "two weeks from now": so many units from the reference day. */
function offset(reference: Date, unit: Unit, count: number): { from: Date; to: Date; granularity: 'day' | 'month' | 'year' } {
  switch (unit) {
    case 'day':
    case 'week': {
      const day = addDays(reference, unit === 'week' ? count * 7 : count);
      return { from: day, to: day, granularity: 'day' };
    }
    case 'month': {
      const month = startOfMonth(addMonths(reference, count));
      return { from: month, to: endOfMonth(month), granularity: 'month' };
    }
    case 'year': {
      const year = startOfYear(addYears(reference, count));
      return { from: year, to: endOfYear(year), granularity: 'year' };
    }
  }
}

/**
 * Periods named from the reference date: "last week" (Monday to Sunday), "this month", "next
 * year", and "three days ago", "a week ago", "two years ago", "two weeks from now". A week is a
 * range of days, so its granularity is 'day'.
 */
export const relativePeriod: EnglishDateRecogniser = {
  name: 'relativePeriod',
  priority: 15,
  match(context, at) {
    const { tokens, reference } = context;
    const direction = readWord(context, 'direction', at);
    if (direction) {
      const period = next(context, direction.last + 1) ? readWord(context, 'period', direction.last + 1) : null;
      if (!period) return null;
      const kind = period.entry.value as 'week' | 'month' | 'year';
      const span = reference ? periodFrom(reference, kind, direction.entry.value as Direction) : null;
      return {
        firstToken: at,
        lastToken: period.last,
        start: tokens[at]!.start,
        end: tokens[period.last]!.end,
        calendar: 'gregorian',
        granularity: kind === 'week' ? 'day' : kind,
        from: span?.from ?? null,
        to: span?.to ?? null,
        relative: true,
        parts: {},
      };
    }
    // "three days ago": a number (or "a"), its unit, then ago / from now.
    const number = context.numberAt.get(at);
    const article = tokens[at]?.key === 'a' || tokens[at]?.key === 'an';
    const unitAt = number ? number.lastToken + 1 : article ? at + 1 : -1;
    if (unitAt < 0 || !next(context, unitAt)) return null;
    const unit = readWord(context, 'unit', unitAt);
    if (!unit || !next(context, unit.last + 1)) return null;
    const way = readWord(context, 'ago', unit.last + 1) ?? readWord(context, 'later', unit.last + 1);
    if (!way) return null;
    const count = number ? number.value : Math.max(unit.entry.count, 1);
    if (!Number.isInteger(count) || count <= 0 || count > 1000) return null;
    const resolved = reference ? offset(reference, unit.entry.value as Unit, Number(way.entry.value) * count) : null;
    const granularity = resolved?.granularity ?? (unit.entry.value === 'month' ? 'month' : unit.entry.value === 'year' ? 'year' : 'day');
    return {
      firstToken: at,
      lastToken: way.last,
      start: tokens[at]!.start,
      end: tokens[way.last]!.end,
      calendar: 'gregorian',
      granularity,
      from: resolved?.from ?? null,
      to: resolved?.to ?? null,
      relative: true,
      parts: {},
    };
  },
};
