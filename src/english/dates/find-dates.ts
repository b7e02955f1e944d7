import { toMention } from '../../dates/mention.js';
import type { DateMention } from '../../schema/date-mention.js';
import type { EnglishNumber } from '../numbers/find-numbers.js';
import type { EnglishToken } from '../numbers/tokens.js';
import { glued } from '../numbers/tokens.js';
import type { EnglishDateContext, EnglishDateRecogniser, FoundDate, Tense } from './context.js';
import { next, readDay, readWord, readYear, skipMark, wordBefore } from './context.js';
import { dayFirstDate } from './day-first-date.js';
import { monthAlone } from './month-alone.js';
import { monthFirstDate } from './month-first-date.js';
import { numericDate } from './numeric-date.js';
import { relativeDay } from './relative-day.js';
import { relativePeriod } from './relative-period.js';
import { resolveStated } from './resolve.js';
import { dateWordsOf } from './vocabulary.js';
import { yearWithCue } from './year-with-cue.js';

/** Every recogniser, highest priority first; at each token the longest match wins. */
const recognisers: readonly EnglishDateRecogniser[] = [numericDate, monthFirstDate, dayFirstDate, relativeDay, monthAlone, relativePeriod, yearWithCue].sort(
  (a, b) => b.priority - a.priority,
);

/**
 * Each sentence's tense from its cues: "will", "'ll", "upcoming", "scheduled", "next" look ahead;
 * "last", "ago" look back; both or neither say nothing.
 */
function tenses(tokens: readonly EnglishToken[]): (token: number) => Tense {
  const bySentence = new Map<number, Tense>();
  const future = dateWordsOf('future');
  const past = dateWordsOf('past');
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    const ahead = future.matchAt(tokens, at) !== null || /'ll$/.test(token.key);
    const back = past.matchAt(tokens, at) !== null;
    if (!ahead && !back) continue;
    const current = bySentence.get(token.sentence);
    if (ahead) bySentence.set(token.sentence, current === 'past' || current === null ? null : 'future');
    else bySentence.set(token.sentence, current === 'future' || current === null ? null : 'past');
  }
  return (token) => bySentence.get(tokens[token]?.sentence ?? -1) ?? null;
}

function longestAt(context: EnglishDateContext, at: number): FoundDate | null {
  let best: FoundDate | null = null;
  for (const recogniser of recognisers) {
    const found = recogniser.match(context, at);
    if (found && (!best || found.lastToken > best.lastToken)) best = found;
  }
  return best;
}

/** The join between two ends of a range after token `last`: "to", "through", "-", and "and" after "between". */
function joinAfter(context: EnglishDateContext, first: number, last: number): number | null {
  const join = readWord(context, 'range-join', last + 1);
  if (!join) return null;
  const { tokens } = context;
  const spaced = next(context, last + 1) || (tokens[last + 1]?.text === '-' || tokens[last + 1]?.text === '–') && glued(tokens, last + 1);
  if (!spaced || !(next(context, join.last + 1) || glued(tokens, join.last + 1))) return null;
  if (join.entry.value === 'and' && !wordBefore(context, 'range-open', first)) return null;
  return join.last;
}

/**
 * "from 20 to 25 November", "20-25 November 2022", "between 20 and 25 November": a bare day
 * number, a join, then a day-first date whose month and year the first day shares.
 */
function dayThenDate(context: EnglishDateContext, at: number): FoundDate | null {
  const day = readDay(context, at);
  if (!day) return null;
  const join = joinAfter(context, at, day.last);
  if (join === null) return null;
  const last = dayFirstDate.match(context, join + 1);
  if (!last || last.parts.day === undefined || last.parts.day <= day.day) return null;
  const stated = { calendar: last.calendar, day: day.day, month: last.parts.month!, ...(last.parts.year !== undefined ? { year: last.parts.year } : {}), first: at, last: day.last };
  const first = resolveStated(context, stated, context.tokens[at]!.start, context.tokens[day.last]!.end, false);
  if (!first || !last.to) return first && { ...first, lastToken: last.lastToken, end: last.end, to: null, until: last.parts };
  return { ...first, lastToken: last.lastToken, end: last.end, to: last.to, until: last.parts };
}

