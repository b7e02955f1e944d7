/**
 * The report in a real browser: Debian's Chromium, headless, driven from the command line (no
 * npm dependency). `--dump-dom` gives the DOM after the page's script has run; `--screenshot`
 * draws fixture 001 (into docs/report.png when KHABAR_UPDATE_SCREENSHOT is set).
 *
 * Skipped only on a machine without /usr/bin/chromium and without CI set; under CI a missing
 * Chromium is a failure. CI installs it with:
 *   apt-get update && apt-get install -y chromium fonts-dejavu-core
 */
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract, type Extraction } from '../src/index.js';
import { renderReport } from '../src/report/index.js';
import { seedArticles } from './helpers/fixtures.js';

const chromium = '/usr/bin/chromium';
const installLine = 'apt-get update && apt-get install -y chromium fonts-dejavu-core';
const haveChromium = existsSync(chromium);
const inCi = process.env.CI !== undefined;
const screenshotFixture = '001_6d43d9a535c6ec82';
const screenshotPath = join(import.meta.dirname, '..', 'docs', 'report.png');

const run = promisify(execFile);

let work = '';

/** Runs headless Chromium on a page with a fresh profile; resolves to its standard output. */
async function chromiumOn(url: string, extra: readonly string[]): Promise<string> {
  const profile = mkdtempSync(join(work, 'profile-'));
  const { stdout } = await run(
    chromium,
    [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      // A container's /dev/shm is often 64 MB, too small for Chromium.
      '--disable-dev-shm-usage',
      `--user-data-dir=${profile}`,
      ...extra,
      url,
    ],
    { timeout: 40_000, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
  );
  return stdout;
}

// The highlight reader: the same walk as tests/report.test.ts, over Chromium's serialisation.
const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decode(html: string): string {
  return html.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (/^#x/i.test(name)) return String.fromCodePoint(Number.parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return named[name] ?? whole;
  });
}

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const match of source.matchAll(/([a-z-]+)="([^"]*)"/g)) attributes.set(match[1]!, decode(match[2]!));
  return attributes;
}

interface Group {
  kind: string;
  start: number;
  end: number;
  text: string;
  pieces: number;
  title: string;
}

/** Each article's text as the browser holds it and its highlight groups by record id. */
function readArticles(dom: string): { id: string; text: string; groups: Map<string, Group> }[] {
  return [...dom.matchAll(/<article\b([^>]*)>([\s\S]*?)<\/article>/g)].map((article) => {
    const id = attributesOf(article[1]!).get('id') ?? '';
    const container = /<div class="text" lang="ar" dir="rtl">([\s\S]*?)<\/div>/.exec(article[2]!);
    if (!container) throw new Error(`${id}: no text container in the rendered DOM`);
    const groups = new Map<string, Group>();
    const open: { tag: string; record?: string }[] = [];
    let text = '';
    for (const [, closing, tag, attributeSource, raw] of container[1]!.matchAll(/<(\/?)([a-z]+)([^>]*)>|([^<]+)/g)) {
      if (raw !== undefined) {
        const piece = decode(raw);
        text += piece;
        for (const element of open) if (element.record !== undefined) groups.get(element.record)!.text += piece;
      } else if (tag !== 'mark' && tag !== 'span') {
        throw new Error(`${id}: unexpected <${tag}> in the text`);
      } else if (closing) {
        if (open.pop()?.tag !== tag) throw new Error(`${id}: badly nested </${tag}>`);
      } else {
        const attributes = attributesOf(attributeSource!);
        const record = attributes.get('data-record');
        if (record !== undefined) {
          const group = groups.get(record);
          if (group) group.pieces += 1;
          else
            groups.set(record, {
              kind: attributes.get('data-kind') ?? '',
              start: Number(attributes.get('data-start')),
              end: Number(attributes.get('data-end')),
              title: attributes.get('data-title') ?? attributes.get('title') ?? '',
              text: '',
              pieces: 1,
            });
        }
        open.push({ tag: tag!, ...(record === undefined ? {} : { record }) });
      }
    }
    return { id, text, groups };
  });
}

