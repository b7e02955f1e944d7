export { hijriToGregorian } from './calendar.js';
export { findDates } from './find-dates.js';
