export type { NormalisedText } from './normalise.js';
export { normalise, normaliseKey } from './normalise.js';
export { originalSpan } from './original-span.js';
