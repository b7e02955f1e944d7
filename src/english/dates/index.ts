export { findEnglishDates } from './find-dates.js';
