import type { z } from 'zod';
import { SpanSchema } from './span.js';

/** A sentence, from its first token to its last, closing punctuation included. */
export const SentenceSchema = SpanSchema.extend({});
export type Sentence = z.infer<typeof SentenceSchema>;
