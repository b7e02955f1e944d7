export { detectLanguage } from './detect-language.js';
export { routeRecords } from './route-records.js';
export type { RoutedRecords } from './route-records.js';
export { mainLanguage, sentenceLanguages } from './sentence-languages.js';
