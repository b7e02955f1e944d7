import { describe, expect, it } from 'vitest';
import { splitSentences, tokenise } from '../src/tokenise/index.js';
import { readFixture, seedArticles } from './helpers/fixtures.js';

interface SentenceCases {
  cases: { input: string; sentences: string[] }[];
}

const { cases } = readFixture<SentenceCases>('tokenise/sentences.json');

describe('splitSentences', () => {
  it.each(cases)('splits $input', ({ input, sentences }) => {
    const found = splitSentences(input, tokenise(input));
    expect(found.map((sentence) => sentence.text)).toEqual(sentences);
    for (const sentence of found) expect(input.slice(sentence.start, sentence.end)).toBe(sentence.text);
  });

  for (const article of seedArticles()) {
    it(`${article.name}: sentences are exact, ordered, and never split a number`, () => {
      const tokens = tokenise(article.text);
      const sentences = splitSentences(article.text, tokens);
      expect(sentences.length).toBeGreaterThan(5);
      let previousEnd = 0;
      for (const sentence of sentences) {
        expect(article.text.slice(sentence.start, sentence.end)).toBe(sentence.text);
        expect(sentence.start).toBeGreaterThanOrEqual(previousEnd);
        expect(sentence.text).toBe(sentence.text.trim());
        previousEnd = sentence.end;
      }
      for (const token of tokens.filter((t) => t.kind === 'number')) {
        const inside = sentences.some((s) => s.start <= token.start && token.end <= s.end);
        expect(inside, `${token.text} lies inside one sentence`).toBe(true);
      }
    });
  }
});
