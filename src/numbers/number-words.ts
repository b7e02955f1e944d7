import { numberWords } from '../generated/number-words.js';
import { normaliseKey } from '../normalise/index.js';

export type NumberWordRole =
  | 'unit'
  | 'teen-unit'
  | 'teen'
  | 'ten'
  | 'hundred'
  | 'hundreds'
  | 'scale'
  | 'scale-pair'
  | 'scale-many'
  | 'some'
  | 'fraction'
  | 'fractions';

export interface NumberWord {
  readonly value: number;
  readonly role: NumberWordRole;
}

let table: Map<string, NumberWord[]> | undefined;

function wordTable(): Map<string, NumberWord[]> {
  if (table) return table;
  table = new Map();
  for (const [word, value, role] of numberWords) {
    const key = normaliseKey(word);
    const readings = table.get(key) ?? [];
    readings.push({ value, role: role as NumberWordRole });
    table.set(key, readings);
  }
  return table;
}

/**
 * Every reading of a normalised word as a number word ("عشرة" is the unit 10 and the second word
 * of a teen); empty when it is not one.
 *
 * @example
 * numberWordReadings(normaliseKey('آلاف')) // [{ value: 1000, role: 'scale-many' }]
 */
export function numberWordReadings(key: string): readonly NumberWord[] {
  return wordTable().get(key) ?? [];
}
