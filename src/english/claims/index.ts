export { findEnglishClaims } from './find-claims.js';
