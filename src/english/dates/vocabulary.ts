import { englishDateWords, englishMonthNames, englishWeekdayNames } from '../../generated/english-dates.js';
import { EnglishPhraseIndex } from '../numbers/phrases.js';

export type Calendar = 'gregorian' | 'hijri';

export interface EnglishMonth {
  readonly month: number;
  readonly calendar: Calendar;
  /** "Nov", "Sept": read only before a figure or with its full stop */
  readonly short: boolean;
}

export interface EnglishDateWord {
  readonly value: string;
  readonly count: number;
}

export interface EnglishDateVocabulary {
  readonly months: EnglishPhraseIndex<EnglishMonth>;
  readonly weekdays: EnglishPhraseIndex<{ readonly weekday: number; readonly short: boolean }>;
  /** one index a kind of date word (day, direction, period, unit, ago, later, year-cue, range-join…) */
  readonly words: ReadonlyMap<string, EnglishPhraseIndex<EnglishDateWord>>;
}

let vocabulary: EnglishDateVocabulary | undefined;

/** The English date words, indexed once on first use. */
export function englishDateVocabulary(): EnglishDateVocabulary {
  if (vocabulary) return vocabulary;
  const months = new EnglishPhraseIndex<EnglishMonth>();
  // A name of three or four letters is an abbreviation ("Nov", "Sept"), except "May" and "June".
  for (const [name, month, calendar] of englishMonthNames) months.add(name, { month, calendar: calendar as Calendar, short: calendar === 'gregorian' && name.length <= 4 && name !== 'May' && name !== 'June' && name !== 'July' });
  const weekdays = new EnglishPhraseIndex<{ weekday: number; short: boolean }>();
  for (const [name, weekday] of englishWeekdayNames) weekdays.add(name, { weekday, short: !name.endsWith('day') });
  const words = new Map<string, EnglishPhraseIndex<EnglishDateWord>>();
  for (const [word, kind, value, count] of englishDateWords) {
    const index = words.get(kind) ?? new EnglishPhraseIndex<EnglishDateWord>();
    index.add(word, { value, count });
    words.set(kind, index);
  }
  vocabulary = { months, weekdays, words };
  return vocabulary;
}

const empty = new EnglishPhraseIndex<EnglishDateWord>();

/** The index of one kind of date word. */
export function dateWordsOf(kind: string): EnglishPhraseIndex<EnglishDateWord> {
  return englishDateVocabulary().words.get(kind) ?? empty;
}
