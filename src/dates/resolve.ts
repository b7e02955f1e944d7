import { addDays, addMonths, addYears, endOfMonth, endOfWeek, endOfYear, nextDay, previousDay, startOfMonth, startOfWeek, startOfYear, type Day } from 'date-fns';
import { hijriMonthSpan, hijriOf, hijriToGregorian, hijriYearSpan, makeDay } from './calendar.js';
import type { Tense } from './context.js';
import type { Calendar, Direction, Unit } from './vocabulary.js';

export interface Span {
  readonly from: Date;
  readonly to: Date;
}

/** One calendar day, in either calendar. */
export function daySpan(calendar: Calendar, year: number, month: number, day: number): Span | null {
  const date = calendar === 'hijri' ? hijriToGregorian(year, month, day) : makeDay(year, month, day);
  return date ? { from: date, to: date } : null;
}

/** A whole month, in either calendar. */
export function monthSpan(calendar: Calendar, year: number, month: number): Span | null {
  if (calendar === 'hijri') return hijriMonthSpan(year, month);
  const first = makeDay(year, month, 1);
  return first ? { from: first, to: endOfMonth(first) } : null;
}

/** A whole year, in either calendar. */
export function yearSpan(calendar: Calendar, year: number): Span | null {
  if (calendar === 'hijri') return hijriYearSpan(year);
  const first = makeDay(year, 1, 1);
  return first ? { from: first, to: endOfYear(first) } : null;
}

/** The year of the reference day in a calendar. */
export function referenceYear(calendar: Calendar, reference: Date): number {
  return calendar === 'hijri' ? hijriOf(reference).year : reference.getFullYear();
}

/** The month of the reference day in a calendar. */
export function referenceMonth(calendar: Calendar, reference: Date): number {
  return calendar === 'hijri' ? hijriOf(reference).month : reference.getMonth() + 1;
}

/**
 * The year of a day and month written without one: the reference year, moved forward when the
 * sentence looks ahead and the day would be past, back when it looks back and the day is to come.
 */
export function inferYear(calendar: Calendar, month: number, day: number, reference: Date, tense: Tense): number {
  const year = referenceYear(calendar, reference);
  const candidate = daySpan(calendar, year, month, Math.min(day, 28))?.from;
  if (!candidate) return year;
  if (tense === 'future' && candidate < reference) return year + 1;
  if (tense === 'past' && candidate > reference) return year - 1;
  return year;
}

/** The year of a month named with a direction: "ماي الجاري", "نونبر المقبل", "مارس الماضي". */
export function yearOfMonth(calendar: Calendar, month: number, direction: Direction, reference: Date): number {
  const year = referenceYear(calendar, reference);
  const current = referenceMonth(calendar, reference);
  if (direction === 'future') return month > current ? year : year + 1;
  if (direction === 'past') return month < current ? year : year - 1;
  return year;
}

/** "الإثنين الماضي", "الجمعة المقبل": the nearest such weekday before or after the reference day. */
export function weekdayFrom(reference: Date, weekday: number, direction: Direction): Date {
  if (direction === 'past') return previousDay(reference, weekday as Day);
  if (direction === 'future') return nextDay(reference, weekday as Day);
  return addDays(reference, (weekday - reference.getDay() + 7) % 7);
}

/**
 * "يوم الأحد" with no "الماضي" or "المقبل": news reports what happened, so the last such day up to
 * the reference day (that day itself included); the next one after it when the sentence looks ahead.
 */
export function weekdayByTense(reference: Date, weekday: number, tense: Tense): Date {
  if (tense === 'future') return nextDay(reference, weekday as Day);
  return addDays(reference, -((reference.getDay() - weekday + 7) % 7));
}

/**
 * "الأسبوع الماضي", "الشهر الماضي", "السنة المقبلة", "last week": the whole period one step from the
 * reference day. Weeks run Monday to Sunday (ISO 8601) in both languages, so an Arabic and an English
 * "last week" give the same days; the Arab working week's first day differs between countries.
 */
export function periodFrom(reference: Date, period: 'week' | 'month' | 'year', direction: Direction): Span {
  const step = direction === 'past' ? -1 : direction === 'future' ? 1 : 0;
  if (period === 'week') {
    const day = addDays(reference, 7 * step);
    return { from: startOfWeek(day, { weekStartsOn: 1 }), to: endOfWeek(day, { weekStartsOn: 1 }) };
  }
  if (period === 'month') {
    const month = addMonths(startOfMonth(reference), step);
    return { from: month, to: endOfMonth(month) };
  }
  const year = addYears(startOfYear(reference), step);
  return { from: year, to: endOfYear(year) };
}

/** "منذ ثلاثة أيام", "بعد شهر": so many units before or after the reference day. */
export function offsetFrom(reference: Date, unit: Unit, count: number): { span: Span; granularity: 'day' | 'month' | 'year' } {
  switch (unit) {
    case 'day':
    case 'week': {
      const day = addDays(reference, unit === 'week' ? count * 7 : count);
      return { span: { from: day, to: day }, granularity: 'day' };
    }
    case 'month': {
      const month = startOfMonth(addMonths(reference, count));
      return { span: { from: month, to: endOfMonth(month) }, granularity: 'month' };
    }
    case 'year': {
      const year = startOfYear(addYears(reference, count));
      return { span: { from: year, to: endOfYear(year) }, granularity: 'year' };
    }
  }
}
