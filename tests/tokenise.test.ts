import { describe, expect, it } from 'vitest';
import { normaliseKey } from '../src/normalise/index.js';
import { TokenSchema } from '../src/schema/index.js';
import { tokenise } from '../src/tokenise/index.js';
import { readFixture, seedArticles } from './helpers/fixtures.js';

interface ProcliticCases {
  split: { word: string; prefixes: string[]; stem: string }[];
  whole: string[];
}
interface NumberCases {
  single: { text: string; normal: string }[];
  glued: { text: string; prefixes: string[]; stem: string }[];
  apart: { text: string; tokens: string[] }[];
}

const proclitics = readFixture<ProcliticCases>('tokenise/proclitics.json');
const numbers = readFixture<NumberCases>('tokenise/numbers.json');

function only(text: string) {
  const tokens = tokenise(text);
  expect(tokens, `one token for ${text}`).toHaveLength(1);
  return tokens[0]!;
}

describe('proclitics', () => {
  it.each(proclitics.split)('splits $word into $prefixes + $stem', ({ word, prefixes, stem }) => {
    const token = only(word);
    expect(token.prefixes).toEqual(prefixes);
    expect(token.stem).toBe(stem.replace(/[\u064b-\u065f]/g, ''));
    expect(token.text).toBe(word);
    // The stem's span starts after the proclitics; after لل the span lacks the restored alef.
    const stemSpan = normaliseKey(word.slice(token.stemStart - token.start));
    expect([stemSpan, `ا${stemSpan}`]).toContain(normaliseKey(stem));
  });

  it.each(proclitics.whole)('keeps %s whole', (word) => {
    const token = only(word);
    expect(token.prefixes).toEqual([]);
    expect(token.stem).toBe(word);
    expect(token.stemStart).toBe(token.start);
  });

  it('reports the span of للمديرية from its first letter and its stem from the second ل', () => {
    const text = 'بلاغ للمديرية العامة';
    const token = tokenise(text)[1]!;
    expect(token).toMatchObject({ text: 'للمديرية', start: 5, end: 13, prefixes: ['ل'], stem: 'المديرية', stemStart: 6 });
    expect(text.slice(token.stemStart, token.end)).toBe('لمديرية');
  });
});

describe('numbers', () => {
  it.each(numbers.single)('reads $text as one number token', ({ text, normal }) => {
    const token = only(text);
    expect(token.kind).toBe('number');
    expect(token.normal).toBe(normal);
  });

  it.each(numbers.glued)('reads $text as $prefixes + $stem', ({ text, prefixes, stem }) => {
    const token = only(text);
    expect(token).toMatchObject({ kind: 'number', prefixes, stem, text });
    expect(text.slice(token.stemStart - token.start)).toBe(stem);
  });

  it.each(numbers.apart)('splits $text into $tokens', ({ text, tokens }) => {
    expect(tokenise(text).map((token) => token.text)).toEqual(tokens);
  });

  it('keeps a number inside a sentence exact', () => {
    const text = 'تعرض المغرب تقريبا لـ600 هجمة';
    const token = tokenise(text).find((t) => t.kind === 'number')!;
    expect(token).toMatchObject({ text: 'لـ600', prefixes: ['ل'], stem: '600' });
    expect(text.slice(token.stemStart, token.end)).toBe('600');
  });
});

describe('kinds', () => {
  it.each([
    ['https://www.example.com/news/2022?id=5', 'url'],
    ['www.example.ma', 'url'],
    ['press@example.org', 'email'],
    ['@DGSN_Maroc', 'handle'],
    ['#كأس_العالم', 'hashtag'],
    ['#WorldCup2022', 'hashtag'],
    ['Qatar', 'latin'],
    ['Al-Thani', 'latin'],
    ['Москва', 'other'],
    ['قطر', 'word'],
    ['،', 'punct'],
    ['؟', 'punct'],
    ['«', 'punct'],
    ['$', 'symbol'],
    ['😀', 'symbol'],
  ])('%s is a %s token', (text, kind) => {
    expect(only(text).kind).toBe(kind);
  });

  it('trims the punctuation that ends a sentence off a URL', () => {
    expect(tokenise('انظر https://example.com/a.').map((t) => t.text)).toEqual(['انظر', 'https://example.com/a', '.']);
  });

  it('skips control characters and lone surrogates without losing the words around them', () => {
    const text = 'قطر\u0001\ud800مصر';
    expect(tokenise(text).map((t) => t.text)).toEqual(['قطر', 'مصر']);
  });

  it('keeps a diacritised word and its marks in one span', () => {
    const token = only('أَمْنٌ');
    expect(token).toMatchObject({ text: 'أَمْنٌ', normal: 'امن', stem: 'أمن' });
  });
});

describe('every seed article', () => {
  for (const article of seedArticles()) {
    it(`${article.name}: every token is an exact, ordered span that fits the schema`, () => {
      const tokens = tokenise(article.text);
      expect(tokens.length).toBeGreaterThan(100);
      let previousEnd = 0;
      for (const token of tokens) {
        expect(TokenSchema.parse(token)).toEqual(token);
        expect(article.text.slice(token.start, token.end)).toBe(token.text);
        expect(token.start).toBeGreaterThanOrEqual(previousEnd);
        expect(token.end).toBeGreaterThan(token.start);
        expect(token.stemStart).toBeGreaterThanOrEqual(token.start);
        expect(token.stemStart).toBeLessThan(token.end);
        previousEnd = token.end;
      }
      // Every non-space character of the article is covered by a token, or is a mark the
      // normaliser drops (tatweel, diacritics, invisible controls).
      const covered = new Uint8Array(article.text.length);
      for (const token of tokens) covered.fill(1, token.start, token.end);
      const uncovered: string[] = [];
      for (let i = 0; i < article.text.length; i++) {
        const char = article.text[i]!;
        if (!covered[i] && !/[\s\u0640\u064b-\u065f\u0670\u200b-\u200f\ufeff]/u.test(char)) uncovered.push(char);
      }
      expect(uncovered).toEqual([]);
    });
  }
});

describe('stems around invisible characters', () => {
  it('leaves a byte-order mark at the start out of the stem but inside the span', () => {
    const token = only('\ufeffقطر');
    expect(token).toMatchObject({ text: '\ufeffقطر', start: 0, stem: 'قطر' });
  });

  it('keeps an emoji whole', () => {
    expect(only('😀')).toMatchObject({ text: '😀', stem: '😀', kind: 'symbol' });
  });
});
