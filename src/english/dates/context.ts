import type { FoundDate, Tense } from '../../dates/context.js';
import type { EnglishNumber } from '../numbers/find-numbers.js';
import type { EnglishMatch } from '../numbers/phrases.js';
import type { EnglishToken } from '../numbers/tokens.js';
import { adjacent, glued } from '../numbers/tokens.js';
import type { Calendar, EnglishDateWord } from './vocabulary.js';
import { dateWordsOf, englishDateVocabulary } from './vocabulary.js';

export type { FoundDate, Tense };

/** What every English date recogniser reads. */
export interface EnglishDateContext {
  readonly text: string;
  readonly tokens: readonly EnglishToken[];
  /** the number that starts at a token, by token index */
  readonly numberAt: ReadonlyMap<number, EnglishNumber>;
  readonly reference: Date | null;
  readonly tenseAt: (token: number) => Tense;
}

/** A small named recogniser: reads a date starting at a token, or returns null. */
export interface EnglishDateRecogniser {
  readonly name: string;
  /** higher wins when two recognisers read as many tokens */
  readonly priority: number;
  readonly match: (context: EnglishDateContext, at: number) => FoundDate | null;
}

/** Token `at` follows token at-1 in the same sentence, with only spaces between. */
export function next(context: EnglishDateContext, at: number): boolean {
  return adjacent(context.text, context.tokens, at);
}

/** An optional full stop or comma glued after token `at`: the index of the last token read. */
export function skipMark(context: EnglishDateContext, at: number, marks: readonly string[]): number {
  const mark = context.tokens[at + 1];
  return mark && marks.includes(mark.text) && glued(context.tokens, at + 1) ? at + 1 : at;
}

export interface MonthRead {
  readonly month: number;
  readonly calendar: Calendar;
  readonly first: number;
  readonly last: number;
}

/**
 * A month name at token `at`: capitalised ("may" and "march" are verbs); an abbreviation ("Nov",
 * "Sept") only with its full stop or before a figure.
 */
export function readMonth(context: EnglishDateContext, at: number, beforeFigure = false): MonthRead | null {
  const token = context.tokens[at];
  if (!token?.capitalised) return null;
  const match = englishDateVocabulary().months.matchAt(context.tokens, at);
  if (!match) return null;
  // "Nov." keeps its full stop; "November." does not: that one ends the sentence.
  const last = match.entry.short ? skipMark(context, match.last, ['.']) : match.last;
  if (match.entry.short && last === match.last && !beforeFigure) return null;
  return { month: match.entry.month, calendar: match.entry.calendar, first: at, last };
}

/** A weekday name at token `at`, capitalised; an abbreviation only when `short` is allowed. */
export function readWeekday(context: EnglishDateContext, at: number, short = false): { weekday: number; last: number } | null {
  const token = context.tokens[at];
  if (!token?.capitalised) return null;
  const match = englishDateVocabulary().weekdays.matchAt(context.tokens, at);
  if (!match || (match.entry.short && !short)) return null;
  return { weekday: match.entry.weekday, last: match.entry.short ? skipMark(context, match.last, ['.']) : match.last };
}

/** A day of the month: 1-31 in one or two digits, with an ordinal ending ("20th") or without. */
export function readDay(context: EnglishDateContext, at: number): { day: number; last: number } | null {
  const token = context.tokens[at];
  if (token?.kind !== 'number' || !/^\d{1,2}$/.test(token.text)) return null;
  const day = Number(token.text);
  if (day < 1 || day > 31) return null;
  const ending = context.tokens[at + 1];
  if (ending && glued(context.tokens, at + 1) && ending.kind === 'word') {
    return ['st', 'nd', 'rd', 'th'].includes(ending.key) ? { day, last: at + 1 } : null;
  }
  return { day, last: at };
}

/** A year: four digits, 1000-2999, alone (not "2022-23", not "2022s"). */
export function readYear(context: EnglishDateContext, at: number): { year: number; last: number } | null {
  const token = context.tokens[at];
  if (token?.kind !== 'number' || !/^[12]\d{3}$/.test(token.text)) return null;
  const after = context.tokens[at + 1];
  if (after && glued(context.tokens, at + 1) && (after.kind === 'word' || after.kind === 'number')) return null;
  if (after?.text === '-' && glued(context.tokens, at + 1) && context.tokens[at + 2]?.kind === 'number' && glued(context.tokens, at + 2)) return null;
  // "1444 AH": the era marker is part of the year.
  const era = context.tokens[at + 1];
  if (era && next(context, at + 1) && (era.text === 'AH' || era.text === 'CE' || era.text === 'AD')) return { year: Number(token.text), last: at + 1 };
  return { year: Number(token.text), last: at };
}

/** A date word of one kind starting at token `at`. */
export function readWord(context: EnglishDateContext, kind: string, at: number): EnglishMatch<EnglishDateWord> | null {
  return dateWordsOf(kind).matchAt(context.tokens, at);
}

/** A date word of one kind ending right before token `at`, with only spaces between ("in 2022"), or a hyphen ("mid-2023"). */
export function wordBefore(context: EnglishDateContext, kind: string, at: number): EnglishMatch<EnglishDateWord> | null {
  const { tokens } = context;
  if (at <= 0) return null;
  if (tokens[at - 1]?.text === '-' && glued(tokens, at) && glued(tokens, at - 1)) return at >= 2 ? dateWordsOf(kind).matchEndingAt(tokens, at - 2) : null;
  return next(context, at) ? dateWordsOf(kind).matchEndingAt(tokens, at - 1) : null;
}
