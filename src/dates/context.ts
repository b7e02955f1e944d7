import type { FoundNumber } from '../numbers/index.js';
import type { DateParts } from '../schema/date-mention.js';
import type { Sentence } from '../schema/sentence.js';
import type { Token } from '../schema/token.js';
import type { Calendar } from './vocabulary.js';

/** Which way a sentence looks: toward what is coming, what is past, or neither. */
export type Tense = 'future' | 'past' | null;

/** What every recogniser reads: the tokens, the numbers among them, the reference day. */
export interface DateContext {
  readonly input: string;
  readonly tokens: readonly Token[];
  /** the number that starts at a token, by token index */
  readonly numberAt: ReadonlyMap<number, FoundNumber>;
  readonly reference: Date | null;
  /** the tense cues of the sentence a token is in */
  readonly tenseAt: (token: number) => Tense;
  readonly sentences: readonly Sentence[];
}

/** A date a recogniser found, before it becomes a public DateMention. */
export interface FoundDate {
  readonly firstToken: number;
  readonly lastToken: number;
  readonly start: number;
  readonly end: number;
  readonly calendar: Calendar;
  readonly granularity: 'day' | 'month' | 'year';
  readonly from: Date | null;
  readonly to: Date | null;
  readonly relative: boolean;
  readonly parts: DateParts;
  /** the parts of a range's last day */
  readonly until?: DateParts;
  /** the weekday came with a day named otherwise ("أول أمس الأربعاء", "الخميس 17 نونبر"), so it can disagree */
  readonly weekdayChecked?: boolean;
}

/** A recogniser is a small named object: it reads a date starting at a token, or returns null. */
export interface DateRecogniser {
  readonly name: string;
  /** higher wins when two recognisers read the same tokens */
  readonly priority: number;
  readonly match: (context: DateContext, at: number) => FoundDate | null;
}
