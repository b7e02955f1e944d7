import type { LanguagePlugin } from '../schema/language-plugin.js';
import { findEnglishEntities } from './entities/index.js';
import { findEnglishRecords } from './find-english.js';

/**
 * The English reader, for `extract(text, { languages: [english] })`: English passages of a text
 * give their entities (linked to the same gazetteer ids as the Arabic names: "Qatar" and "قطر" are
 * both country:QA), numbers, dates and numeric claims. It lives in 'khabar/en' because it carries
 * compromise, which the Arabic-only bundle does without.
 *
 * @example
 * import { extract } from 'khabar';
 * import { english } from 'khabar/en';
 * extract('قال المتحدث: "Qatar deployed 6,000 police officers."', { languages: [english] }).entities
 * // → [{ text: 'Qatar', type: 'LOC', id: 'country:QA', … }]
 */
export const english: LanguagePlugin = {
  code: 'eng',
  extractPassage(text, start, end, options) {
    const entities = findEnglishEntities(text, start, end, options.gazetteer);
    const { numbers, dates, claims } = findEnglishRecords(text, start, end, options.referenceDate);
    // A year inside an event's name ("the 2022 World Cup") is part of the name, not a date.
    const events = entities.filter((entity) => entity.type === 'EVENT');
    const insideEvent = (span: { start: number; end: number }): boolean => events.some((event) => event.start <= span.start && span.end <= event.end);
    return {
      entities,
      numbers,
      dates: dates.filter((date) => !insideEvent(date)),
      claims: claims.filter((claim) => !insideEvent(claim)),
    };
  },
};
