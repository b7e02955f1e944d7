import { z } from 'zod';
import { SpanSchema } from './span.js';

/** Any numeric expression, claim or not: "٢٠٢٢", "1.5", "6,000", "ستة آلاف", "1.5 مليون". */
export const NumberMentionSchema = SpanSchema.extend({
  value: z.number().finite(),
});
export type NumberMention = z.infer<typeof NumberMentionSchema>;