/** "November 20-25", "November 20 to 25, 2022": a month-first day, a join, then a later day of that month. */
function sameMonthRange(context: EnglishDateContext, first: FoundDate): FoundDate | null {
  if (first.granularity !== 'day' || first.relative || first.parts.year !== undefined || first.parts.day === undefined) return null;
  const join = joinAfter(context, first.firstToken, first.lastToken);
  if (join === null) return null;
  const day = readDay(context, join + 1);
  if (!day || day.day <= first.parts.day || context.tokens[join + 1]!.sentence !== context.tokens[first.lastToken]!.sentence) return null;
  const comma = skipMark(context, day.last, [',']);
  const year = readYear(context, comma + 1);
  const yearLast = year && (comma !== day.last || next(context, comma + 1)) ? year.last : null;
  const { tokens } = context;
  // "November 20 to 25 countries": the second number must end the phrase, not count something.
  const after = tokens[(yearLast ?? day.last) + 1];
  if (after && after.kind === 'word' && next(context, (yearLast ?? day.last) + 1) && yearLast === null) return null;
  const month = first.parts.month!;
  const stated = { calendar: first.calendar, day: first.parts.day, month, ...(year && yearLast !== null ? { year: year.year } : {}), first: first.firstToken, last: first.lastToken };
  const start = resolveStated(context, stated, first.start, first.end, false);
  const end = resolveStated(context, { ...stated, day: day.day }, first.start, first.end, false);
  if (!start) return null;
  const lastToken = yearLast ?? day.last;
  return { ...start, lastToken, end: tokens[lastToken]!.end, to: end?.to ?? null, until: { day: day.day, month, ...(year && yearLast !== null ? { year: year.year } : {}) } };
}

/**
 * "from November 21 to December 18", "between March and May 2023", "from 2020 to 2022": two
 * dates of one granularity joined into one range; a first end without a year takes the second's.
 */
function joinRange(context: EnglishDateContext, first: FoundDate): FoundDate {
  const join = joinAfter(context, first.firstToken, first.lastToken);
  if (join === null) return first;
  let last = longestAt(context, join + 1);
  // "from 2020 to 2022": the second year needs no cue of its own.
  if (!last && first.granularity === 'year' && first.parts.month === undefined) {
    const year = readYear(context, join + 1);
    if (year) last = resolveStated(context, { calendar: first.calendar, year: year.year, first: join + 1, last: year.last }, context.tokens[join + 1]!.start, context.tokens[year.last]!.end, false);
  }
  if (!last || last.granularity !== first.granularity || last.relative || first.relative) return first;
  let start = first;
  if (first.parts.year === undefined && last.parts.year !== undefined && first.parts.month !== undefined) {
    const year = first.parts.month > (last.parts.month ?? 12) ? last.parts.year - 1 : last.parts.year;
    const redone = resolveStated(context, { calendar: first.calendar, ...first.parts, month: first.parts.month, year, first: first.firstToken, last: first.lastToken }, first.start, first.end, false);
    if (redone) start = { ...redone, parts: first.parts };
  }
  // "from November 21 to December 18" with no year: the second end is the first one to come after the first.
  if (start.from && last.to && last.to < start.from && last.calendar === 'gregorian' && last.parts.year === undefined && last.parts.month !== undefined) {
    const year = start.from.getFullYear() + (last.parts.month < (start.parts.month ?? 1) ? 1 : 0);
    const redone = resolveStated(context, { calendar: last.calendar, ...last.parts, month: last.parts.month, year, first: last.firstToken, last: last.lastToken }, last.start, last.end, false);
    if (redone) last = { ...redone, parts: last.parts };
  }
  if (!start.from || !last.to || last.to < start.from) return first;
  return { ...start, lastToken: last.lastToken, end: last.end, to: last.to, until: last.parts };
}

/**
 * The dates of an English passage, each resolved to the Gregorian days it covers: "November 20,
 * 2022", "20 November 2022", "Nov. 20", ranges, ISO and slashed dates, years after a cue, and
 * days and periods named from the reference date ("yesterday", "on Sunday", "last week").
 *
 * @example
 * // "The tournament runs from 20 to 25 November 2022."
 * // → [{ text: '20 to 25 November 2022', from: '2022-11-20', to: '2022-11-25', granularity: 'day', … }]
 */
export function findEnglishDates(text: string, tokens: readonly EnglishToken[], numbers: readonly EnglishNumber[], reference: Date | null): DateMention[] {
  const context: EnglishDateContext = {
    text,
    tokens,
    numberAt: new Map(numbers.map((number) => [number.firstToken, number])),
    reference,
    tenseAt: tenses(tokens),
  };
  const dates: DateMention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'number' && token.kind !== 'word') continue;
    const range = dayThenDate(context, at);
    const found = range ?? longestAt(context, at);
    if (!found) continue;
    const date = range ?? sameMonthRange(context, found) ?? joinRange(context, found);
    dates.push(toMention(text, date));
    at = date.lastToken;
  }
  return dates;
}
