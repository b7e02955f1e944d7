import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { seedArticles } from './helpers/fixtures.js';

/**
 * Inputs built to find work that grows faster than the text. Each is read at two sizes, a quarter
 * and the whole; a linear pass takes about 4× longer on the whole, a quadratic one 16×. Times are
 * compared with each other and with a plain word scan of the same text in the same test, never
 * with a clock: the machine's speed cancels out.
 */
const size = 1_000_000;
const repeat = (piece: string, length: number) => piece.repeat(Math.ceil(length / piece.length)).slice(0, length);

const pathological: Record<string, (length: number) => string> = {
  'digits': (n) => repeat('7', n),
  'tatweel': (n) => repeat('ـ', n),
  'one word, no spaces': (n) => repeat('قطر', n),
  '"و و و …"': (n) => repeat('و ', n),
  'nested brackets': (n) => repeat('(', n / 2) + repeat(')', n / 2),
  'repeated month names': (n) => repeat('نونبر ', n),
  'clitic chains': (n) => repeat('وبالمغرب ', n),
  'dots between letters': (n) => repeat('a.', n),
  'a URL of dots': (n) => `https://x${repeat('.', n - 10)}y`,
  'hashes': (n) => repeat('#', n),
  'number words joined by و': (n) => repeat('ثلاثة آلاف و', n),
  'name particles': (n) => repeat('بن ', n),
  'spaces and one line break': (n) => `${repeat(' ', n - 2)}\nا`,
};

function timeOf(run: () => unknown): number {
  let best = Number.POSITIVE_INFINITY;
  for (let attempt = 0; attempt < 2; attempt++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('pathological inputs finish in time linear in their size', () => {
  for (const [name, make] of Object.entries(pathological)) {
    it(name, () => {
      const quarter = make(size / 4);
      const whole = make(size);
      const small = timeOf(() => extract(quarter));
      const large = timeOf(() => extract(whole));
      const scan = timeOf(() => whole.match(/[^\s]+/gu));
      // Linear: about 4×; the bound leaves room for noise and garbage collection, not for n².
      expect(large / Math.max(small, 1)).toBeLessThan(9);
      // A generous bound against the word scan: these inputs give it almost nothing to do.
      expect(large / Math.max(scan, 1)).toBeLessThan(3000);
    }, 120_000);
  }

  it('a 5 MB article on one line', () => {
    let text = '';
    const sentences = seedArticles().map((article) => article.text.replace(/\s+/g, ' '));
    while (Buffer.byteLength(text) < 5_000_000) text += sentences.join(' ');
    const result = timeOf(() => extract(text, { referenceDate: '2022-11-19' }));
    const scan = timeOf(() => text.match(/[^\s]+/gu));
    expect(result / Math.max(scan, 1)).toBeLessThan(200);
  }, 120_000);
});
