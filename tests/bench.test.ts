// The benchmark's inputs, checked so its figures mean what they say: the generated corpus is
// deterministic, big enough and really news-like, and the synthetic gazetteer entries add lookups
// without adding matches. (The timings themselves are never asserted: see `npm run bench`.)
import { describe, expect, it } from 'vitest';
import { stemKey } from '../src/_lib/phrase-index.js';
import { buildGazetteer, findEntities } from '../src/entities/index.js';
import { extract } from '../src/index.js';
import { findNumbers } from '../src/numbers/index.js';
import { tokenise } from '../src/tokenise/index.js';
import { generateCorpus, syntheticEntries, takeBytes } from '../bench/corpus.js';
import { median } from '../bench/measure.js';

describe('bench corpus', () => {
  const corpus = generateCorpus();

  it('is at least 5 MB by default, and the same seed gives the same text', () => {
    expect(corpus.bytes).toBeGreaterThanOrEqual(5_000_000);
    const again = generateCorpus({ targetBytes: 200_000 });
    expect(again.articles.map((article) => article.text)).toEqual(takeBytes(corpus.articles, 200_000).map((article) => article.text).slice(0, again.articles.length));
    expect(generateCorpus({ seed: 7, targetBytes: 50_000 }).articles[0]!.text).not.toBe(corpus.articles[0]!.text);
  });

  it('reads like the seeds: entities, dates and claims in at least half the articles', () => {
    const sample = corpus.articles.slice(0, 20).map((article) => extract(article.text, { referenceDate: article.referenceDate }));
    for (const list of ['entities', 'dates', 'claims'] as const) {
      expect(sample.filter((result) => result[list].length > 0).length, list).toBeGreaterThanOrEqual(10);
    }
  });
});

describe('synthetic gazetteer entries', () => {
  it('avoid every word of the measured text, so the entities found stay the same', () => {
    const articles = takeBytes(generateCorpus({ targetBytes: 60_000 }).articles, 60_000);
    const prepared = articles.map((article) => {
      const tokens = tokenise(article.text);
      return { text: article.text, tokens, numbers: findNumbers(article.text, tokens) };
    });
    const words = new Set(prepared.flatMap((p) => p.tokens.flatMap((token) => [token.normal, stemKey(token)])));
    const entries = syntheticEntries(20_000, words);
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(20_000);
    const found = (gazetteer: ReturnType<typeof buildGazetteer>) => prepared.flatMap((p) => findEntities(p.text, p.tokens, p.numbers, gazetteer));
    expect(found(buildGazetteer(entries))).toEqual(found(buildGazetteer()));
  });
});

describe('median', () => {
  it('of odd and even counts', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});
