import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatReport, isNodeBuiltin, measureBundle, measureEnglishBundle, type BundleReport } from '../scripts/bundle-size.js';

// Budget for the gzipped browser bundle (esbuild: src/index.ts, platform browser, esm, minified,
// charset utf8, zod, franc-min and date-fns bundled in; `npx tsx scripts/bundle-size.ts`).
//
// Measured on 2026-11-24: 1,153,574 bytes minified, 314,310 bytes gzipped (zlib level 9).
// Budget = 314,310 × 1.10 = 345,741, rounded up to the next 10 KiB = 340 KiB (348,160 bytes):
// ten per cent of room for growth of the data and the code, and a failure when something big
// (a second copy of a dependency, a data file pulled in twice, a Node polyfill) gets in.
//
// What the bytes are (share of the minified bundle, from the metafile's `bytesInOutput`):
//   zod 33 % (375 KiB: `import { z } from 'zod'` keeps all of zod 4 classic, its JSON-schema code
//   and every locale), gazetteer data 24 % (274 KiB), claim vocabulary 10 % (112 KiB), franc-min
//   9 % (107 KiB, mostly its trigram data), entity word lists 8 % (93 KiB), lexicon 8 % (87 KiB),
//   khabar's own code 4 % (48 KiB), date-fns 2 % (20 KiB), other generated data 1 %.
// Gzipped alone, each part: zod ≈ 90 KiB, gazetteer ≈ 65 KiB, franc-min ≈ 50 KiB, claim vocabulary
// ≈ 26 KiB, entity words ≈ 25 KiB, lexicon ≈ 22 KiB. So the generated data (gazetteer, lexicon,
// vocabularies) is about half of the bundle and zod is the largest single part.
const GZIP_BUDGET_BYTES = 340 * 1024;

// Budget for the bundle of a page that also imports khabar/en (src/index.ts + src/en.ts in one
// esbuild bundle, same settings): the English plug-in adds compromise and the English tables.
// Measured on 2026-12-04 with the whole English path in: 1,616,207 bytes minified, 483,588 bytes
// gzipped; compromise is 346 KiB of the minified bundle. Budget = 483,588 × 1.10 = 531,947 bytes,
// rounded to 520 KiB (532,480 bytes): room for the English tables to grow by a tenth, not for a
// second NLP library.
const ENGLISH_GZIP_BUDGET_BYTES = 520 * 1024;

describe('the browser bundle', () => {
  let report: BundleReport | undefined;
  afterAll(() => {
    if (report) rmSync(dirname(report.outfile), { recursive: true, force: true });
  });

  it('builds from src/index.ts for platform browser', async () => {
    report = await measureBundle();
    console.log(formatReport(report));
    expect(report.minifiedBytes).toBeGreaterThan(0);
  }, 60_000);

  it('imports no Node built-in (node:* or bare fs, path, crypto, …)', () => {
    expect(report?.builtinImports).toEqual([]);
  });

  it(`stays under the gzipped budget of ${GZIP_BUDGET_BYTES / 1024} KiB`, () => {
    expect(report?.gzippedBytes).toBeLessThanOrEqual(GZIP_BUDGET_BYTES);
  });

  it('does not carry compromise: the English plug-in stays in khabar/en', () => {
    if (!report) throw new Error('the bundle was not built');
    expect(report.parts.map((part) => part.name).filter((name) => /compromise|efrt|grad-school|suffix-thumb/.test(name))).toEqual([]);
  });

  it('accounts for the bundle by part, the generated data among the largest', () => {
    if (!report) throw new Error('the bundle was not built');
    const names = report.parts.map((part) => part.name);
    expect(names).toContain('gazetteer data (src/generated/gazetteer.ts)');
    expect(names).toContain('lexicon data (src/generated/lexicon.ts)');
    const counted = report.parts.reduce((sum, part) => sum + part.bytes, 0);
    expect(counted / report.minifiedBytes).toBeGreaterThan(0.95);
  });
});

describe('the browser bundle with khabar/en', () => {
  let report: BundleReport | undefined;
  afterAll(() => {
    if (report) rmSync(dirname(report.outfile), { recursive: true, force: true });
  });

  it('builds from src/index.ts and src/en.ts for platform browser', async () => {
    report = await measureEnglishBundle();
    console.log(formatReport(report));
    expect(report.minifiedBytes).toBeGreaterThan(0);
  }, 60_000);

  it('carries compromise and imports no Node built-in', () => {
    expect(report?.parts.map((part) => part.name)).toContain('compromise');
    expect(report?.builtinImports).toEqual([]);
  });

  it(`stays under the gzipped budget of ${ENGLISH_GZIP_BUDGET_BYTES / 1024} KiB`, () => {
    expect(report?.gzippedBytes).toBeLessThanOrEqual(ENGLISH_GZIP_BUDGET_BYTES);
  });
});

describe('the Node built-in check', () => {
  it('knows node:* and the bare names', () => {
    for (const name of ['node:fs', 'node:test', 'fs', 'fs/promises', 'path', 'crypto', 'util', 'stream']) expect(isNodeBuiltin(name)).toBe(true);
    for (const name of ['zod', 'franc-min', 'date-fns', './fs.js', 'path-browserify']) expect(isNodeBuiltin(name)).toBe(false);
  });

  it('catches a built-in imported anywhere in the bundle', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-builtin-'));
    try {
      writeFileSync(join(dir, 'helper.js'), "import { createHash } from 'crypto';\nexport const hash = (s) => createHash('sha1').update(s).digest('hex');\n");
      writeFileSync(join(dir, 'entry.js'), "import { readFileSync } from 'node:fs';\nimport { hash } from './helper.js';\nexport const f = (p) => hash(readFileSync(p, 'utf8'));\n");
      const report = await measureBundle({ entry: join(dir, 'entry.js') });
      rmSync(dirname(report.outfile), { recursive: true, force: true });
      expect(report.builtinImports.map((found) => found.specifier).sort()).toEqual(['crypto', 'node:fs']);
      expect(report.builtinImports.find((found) => found.specifier === 'crypto')?.importer).toMatch(/helper\.js$/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
