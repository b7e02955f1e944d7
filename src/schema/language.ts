import { z } from 'zod';

export const ScriptSchema = z.enum(['arabic', 'latin', 'mixed', 'other']);
export type Script = z.infer<typeof ScriptSchema>;

export const LanguageSchema = z.object({
  /** ISO 639-3 as franc gives it: "arb" for Arabic, "und" when too short or unsure. */
  code: z.string().regex(/^[a-z]{3}$/),
  script: ScriptSchema,
});
export type Language = z.infer<typeof LanguageSchema>;
