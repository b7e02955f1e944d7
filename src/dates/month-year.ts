import type { DateRecogniser } from './context.js';
import { follows, readDirection, readMonth, readYear } from './pieces.js';
import { monthSpan, yearOfMonth } from './resolve.js';

/**
 * A month with its year or a direction: "نونبر 2022", "شهر ماي 2022", "رمضان 1445 هـ", "ماي
 * الجاري", "نونبر المقبل". A month name alone is not read: "مارس" is also a verb, "صفر" zero.
 */
export const monthYear: DateRecogniser = {
  name: 'monthYear',
  priority: 20,
  match(context, at) {
    const month = readMonth(context, at);
    if (!month) return null;
    const { calendar } = month.month;
    const year = follows(context, month.last + 1) ? readYear(context, month.last + 1) : null;
    const direction = year ? null : readDirection(context, month.last);
    if (!year && !direction) return null;
    const yearValue = year ? year.value : context.reference && direction ? yearOfMonth(calendar, month.month.month, direction.direction, context.reference) : null;
    const span = yearValue === null ? null : monthSpan(calendar, yearValue, month.month.month);
    const last = year ? year.last : direction!.last;
    return {
      firstToken: month.first,
      lastToken: last,
      start: month.start,
      end: context.tokens[last]!.end,
      calendar,
      granularity: 'month',
      from: span?.from ?? null,
      to: span?.to ?? null,
      relative: false,
      parts: { month: month.month.month, ...(year ? { year: year.value } : {}) },
    };
  },
};
