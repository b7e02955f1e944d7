import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

// The examples import the package by name, as a user would, so they run against dist/: build it
// when it is missing or older than the source.
const root = join(import.meta.dirname, '..');

function newest(folder: string): number {
  return Math.max(
    ...readdirSync(folder, { withFileTypes: true }).map((entry) =>
      entry.isDirectory() ? newest(join(folder, entry.name)) : statSync(join(folder, entry.name)).mtimeMs,
    ),
  );
}

beforeAll(() => {
  const built = join(root, 'dist/index.js');
  if (!existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'))) {
    execFileSync(process.execPath, [join(root, 'node_modules/tsup/dist/cli-default.js')], { cwd: root, stdio: 'pipe' });
  }
}, 120_000);

const run = (example: string, ...args: string[]) => execFileSync(process.execPath, [join(root, 'examples', example), ...args], { cwd: root, encoding: 'utf8' });

describe('the examples', () => {
  it('print-fixtures prints the records of every seed article', () => {
    const output = run('print-fixtures.mjs');
    expect(output.match(/^=== /gm)).toHaveLength(5);
    expect(output).toContain('16 دولة → exact 16 countries');
  });

  it('one-article prints an article\'s claims, dates and entities', () => {
    const output = run('one-article.mjs');
    expect(output).toContain('claim   حوالي 1.5 مليون من المشجعين  →  approximate 1500000 fans');
    expect(output).toContain('date    الإثنين الماضي  →  2022-06-13 … 2022-06-13');
    expect(output).toMatch(/entity {2}قطر {2}→ {2}LOC country:QA/);
  });

  it('claims-csv writes one row per claim', () => {
    const rows = run('claims-csv.mjs').trim().split('\n');
    expect(rows[0]).toBe('article,value,qualifier,kind,subject,subject_en,text');
    expect(rows).toContain('"001_6d43d9a535c6ec82.txt","6000","exact","count","رجل امن","security officers","6000 ست الاف رجل امن"');
    expect(rows).toHaveLength(9);
  });

  it('custom-gazetteer finds the caller\'s entries', () => {
    const output = run('custom-gazetteer.mjs');
    expect(output).toContain('موقع جسر  →  ORG org:jisr-press (alias)');
    expect(output).toContain('عبد الواحد أولاد ملود  →  PERSON person:oulad-mellouk (name)');
  });

  it('ndjson-pipeline streams the seeds through the CLI and sums up the results', () => {
    const lines = run('ndjson-pipeline.mjs').trim().split('\n');
    expect(lines).toHaveLength(6);
    expect(lines[1]).toMatch(/^001_6d43d9a535c6ec82\.txt: \d+ entities, 2 claims$/);
    expect(lines[5]).toMatch(/^8 claims in all; places named most: Qatar \(\d+\), Morocco \(\d+\)/);
  });

  it('english-article reads each sentence in its language and links English names to the Arabic ids', () => {
    expect(run('english-article.mjs').trim().split('\n')).toEqual([
      'sentence arb  قال عبد اللطيف حموشي إن المغرب سينشر 6000 رجل أمن.',
      'sentence eng  "We expect about 1.5 million fans in Doha from November 20," Qatar\'s interior ministry said.',
      'sentence fra  Le ministre a confirmé la date du 2022-11-20.',
      'entity   عبد اللطيف حموشي  →  PERSON person:abdellatif-hammouchi',
      'entity   المغرب  →  LOC country:MA',
      'entity   Doha  →  LOC city:qa-doha',
      'entity   Qatar  →  LOC country:QA',
      'claim    6000 رجل أمن  →  exact 6000 security officers (people/security)',
      'claim    about 1.5 million fans  →  approximate 1500000 fans (people/fans)',
      'date     November 20  →  2022-11-20 … 2022-11-20',
      'date     2022-11-20  →  2022-11-20 … 2022-11-20',
    ]);
  });
});