function recordsOf(result: Extraction) {
  return [
    ...result.entities.map((record, index) => ({ id: `e${index + 1}`, kind: 'entity', record })),
    ...result.dates.map((record, index) => ({ id: `d${index + 1}`, kind: 'date', record })),
    ...result.claims.map((record, index) => ({ id: `c${index + 1}`, kind: 'claim', record })),
  ];
}

describe.skipIf(!haveChromium && !inCi)('the report in headless Chromium', () => {
  const inputs = seedArticles().map((article) => ({
    name: article.name,
    text: article.text,
    title: article.name,
    result: extract(article.text, { referenceDate: article.referenceDate }),
  }));

  beforeAll(() => {
    work = mkdtempSync(join(tmpdir(), 'khabar-report-'));
  });
  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has Chromium to run', () => {
    expect(haveChromium, `${chromium} is missing and CI is set: install it with \`${installLine}\``).toBe(true);
  });

  it.runIf(haveChromium)(
    'renders every highlight with the record text, and the hover script runs without throwing',
    async () => {
      const page = join(work, 'report.html');
      writeFileSync(page, renderReport(inputs));
      const dom = await chromiumOn(`${pathToFileURL(page).href}#selftest`, ['--dump-dom']);

      const body = /<body\b([^>]*)>/.exec(dom);
      expect(body, 'no <body> in the dumped DOM').not.toBeNull();
      const bodyAttributes = attributesOf(body![1]!);
      expect(bodyAttributes.get('data-error'), 'the page script threw').toBeUndefined();
      expect(bodyAttributes.get('data-ready')).toBe('1');
      // The self-test hovered every highlight: its card opened and all its pieces and its row lit up.
      const markCount = (dom.match(/<mark\b[^>]*data-record=/g) ?? []).length;
      expect(bodyAttributes.get('data-selftest')).toBe(`ok ${markCount}`);
      // The script turned the titles into cards (kept in data-title) and added the card holder.
      expect(dom).toContain('class="tip"');

      const articles = readArticles(dom);
      expect(articles).toHaveLength(inputs.length);
      for (const [index, input] of inputs.entries()) {
        const article = articles[index]!;
        expect(article.text, `${input.name}: the text as the browser holds it`).toBe(input.text);
        const expected = recordsOf(input.result);
        expect([...article.groups.keys()].sort(), input.name).toEqual(expected.map((entry) => entry.id).sort());
        for (const { id, kind, record } of expected) {
          const group = article.groups.get(id)!;
          expect({ kind: group.kind, start: group.start, end: group.end, text: group.text }, `${input.name} ${id}`).toEqual({
            kind,
            start: record.start,
            end: record.end,
            text: record.text,
          });
          expect(group.title, `${input.name} ${id} card text`).toContain(`${kind} ${id}`);
        }
      }
    },
    60_000,
  );

  it.runIf(haveChromium)(
    `takes a screenshot of fixture ${screenshotFixture} (into docs/report.png with KHABAR_UPDATE_SCREENSHOT=1)`,
    async () => {
      const input = inputs.find((article) => article.name === screenshotFixture);
      expect(input, `fixtures/seeds/${screenshotFixture}.txt`).toBeDefined();
      const page = join(work, 'report-001.html');
      writeFileSync(page, renderReport([input!]));
      const shot = join(work, 'report.png');
      // The first claim's card is opened as if hovered, so that the picture shows one.
      await chromiumOn(`${pathToFileURL(page).href}#show=article-1/c1`, [
        `--screenshot=${shot}`,
        '--window-size=1280,1600',
        '--hide-scrollbars',
        // Without it the picture is sometimes taken before every tile is painted.
        '--run-all-compositor-stages-before-draw',
      ]);

      const png = readFileSync(shot);
      expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
      expect(png.subarray(12, 16).toString('ascii')).toBe('IHDR');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1280, 1600]);
      expect(png.length).toBeGreaterThan(50_000); // a blank page compresses to a few kilobytes
      // The picture in docs/ is refreshed on request only, so a test run never edits the checkout.
      if (process.env.KHABAR_UPDATE_SCREENSHOT) {
        mkdirSync(dirname(screenshotPath), { recursive: true });
        copyFileSync(shot, screenshotPath);
      }
    },
    60_000,
  );
});
