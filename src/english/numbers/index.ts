export type { EnglishNumber } from './find-numbers.js';
export { findEnglishNumbers } from './find-numbers.js';
export type { EnglishToken } from './tokens.js';
export { tokeniseEnglish } from './tokens.js';
