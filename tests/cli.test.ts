import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatPretty } from '../src/cli/format-pretty.js';
import { runCli } from './helpers/run-cli.js';
import { ExtractionSchema, type Extraction } from '../src/index.js';

const SEED = 'fixtures/seeds/000_e471ca9ceee2e105.txt';
const OTHER_SEED = 'fixtures/seeds/004_7d0f9587445619b3.txt';
const seedText = readFileSync(SEED, 'utf8');

interface FileResult {
  file: string;
  result: Extraction;
}

function expectExactSpans(text: string, extraction: Extraction): void {
  expect(extraction.sentences.length).toBeGreaterThan(0);
  for (const span of [...extraction.sentences, ...extraction.tokens]) {
    expect(text.slice(span.start, span.end)).toBe(span.text);
  }
}

/** Exactly one line, and no stack trace. */
function expectOneLine(stderr: string, pattern: RegExp): void {
  expect(stderr.endsWith('\n')).toBe(true);
  expect(stderr.trimEnd().split('\n')).toHaveLength(1);
  expect(stderr.trimEnd()).toMatch(pattern);
  expect(stderr).not.toMatch(/^\s+at /m);
}

describe('khabar extract: output formats', () => {
  it('json: an array of { file, result } with exact sentence spans', async () => {
    const { status, stdout, stderr } = await runCli(['extract', SEED]);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    expect(stdout.startsWith('[\n  {\n    "file": ')).toBe(true);
    const results = JSON.parse(stdout) as FileResult[];
    expect(results).toHaveLength(1);
    expect(results[0]?.file).toBe(SEED);
    const extraction = ExtractionSchema.parse(results[0]?.result);
    expectExactSpans(seedText, extraction);
  });

  it('ndjson: one { file, result } per line, in the order given', async () => {
    const { status, stdout } = await runCli(['extract', SEED, OTHER_SEED, '--format', 'ndjson']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const results = lines.map((line) => JSON.parse(line) as FileResult);
    expect(results.map((result) => result.file)).toEqual([SEED, OTHER_SEED]);
    expectExactSpans(seedText, ExtractionSchema.parse(results[0]?.result));
    expectExactSpans(readFileSync(OTHER_SEED, 'utf8'), ExtractionSchema.parse(results[1]?.result));
  });

  it('pretty: a header, numbered one-line sentences and a summary that agrees with json', async () => {
    const json = JSON.parse((await runCli(['extract', SEED])).stdout) as FileResult[];
    const extraction = json[0]!.result;
    const { status, stdout } = await runCli(['extract', SEED, '--format', 'pretty']);
    expect(status).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines[0]).toBe(`${SEED}  (language ${extraction.language.code}, ${extraction.language.script} script)`);
    const sentenceLines = lines.filter((line) => /^\s*\d+\. /.test(line));
    expect(sentenceLines).toHaveLength(extraction.sentences.length);
    expect(sentenceLines[0]).toMatch(/^ *1\. مونديال 2022: البعثة الأمنية المغربية/);
    expect(lines.at(-1)).toBe(
      `${extraction.sentences.length} sentences, ${extraction.tokens.length} tokens, ` +
        `${extraction.entities.length} entities, ${extraction.dates.length} dates, ` +
        `${extraction.claims.length} claims, ${extraction.numbers.length} numbers`,
    );
  });

  it('pretty: a blank line between files', async () => {
    const { stdout } = await runCli(['extract', SEED, OTHER_SEED, '--format', 'pretty']);
    expect(stdout).toContain(`numbers\n\n${OTHER_SEED}  (language`);
  });
});

