import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExtractionSchema, extract, normaliseKey } from '../src/index.js';
import { seedArticles } from './helpers/fixtures.js';

// Each property runs on at least 1,000 generated inputs.
const runs = { numRuns: 1000 };

/** Pieces news text is made of, and the characters that break naive code. */
const newsPieces = [
  ...seedArticles().flatMap((article) => article.text.split(/\s+/).slice(0, 300)),
  'لـ600', 'الـ21', '١٫٥', '٦٬٠٠٠', '50 ٪', '6 000', '17/11/2022', 'https://example.com/x', '#كأس_العالم', '@user', 'نقاش21',
  'ـــ', '\u064e\u0651', '\u200f', '\u200e', '\u200c', '\u200d', '\u202b', '\u00a0', '\n', '.', '؟', '…', '“', '”', '😀', '👨‍👩‍👧', '\ud800', '\udc00',
];
const newsLike = fc
  .array(fc.tuple(fc.constantFrom(...newsPieces), fc.constantFrom(' ', '', '\n', '  ', '\u00a0', '، ')), { maxLength: 80 })
  .map((pairs) => pairs.map(([word, gap]) => `${word}${gap}`).join(''));

/** Code points chosen to be awkward: controls, marks, bidi and zero-width, tatweel, surrogates, emoji. */
const awkward = fc.oneof(
  fc.integer({ min: 0, max: 0x1f }),
  fc.integer({ min: 0x0600, max: 0x06ff }),
  fc.integer({ min: 0x0300, max: 0x036f }),
  fc.constantFrom(0x0640, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202e, 0x2066, 0x2069, 0xfeff, 0x061c, 0x00ad),
  fc.integer({ min: 0xd800, max: 0xdfff }),
  fc.integer({ min: 0xfb50, max: 0xfeff }),
  fc.integer({ min: 0x1f300, max: 0x1faff }),
  fc.integer({ min: 0x20, max: 0x7e }),
);
const awkwardText = fc.array(awkward, { maxLength: 120 }).map((codes) => codes.map((code) => String.fromCodePoint(code)).join(''));

const inputs = {
  'any UTF-16 string': fc.string({ unit: 'binary', maxLength: 200 }),
  'any grapheme string': fc.string({ unit: 'grapheme', maxLength: 200 }),
  'awkward characters': awkwardText,
  'news-like Arabic': newsLike,
};

function checkExtraction(text: string): void {
  const result = extract(text, { referenceDate: '2022-11-19' });
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  for (const list of [result.sentences, result.tokens, result.entities, result.dates, result.claims, result.numbers]) {
    let previousStart = 0;
    for (const record of list) {
      expect(text.slice(record.start, record.end)).toBe(record.text);
      expect(record.start).toBeGreaterThanOrEqual(previousStart);
      previousStart = record.start;
    }
  }
  for (const claim of result.claims) {
    for (const span of [claim.number, ...(claim.subject ? [claim.subject] : []), ...(claim.unit ? [claim.unit] : [])]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  for (const token of result.tokens) {
    expect(token.end).toBeGreaterThan(token.start);
    expect(token.stemStart).toBeGreaterThanOrEqual(token.start);
    expect(token.stemStart).toBeLessThan(token.end);
  }
  expect(extract(text, { referenceDate: '2022-11-19' })).toEqual(result);
}

describe.each(Object.entries(inputs))('on %s', (_name, arbitrary) => {
  it('extract never throws, keeps every span exact and in order, validates, and is deterministic', () => {
    fc.assert(fc.property(arbitrary, checkExtraction), runs);
  }, 120_000);

  it('normalising twice is normalising once', () => {
    fc.assert(fc.property(arbitrary, (text) => normaliseKey(normaliseKey(text)) === normaliseKey(text)), runs);
  });
});
