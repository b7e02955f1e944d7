import { z } from 'zod';
import { SpanSchema } from './span.js';

/** A calendar day as YYYY-MM-DD. */
export const IsoDaySchema = z.iso.date();

export const DatePartsSchema = z.object({
  day: z.number().int().min(1).max(31).optional(),
  month: z.number().int().min(1).max(12).optional(),
  year: z.number().int().optional(),
  /** 0 = Sunday … 6 = Saturday, as `Date.prototype.getDay`. */
  weekday: z.number().int().min(0).max(6).optional(),
});
export type DateParts = z.infer<typeof DatePartsSchema>;

export const DateMentionSchema = SpanSchema.extend({
  calendar: z.enum(['gregorian', 'hijri']),
  granularity: z.enum(['day', 'month', 'year']),
  /** First Gregorian day covered, or null where it cannot be known. */
  from: IsoDaySchema.nullable(),
  /** Last Gregorian day covered, or null where it cannot be known. */
  to: IsoDaySchema.nullable(),
  /** True where the day was computed from the reference date. */
  relative: z.boolean(),
  /** What the text itself says, in its own calendar. */
  parts: DatePartsSchema,
  /** For a range, what the text says of its last day ("24 إلى 26 ماي" → { day: 26, month: 5 }). */
  until: DatePartsSchema.optional(),
  /**
   * Whether the weekday the text gives is the weekday of the date it gives ("الجمعة 17 نونبر 2022"
   * → false: that day was a Thursday); present only when the text gives both.
   */
  weekdayAgrees: z.boolean().optional(),
});
export type DateMention = z.infer<typeof DateMentionSchema>;
