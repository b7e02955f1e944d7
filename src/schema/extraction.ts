import { z } from 'zod';
import { ClaimSchema } from './claim.js';
import { DateMentionSchema } from './date-mention.js';
import { EntitySchema } from './entity.js';
import { LanguageSchema } from './language.js';
import { NumberMentionSchema } from './number-mention.js';
import { SentenceSchema } from './sentence.js';
import { TokenSchema } from './token.js';

/** Everything `extract()` finds in one text. Every list is in text order. */
export const ExtractionSchema = z.object({
  language: LanguageSchema,
  sentences: z.array(SentenceSchema),
  tokens: z.array(TokenSchema),
  entities: z.array(EntitySchema),
  dates: z.array(DateMentionSchema),
  claims: z.array(ClaimSchema),
  numbers: z.array(NumberMentionSchema),
});
export type Extraction = z.infer<typeof ExtractionSchema>;
