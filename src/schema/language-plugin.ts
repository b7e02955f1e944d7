import { z } from 'zod';
import { describeValue } from '../errors.js';
import type { Claim } from './claim.js';
import type { DateMention } from './date-mention.js';
import type { Entity } from './entity.js';
import type { NumberMention } from './number-mention.js';
import type { GazetteerEntry, ReferenceDate } from './options.js';

/** What `extract()` passes on to a language plug-in with each passage. */
export interface PassageOptions {
  readonly referenceDate?: ReferenceDate;
  /** The caller's gazetteer entries: their English names link English mentions to their ids. */
  readonly gazetteer?: readonly GazetteerEntry[];
}

/** A plug-in's records of one passage, each with its span in the whole input, in text order. */
export interface PassageRecords {
  entities: Entity[];
  dates: DateMention[];
  claims: Claim[];
  numbers: NumberMention[];
}

/**
 * Reads the passages of one language other than Arabic. Registered with
 * `extract(text, { languages: [english] })`; `extract()` splits the text into sentences, names each
 * sentence's language, and hands every run of sentences in `code` to `extractPassage`. Plug-ins
 * live in their own entry points (`khabar/en`), so the Arabic-only bundle does not carry them.
 */
export interface LanguagePlugin {
  /** ISO 639-3, as franc names the language: "eng". */
  readonly code: string;
  /** The records of the passage `text.slice(start, end)`; spans are offsets into the whole `text`. */
  readonly extractPassage: (text: string, start: number, end: number, options: PassageOptions) => PassageRecords;
}

const expectedPlugin = "a language plug-in such as `english` from 'khabar/en' (an object with a three-letter `code` other than \"arb\" and an `extractPassage` function)";

function isLanguagePlugin(value: unknown): value is LanguagePlugin {
  if (value === null || typeof value !== 'object') return false;
  const { code, extractPassage } = value as Partial<LanguagePlugin>;
  return typeof code === 'string' && /^[a-z]{3}$/.test(code) && code !== 'arb' && typeof extractPassage === 'function';
}

export const LanguagePluginSchema = z.custom<LanguagePlugin>(isLanguagePlugin, {
  error: (issue) => `expected ${expectedPlugin}, but got ${describeValue(issue.input)}`,
});
