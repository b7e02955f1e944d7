export { findEnglishEntities } from './find-english-entities.js';
export { buildEnglishGazetteer } from './english-gazetteer.js';
