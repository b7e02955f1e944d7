import { z } from 'zod';
import { SpanSchema } from './span.js';

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'LOC', 'EVENT', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntityFormSchema = z.enum(['name', 'alias', 'demonym']);
export type EntityForm = z.infer<typeof EntityFormSchema>;

export const EntityNameSchema = z.object({ ar: z.string().min(1), en: z.string().min(1).optional() });
export type EntityName = z.infer<typeof EntityNameSchema>;

/**
 * An entity's canonical names. A gazetteer entry always has its Arabic name; a name found in an
 * English passage that no entry lists ("John Smith" in a quote) has only its English one.
 */
export const EntityRecordNameSchema = z
  .object({ ar: z.string().min(1).optional(), en: z.string().min(1).optional() })
  .refine((name) => name.ar !== undefined || name.en !== undefined, { error: 'an entity needs its Arabic or its English name' });
export type EntityRecordName = z.infer<typeof EntityRecordNameSchema>;

export const EntitySchema = SpanSchema.extend({
  type: EntityTypeSchema,
  /** For LOC: country, city, region, facility; for ORG: media, government, police… */
  subtype: z.string().min(1).optional(),
  /**
   * The gazetteer entry's stable id, e.g. "country:QA" (ISO 3166-1 alpha-2 for countries). A name
   * no entry lists gets an id made from the name: "person:<Arabic name>" for one found in Arabic,
   * "person:en:john-smith" (type prefix, "en", the name in kebab case) for one found in English.
   */
  id: z.string().min(1),
  name: EntityRecordNameSchema,
  form: EntityFormSchema,
});
export type Entity = z.infer<typeof EntitySchema>;
