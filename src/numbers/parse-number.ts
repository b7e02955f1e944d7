import { tokenise } from '../tokenise/index.js';
import { findNumbers } from './find-numbers.js';

/**
 * The value of one numeric expression — digits in any script, number words, their mixes — or
 * null when the text is not exactly one number. A bare plural scale gives its lower bound.
 *
 * @example
 * parseNumber('ثلاثة ملايين وخمسمائة ألف') // 3500000
 * parseNumber('٢٫٥ مليار')               // 2500000000
 * parseNumber('6.000')                   // 6000
 * parseNumber('الأول')                   // null: an ordinal is not a quantity
 */
export function parseNumber(text: string): number | null {
  if (typeof text !== 'string') return null;
  const tokens = tokenise(text);
  const numbers = findNumbers(text, tokens);
  const [only] = numbers;
  if (numbers.length !== 1 || !only || only.firstToken !== 0 || only.lastToken !== tokens.length - 1) return null;
  return only.value;
}
