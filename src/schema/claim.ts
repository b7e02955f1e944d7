import { z } from 'zod';
import { SpanSchema } from './span.js';

export const ClaimKindSchema = z.enum(['count', 'percent', 'money', 'measure']);
export type ClaimKind = z.infer<typeof ClaimKindSchema>;

export const QualifierSchema = z.enum(['exact', 'approximate', 'more-than', 'less-than', 'at-least', 'at-most']);
export type Qualifier = z.infer<typeof QualifierSchema>;

export const ClaimSubjectSchema = SpanSchema.extend({
  /** English gloss of what is counted ("المشجعين" → "fans"). */
  en: z.string().min(1).optional(),
  /** e.g. "people/fans", "places/countries", "events/attacks". */
  category: z.string().min(1).optional(),
});
export type ClaimSubject = z.infer<typeof ClaimSubjectSchema>;

export const ClaimUnitSchema = SpanSchema.extend({
  /** ISO 4217 for money ("USD", "MAD"), a short code for measures ("km", "t"), "percent". */
  code: z.string().min(1),
  /** English name of the unit ("US dollars"). */
  en: z.string().min(1),
});
export type ClaimUnit = z.infer<typeof ClaimUnitSchema>;

export const ClaimSchema = SpanSchema.extend({
  kind: ClaimKindSchema,
  /** 6000, 1500000, 16; a percent is 50, not 0.5. */
  value: z.number().finite(),
  qualifier: QualifierSchema,
  /** The quantity itself ("1.5 مليون", "6000 ست الاف"). */
  number: SpanSchema,
  subject: ClaimSubjectSchema.nullable(),
  /** The currency, measure or percent word that makes a claim money, measure or percent. */
  unit: ClaimUnitSchema.optional(),
});
export type Claim = z.infer<typeof ClaimSchema>;
