import type { DateParts } from '../schema/date-mention.js';
import type { DateContext, DateRecogniser, FoundDate } from './context.js';
import type { DayPiece, MonthPiece, YearPiece } from './pieces.js';
import { follows, isRangeOpen, readDay, readDirection, readMonth, readRangeJoin, readWeekday, readYear, touches } from './pieces.js';
import type { Span } from './resolve.js';
import { daySpan, inferYear, yearOfMonth } from './resolve.js';
import type { Direction } from './vocabulary.js';

/** One end of a date: its day, the month (after an optional من) and the year. */
interface DateEnd {
  readonly day: DayPiece;
  readonly month: MonthPiece;
  readonly year: YearPiece | null;
  readonly last: number;
}

/** "الـ18 من دجنبر": من between a day and its month. */
function monthAfterDay(context: DateContext, dayToken: number): MonthPiece | null {
  const next = dayToken + 1;
  if (!follows(context, next)) return null;
  if (context.tokens[next]?.normal === 'من' && follows(context, next + 1)) {
    const month = readMonth(context, next + 1);
    if (month) return month;
  }
  return readMonth(context, next);
}

function readEnd(context: DateContext, day: DayPiece): DateEnd | null {
  const month = monthAfterDay(context, day.token);
  if (!month) return null;
  const year = follows(context, month.last + 1) ? readYear(context, month.last + 1) : null;
  return { day, month, year, last: year ? year.last : month.last };
}

/**
 * The second day of a range after `after`: "إلى 26", "-26", "حتى 3", and "و18" when the range was
 * opened by بين ("ما بين 21 نونبر و18 دجنبر"); without بين, "في 29 فبراير و3 مارس" is two dates.
 */
function secondDay(context: DateContext, after: number, opened: boolean): DayPiece | null {
  const { tokens } = context;
  const next = after + 1;
  const glued = readDay(context, next);
  if (glued?.joined && follows(context, next)) return opened ? glued : null; // "و18"
  const join = readRangeJoin(context, next, opened);
  if (!join) return null;
  const day = readDay(context, join.last + 1);
  return day && (follows(context, join.last + 1) || touches(context, join.last + 1)) && tokens[join.last + 1] ? day : null;
}

function partsOf(end: DateEnd, year: number | undefined, weekday?: number): DateParts {
  return {
    day: end.day.value,
    month: end.month.month.month,
    ...(year === undefined ? {} : { year }),
    ...(weekday === undefined ? {} : { weekday }),
  };
}

function resolveYear(context: DateContext, end: DateEnd, stated: number | undefined, direction: Direction | null): number | null {
  if (stated !== undefined) return stated;
  if (!context.reference) return null;
  const { calendar, month } = end.month.month;
  if (direction === 'current') return yearOfMonth(calendar, month, 'current', context.reference);
  const tense = direction === 'future' ? 'future' : direction === 'past' ? 'past' : context.tenseAt(end.day.token);
  return inferYear(calendar, month, end.day.value, context.reference, tense);
}

/**
 * Dates with a day and a month name: "17 نونبر 2022", "يوم الخميس 17 نونبر 2022", "21 نونبر", and
 * ranges "ما بين 24 إلى 26 ماي", "24-26 ماي", "من 21 نونبر إلى 18 دجنبر", "الـ21 نونبر والـ18 من
 * دجنبر" — one record from the first day to the last. A year left out comes from the reference
 * date and the sentence's tense ("المقبل", "ستقام").
 */
export const dayMonthYear: DateRecogniser = {
  name: 'dayMonthYear',
  priority: 30,
  match(context, at) {
    const weekday = readWeekday(context, at);
    const dayAt = weekday && follows(context, weekday.last + 1) ? weekday.last + 1 : at;
    if (weekday && dayAt === at) return null;
    const firstDay = readDay(context, dayAt);
    if (!firstDay) return null;

    const opened = isRangeOpen(context, (weekday ? weekday.first : dayAt) - 1);
    let first: DateEnd | null = readEnd(context, firstDay);
    let last: DateEnd | null = null;
    if (first) {
      // "21 نونبر إلى 18 دجنبر"
      const day = secondDay(context, first.last, opened);
      last = day ? readEnd(context, day) : null;
    } else {
      // "24 إلى 26 ماي": the first day shares the second one's month.
      const day = secondDay(context, firstDay.token, opened);
      const end = day ? readEnd(context, day) : null;
      if (!end || end.day.value < firstDay.value) return null;
      first = { day: firstDay, month: end.month, year: end.year, last: firstDay.token };
      last = end;
    }
    const lastToken = (last ?? first).last;
    const direction = readDirection(context, lastToken);
    const finalToken = direction ? direction.last : lastToken;

    const calendar = first.month.month.calendar;
    const statedLast = last?.year?.value;
    // "28 دجنبر إلى 3 يناير 2023": the first end's year is the one before.
    const statedFirst = first.year?.value ?? (statedLast !== undefined && last && first.month.month.month > last.month.month.month ? statedLast - 1 : statedLast);
    const firstYear = resolveYear(context, first, statedFirst, direction?.direction ?? null);
    const lastYear = last ? resolveYear(context, last, statedLast ?? (firstYear !== null && first.month.month.month > last.month.month.month ? firstYear + 1 : firstYear ?? undefined), direction?.direction ?? null) : firstYear;
    const fromSpan: Span | null = firstYear === null ? null : daySpan(calendar, firstYear, first.month.month.month, first.day.value);
    const toSpan: Span | null = last ? (lastYear === null ? null : daySpan(last.month.month.calendar, lastYear, last.month.month.month, last.day.value)) : fromSpan;
    const known = fromSpan !== null && toSpan !== null && fromSpan.from <= toSpan.to;
    if ((firstYear !== null && !fromSpan) || (last && lastYear !== null && !toSpan)) return null; // "31 فبراير"

    const start = weekday ? weekday.start : firstDay.start;
    const found: FoundDate = {
      firstToken: weekday ? weekday.first : dayAt,
      lastToken: finalToken,
      start,
      end: context.tokens[finalToken]!.end,
      calendar,
      granularity: 'day',
      from: known ? fromSpan.from : null,
      to: known ? toSpan.to : null,
      relative: false,
      parts: partsOf(first, first.year?.value, weekday?.weekday),
      weekdayChecked: weekday !== null,
      ...(last ? { until: partsOf(last, last.year?.value) } : {}),
    };
    return found;
  },
};
