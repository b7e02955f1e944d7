import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { z } from 'zod';
import { ClaimKindSchema, EntityTypeSchema, QualifierSchema } from '../../src/schema/index.js';
import { normaliseForScoring, occurrencesOf } from './score.js';

// Strict objects throughout: a misspelt key ("ocurrences", "optinal") would otherwise be dropped
// silently and change the score without anyone noticing.

const IsoDaySchema = z.iso.date();

export const GoldClaimSchema = z.strictObject({
  text: z.string().min(1),
  value: z.number().finite(),
  kind: ClaimKindSchema,
  qualifier: QualifierSchema,
  subject: z.string().min(1),
  subjectEn: z.string().min(1),
});
export type GoldClaim = z.infer<typeof GoldClaimSchema>;

export const GoldDateSchema = z
  .strictObject({
    text: z.string().min(1),
    from: IsoDaySchema,
    to: IsoDaySchema,
    granularity: z.enum(['day', 'month', 'year']),
    relative: z.boolean().optional(),
    /** The same text stands for this date n times in the article: n expected matches. */
    occurrences: z.number().int().min(1).optional(),
    optional: z.boolean().optional(),
  })
  .refine((date) => date.from <= date.to, { error: '`from` is after `to`' });
export type GoldDate = z.infer<typeof GoldDateSchema>;

export const GoldEntitySchema = z
  .strictObject({
    type: EntityTypeSchema,
    subtype: z.string().min(1).optional(),
    id: z.string().min(1).optional(),
    en: z.string().min(1),
    forms: z.array(z.string().min(1)),
    demonyms: z.array(z.string().min(1)).optional(),
    optional: z.boolean().optional(),
  })
  .refine((entity) => entity.forms.length + (entity.demonyms?.length ?? 0) > 0, {
    error: 'an entity needs at least one form or demonym',
  });
export type GoldEntity = z.infer<typeof GoldEntitySchema>;

export const GoldFileSchema = z.strictObject({
  document: z.string().min(1),
  referenceDate: IsoDaySchema,
  claims: z.array(GoldClaimSchema),
  dates: z.array(GoldDateSchema),
  ignoredDateTexts: z.array(z.string().min(1)),
  entities: z.array(GoldEntitySchema),
});
export type GoldFile = z.infer<typeof GoldFileSchema>;

/** One seed article with its gold annotations. */
export interface GoldArticle {
  /** Base name shared by the gold file and the article, e.g. "001_6d43d9a535c6ec82". */
  name: string;
  text: string;
  gold: GoldFile;
}

/** A gold set that cannot be scored against: missing folder, unreadable or malformed file. */
export class GoldSetError extends Error {
  override readonly name = 'GoldSetError';
}

/**
 * Reads `<dir>/gold/*.json` and, for each, `<dir>/seeds/<same base name>.txt`, validates them and
 * returns them sorted by name.
 *
 * @throws GoldSetError naming the file, when a folder or article is missing, a gold file is not
 * valid JSON or not in the gold format, a claim, date or ignored text is not an exact substring
 * of its article, a date says it occurs more often than its text does, or an entity form cannot
 * be found in the article.
 */
export function loadGoldSet(dir: string): GoldArticle[] {
  const goldDir = join(dir, 'gold');
  const seedDir = join(dir, 'seeds');
  for (const folder of [goldDir, seedDir]) {
    if (!existsSync(folder)) throw new GoldSetError(`gold set: folder ${folder} does not exist`);
  }
  const files = readdirSync(goldDir)
    .filter((file) => file.endsWith('.json'))
    .sort();
  if (files.length === 0) throw new GoldSetError(`gold set: no *.json gold file in ${goldDir}`);
  return files.map((file) => loadArticle(join(goldDir, file), seedDir));
}

function loadArticle(goldPath: string, seedDir: string): GoldArticle {
  const name = basename(goldPath, '.json');
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(goldPath, 'utf8'));
  } catch (error) {
    throw new GoldSetError(`${goldPath}: not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const parsed = GoldFileSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.map(String).join('.') || '(root)'}: ${issue.message}`);
    throw new GoldSetError(`${goldPath}: not in the gold format. ${issues.join('; ')}`);
  }
  const gold = parsed.data;
  if (gold.document !== `${name}.txt`) {
    throw new GoldSetError(`${goldPath}: "document" is "${gold.document}", expected "${name}.txt" (same base name)`);
  }
  const seedPath = join(seedDir, gold.document);
  if (!existsSync(seedPath)) throw new GoldSetError(`${goldPath}: its article ${seedPath} does not exist`);
  const text = readFileSync(seedPath, 'utf8');
  checkAgainstArticle(goldPath, gold, text);
  return { name, text, gold };
}

function checkAgainstArticle(goldPath: string, gold: GoldFile, text: string): void {
  const texts = [
    ...gold.claims.map((claim, i) => ({ where: `claims.${i}`, text: claim.text })),
    ...gold.dates.map((date, i) => ({ where: `dates.${i}`, text: date.text })),
    ...gold.ignoredDateTexts.map((ignored, i) => ({ where: `ignoredDateTexts.${i}`, text: ignored })),
  ];
  for (const item of texts) {
    if (!text.includes(item.text)) {
      throw new GoldSetError(`${goldPath}: ${item.where} text "${item.text}" is not a substring of its article`);
    }
  }
  gold.dates.forEach((date, i) => {
    const found = occurrencesOf(text, date.text).length;
    if ((date.occurrences ?? 1) > found) {
      throw new GoldSetError(
        `${goldPath}: dates.${i} "${date.text}" says occurrences ${date.occurrences}, but the article has it ${found} time(s)`,
      );
    }
  });
  // Forms are compared after normalisation and may sit behind "لل" ("للمديرية" for "المديرية"),
  // so they are looked for the same way; a form that is nowhere could never be matched.
  const normalText = normaliseForScoring(text);
  gold.entities.forEach((entity, i) => {
    for (const form of [...entity.forms, ...(entity.demonyms ?? [])]) {
      const normalForm = normaliseForScoring(form);
      const behindLil = normalForm.startsWith('ال') && normalText.includes(`لل${normalForm.slice(2)}`);
      if (!normalText.includes(normalForm) && !behindLil) {
        throw new GoldSetError(`${goldPath}: entities.${i} (${entity.en}) form "${form}" is not found in its article`);
      }
    }
  });
}
