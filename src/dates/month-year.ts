import type { DateContext, DateRecogniser } from './context.js';
import type { MonthPiece, YearPiece } from './pieces.js';
import { follows, isRangeOpen, readDirection, readMonth, readRangeJoin, readYear } from './pieces.js';
import { inferYear, monthSpan, yearOfMonth } from './resolve.js';
import type { Direction } from './vocabulary.js';

interface MonthEnd {
  readonly month: MonthPiece;
  readonly year: YearPiece | null;
  readonly last: number;
}

function readMonthEnd(context: DateContext, at: number): MonthEnd | null {
  const month = readMonth(context, at);
  if (!month) return null;
  const year = follows(context, month.last + 1) ? readYear(context, month.last + 1) : null;
  return { month, year, last: year ? year.last : month.last };
}

/**
 * A month with its year, a direction or "شهر": "نونبر 2022", "شهر ماي 2022", "رمضان 1445 هـ",
 * "ماي الجاري", "نونبر المقبل", "شهر أبريل"; and ranges of months: "من يناير إلى مارس 2023",
 * "بين أبريل ويونيو 2022". A month name alone is not read: "مارس" is also a verb, "صفر" zero.
 */
export const monthYear: DateRecogniser = {
  name: 'monthYear',
  priority: 20,
  match(context, at) {
    const first = readMonthEnd(context, at);
    if (!first) return null;
    const opened = isRangeOpen(context, at - 1);
    const join = readRangeJoin(context, first.last + 1, opened);
    // "بين أبريل ويونيو 2022": the و is glued to the second month.
    const gluedAnd = opened && follows(context, first.last + 1) && context.tokens[first.last + 1]!.prefixes.includes('و');
    const last = join ? readMonthEnd(context, join.last + 1) : gluedAnd ? readMonthEnd(context, first.last + 1) : null;
    const end = last ?? first;
    const direction = end.year ? null : readDirection(context, end.last);
    if (!first.year && !end.year && !direction && !first.month.named) return null;
    const { calendar } = first.month.month;
    const lastToken = direction ? direction.last : end.last;
    const resolve = (piece: MonthEnd, stated: number | undefined, fallbackDirection: Direction | null): number | null => {
      if (stated !== undefined) return stated;
      if (!context.reference) return null;
      if (fallbackDirection) return yearOfMonth(calendar, piece.month.month.month, fallbackDirection, context.reference);
      return inferYear(calendar, piece.month.month.month, 1, context.reference, context.tenseAt(piece.month.first));
    };
    const endYear = resolve(end, end.year?.value, direction?.direction ?? null);
    const firstStated = first.year?.value ?? (last && endYear !== null ? (first.month.month.month > last.month.month.month ? endYear - 1 : endYear) : undefined);
    const firstYear = last ? resolve(first, firstStated, direction?.direction ?? null) : endYear;
    const fromSpan = firstYear === null ? null : monthSpan(calendar, firstYear, first.month.month.month);
    const toSpan = endYear === null ? null : monthSpan(end.month.month.calendar, endYear, end.month.month.month);
    return {
      firstToken: first.month.first,
      lastToken,
      start: first.month.start,
      end: context.tokens[lastToken]!.end,
      calendar,
      granularity: 'month',
      from: fromSpan?.from ?? null,
      to: toSpan?.to ?? null,
      relative: false,
      parts: { month: first.month.month.month, ...(first.year ? { year: first.year.value } : {}) },
      ...(last ? { until: { month: last.month.month.month, ...(last.year ? { year: last.year.value } : {}) } } : {}),
    };
  },
};
