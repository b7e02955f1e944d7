// Contract between the English entity path and the English numbers/dates/claims path.
import { referenceDay } from '../dates/calendar.js';
import type { Claim } from '../schema/claim.js';
import type { DateMention } from '../schema/date-mention.js';
import type { NumberMention } from '../schema/number-mention.js';
import type { ReferenceDate } from '../schema/options.js';
import { findEnglishClaims } from './claims/index.js';
import { findEnglishDates } from './dates/index.js';
import type { EnglishNumber } from './numbers/index.js';
import { findEnglishNumbers, tokeniseEnglish } from './numbers/index.js';

export interface EnglishRecords {
  numbers: NumberMention[];
  dates: DateMention[];
  claims: Claim[];
}

function toNumberMention({ text, start, end, value }: EnglishNumber): NumberMention {
  return { text, start, end, value };
}

/**
 * Numbers, dates and claims of the English passage text.slice(start, end); spans are offsets into
 * `text`, records in text order. Never throws: a passage it cannot read gives empty lists.
 *
 * @example
 * findEnglishRecords('Morocco will deploy 6,000 police officers.', 0, 42).claims[0]
 * // → { text: '6,000 police officers', value: 6000, kind: 'count', qualifier: 'exact',
 * //     subject: { text: 'police officers', en: 'police officers', category: 'people/security', … }, … }
 */
export function findEnglishRecords(text: string, start: number, end: number, referenceDate?: ReferenceDate): EnglishRecords {
  try {
    const from = Math.max(0, Math.min(start, text.length));
    const to = Math.max(from, Math.min(end, text.length));
    const tokens = tokeniseEnglish(text, from, to);
    const numbers = findEnglishNumbers(text, tokens);
    let reference: Date | null = null;
    try {
      reference = referenceDay(referenceDate);
    } catch {
      reference = null;
    }
    const dates = findEnglishDates(text, tokens, numbers, reference);
    const claims = findEnglishClaims(text, tokens, numbers, dates);
    return { numbers: numbers.map(toNumberMention), dates, claims };
  } catch {
    return { numbers: [], dates: [], claims: [] };
  }
}
