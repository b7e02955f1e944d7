import { z } from 'zod';
import { SpanSchema } from './span.js';

/** Any numeric expression, claim or not: "٢٠٢٢", "1.5", "6,000", "ستة آلاف", "1.5 مليون". */
export const NumberMentionSchema = SpanSchema.extend({
  value: z.number().finite(),
  /**
   * The figure written again in words right after its digits ("6000 ست الاف"): the words' value and
   * whether it agrees with the digits. When they disagree, `value` keeps the digits.
   */
  spelledOut: z.object({ value: z.number().finite(), agrees: z.boolean() }).optional(),
});
export type NumberMention = z.infer<typeof NumberMentionSchema>;
