import { z } from 'zod';
import { SpanSchema } from './span.js';

export const TokenKindSchema = z.enum([
  'word', // a run of Arabic-script letters
  'number', // digits in any script, with their separators and a following percent sign
  'punct',
  'symbol',
  'latin', // a word in Latin script
  'other', // a word in any other script
  'url',
  'email',
  'handle', // @name
  'hashtag', // #name
]);
export type TokenKind = z.infer<typeof TokenKindSchema>;

/** A proclitic split off the front of a word: conjunctions, prepositions, the future particle, the article. */
export const ProcliticSchema = z.enum(['و', 'ف', 'ب', 'ك', 'ل', 'س', 'ال']);
export type Proclitic = z.infer<typeof ProcliticSchema>;

export const TokenSchema = SpanSchema.extend({
  kind: TokenKindSchema,
  /** The token's matching key: see `normalise()` for the folds. */
  normal: z.string(),
  /**
   * Proclitics split off the front, in reading order ("وبالمغرب" → ["و", "ب"]). The article stays
   * on a word's stem ("والمغرب" → stem "المغرب"); it is a proclitic only before a number ("الـ21").
   */
  prefixes: z.array(ProcliticSchema),
  /**
   * The stem after the proclitics, without diacritics or tatweel; after "لل" the article the
   * spelling drops is restored ("للمديرية" → "المديرية").
   */
  stem: z.string(),
  /** Where the stem's own letters start in the input: `input.slice(stemStart, end)`. */
  stemStart: z.number().int().nonnegative(),
});
export type Token = z.infer<typeof TokenSchema>;
