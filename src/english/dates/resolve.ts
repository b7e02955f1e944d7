import { daySpan, inferYear, monthSpan, referenceMonth, referenceYear, yearSpan } from '../../dates/resolve.js';
import type { Direction } from '../../dates/vocabulary.js';
import type { DateParts } from '../../schema/date-mention.js';
import type { EnglishDateContext, FoundDate } from './context.js';
import type { Calendar } from './vocabulary.js';

export type { Direction } from '../../dates/vocabulary.js';

/** What a date expression says: a day, a month, a year, in some calendar, over some tokens. */
export interface StatedDate {
  readonly calendar: Calendar;
  readonly day?: number | undefined;
  readonly month?: number;
  readonly year?: number | undefined;
  readonly weekday?: number | undefined;
  readonly first: number;
  readonly last: number;
  /** "last November", "next March": which way from the reference month */
  readonly direction?: Direction;
}

function partsOf(stated: StatedDate): DateParts {
  const parts: { day?: number; month?: number; year?: number; weekday?: number } = {};
  if (stated.day !== undefined) parts.day = stated.day;
  if (stated.month !== undefined) parts.month = stated.month;
  if (stated.year !== undefined) parts.year = stated.year;
  if (stated.weekday !== undefined) parts.weekday = stated.weekday;
  return parts;
}

/** The year of a month written without one: the reference year, moved by a direction or the sentence's tense. */
function yearOfMonth(calendar: Calendar, month: number, reference: Date, way: Direction | 'none'): number {
  const year = referenceYear(calendar, reference);
  const current = referenceMonth(calendar, reference);
  if (way === 'future') return month >= current ? year : year + 1;
  if (way === 'past') return month <= current ? year : year - 1;
  return year;
}

/**
 * The Gregorian days a stated date covers. A day and month without a year take the reference
 * year, moved forward when the sentence looks ahead and the day would be past, back when it looks
 * back and the day is to come (as the Arabic dates do); without a reference date they stay null.
 */
export function resolveStated(context: EnglishDateContext, stated: StatedDate, start: number, end: number, weekdayChecked: boolean): FoundDate | null {
  const { reference } = context;
  const tense = context.tenseAt(stated.first);
  const base = { firstToken: stated.first, lastToken: stated.last, start, end, calendar: stated.calendar, relative: false, parts: partsOf(stated), weekdayChecked };
  if (stated.month === undefined) {
    if (stated.year === undefined) return null;
    const span = yearSpan(stated.calendar, stated.year);
    return span ? { ...base, granularity: 'year', from: span.from, to: span.to } : null;
  }
  if (stated.day === undefined) {
    const year = stated.year ?? (reference ? yearOfMonth(stated.calendar, stated.month, reference, stated.direction ?? tense ?? 'none') : undefined);
    const span = year === undefined ? null : monthSpan(stated.calendar, year, stated.month);
    if (year !== undefined && !span) return null;
    return { ...base, granularity: 'month', from: span?.from ?? null, to: span?.to ?? null };
  }
  const year = stated.year ?? (reference ? inferYear(stated.calendar, stated.month, stated.day, reference, tense) : undefined);
  const span = year === undefined ? null : daySpan(stated.calendar, year, stated.month, stated.day);
  if (year !== undefined && !span) return null;
  return { ...base, granularity: 'day', from: span?.from ?? null, to: span?.to ?? null };
}

