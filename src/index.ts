/**
 * khabar (خبر): typed records of what an Arabic news text says — the entities it names, the dates
 * it gives and the numeric claims it makes — each with its exact span in the text.
 */
export { extract } from './extract.js';
export { KhabarError } from './errors.js';
export type { KhabarErrorCode } from './errors.js';
export { normalise, normaliseKey, originalSpan } from './normalise/index.js';
export type { NormalisedText } from './normalise/index.js';
export { splitSentences, tokenise } from './tokenise/index.js';
export { detectLanguage } from './language/index.js';
export { parseNumber } from './numbers/index.js';
export * from './schema/index.js';
