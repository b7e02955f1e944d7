import { addDays, format, getDay, isValid } from 'date-fns';

/**
 * Calendar days as local-noon Date objects: date-fns works in local time, and noon keeps a day
 * whole across daylight-saving shifts.
 */
export function makeDay(year: number, month: number, day: number): Date | null {
  const date = new Date(year, month - 1, day, 12);
  // 31 February rolls over into March; refuse it instead.
  if (!isValid(date) || date.getFullYear() !== year || date.getMonth() !== month - 1 || date.getDate() !== day) return null;
  return date;
}

export function isoDay(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

export function weekdayOf(date: Date): number {
  return getDay(date);
}

/** The reference date as a local-noon day: a 'YYYY-MM-DD' string, or a Date read in UTC. */
export function referenceDay(reference: Date | string | undefined): Date | null {
  if (reference === undefined) return null;
  if (typeof reference === 'string') {
    const [year, month, day] = reference.split('-').map(Number);
    return makeDay(year ?? 0, month ?? 0, day ?? 0);
  }
  return makeDay(reference.getUTCFullYear(), reference.getUTCMonth() + 1, reference.getUTCDate());
}

const hijriParts = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  timeZone: 'UTC',
});

/** The Umm al-Qura date of a Gregorian day. */
export function hijriOf(date: Date): { year: number; month: number; day: number } {
  const utc = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate(), 12));
  const parts = Object.fromEntries(hijriParts.formatToParts(utc).map((part) => [part.type, part.value]));
  return { year: Number.parseInt(parts.year ?? '', 10), month: Number(parts.month), day: Number(parts.day) };
}

/** Mean lengths of the Hijri year and month, to land near the day before searching for it. */
const hijriYearDays = 354.367;
const hijriMonthDays = 29.5306;
const hijriEpoch = makeDay(622, 7, 19)!;

/**
 * The Gregorian day of an Umm al-Qura date, found through Intl's islamic-umalqura calendar; null
 * when that day does not exist (the 30th of a 29-day month) or lies outside the calendar's range.
 *
 * @example
 * hijriToGregorian(1445, 9, 1) // 2024-03-11
 */
export function hijriToGregorian(year: number, month: number, day: number): Date | null {
  if (month < 1 || month > 12 || day < 1 || day > 30) return null;
  const estimate = addDays(hijriEpoch, Math.round((year - 1) * hijriYearDays + (month - 1) * hijriMonthDays + (day - 1)));
  for (let offset = 0; offset <= 40; offset++) {
    for (const candidate of offset === 0 ? [estimate] : [addDays(estimate, offset), addDays(estimate, -offset)]) {
      const hijri = hijriOf(candidate);
      if (hijri.year === year && hijri.month === month && hijri.day === day) return candidate;
    }
  }
  return null;
}

/** The first and last Gregorian days of a Hijri month. */
export function hijriMonthSpan(year: number, month: number): { from: Date; to: Date } | null {
  const from = hijriToGregorian(year, month, 1);
  const next = month === 12 ? hijriToGregorian(year + 1, 1, 1) : hijriToGregorian(year, month + 1, 1);
  return from && next ? { from, to: addDays(next, -1) } : null;
}

/** The first and last Gregorian days of a Hijri year. */
export function hijriYearSpan(year: number): { from: Date; to: Date } | null {
  const from = hijriToGregorian(year, 1, 1);
  const next = hijriToGregorian(year + 1, 1, 1);
  return from && next ? { from, to: addDays(next, -1) } : null;
}
