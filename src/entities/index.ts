export { buildGazetteer, Gazetteer } from './gazetteer.js';
export { findEntities } from './find-entities.js';
