import type { LanguagePlugin } from '../schema/language-plugin.js';
import type { Span } from '../schema/span.js';
import { findEnglishEntities } from './entities/index.js';
import { findEnglishRecords } from './find-english.js';

/** The records that lie inside none of `spans` (in text order, not overlapping one another). */
function outside<T extends Span>(records: readonly T[], spans: readonly Span[]): T[] {
  if (spans.length === 0) return [...records];
  return records.filter((record) => {
    // The last span starting at or before the record is the only one that can hold it.
    let low = 0;
    let high = spans.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (spans[middle]!.start <= record.start) low = middle;
      else high = middle - 1;
    }
    const span = spans[low]!;
    return !(span.start <= record.start && record.end <= span.end);
  });
}

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
    return { entities, numbers, dates: outside(dates, events), claims: outside(claims, events) };
  },
};
