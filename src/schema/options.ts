import { z } from 'zod';
import { describeValue } from '../errors.js';
import { EntityNameSchema, EntityTypeSchema } from './entity.js';
import { LanguagePluginSchema } from './language-plugin.js';

/** A gazetteer entry a caller adds to the built-in ones. */
export const GazetteerEntrySchema = z.strictObject({
  id: z.string().min(1),
  type: EntityTypeSchema,
  subtype: z.string().min(1).optional(),
  name: EntityNameSchema,
  /** Other ways the press writes the same name. */
  aliases: z.array(z.string().min(1)).optional(),
});
export type GazetteerEntry = z.infer<typeof GazetteerEntrySchema>;

const isoDay = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written YYYY-MM-DD ("2022-02-30" is not one). */
function isCalendarDay(text: string): boolean {
  const match = isoDay.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

const expectedDay = 'a Date or a calendar day written YYYY-MM-DD, e.g. "2022-05-27"';

export const ReferenceDateSchema = z
  .union([z.date(), z.string()], { error: (issue) => `expected ${expectedDay}, but got ${describeValue(issue.input)}` })
  .refine((value) => typeof value !== 'string' || isCalendarDay(value), {
    error: (issue) => `expected ${expectedDay}, but got ${describeValue(issue.input)}`,
  });
export type ReferenceDate = z.infer<typeof ReferenceDateSchema>;

const optionNames = ['referenceDate', 'gazetteer', 'languages'];

export const ExtractOptionsSchema = z.strictObject(
  {
    /** The document's own date: relative dates and dates without a year are resolved against it. */
    referenceDate: ReferenceDateSchema.optional(),
    /** Entries added to the built-in gazetteer. */
    gazetteer: z.array(GazetteerEntrySchema).optional(),
    /**
     * Plug-ins for languages other than Arabic (`english` from 'khabar/en'): their sentences are read
     * by the plug-in instead of giving only language-neutral numbers and dates.
     */
    languages: z
      .array(LanguagePluginSchema, { error: (issue) => `expected an array of language plug-ins such as [english] (from 'khabar/en'), but got ${describeValue(issue.input)}` })
      .optional(),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown option ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}; the options are ${optionNames.slice(0, -1).join(', ')} and ${optionNames.at(-1)}`
        : undefined,
  },
);
export type ExtractOptions = z.infer<typeof ExtractOptionsSchema>;
