export { findNumbers } from './find-numbers.js';
export type { FoundNumber } from './find-numbers.js';
export { parseDigits } from './parse-digits.js';
export { parseNumber } from './parse-number.js';
