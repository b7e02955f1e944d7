import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema, extract } from '../src/index.js';
import { seedArticles } from './helpers/fixtures.js';

/** Pieces news text is made of, and the characters that break naive code. */
const newsPieces = [
  ...seedArticles().flatMap((article) => article.text.split(/\s+/).slice(0, 200)),
  'لـ600', 'الـ21', '١٫٥', '٦٬٠٠٠', '50 ٪', '6 000', 'https://example.com/x', '#كأس_العالم', '@user',
  'ـــ', '\u064e\u0651', '\u200f', '\u200c', '\u200d', '\u00a0', '\n', '.', '؟', '…', '“', '”', '😀', '\ud800', '\udc00',
];
const newsLike = fc.array(fc.constantFrom(...newsPieces), { maxLength: 60 }).chain((words) =>
  fc.array(fc.constantFrom(' ', '', '\n', '  ', '\u00a0'), { minLength: words.length, maxLength: words.length }).map((gaps) =>
    words.map((word, i) => `${word}${gaps[i]}`).join(''),
  ),
);
const anyText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 200 }), newsLike);

function checkExtraction(text: string): void {
  const result = extract(text);
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  for (const list of [result.sentences, result.tokens, result.entities, result.dates, result.claims, result.numbers]) {
    let previousStart = 0;
    for (const record of list) {
      expect(text.slice(record.start, record.end)).toBe(record.text);
      expect(record.start).toBeGreaterThanOrEqual(previousStart);
      previousStart = record.start;
    }
  }
  for (const token of result.tokens) {
    expect(token.end).toBeGreaterThan(token.start);
    expect(token.stemStart).toBeGreaterThanOrEqual(token.start);
    expect(token.stemStart).toBeLessThan(token.end);
  }
  expect(extract(text)).toEqual(result);
}

describe('extract on generated input', () => {
  it('never throws, keeps every span exact and in order, and is deterministic', () => {
    fc.assert(fc.property(anyText, checkExtraction), { numRuns: 400 });
  });
});
