import { PhraseIndex, stemKey } from '../_lib/phrase-index.js';
import type { Token } from '../schema/token.js';
import { dateWords, weekdayNames } from '../generated/date-words.js';
import { monthNames } from '../generated/month-names.js';

export type Calendar = 'gregorian' | 'hijri';

export interface MonthName {
  readonly month: number;
  readonly calendar: Calendar;
  readonly tradition: string;
}

export type Direction = 'past' | 'current' | 'future';
export type Unit = 'day' | 'week' | 'month' | 'year';

export interface DateWord {
  readonly kind: string;
  readonly value: string;
  readonly count: number;
}

/** Every word the dates stage looks up, indexed once on first use. */
export interface DateVocabulary {
  readonly months: PhraseIndex<MonthName>;
  readonly weekdays: PhraseIndex<number>;
  /** the other date words, one index a kind (day, direction, period, unit, ago, in, year-cue…) */
  readonly words: ReadonlyMap<string, PhraseIndex<DateWord>>;
  /** every key a month, weekday or date word starts with */
  readonly openers: ReadonlySet<string>;
}

let vocabulary: DateVocabulary | undefined;

export function dateVocabulary(): DateVocabulary {
  if (vocabulary) return vocabulary;
  const months = new PhraseIndex<MonthName>();
  for (const [name, month, calendar, tradition] of monthNames) months.add(name, { month, calendar: calendar as Calendar, tradition });
  const weekdays = new PhraseIndex<number>();
  for (const [name, weekday] of weekdayNames) weekdays.add(name, weekday);
  const words = new Map<string, PhraseIndex<DateWord>>();
  for (const [word, kind, value, count] of dateWords) {
    const index = words.get(kind) ?? new PhraseIndex<DateWord>();
    index.add(word, { kind, value, count });
    words.set(kind, index);
  }
  const openers = new Set([...months.openingKeys(), ...weekdays.openingKeys(), ...[...words.values()].flatMap((index) => [...index.openingKeys()])]);
  vocabulary = { months, weekdays, words, openers };
  return vocabulary;
}

/**
 * Can a date start at this token? Only at a number or at a word some date phrase opens with: the
 * recognisers are not asked about any other token.
 */
export function mayOpenDate(token: Token): boolean {
  if (token.kind === 'number') return true;
  if (token.kind !== 'word') return false;
  const { openers } = dateVocabulary();
  return openers.has(token.normal) || (token.prefixes.length > 0 && openers.has(stemKey(token)));
}

/** The index of one kind of date word; empty when the table has none of that kind. */
export function wordsOf(kind: string): PhraseIndex<DateWord> {
  return dateVocabulary().words.get(kind) ?? new PhraseIndex<DateWord>();
}
