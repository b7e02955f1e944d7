import { spawnSync } from 'node:child_process';
import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { nodeIo, type CliIo } from '../src/cli/io.js';
import { formatDuration, formatProgress, TerminalProgress } from '../src/cli/progress.js';
import { run } from '../src/cli/run.js';

const CLEAR = '\r\u001B[K';

/** What a terminal shows after `text`: "\r\x1b[K" empties the current line. */
function screen(text: string): string[] {
  const lines = [''];
  for (const piece of text.split(/(\r\u001B\[K|\n)/)) {
    if (piece === CLEAR) lines[lines.length - 1] = '';
    else if (piece === '\n') lines.push('');
    else lines[lines.length - 1] += piece;
  }
  return lines;
}

describe('formatProgress', () => {
  it('articles, megabytes of the total, speed and time left', () => {
    expect(formatProgress({ articles: 12_345, bytes: 45_200_000, totalBytes: 200_000_000, elapsedMs: 25_000 })).toBe(
      'khabar: 12,345 articles, 45.2 of 200.0 MB (22%), 1.8 MB/s, 1m 26s left',
    );
  });

  it('without a known total (a pipe): no percentage and no time left', () => {
    expect(formatProgress({ articles: 1, bytes: 500_000, totalBytes: undefined, elapsedMs: 1000 })).toBe('khabar: 1 article, 0.5 MB, 0.5 MB/s');
  });

  it('no speed before any time has passed; never beyond 100%', () => {
    expect(formatProgress({ articles: 0, bytes: 0, totalBytes: 10, elapsedMs: 0 })).toBe('khabar: 0 articles, 0.0 of 0.0 MB (0%)');
    expect(formatProgress({ articles: 3, bytes: 3_000_000, totalBytes: 2_000_000, elapsedMs: 1000 })).toBe(
      'khabar: 3 articles, 3.0 of 2.0 MB (100%), 3.0 MB/s, 0s left',
    );
  });

  it('fits an 80-column terminal even for a big corpus', () => {
    const line = formatProgress({ articles: 123_456_789, bytes: 123_456_789_012, totalBytes: 999_999_999_999, elapsedMs: 3_600_000 });
    expect(line.length).toBeLessThan(80);
  });

  it.each([
    [0, '0s'],
    [7.2, '8s'],
    [59, '59s'],
    [59.5, '1m 00s'],
    [245, '4m 05s'],
    [3599, '59m 59s'],
    [3600, '1h 00m'],
    [7380, '2h 03m'],
  ])('formatDuration(%d) is %j', (seconds, expected) => {
    expect(formatDuration(seconds)).toBe(expected);
  });
});

describe('TerminalProgress with a fake clock', () => {
  function setup(totalBytes?: number) {
    const writes: string[] = [];
    let time = 0;
    const progress = new TerminalProgress({ write: (text: string) => writes.push(text), isTTY: true }, () => time, totalBytes);
    return { writes, progress, at: (ms: number) => (time = ms) };
  }

  it('says nothing for the first second, then at most four times a second', () => {
    const { writes, progress, at } = setup(4_000_000);
    at(999);
    progress.advance(1, 1_000_000);
    expect(writes).toEqual([]);
    at(1000);
    progress.advance(1, 1_000_000);
    expect(writes).toEqual([`${CLEAR}khabar: 2 articles, 2.0 of 4.0 MB (50%), 2.0 MB/s, 1s left`]);
    at(1249);
    progress.advance(1, 0);
    expect(writes).toHaveLength(1);
    at(1250);
    progress.advance(1, 0);
    expect(writes).toHaveLength(2);
    expect(writes[1]).toBe(`${CLEAR}khabar: 4 articles, 2.0 of 4.0 MB (50%), 1.6 MB/s, 2s left`);
  });

  it('a message clears the line first; the end clears it for good', () => {
    const { writes, progress, at } = setup();
    at(2000);
    progress.advance(1, 10);
    progress.message('khabar: line 3: no "text" string\n');
    at(2100);
    progress.advance(1, 10); // too soon to redraw
    progress.end();
    expect(screen(writes.join(''))).toEqual(['khabar: line 3: no "text" string', '']);
    at(2500);
    progress.advance(1, 10);
    progress.end();
    expect(writes.at(-1)).toBe(CLEAR);
    expect(screen(writes.join(''))).toEqual(['khabar: line 3: no "text" string', '']);
  });

  it('a run too short to show progress writes nothing at all, not even a clear', () => {
    const { writes, progress, at } = setup();
    at(10);
    progress.advance(1, 10);
    progress.end();
    expect(writes).toEqual([]);
  });
});

describe('progress in a run', () => {
  const article = (id: number) => `${JSON.stringify({ id, text: 'قتل 5 أشخاص في الهجوم.' })}\n`;

  /** Runs in-process with a clock that moves 400 ms at each reading, so any progress would show. */
  async function runWith(argv: string[], { stderrTTY, stdoutTTY = false, lines = 20 }: { stderrTTY: boolean | undefined; stdoutTTY?: boolean; lines?: number }) {
    const stderr: string[] = [];
    let time = 0;
    const io: CliIo = {
      stdin: (async function* () {
        for (let id = 1; id <= lines; id++) yield id === 5 ? 'not json\n' : article(id);
      })(),
      stdout: { write: () => undefined, isTTY: stdoutTTY },
      stderr: stderrTTY === undefined ? { write: (text) => void stderr.push(text) } : { write: (text) => void stderr.push(text), isTTY: stderrTTY },
      readFile: nodeIo.readFile,
      openFile: nodeIo.openFile,
      inputSize: async (file) => (file === '-' ? undefined : nodeIo.inputSize(file)),
      now: () => (time += 400),
    };
    const status = await run(argv, io);
    return { status, stderr: stderr.join('') };
  }

  it('nothing but messages on stderr when it is not a terminal', async () => {
    for (const stderrTTY of [false, undefined]) {
      const { stderr } = await runWith(['extract', '--ndjson', '--only', 'claims'], { stderrTTY });
      expect(stderr).toBe('khabar: line 5: not valid JSON (Unexpected token \'o\', "not json" is not valid JSON)\nkhabar: 1 line skipped\n');
    }
  });

  it('on a terminal: progress lines, messages on lines of their own, and the line cleared at the end', async () => {
    const { stderr } = await runWith(['extract', '--ndjson', '--only', 'claims'], { stderrTTY: true });
    expect(stderr).toContain(`${CLEAR}khabar: 3 articles, `);
    expect(stderr).toMatch(/MB\/s/);
    expect(screen(stderr)).toEqual([expect.stringMatching(/^khabar: line 5: not valid JSON/), 'khabar: 1 line skipped', '']);
  });

  it('--quiet, or results going to the same terminal, silence it', async () => {
    for (const [argv, stdoutTTY] of [
      [['extract', '--ndjson', '--quiet'], false],
      [['extract', '--ndjson', '-q'], false],
      [['extract', '--ndjson'], true],
    ] as const) {
      const { stderr } = await runWith([...argv], { stderrTTY: true, stdoutTTY });
      expect(stderr).not.toContain(CLEAR);
    }
  });

  it('for files, the total is their sizes, so the time left shows', async () => {
    const files = ['fixtures/seeds/000_e471ca9ceee2e105.txt', 'fixtures/seeds/001_6d43d9a535c6ec82.txt', 'fixtures/seeds/002_efae27870a0dd7d4.txt'];
    const total = files.reduce((sum, file) => sum + statSync(file).size, 0);
    const { status, stderr } = await runWith(['extract', '--format', 'ndjson', ...files], { stderrTTY: true });
    expect(status).toBe(0);
    const megabytes = (total / 1e6).toFixed(1);
    expect(stderr).toMatch(new RegExp(`khabar: 3 articles, ${megabytes} of ${megabytes} MB \\(100%\\), [\\d.]+ MB/s, 0s left`));
    expect(screen(stderr)).toEqual(['']);
  });

  it('a real process with stderr on a pipe writes nothing there', () => {
    const input = Array.from({ length: 50 }, (_, index) => article(index)).join('');
    const child = spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/main.ts', 'extract', '--ndjson', '--only', 'claims'], {
      input,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(child.status).toBe(0);
    expect(child.stderr).toBe('');
    expect(child.stdout.trimEnd().split('\n')).toHaveLength(50);
  });
});
