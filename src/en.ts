/**
 * khabar/en: the English reader. Register it with `extract(text, { languages: [english] })` and the
 * English passages of a text (a quote, a paragraph, a whole article) give entities, numbers, dates
 * and claims too, the entities linked to the same gazetteer ids as their Arabic names.
 */
export { english } from './english/plugin.js';
export { findEnglishEntities } from './english/entities/index.js';
export type { LanguagePlugin, PassageOptions, PassageRecords } from './schema/language-plugin.js';
