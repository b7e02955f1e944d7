import { z } from 'zod';
import { SpanSchema } from './span.js';

export const EntityTypeSchema = z.enum(['PERSON', 'ORG', 'LOC', 'EVENT', 'MISC']);
export type EntityType = z.infer<typeof EntityTypeSchema>;

export const EntityFormSchema = z.enum(['name', 'alias', 'demonym']);
export type EntityForm = z.infer<typeof EntityFormSchema>;

export const EntityNameSchema = z.object({ ar: z.string().min(1), en: z.string().min(1).optional() });
export type EntityName = z.infer<typeof EntityNameSchema>;

export const EntitySchema = SpanSchema.extend({
  type: EntityTypeSchema,
  /** For LOC: country, city, region, facility; for ORG: media, government, police… */
  subtype: z.string().min(1).optional(),
  /** The gazetteer entry's stable id, e.g. "country:QA" (ISO 3166-1 alpha-2 for countries). */
  id: z.string().min(1),
  name: EntityNameSchema,
  form: EntityFormSchema,
});
export type Entity = z.infer<typeof EntitySchema>;
