import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { nodeIo, type CliIo } from '../src/cli/io.js';
import { readLines, type Line } from '../src/cli/read-lines.js';
import { run } from '../src/cli/run.js';
import { runCli } from './helpers/run-cli.js';
import { ClaimSchema, extract, ExtractionSchema, type Extraction } from '../src/index.js';

interface IdResult {
  id: string | number;
  result: Extraction;
}

const ndjson = (...records: unknown[]) => records.map((record) => `${typeof record === 'string' ? record : JSON.stringify(record)}\n`).join('');
const parseLines = (stdout: string) =>
  stdout
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as IdResult);

const FANS = 'قال المسؤول إن 1.5 مليون مشجع زاروا قطر أمس.';
const KILLED = 'قتل 5 أشخاص في الهجوم.';

const tmp = mkdtempSync(join(tmpdir(), 'khabar-cli-ndjson-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('khabar extract --ndjson: reading', () => {
  it('one {"id", "result"} line per article, in input order, ndjson by default', async () => {
    const { status, stdout, stderr } = await runCli(['extract', '--ndjson'], [ndjson({ id: 'a', text: FANS }, { id: 7, text: KILLED })]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    const lines = parseLines(stdout);
    expect(lines.map((line) => line.id)).toEqual(['a', 7]);
    expect(Object.keys(lines[0]!)).toEqual(['id', 'result']);
    // The full Extraction, exactly what the library returns.
    expect(lines[0]!.result).toEqual(JSON.parse(JSON.stringify(extract(FANS))));
    expect(ExtractionSchema.parse(lines[1]!.result).claims[0]?.text).toBe('5 أشخاص');
  });

  it('an article without "id" is named by its line number; blank lines are skipped silently but counted', async () => {
    const { status, stdout, stderr } = await runCli(['extract', '--ndjson'], [ndjson({ text: FANS }, '', '   ', { text: KILLED })]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(parseLines(stdout).map((line) => line.id)).toEqual([1, 4]);
  });

  it('"date" is the article\'s reference date, --reference-date the default for articles without one', async () => {
    const input = ndjson(
      { id: 'dated', text: FANS, date: '2022-11-19' },
      { id: 'timestamped', text: FANS, date: '2022-11-19T23:30:00+03:00' },
      { id: 'undated', text: FANS },
      { id: 'null date', text: FANS, date: null },
    );
    const { status, stdout } = await runCli(['extract', '--ndjson', '--only', 'dates', '--reference-date', '2023-01-10'], [input]);
    expect(status).toBe(0);
    const yesterday = Object.fromEntries(parseLines(stdout).map((line) => [line.id, line.result.dates?.[0]?.from]));
    expect(yesterday).toEqual({ dated: '2022-11-18', timestamped: '2022-11-18', undated: '2023-01-09', 'null date': '2023-01-09' });
  });

  it('other fields are ignored; CRLF line ends and a leading BOM are fine; the last line needs no line break', async () => {
    const input = `\uFEFF${JSON.stringify({ id: 'a', url: 'https://x', title: 'عنوان', text: KILLED })}\r\n${JSON.stringify({ id: 'b', text: FANS })}`;
    const { status, stdout, stderr } = await runCli(['extract', '--ndjson', '--only', 'claims'], [input]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(parseLines(stdout).map((line) => line.id)).toEqual(['a', 'b']);
  });

  it('gives the same results whatever the chunks, even one byte at a time across multi-byte characters', async () => {
    const input = Buffer.from(ndjson({ id: 'a', text: FANS }, { id: 'b', text: KILLED }), 'utf8');
    const whole = await runCli(['extract', '--ndjson'], [input]);
    const bytes = [...input].map((byte) => Buffer.from([byte]));
    const split = await runCli(['extract', '--ndjson'], bytes);
    expect(split.status).toBe(0);
    expect(split.stdout).toBe(whole.stdout);
  });

  it('reads NDJSON files too, each line numbered in its own file', async () => {
    const first = join(tmp, 'first.ndjson');
    const second = join(tmp, 'second.ndjson');
    writeFileSync(first, ndjson({ text: FANS }, { text: KILLED }));
    writeFileSync(second, ndjson({ text: KILLED }));
    const { status, stdout } = await runCli(['extract', '--ndjson', '--only', 'claims', first, second]);
    expect(status).toBe(0);
    expect(parseLines(stdout).map((line) => line.id)).toEqual([1, 2, 1]);
  });
});

describe('khabar extract --ndjson: output formats', () => {
  const input = ndjson({ id: 'a', text: FANS }, { id: 'b', text: KILLED });

  it('--only keeps language and the lists asked for, in the Extraction\'s order', async () => {
    const { stdout } = await runCli(['extract', '--ndjson', '--only', 'claims,entities, dates'], [input]);
    for (const { result } of parseLines(stdout)) expect(Object.keys(result)).toEqual(['language', 'entities', 'dates', 'claims']);
    const [first] = parseLines(stdout);
    expect(first!.result.claims?.map((claim) => ClaimSchema.parse(claim).text)).toEqual(['1.5 مليون مشجع']);
    expect(first!.result.entities?.map((entity) => entity.id)).toContain('country:QA');
  });

  it('--only works for files and json too', async () => {
    const { stdout } = await runCli(['extract', 'fixtures/seeds/003_c069d1d866d54653.txt', '--only', 'tokens']);
    const [record] = JSON.parse(stdout) as { file: string; result: Extraction }[];
    expect(Object.keys(record!.result)).toEqual(['language', 'tokens']);
  });

  it('--format json: one array of {"id", "result"}, exactly as JSON.stringify(…, null, 2) prints it', async () => {
    const { status, stdout } = await runCli(['extract', '--ndjson', '--format', 'json', '--only', 'claims'], [input]);
    expect(status).toBe(0);
    const records = JSON.parse(stdout) as IdResult[];
    expect(records.map((record) => record.id)).toEqual(['a', 'b']);
    expect(stdout).toBe(`${JSON.stringify(records, null, 2)}\n`);
  });

  it('--format json with no article at all is still one JSON document', async () => {
    const { status, stdout } = await runCli(['extract', '--ndjson', '--format', 'json'], ['\n']);
    expect(status).toBe(0);
    expect(stdout).toBe('[]\n');
  });

  it('--format pretty names each article by its id', async () => {
    const { stdout } = await runCli(['extract', '--ndjson', '--format', 'pretty'], [input]);
    expect(stdout).toMatch(/^a {2}\(language /);
    expect(stdout).toContain('\n\nb  (language ');
  });

  it('--format csv names each claim\'s article by its id', async () => {
    const { stdout } = await runCli(['extract', '--ndjson', '--format', 'csv'], [input]);
    const lines = stdout.split('\r\n');
    expect(lines[0]).toBe('id,value,qualifier,kind,subject,subject_en,unit,text,sentence');
    expect(lines[1]).toBe(`a,1500000,exact,count,مشجع,fans,,1.5 مليون مشجع,${FANS}`);
    expect(lines[2]).toBe(`b,5,exact,count,أشخاص,people,,5 أشخاص,${KILLED}`);
  });

  it('--format html: one page, each article headed by its id', async () => {
    const { status, stdout } = await runCli(['extract', '--ndjson', '--format', 'html'], [ndjson({ id: 'first-article', text: FANS })]);
    expect(status).toBe(0);
    expect(stdout).toMatch(/^<!doctype html>/i);
    expect(stdout).toContain('first-article');
    expect(stdout).toContain('data-kind="claim"');
  });
});

describe('khabar extract --ndjson: bad lines', () => {
  const notUtf8 = Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xc7, 0xe1, 0xe3, 0xdb, 0xd1, 0xc8]), Buffer.from('"}\n')]);

  it('each bad line is reported with its number and skipped; the run goes on; a summary; exit 1', async () => {
    const input = [
      ndjson(
        { id: 'ok-1', text: FANS },
        '{"id": "broken", "text": ',
        { id: 'no text' },
        { id: 'number text', text: 42 },
        '[1, 2]',
        { id: { nested: true }, text: KILLED },
        { id: 'bad date', text: KILLED, date: '19/11/2022' },
        { id: 'impossible date', text: KILLED, date: '2022-02-30' },
      ),
      notUtf8,
      ndjson({ id: 'ok-2', text: KILLED }),
    ];
    const { status, stdout, stderr } = await runCli(['extract', '--ndjson', '--only', 'claims'], input);
    expect(status).toBe(1);
    expect(parseLines(stdout).map((line) => line.id)).toEqual(['ok-1', 'ok-2']);
    const messages = stderr.trimEnd().split('\n');
    expect(messages).toEqual([
      expect.stringMatching(/^khabar: line 2: not valid JSON \(.+\)$/),
      'khabar: line 3: no "text" string',
      'khabar: line 4: no "text" string',
      'khabar: line 5: not a JSON object',
      'khabar: line 6: "id" must be a string or a number',
      'khabar: line 7: "date" must be a day written YYYY-MM-DD (a time may follow), not "19/11/2022"',
      'khabar: line 8: "date" must be a day written YYYY-MM-DD (a time may follow), not "2022-02-30"',
      'khabar: line 9: not UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8)',
      'khabar: 8 lines skipped',
    ]);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it('a missing file is reported and skipped, the next file read; lines in files are named with their file', async () => {
    const good = join(tmp, 'good.ndjson');
    const bad = join(tmp, 'bad.ndjson');
    writeFileSync(good, ndjson({ id: 'g', text: KILLED }));
    writeFileSync(bad, ndjson({ id: 'b1', text: KILLED }, 'nonsense'));
    const { status, stdout, stderr } = await runCli(['extract', '--ndjson', '--only', 'claims', bad, join(tmp, 'nope.ndjson'), tmp, good]);
    expect(status).toBe(1);
    expect(parseLines(stdout).map((line) => line.id)).toEqual(['b1', 'g']);
    expect(stderr.trimEnd().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^khabar: ${JSON.stringify(bad).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} line 2: not valid JSON \\(.+\\)$`)),
      `khabar: cannot read ${JSON.stringify(join(tmp, 'nope.ndjson'))}: no such file`,
      `khabar: cannot read ${JSON.stringify(tmp)}: it is a directory`,
      'khabar: 1 line and 2 files skipped',
    ]);
  });

  it('a long JSON error is cut short, on one line', async () => {
    const { stderr } = await runCli(['extract', '--ndjson'], [`{"text": "${'ا'.repeat(5000)}\n`]);
    const [message] = stderr.split('\n');
    expect(message).toMatch(/^khabar: line 1: not valid JSON \(/);
    expect(message!.length).toBeLessThan(200);
  });
});

describe('khabar extract: output respects backpressure', () => {
  it('stops reading while standard output is full and goes on after "drain", losing nothing', async () => {
    const total = 3000;
    let pulled = 0;
    const chunks: string[] = [];
    const drainListeners: (() => void)[] = [];
    let full = false;
    const io: CliIo = {
      stdin: (async function* () {
        for (let index = 0; index < total; index++) {
          pulled++;
          yield `${JSON.stringify({ id: index, text: KILLED })}\n`;
        }
      })(),
      stdout: {
        // A slow reader: every write fills the buffer until the test drains it.
        write: (text) => {
          chunks.push(text);
          full = true;
          return false;
        },
        once: (_event, listener) => drainListeners.push(listener),
      },
      stderr: { write: () => undefined },
      readFile: nodeIo.readFile,
      openFile: nodeIo.openFile,
      inputSize: nodeIo.inputSize,
      now: nodeIo.now,
    };
    let finished = false;
    const running = run(['extract', '--ndjson', '--only', 'claims'], io).then((status) => {
      finished = true;
      return status;
    });
    const stalls: number[] = [];
    while (!finished) {
      await new Promise((resolve) => setTimeout(resolve, 5));
      if (!full || finished) continue;
      // While the output is full, no more input is read, however long the reader takes.
      const before = pulled;
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(pulled).toBe(before);
      stalls.push(pulled);
      full = false;
      for (const listener of drainListeners.splice(0)) listener();
    }
    expect(await running).toBe(0);
    expect(stalls.length).toBeGreaterThan(3);
    // Each stall came well before the end of the input: output is held a batch at a time.
    expect(stalls[0]).toBeLessThan(total / 2);
    const ids = chunks
      .join('')
      .trimEnd()
      .split('\n')
      .map((line) => (JSON.parse(line) as IdResult).id);
    expect(ids).toEqual(Array.from({ length: total }, (_, index) => index));
  });
});

describe('readLines', () => {
  async function lines(chunks: (string | Buffer)[], maxBytes?: number): Promise<Line[]> {
    const out: Line[] = [];
    for await (const line of readLines(
      (async function* () {
        yield* chunks;
      })(),
      maxBytes,
    ))
      out.push(line);
    return out;
  }

  it('splits on line breaks across chunks, counting each line\'s bytes with its break', async () => {
    expect(await lines(['ab', 'c\nd', 'é\r\n', '\nlast'])).toEqual([
      { number: 1, bytes: 4, text: 'abc' },
      { number: 2, bytes: 5, text: 'dé' },
      { number: 3, bytes: 1, text: '' },
      { number: 4, bytes: 4, text: 'last' },
    ]);
  });

  it('reports a line longer than the limit without keeping it, and reads on', async () => {
    const long = 'x'.repeat(100);
    const result = await lines([`ok\n${long.slice(0, 30)}`, long.slice(30, 70), `${long.slice(70)}\nnext\n`], 50);
    expect(result).toEqual([
      { number: 1, bytes: 3, text: 'ok' },
      { number: 2, bytes: 101, problem: 'longer than 50 bytes' },
      { number: 3, bytes: 5, text: 'next' },
    ]);
  });

  it('no input, no lines; a final line without a break is a line', async () => {
    expect(await lines([])).toEqual([]);
    expect(await lines(['', 'a'])).toEqual([{ number: 1, bytes: 1, text: 'a' }]);
  });
});

describe('khabar extract: new usage errors', () => {
  it.each([
    [['extract', '--only', 'claims,verbs'], /^khabar: --only takes a comma-separated list of sentences, tokens, entities, dates, claims, numbers; "verbs" is not one of them$/],
    [['extract', '--only', 'claims,'], /^khabar: --only takes .*; an empty name is not one of them$/],
    [['extract', '--only'], /^khabar: --only needs a value \(a comma-separated list of sentences, /],
    [['extract', '--only', 'claims', '--format', 'csv'], /^khabar: --only works with --format json or ndjson \(csv always prints one row per claim\)$/],
    [['extract', '--only', 'claims', '--format', 'pretty'], /^khabar: --only works with --format json or ndjson \(pretty always shows every record\)$/],
    [['extract', '--bom'], /^khabar: --bom applies only to --format csv$/],
    [['extract', '--ndjson=yes'], /^khabar: --ndjson takes no value$/],
    [['extract', '--quiet=no'], /^khabar: --quiet takes no value$/],
  ])('%j: one line, exit 2, nothing read', async (argv, message) => {
    const { status, stdout, stderr } = await runCli(argv);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.endsWith('\n')).toBe(true);
    expect(stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(stderr.trimEnd()).toMatch(message);
  });

  it('the help lists every new flag', async () => {
    const { stdout } = await runCli(['--help']);
    for (const part of ['--ndjson', '--only', '--quiet', '--bom', 'csv', 'html', 'KHABAR_REPORT_MAXRSS']) expect(stdout).toContain(part);
    for (const line of stdout.split('\n')) expect(line.length).toBeLessThanOrEqual(84);
  });
});

describe('khabar extract: json streams', () => {
  it('files as json: the streamed array is exactly JSON.stringify(…, null, 2)', async () => {
    const files = ['fixtures/seeds/000_e471ca9ceee2e105.txt', 'fixtures/seeds/004_7d0f9587445619b3.txt'];
    const { stdout } = await runCli(['extract', ...files]);
    const expected = files.map((file) => ({ file, result: extract(readFileSync(file, 'utf8')) }));
    expect(stdout).toBe(`${JSON.stringify(expected, null, 2)}\n`);
  });
});
