import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ClaimSchema, LanguageSchema } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const khabar = ['--import', 'tsx', join(root, 'src/cli/main.ts')];

// A few news sentences with claims; the numbers change from line to line so no two texts are alike.
const sentences = [
  (n: number) => `قال المسؤول إن ${n + 1}.5 مليون مشجع زاروا قطر خلال البطولة.`,
  (n: number) => `وارتفعت الأسعار بنسبة ${(n % 40) + 2} في المائة أمس.`,
  (n: number) => `قتل ${(n % 90) + 3} أشخاص وأصيب أكثر من ${n + 20} آخرين في الهجوم.`,
  (n: number) => `وخصصت الحكومة ${n + 100} مليون دولار لإعادة الإعمار.`,
  (n: number) => `ووصل وزير الخارجية إلى الرباط يوم ${(n % 28) + 1} نونبر 2022.`,
];
const titles = ['مونديال 2022: البعثة الأمنية المغربية', 'الحكومة تعلن خطة جديدة للإعمار', 'ارتفاع الأسعار في الأسواق المحلية'];

/**
 * One article as a news crawl would store it, about 500 bytes: the text (two sentences) and the
 * metadata khabar ignores but must still read through. (Texts are short so that 200 MB stays
 * within the test's time: extract reads about 1 MB of text a second.)
 */