describe('formatPretty', () => {
  const text = 'زار 1.5 مليون مشجع قطر في 17 نونبر 2022.\nوقال\nالمسؤول إن ٢٠٢٢ كانت سنة جيدة.';
  const span = (part: string, from = 0) => {
    const start = text.indexOf(part, from);
    if (start < 0) throw new Error(`not in the text: ${part}`);
    return { text: part, start, end: start + part.length };
  };
  const first = span('زار 1.5 مليون مشجع قطر في 17 نونبر 2022.');
  const second = span('وقال\nالمسؤول إن ٢٠٢٢ كانت سنة جيدة.');
  const extraction: Extraction = {
    language: { code: 'arb', script: 'arabic' },
    sentences: [first, second],
    tokens: [],
    entities: [
      { ...span('قطر'), type: 'LOC', subtype: 'country', id: 'country:QA', name: { ar: 'قطر', en: 'Qatar' }, form: 'name' },
      { ...span('المسؤول'), type: 'PERSON', id: 'person:official', name: { ar: 'المسؤول' }, form: 'alias' },
    ],
    dates: [
      {
        ...span('17 نونبر 2022'),
        calendar: 'gregorian',
        granularity: 'day',
        from: '2022-11-17',
        to: '2022-11-17',
        relative: false,
        parts: { day: 17, month: 11, year: 2022 },
      },
      {
        ...span('٢٠٢٢'),
        calendar: 'gregorian',
        granularity: 'year',
        from: '2022-01-01',
        to: '2022-12-31',
        relative: false,
        parts: { year: 2022 },
      },
    ],
    claims: [
      {
        ...span('1.5 مليون مشجع'),
        kind: 'count',
        value: 1_500_000,
        qualifier: 'approximate',
        number: span('1.5 مليون'),
        subject: { ...span('مشجع'), en: 'fans' },
      },
    ],
    numbers: [
      { ...span('1.5 مليون'), value: 1_500_000 },
      { ...span('2022'), value: 2022 },
      { ...span('٢٠٢٢'), value: 2022 },
    ],
  };

  it('prints each record under the sentence it starts in, in text order', () => {
    expect(formatPretty('sample.txt', extraction)).toBe(
      [
        'sample.txt  (language arb, arabic script)',
        '1. زار 1.5 مليون مشجع قطر في 17 نونبر 2022.',
        '     claim   1.5 مليون مشجع  → ≈ 1,500,000 fans',
        '     number  1.5 مليون  → 1,500,000',
        '     entity  LOC/country  قطر  → country:QA (Qatar)',
        '     date    17 نونبر 2022  → 2022-11-17',
        '     number  2022  → 2022',
        '2. وقال المسؤول إن ٢٠٢٢ كانت سنة جيدة.',
        '     entity  PERSON  المسؤول  → person:official',
        '     date    ٢٠٢٢  → 2022-01-01 to 2022-12-31',
        '     number  ٢٠٢٢  → 2022',
        '2 sentences, 0 tokens, 2 entities, 2 dates, 1 claim, 3 numbers',
        '',
      ].join('\n'),
    );
  });

  it('shows qualifiers, percents, unknown days and notes', () => {
    const claim = extraction.claims[0]!;
    const date = extraction.dates[0]!;
    const output = formatPretty('x', {
      ...extraction,
      entities: [],
      numbers: [],
      claims: [{ ...claim, kind: 'percent', value: 12.5, qualifier: 'more-than', subject: null }],
      dates: [{ ...date, calendar: 'hijri', relative: true, from: null, to: null }],
    });
    expect(output).toContain('     claim   1.5 مليون مشجع  → > 12.5%\n');
    expect(output).toContain('     date    17 نونبر 2022  → ? (hijri, relative)\n');
  });

  it('keeps a record that starts outside every sentence', () => {
    const output = formatPretty('x', { ...extraction, sentences: [second], entities: [], dates: [], claims: [], numbers: [extraction.numbers[0]!] });
    expect(output).toContain('(outside any sentence)\n     number  1.5 مليون  → 1,500,000\n');
  });
});

