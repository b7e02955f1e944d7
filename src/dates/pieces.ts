import { follows as followsOnLine } from '../_lib/adjacency.js';
import type { PhraseMatch } from '../_lib/phrase-index.js';
import { normaliseKey } from '../normalise/index.js';
import type { Token } from '../schema/token.js';
import type { DateContext } from './context.js';
import type { Calendar, DateWord, Direction, MonthName } from './vocabulary.js';
import { dateVocabulary, wordsOf } from './vocabulary.js';

/** Token `at` comes right after token `at - 1` on the same line (spaces allowed, no punctuation between). */
export function follows(context: DateContext, at: number): boolean {
  return followsOnLine(context.input, context.tokens, at);
}

/** Token `at` touches token `at - 1`, with nothing at all between ("17/11", "24-26"). */
export function touches(context: DateContext, at: number): boolean {
  const token = context.tokens[at];
  const previous = context.tokens[at - 1];
  return token !== undefined && previous !== undefined && previous.end === token.start;
}

export function isPunct(token: Token | undefined, mark: string): boolean {
  return token !== undefined && (token.kind === 'punct' || token.kind === 'symbol') && token.normal === mark;
}

export interface DayPiece {
  readonly value: number;
  readonly token: number;
  readonly start: number;
  /** glued to و: "و18 دجنبر" joins a range */
  readonly joined: boolean;
}

/** A day of the month written in digits at token `at`: "17", "الـ21", "و18". */
export function readDay(context: DateContext, at: number): DayPiece | null {
  const number = context.numberAt.get(at);
  const token = context.tokens[at];
  // "فاتح يناير": the Maghrebi word for the first of the month.
  const first = !number && token ? wordsOf('first-day').matchAt(context.tokens, at) : null;
  if (first) return { value: Number(first.entry.value), token: first.last, start: token!.stemStart, joined: token!.prefixes.includes('و') };
  if (!number || !token || number.lastToken !== at || number.inWords || number.percentSign) return null;
  if (!Number.isInteger(number.value) || number.value < 1 || number.value > 31 || number.text.length > 2) return null;
  return { value: number.value, token: at, start: number.start, joined: token.prefixes.includes('و') };
}

const fourDigits = /^\d{4}$/;

export interface YearPiece {
  readonly value: number;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly era: Calendar | null;
}

/** A year at token `at` ("2022", "1445"), with the era marker after it ("م", "هـ", "للهجرة"). */
export function readYear(context: DateContext, at: number): YearPiece | null {
  const number = context.numberAt.get(at);
  if (!number || number.lastToken !== at || number.inWords || number.percentSign || !fourDigits.test(normaliseKey(number.text))) return null;
  const era = follows(context, at + 1) ? wordsOf('era').matchAt(context.tokens, at + 1) : null;
  const eraCalendar = era ? (era.entry.value as Calendar) : null;
  const plausible = eraCalendar === 'hijri' ? number.value >= 1300 && number.value <= 1600 : number.value >= 1300 && number.value <= 2200;
  if (!plausible) return null;
  return { value: number.value, first: at, last: era ? era.last : at, start: number.start, era: eraCalendar };
}

export interface MonthPiece {
  readonly month: MonthName;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  /** written after "شهر", which names the month even without a year ("أجرة شهر يوليوز") */
  readonly named: boolean;
}

/**
 * A month name at token `at`, with "شهر" before it and a second name for the same month after it
 * ("شباط/فبراير", "فبراير (شباط)", "آذار مارس").
 */
export function readMonth(context: DateContext, at: number): MonthPiece | null {
  const { months } = dateVocabulary();
  const { tokens } = context;
  const cue = wordsOf('month-cue').matchAt(tokens, at);
  const nameAt = cue && follows(context, cue.last + 1) ? cue.last + 1 : at;
  const name = months.matchAt(tokens, nameAt);
  if (!name) return null;
  let last = name.last;
  const same = (match: PhraseMatch<MonthName> | null): boolean => match !== null && match.entry.month === name.entry.month && match.entry.calendar === name.entry.calendar;
  if (isPunct(tokens[last + 1], '/') && same(months.matchAt(tokens, last + 2))) {
    last = months.matchAt(tokens, last + 2)!.last;
  } else if (isPunct(tokens[last + 1], '(') && same(months.matchAt(tokens, last + 2)) && isPunct(tokens[months.matchAt(tokens, last + 2)!.last + 1], ')')) {
    last = months.matchAt(tokens, last + 2)!.last + 1;
  } else if (follows(context, last + 1)) {
    const second = months.matchAt(tokens, last + 1);
    if (second && same(second)) last = second.last;
  }
  const first = cue && nameAt !== at ? at : nameAt;
  return { month: name.entry, first, last, start: tokens[first]!.stemStart, named: first !== nameAt };
}

export interface WeekdayPiece {
  readonly weekday: number;
  readonly first: number;
  readonly last: number;
  readonly start: number;
}

/** A weekday at token `at`, with "يوم" before it: "يوم الخميس", "الخميس". */
export function readWeekday(context: DateContext, at: number): WeekdayPiece | null {
  const { tokens } = context;
  const cue = wordsOf('day-cue').matchAt(tokens, at);
  const nameAt = cue && follows(context, cue.last + 1) ? cue.last + 1 : at;
  const name = dateVocabulary().weekdays.matchAt(tokens, nameAt);
  if (!name) return null;
  const first = cue && nameAt !== at ? at : nameAt;
  return { weekday: name.entry, first, last: name.last, start: tokens[first]!.stemStart };
}

/** A date word of one kind at token `at` (on the same line as the token before when `attached`). */
export function readWord(context: DateContext, kind: string, at: number): PhraseMatch<DateWord> | null {
  return wordsOf(kind).matchAt(context.tokens, at);
}

/** A direction cue right after token `after`: "الجاري", "المقبل", "الماضية". */
export function readDirection(context: DateContext, after: number): { direction: Direction; last: number } | null {
  if (!follows(context, after + 1)) return null;
  const word = readWord(context, 'direction', after + 1);
  return word ? { direction: word.entry.value as Direction, last: word.last } : null;
}

/** Token `at` is بين (or ends "ما بين"): a following و joins the two ends of a range. */
export function isRangeOpen(context: DateContext, at: number): boolean {
  return at >= 0 && wordsOf('range-open').matchAt(context.tokens, at) !== null;
}

/** The join between two ends of a range at token `at`: "إلى", "حتى", "إلى غاية", "-", and و after بين. */
export function readRangeJoin(context: DateContext, at: number, opened: boolean): PhraseMatch<DateWord> | null {
  if (!follows(context, at) && !touches(context, at)) return null;
  const join = wordsOf('range-join').matchAt(context.tokens, at);
  return join && (join.entry.value !== 'and' || opened) ? join : null;
}
