import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A sentence, from its first token to its last, closing punctuation included. */
export const SentenceSchema = SpanSchema.extend({
  /**
   * The sentence's own language, ISO 639-3 as franc names it ("arb", "eng", "fra"; "und" when it
   * cannot be told): what `extract()` routes the sentence by. Beyond the SPEC's `{ text, start, end }`:
   * an Arabic article quoting English or French says so sentence by sentence.
   */
  language: z
    .string()
    .regex(/^[a-z]{3}$/)
    .optional(),
});
export type Sentence = z.infer<typeof SentenceSchema>;