describe('khabar extract: standard input', () => {
  it('reads an English quote in an Arabic article with the English plug-in', async () => {
    const text = 'قال المتحدث: "Qatar will host about 1.5 million fans." ثم غادر.';
    const { status, stdout } = await runCli(['extract', '-'], [text]);
    expect(status).toBe(0);
    const { result } = (JSON.parse(stdout) as FileResult[])[0]!;
    expect(result.claims.map((claim) => [claim.text, claim.value, claim.qualifier, claim.subject?.en])).toEqual([['about 1.5 million fans', 1_500_000, 'approximate', 'fans']]);
    expect(result.entities.map((entity) => [entity.text, entity.id])).toContainEqual(['Qatar', 'country:QA']);
    expect(result.sentences.map((sentence) => sentence.language)).toEqual(['eng', 'arb']);
  });

  it('reads "-" as UTF-8, even when a chunk ends inside a character', async () => {
    const bytes = Buffer.from(seedText, 'utf8');
    const chunks = [bytes.subarray(0, 1), bytes.subarray(1, 101), bytes.subarray(101)];
    const { status, stdout } = await runCli(['extract', '-'], chunks);
    expect(status).toBe(0);
    const [result] = JSON.parse(stdout) as FileResult[];
    expect(result?.file).toBe('-');
    expectExactSpans(seedText, result!.result);
  });

  it('reads standard input when no file is given, and keeps a leading BOM so spans stay exact', async () => {
    const text = `\uFEFF${seedText}`;
    const { status, stdout } = await runCli(['extract', '--format', 'ndjson'], [text]);
    expect(status).toBe(0);
    const result = JSON.parse(stdout) as FileResult;
    // Stripping the BOM would shift every span by one and fail this.
    expectExactSpans(text, result.result);
  });

  it('refuses text that is not UTF-8', async () => {
    const windows1256 = Buffer.from([0xc7, 0xe1, 0xe3, 0xdb, 0xd1, 0xc8]); // "المغرب"
    const { status, stderr } = await runCli(['extract'], [windows1256]);
    expect(status).toBe(1);
    expectOneLine(stderr, /^khabar: cannot read standard input: it is not UTF-8 text/);
  });
});

