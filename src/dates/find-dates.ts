import type { FoundNumber } from '../numbers/index.js';
import type { DateMention } from '../schema/date-mention.js';
import type { Sentence } from '../schema/sentence.js';
import type { Token } from '../schema/token.js';
import { referenceDay } from './calendar.js';
import { toMention } from './mention.js';
import type { DateContext, DateRecogniser, FoundDate, Tense } from './context.js';
import { dayMonthYear } from './day-month-year.js';
import { dayOfRelativeMonth } from './day-of-relative-month.js';
import { monthYear } from './month-year.js';
import { numericDate } from './numeric-date.js';
import { relativeDay } from './relative-day.js';
import { relativePeriod } from './relative-period.js';
import { isRangeOpen, readRangeJoin } from './pieces.js';
import { mayOpenDate, wordsOf } from './vocabulary.js';
import { yearWithCue } from './year-with-cue.js';

/** Every recogniser, highest priority first; at each token the longest match wins. */
const recognisers: readonly DateRecogniser[] = [numericDate, dayMonthYear, dayOfRelativeMonth, relativeDay, monthYear, relativePeriod, yearWithCue].sort(
  (a, b) => b.priority - a.priority,
);

/**
 * Each sentence's tense, from its cues: "المقبل"/"القادم" or a verb with the future particle
 * ("ستقام") look ahead; "الماضي"/"المنصرم" look back; both or neither say nothing.
 */
function tenses(tokens: readonly Token[], sentences: readonly Sentence[]): (token: number) => Tense {
  const bySentence: Tense[] = [];
  const sentenceOfToken: number[] = [];
  let sentence = 0;
  const directions = wordsOf('direction');
  for (const [index, token] of tokens.entries()) {
    while (sentence < sentences.length - 1 && token.start >= sentences[sentence]!.end) sentence++;
    sentenceOfToken[index] = sentence;
    const direction = token.kind === 'word' && directions.opensWith(token.normal) ? directions.matchAt(tokens, index)?.entry.value : undefined;
    const future = direction === 'future' || (token.kind === 'word' && token.prefixes.includes('س'));
    const past = direction === 'past';
    const current = bySentence[sentence];
    if (future) bySentence[sentence] = current === 'past' || current === null ? null : 'future';
    else if (past) bySentence[sentence] = current === 'future' || current === null ? null : 'past';
  }
  return (token) => bySentence[sentenceOfToken[token] ?? -1] ?? null;
}

/**
 * The dates in a text, each resolved to the Gregorian days it covers: day-month-year in every
 * regional month tradition and in Hijri, ranges, numeric dates, years with a cue, and days and
 * periods named from the reference date.
 *
 * @example
 * // "يوم الخميس 17 نونبر 2022"
 * // → [{ text: 'يوم الخميس 17 نونبر 2022', from: '2022-11-17', to: '2022-11-17', granularity: 'day',
 * //      parts: { day: 17, month: 11, year: 2022, weekday: 4 }, weekdayAgrees: true, … }]
 */
export function findDates(
  input: string,
  tokens: readonly Token[],
  numbers: readonly FoundNumber[],
  sentences: readonly Sentence[],
  referenceDate: Date | string | undefined,
): DateMention[] {
  const context: DateContext = {
    input,
    tokens,
    numberAt: new Map(numbers.map((number) => [number.firstToken, number])),
    reference: referenceDay(referenceDate),
    tenseAt: tenses(tokens, sentences),
    sentences,
  };
  const dates: DateMention[] = [];
  for (let at = 0; at < tokens.length; at++) {
    if (!mayOpenDate(tokens[at]!)) continue;
    const found = longestAt(context, at);
    if (!found) continue;
    const date = joinRange(context, found);
    dates.push(toMention(input, date));
    at = date.lastToken;
  }
  return dates;
}

function longestAt(context: DateContext, at: number): FoundDate | null {
  let best: FoundDate | null = null;
  for (const recogniser of recognisers) {
    const found = recogniser.match(context, at);
    if (found && (!best || found.lastToken > best.lastToken)) best = found;
  }
  return best;
}

/** "من 17/11/2022 إلى 20/11/2022": two dates of one granularity joined into a range. */
function joinRange(context: DateContext, first: FoundDate): FoundDate {
  const join = readRangeJoin(context, first.lastToken + 1, isRangeOpen(context, first.firstToken - 1));
  const last = join ? longestAt(context, join.last + 1) : null;
  if (!last || last.granularity !== first.granularity || last.relative || first.relative || !first.from || !last.to || last.to < first.from) return first;
  return { ...first, lastToken: last.lastToken, end: last.end, to: last.to, until: last.parts };
}
