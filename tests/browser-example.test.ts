/**
 * examples/browser/ in a real browser: the page is served over HTTP (browsers do not load ES modules
 * from file://) with the bundle its README builds, and headless Chromium must show the records that
 * extract() gives for the page's own sample text. Skipped only without Chromium and without CI, as
 * tests/report.browser.test.ts is.
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';

const chromium = '/usr/bin/chromium';
const haveChromium = existsSync(chromium);
const inCi = process.env.CI !== undefined;
const root = join(import.meta.dirname, '..');
const pageFile = join(root, 'examples', 'browser', 'index.html');
const run = promisify(execFile);

describe.skipIf(!haveChromium && !inCi)('examples/browser in headless Chromium', () => {
  let work = '';
  let server: Server | undefined;
  let url = '';

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'khabar-browser-'));
    // The command examples/browser/README.md gives, into a temporary folder.
    await build({ entryPoints: [join(root, 'src', 'index.ts')], bundle: true, format: 'esm', minify: true, charset: 'utf8', outfile: join(work, 'khabar.js'), logLevel: 'silent' });
    const files: Record<string, string> = { '/': pageFile, '/index.html': pageFile, '/khabar.js': join(work, 'khabar.js') };
    const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8' };
    server = createServer((request, response) => {
      const file = files[request.url ?? ''];
      if (!file) {
        response.writeHead(404).end();
        return;
      }
      response.writeHead(200, { 'content-type': types[extname(file)] ?? 'text/html; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const address = server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`;
  }, 60_000);

  afterAll(async () => {
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('has Chromium to run', () => {
    expect(haveChromium, `${chromium} is missing and CI is set: install it with apt-get install -y chromium`).toBe(true);
  });

  it.runIf(haveChromium)(
    'runs extract() in the page and lists what it finds in the sample text',
    async () => {
      const profile = mkdtempSync(join(work, 'profile-'));
      const { stdout: dom } = await run(
        chromium,
        ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage', `--user-data-dir=${profile}`, '--virtual-time-budget=10000', '--dump-dom', url],
        { timeout: 60_000, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' },
      );
      const html = readFileSync(pageFile, 'utf8');
      const sample = /<textarea[^>]*>([^<]*)<\/textarea>/.exec(html)![1]!;
      const referenceDate = /id="reference" type="date" value="([^"]+)"/.exec(html)![1]!;
      const expected = extract(sample, { referenceDate });
      expect(dom).not.toContain('class="error"');
      expect(dom).toContain(`Claims (${expected.claims.length})`);
      expect(dom).toContain(`Dates (${expected.dates.length})`);
      expect(dom).toContain(`Entities (${expected.entities.length})`);
      expect(expected.claims.length).toBeGreaterThan(0);
      for (const record of [...expected.claims, ...expected.dates, ...expected.entities]) {
        expect(dom).toContain(`<bdi>${record.text}</bdi> [${record.start}, ${record.end})`);
      }
    },
    90_000,
  );
});