describe('khabar extract: glob patterns the shell did not expand', () => {
  it('"fixtures/seeds/*.txt" reads every seed, in name order', async () => {
    const { status, stdout, stderr } = await runCli(['extract', 'fixtures/seeds/*.txt', '--format', 'ndjson']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const files = stdout.trimEnd().split('\n').map((line) => (JSON.parse(line) as FileResult).file);
    expect(files).toEqual(readdirSync('fixtures/seeds').filter((name) => name.endsWith('.txt')).sort().map((name) => `fixtures/seeds/${name}`));
  });

  it('"**" reaches files at any depth, "?" and "[…]" match one character, hidden files and folders are left out', async () => {
    const root = mkdtempSync(join(tmpdir(), 'khabar-glob-'));
    for (const path of ['a1.txt', 'b2.txt', 'deep/er/c3.txt', 'deep/d4.md', '.hidden/e5.txt', 'x.txt/f6.txt']) {
      mkdirSync(dirname(join(root, path)), { recursive: true });
      writeFileSync(join(root, path), 'نص');
    }
    const filesOf = async (pattern: string) => {
      const { stdout } = await runCli(['extract', `${root}/${pattern}`, '--format', 'ndjson']);
      return stdout.trimEnd().split('\n').filter(Boolean).map((line) => (JSON.parse(line) as FileResult).file.slice(root.length + 1));
    };
    expect(await filesOf('**/*.txt')).toEqual(['a1.txt', 'b2.txt', 'deep/er/c3.txt', 'x.txt/f6.txt']);
    expect(await filesOf('?1.txt')).toEqual(['a1.txt']);
    expect(await filesOf('[ab]*.txt')).toEqual(['a1.txt', 'b2.txt']);
    expect(await filesOf('[!a]*.txt')).toEqual(['b2.txt']);
    expect(await filesOf('deep/*')).toEqual(['deep/d4.md']);
  });

  it('a pattern that matches nothing is reported, the others still read, exit 1', async () => {
    const { status, stdout, stderr } = await runCli(['extract', 'fixtures/seeds/*.pdf', SEED]);
    expect(status).toBe(1);
    expect(stderr).toBe('khabar: no file matches "fixtures/seeds/*.pdf"\n');
    expect((JSON.parse(stdout) as FileResult[]).map((result) => result.file)).toEqual([SEED]);
  });
});

describe('khabar: errors', () => {
  it('a missing file: one line, the other file still processed, exit 1', async () => {
    const { status, stdout, stderr } = await runCli(['extract', 'nope.txt', SEED]);
    expect(status).toBe(1);
    expect(stderr).toBe('khabar: cannot read "nope.txt": no such file\n');
    const results = JSON.parse(stdout) as FileResult[];
    expect(results.map((result) => result.file)).toEqual([SEED]);
  });

  it('a directory', async () => {
    const { status, stderr } = await runCli(['extract', 'fixtures']);
    expect(status).toBe(1);
    expect(stderr).toBe('khabar: cannot read "fixtures": it is a directory\n');
  });

  it.each([
    [['extract', SEED, '--frobnicate'], /^khabar: unknown option --frobnicate; run "khabar --help" for usage$/],
    [['extract', '-x'], /^khabar: unknown option -x;/],
    [['extract', SEED, '--format'], /^khabar: --format needs a value \(json, ndjson, csv, pretty or html\)$/],
    [['extract', '--format', '--help'], /^khabar: --format needs a value/],
    [['extract', SEED, '--format', 'xml'], /^khabar: --format must be json, ndjson, csv, pretty or html, not "xml"$/],
    [['extract', '--help=yes'], /^khabar: --help takes no value$/],
    [['extract', SEED, '--reference-date', '2022-13-45'], /^khabar: --reference-date must be a calendar day written YYYY-MM-DD, e.g. 2022-11-19, not "2022-13-45"$/],
    [['extract', '--reference-date'], /^khabar: --reference-date needs a value \(a day written YYYY-MM-DD\)$/],
    [['summarise', SEED], /^khabar: unknown command "summarise"; the command is "extract"/],
    [[], /^khabar: no command given; run "khabar --help" for usage$/],
    [['extract', '-', '-'], /^khabar: standard input \("-"\) can be read only once$/],
  ])('%j is a usage error: one line, exit 2, nothing read', async (argv, message) => {
    const { status, stdout, stderr } = await runCli(argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expectOneLine(stderr, message);
  });

  it('accepts a valid --reference-date', async () => {
    const { status, stderr } = await runCli(['extract', SEED, '--reference-date', '2022-11-19']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
  });
});

describe('khabar: help and version', () => {
  it.each([[['--help']], [['-h']], [['extract', '--help']]])('%j prints the usage', async (argv) => {
    const { status, stdout, stderr } = await runCli(argv);
    expect(status).toBe(0);
    expect(stderr).toBe('');
    for (const part of ['Usage: khabar extract', 'extract FILE', '--format', '--reference-date', '--help', '--version', 'Examples:']) {
      expect(stdout).toContain(part);
    }
  });

  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    const { status, stdout } = await runCli(['--version']);
    expect(status).toBe(0);
    expect(stdout).toBe(`${version}\n`);
  });
});

describe('khabar as a real process', () => {
  const khabar = (...argv: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', ...argv], { encoding: 'utf8', timeout: 60_000 });

  it('extract --format ndjson prints one JSON line and exits 0', () => {
    const child = khabar('extract', OTHER_SEED, '--format', 'ndjson');
    expect(child.stderr).toBe('');
    expect(child.status).toBe(0);
    const lines = child.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    const result = JSON.parse(lines[0]!) as FileResult;
    expect(result.file).toBe(OTHER_SEED);
    expectExactSpans(readFileSync(OTHER_SEED, 'utf8'), ExtractionSchema.parse(result.result));
  });

  it('a missing file prints one line without a stack trace and exits 1', () => {
    const child = khabar('extract', 'nope.txt');
    expect(child.status).toBe(1);
    expectOneLine(child.stderr, /^khabar: cannot read "nope.txt": no such file$/);
  });
});
