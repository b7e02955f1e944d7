// What the benchmark times, gathered in one module so that bench/run.ts can bundle it with esbuild
// the way the package is built: run through tsx instead, every function would carry tsx's naming
// wrappers and the figures would be up to twice too slow.
export { stemKey } from '../src/_lib/phrase-index.js';
export { findClaims } from '../src/claims/index.js';
export { findDates } from '../src/dates/index.js';
export { buildGazetteer, findEntities } from '../src/entities/index.js';
export { english } from '../src/en.js';
export { extract } from '../src/index.js';
export { detectLanguage } from '../src/language/index.js';
export { normalise } from '../src/normalise/index.js';
export { findNumbers } from '../src/numbers/index.js';
export { splitSentences, tokenise } from '../src/tokenise/index.js';
