import { describe, expect, it } from 'vitest';
import { extract } from '../src/index.js';
import { readFixture, seedArticles } from './helpers/fixtures.js';

interface ExpectedClaim {
  text: string;
  number: string;
  value: number;
  kind: string;
  qualifier: string;
  subject: string | null;
  en?: string;
}
interface ClaimCases {
  cases: { sentence: string; claims: ExpectedClaim[] }[];
}

const { cases } = readFixture<ClaimCases>('claims/sentences.json');

describe('claims in our own sentences', () => {
  it.each(cases)('$sentence', ({ sentence, claims }) => {
    const found = extract(sentence).claims;
    expect(
      found.map((claim) => ({
        text: claim.text,
        number: claim.number.text,
        value: claim.value,
        kind: claim.kind,
        qualifier: claim.qualifier,
        subject: claim.subject?.text ?? null,
        ...(claim.subject?.en ? { en: claim.subject.en } : {}),
      })),
    ).toEqual(claims.map((claim) => ({ ...claim, ...(claim.en === undefined ? {} : { en: claim.en }) })));
    for (const claim of found) {
      for (const span of [claim, claim.number, ...(claim.subject ? [claim.subject] : []), ...(claim.unit ? [claim.unit] : [])]) {
        expect(sentence.slice(span.start, span.end)).toBe(span.text);
      }
    }
  });
});

describe('claims in the seed articles', () => {
  for (const article of seedArticles()) {
    it(`${article.name}: every claim span is exact`, () => {
      for (const claim of extract(article.text, { referenceDate: article.referenceDate }).claims) {
        expect(article.text.slice(claim.start, claim.end)).toBe(claim.text);
        expect(article.text.slice(claim.number.start, claim.number.end)).toBe(claim.number.text);
      }
    });
  }
});
