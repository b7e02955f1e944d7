// The README shows real inputs with their real outputs: this keeps them real. Each JSON block of
// the API section is compared with what extract() gives today for the input the README names.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, parseNumber } from '../src/index.js';
import { runCli } from './helpers/run-cli.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
/** The README's text with its line breaks inside quoted inputs undone. */
const flat = readme.replace(/\n/g, ' ');
const jsonBlocks = [...readme.matchAll(/```json\n([\s\S]*?)```/g)].map((match) => JSON.parse(match[1]!) as Record<string, unknown>[]);

/** The record with only the fields the README shows (it abridges some). */
function shown(record: object, fields: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.keys(fields).map((key) => [key, (record as Record<string, unknown>)[key]]));
}

function expectInReadme(input: string): void {
  expect(flat.includes(input) || readme.includes(input), `the README quotes ${input}`).toBe(true);
}

describe('README examples', () => {
  it('has the three JSON outputs of the API section', () => {
    expect(jsonBlocks).toHaveLength(3);
  });

  it('claims', () => {
    const input = 'وتتوقع قطر حوالي 1.5 مليون من المشجعين، ونشر المغرب 6000 ست الاف رجل امن.';
    expectInReadme(input);
    expect(extract(input).claims).toEqual(jsonBlocks[0]);
  });

  it('dates', () => {
    const input = 'عقدت الخلية أولى اجتماعاتها يوم الخميس 17 نونبر 2022، والمعرض يقام ما بين 24 إلى 26 ماي الجاري، وزار الوفد الدوحة أول أمس الأربعاء.';
    expectInReadme(input);
    expect(extract(input, { referenceDate: '2022-05-27' }).dates).toEqual(jsonBlocks[1]);
  });

  it('entities (the fields it shows)', () => {
    const input = 'استقبل الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني السيد عبد اللطيف حموشي بقطر، وأكد الحموشي دعم المملكة المغربية لتنظيم كأس العالم 2022.';
    expectInReadme(input);
    const expected = jsonBlocks[2]!;
    const entities = extract(input).entities;
    expect(entities).toHaveLength(expected.length);
    entities.forEach((entity, index) => expect(shown(entity, expected[index]!)).toEqual(expected[index]));
  });

  it('quick start', () => {
    const text = 'وتم افتتاح مركز التعاون الشرطي بقطر، بحضور ممثلي 16 دولة.';
    expectInReadme(text);
    const result = extract(text, { referenceDate: '2022-11-20' });
    expect(result.language).toEqual({ code: 'arb', script: 'arabic' });
    expect(result.sentences).toEqual([{ text, start: 0, end: 57, language: 'arb' }]);
    expect(result.tokens[5]).toEqual({ text: 'بقطر', start: 31, end: 35, kind: 'word', normal: 'بقطر', prefixes: ['ب'], stem: 'قطر', stemStart: 32 });
    expect(result.claims.map((claim) => ({ text: claim.text, start: claim.start, end: claim.end, value: claim.value, qualifier: claim.qualifier, en: claim.subject?.en }))).toEqual([
      { text: '16 دولة', start: 49, end: 56, value: 16, qualifier: 'exact', en: 'countries' },
    ]);
  });

  it('the CLI\'s pretty output and its NDJSON run', async () => {
    const block = /\$ npx khabar extract article\.txt --format pretty --reference-date 2022-12-05\n([\s\S]*?)\n```/.exec(readme)![1]!;
    const article = /\$ cat article\.txt\n(.*)\n/.exec(readme)![1]!;
    const pretty = await runCli(['extract', '-', '--format', 'pretty', '--reference-date', '2022-12-05'], [`${article}\n`]);
    expect(pretty.stdout.trimEnd()).toBe(block.replace(/^article\.txt {2}/, 'standard input  '));
    const corpus = /\$ cat corpus\.ndjson\n([\s\S]*?)\n\n/.exec(readme)![1]!;
    const shownRun = /\$ npx khabar extract --ndjson --only claims corpus\.ndjson\n([\s\S]*?)\n\n/.exec(readme)![1]!;
    const ndjson = await runCli(['extract', '--ndjson', '--only', 'claims', '-'], [`${corpus}\n`]);
    expect(`${ndjson.stdout}${ndjson.stderr.replace('khabar: line 3', 'khabar: "corpus.ndjson" line 3')}`.trimEnd()).toBe(shownRun);
    expect(ndjson.status).toBe(1);
  });

  it('parseNumber', () => {
    expect(parseNumber('ثلاثة ملايين وخمسمائة ألف')).toBe(3_500_000);
    expect(parseNumber('٢٫٥ مليار')).toBe(2_500_000_000);
    expect(parseNumber('6.000')).toBe(6000);
    expect(parseNumber('الأول')).toBeNull();
    for (const line of ["parseNumber('ثلاثة ملايين وخمسمائة ألف'); // 3500000", "parseNumber('6.000');"]) expect(readme).toContain(line);
  });
});
