export { isKnownWord, knownAs } from './lexicon.js';
export type { KnownAs } from './lexicon.js';
export { numberProclitics, splitProclitics } from './proclitics.js';
export type { ProcliticSplit } from './proclitics.js';
export { splitSentences } from './sentences.js';
export { tokenise } from './tokenise.js';