function articleLine(index: number): string {
  const n = index % 1000;
  const day = String((index % 28) + 1).padStart(2, '0');
  return `${JSON.stringify({
    id: `n${index}`,
    date: `2022-11-${day}`,
    url: `https://news.example/2022/11/${day}/${index}.html`,
    source: 'news.example',
    title: titles[index % titles.length],
    description: `${titles[(index + 1) % titles.length]}: ${sentences[(index + 2) % 5]!(n)}`,
    text: `${sentences[index % 5]!(n)} ${sentences[(index + 1) % 5]!(n)}`,
  })}\n`;
}

const ResultLine = z.strictObject({
  id: z.string(),
  result: z.strictObject({ language: LanguageSchema, claims: z.array(ClaimSchema) }),
});

describe('khabar extract --ndjson on a large stream', () => {
  const LINES = 400_000;
  const MAX_RSS_KB = 400 * 1024;

  it(
    'streams 200 MB through a real process in constant memory: every line out, in order',
    async () => {
      const child = spawn(process.execPath, [...khabar, 'extract', '--ndjson', '--only', 'claims'], {
        cwd: root,
        env: { ...process.env, KHABAR_REPORT_MAXRSS: '1' },
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8');
      child.stderr.on('data', (text: string) => (stderr += text));

      // Count output lines as they come; keep only the first line and the last few kilobytes.
      let outputLines = 0;
      let outputBytes = 0;
      let head = Buffer.alloc(0);
      let tail = Buffer.alloc(0);
      child.stdout.on('data', (chunk: Buffer) => {
        outputBytes += chunk.length;
        for (let at = chunk.indexOf(10); at >= 0; at = chunk.indexOf(10, at + 1)) outputLines++;
        if (head.length < 4096) head = Buffer.concat([head, chunk]).subarray(0, 4096);
        tail = Buffer.concat([tail, chunk]).subarray(-8192);
      });
      const closed = once(child, 'close');

      // Feed it as a crawler would, waiting whenever the pipe is full.
      const started = performance.now();
      let inputBytes = 0;
      const BATCH = 500;
      for (let index = 0; index < LINES; index += BATCH) {
        let chunk = '';
        for (let line = index; line < Math.min(LINES, index + BATCH); line++) chunk += articleLine(line);
        inputBytes += Buffer.byteLength(chunk);
        if (!child.stdin.write(chunk)) await once(child.stdin, 'drain');
      }
      child.stdin.end();
      const [status] = (await closed) as [number | null];
      const seconds = (performance.now() - started) / 1000;

      const maxRss = Number(/^khabar: maxRSS (\d+) kB$/m.exec(stderr)?.[1]);
      console.info(
        `khabar --ndjson: ${(inputBytes / 1e6).toFixed(0)} MB, ${LINES} lines in ${seconds.toFixed(1)} s ` +
          `(${(inputBytes / 1e6 / seconds).toFixed(1)} MB/s), ${(outputBytes / 1e6).toFixed(0)} MB out, peak RSS ${(maxRss / 1024).toFixed(0)} MB`,
      );
      expect(inputBytes).toBeGreaterThan(200_000_000);
      expect(stderr).toMatch(/^khabar: maxRSS \d+ kB\n$/);
      expect(status).toBe(0);
      expect(outputLines).toBe(LINES);
      expect(maxRss).toBeLessThan(MAX_RSS_KB);

      const first = ResultLine.parse(JSON.parse(head.toString('utf8').split('\n')[0]!));
      const last = ResultLine.parse(JSON.parse(tail.toString('utf8').trimEnd().split('\n').at(-1)!));
      expect(first.id).toBe('n0');
      expect(first.result.claims.map((claim) => claim.value)).toEqual([1_500_000, 2]);
      expect(last.id).toBe(`n${LINES - 1}`);
      expect(last.result.claims.length).toBeGreaterThan(0);
    },
    180_000,
  );
});

describe('khabar on several processes', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'khabar-cli-parallel-'));
  afterAll(() => rmSync(tmp, { recursive: true, force: true }));

  const hasXargs = spawnSync('sh', ['-c', 'command -v xargs && command -v split'], { encoding: 'utf8' }).status === 0;

  it(`a corpus split in 4 chunks, 2 processes at a time (${hasXargs ? 'split and xargs -P 2' : 'split by the test, 2 children'}): every id once, each with a result`, async () => {
    const LINES = 2000;
    const corpus = join(tmp, 'corpus.ndjson');
    writeFileSync(corpus, Array.from({ length: LINES }, (_, index) => articleLine(index)).join(''));
    const node = JSON.stringify(process.execPath);
    const command = `${node} ${khabar.map((arg) => JSON.stringify(arg)).join(' ')} extract --ndjson --only claims --quiet`;

    if (hasXargs) {
      // What the README shows: split into files of whole lines, then one khabar per file, two at a time.
      const script = [
        `split -l ${LINES / 4} ${JSON.stringify(corpus)} ${JSON.stringify(join(tmp, 'chunk-'))}`,
        `ls ${JSON.stringify(tmp)}/chunk-* | xargs -P 2 -n 1 sh -c '${command} "$1" > "$1.out"' sh`,
      ].join(' && ');
      const shell = spawnSync('sh', ['-c', script], { cwd: root, encoding: 'utf8', timeout: 120_000 });
      expect(shell.stderr).toBe('');
      expect(shell.status).toBe(0);
    } else {
      const lines = readFileSync(corpus, 'utf8').split(/(?<=\n)/);
      const chunks = [0, 1, 2, 3].map((part) => join(tmp, `chunk-${part}`));
      chunks.forEach((chunk, part) => writeFileSync(chunk, lines.slice((part * LINES) / 4, ((part + 1) * LINES) / 4).join('')));
      for (const pair of [chunks.slice(0, 2), chunks.slice(2)]) {
        await Promise.all(
          pair.map(async (chunk) => {
            const child = spawn('sh', ['-c', `${command} "$1" > "$1.out"`, 'sh', chunk], { cwd: root, stdio: 'inherit' });
            const [status] = (await once(child, 'close')) as [number];
            expect(status).toBe(0);
          }),
        );
      }
    }

    const outputs = readdirSync(tmp).filter((name) => name.endsWith('.out'));
    expect(outputs).toHaveLength(4);
    const results = outputs
      .sort()
      .flatMap((name) => readFileSync(join(tmp, name), 'utf8').trimEnd().split('\n'))
      .map((line) => ResultLine.parse(JSON.parse(line)));
    const ids = results.map((result) => result.id);
    expect(new Set(ids).size).toBe(LINES);
    expect(ids.sort()).toEqual(Array.from({ length: LINES }, (_, index) => `n${index}`).sort());
    for (const result of results) expect(result.result.claims.length).toBeGreaterThan(0);
  }, 120_000);
});
