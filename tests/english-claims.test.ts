import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { findEnglishRecords } from '../src/english/find-english.js';
import { englishCountedNouns } from '../src/generated/english-claims.js';
import { ClaimSchema, DateMentionSchema, NumberMentionSchema } from '../src/schema/index.js';
import type { EnglishRecords } from '../src/english/find-english.js';
import { readFixture } from './helpers/fixtures.js';

interface ExpectedClaim {
  text: string;
  number: string;
  value: number;
  kind: string;
  qualifier: string;
  subject: string | null;
  en?: string;
  category?: string;
  unit?: string;
}
interface ClaimCase {
  sentence: string;
  claims: ExpectedClaim[];
  todo?: string;
}

const { cases } = readFixture<{ cases: ClaimCase[] }>('english/claims.json');

/** Every record is valid against its schema and its spans point exactly into the text. */
function expectSoundRecords(text: string, records: EnglishRecords): void {
  for (const number of records.numbers) {
    NumberMentionSchema.parse(number);
    expect(text.slice(number.start, number.end)).toBe(number.text);
  }
  for (const date of records.dates) {
    DateMentionSchema.parse(date);
    expect(text.slice(date.start, date.end)).toBe(date.text);
  }
  for (const claim of records.claims) {
    ClaimSchema.parse(claim);
    for (const span of [claim, claim.number, ...(claim.subject ? [claim.subject] : []), ...(claim.unit ? [claim.unit] : [])]) {
      expect(text.slice(span.start, span.end)).toBe(span.text);
    }
  }
  for (const list of [records.numbers, records.dates, records.claims]) {
    for (let index = 1; index < list.length; index++) expect(list[index]!.start).toBeGreaterThanOrEqual(list[index - 1]!.start);
  }
}

function readable(records: EnglishRecords): ExpectedClaim[] {
  return records.claims.map((claim) => ({
    text: claim.text,
    number: claim.number.text,
    value: claim.value,
    kind: claim.kind,
    qualifier: claim.qualifier,
    subject: claim.subject?.text ?? null,
    ...(claim.subject?.en ? { en: claim.subject.en } : {}),
    ...(claim.subject?.category ? { category: claim.subject.category } : {}),
    ...(claim.unit ? { unit: claim.unit.code } : {}),
  }));
}

describe('English claims in our own sentences', () => {
  for (const { sentence, claims, todo } of cases) {
    const run = todo ? it.fails : it;
    run(sentence, () => {
      const records = findEnglishRecords(sentence, 0, sentence.length);
      expect(readable(records)).toEqual(claims);
      expectSoundRecords(sentence, records);
    });
  }
});

describe('an English passage inside a longer text', () => {
  it('gives absolute offsets and reads only its own stretch', () => {
    const before = 'نشر المغرب 6000 رجل امن. ';
    const passage = 'Morocco will deploy 6,000 police officers, and Qatar expects about 1.5 million fans.';
    const text = `${before}${passage} وتتوقع قطر حوالي 1.5 مليون من المشجعين`;
    const records = findEnglishRecords(text, before.length, before.length + passage.length);
    expect(records.claims.map((claim) => claim.text)).toEqual(['6,000 police officers', 'about 1.5 million fans']);
    expect(records.claims[0]!.start).toBe(before.length + passage.indexOf('6,000'));
    expect(records.numbers.every((number) => number.start >= before.length && number.end <= before.length + passage.length)).toBe(true);
    expectSoundRecords(text, records);
  });
});

describe('English numbers', () => {
  const numbers: [string, number][] = [
    ['6,000', 6000],
    ['1.5 million', 1_500_000],
    ['six thousand', 6000],
    ['twenty-five', 25],
    ['one hundred and twenty', 120],
    ['three hundred thousand', 300_000],
    ['a million', 1_000_000],
    ['half a million', 500_000],
    ['two dozen', 24],
    ['2.5bn', 2_500_000_000],
    ['tens of thousands', 10_000],
    ['hundreds of thousands', 100_000],
  ];
  it.each(numbers)('%s is %d', (written, value) => {
    const text = `They counted ${written} yesterday.`;
    const [number] = findEnglishRecords(text, 0, text.length).numbers;
    expect(number).toMatchObject({ text: written, value });
  });

  it('agrees with compromise on the number words compromise reads', () => {
    for (const [written, value] of numbers.filter(([written]) => /^[a-z -]+$/.test(written) && !/of|half|dozen/.test(written))) {
      const [parsed] = nlp(written).numbers().get() as number[];
      expect(parsed).toBe(value);
    }
  });

  it('reads no ordinal and no lone article as a number', () => {
    const text = 'It was the first time a team won a 22nd title.';
    expect(findEnglishRecords(text, 0, text.length).numbers.map((number) => number.text)).toEqual(['22']);
  });
});

describe('the English counted-noun table', () => {
  it('has at least 200 heads, each with a gloss and a category', () => {
    expect(englishCountedNouns.length).toBeGreaterThanOrEqual(200);
    for (const [forms, en, category] of englishCountedNouns) {
      expect(forms.length).toBeGreaterThan(0);
      expect(en).not.toBe('');
      expect(category).toMatch(/^[a-z]+\/[a-z]+$/);
    }
  });
});

describe('any string at all', () => {
  const strange = [
    '',
    '   ',
    '\u0000\u0001 6,000 \uD800 police officers \uDC00',
    '$$$ % % 1,,,000 .5. 1e308 bn m k',
    '9'.repeat(400),
    'thousands of thousands of thousands of thousands of',
    'between and to - – from between 20 - - 25 May May May',
    'Nov. . 20,, , 2022 AH AH Sunday, , the',
    'قطر 2022 و 6000 رجل امن',
  ];
  it.each(strange)('never throws and keeps every span exact: %j', (text) => {
    const records = findEnglishRecords(text, 0, text.length, '2022-11-20');
    expectSoundRecords(text, records);
  });

  it('takes offsets outside the text without throwing', () => {
    expect(findEnglishRecords('about 300 people', -5, 1000).claims).toHaveLength(1);
    expect(findEnglishRecords('about 300 people', 10, 2)).toEqual({ numbers: [], dates: [], claims: [] });
  });

  it('reads a long passage in one pass', () => {
    const sentence = 'Morocco will deploy 6,000 police officers from November 20 to December 18, and about 1.5 million fans are expected. ';
    const text = sentence.repeat(500);
    const records = findEnglishRecords(text, 0, text.length, '2022-06-15');
    expect(records.claims).toHaveLength(1000);
    expect(records.dates).toHaveLength(500);
  });
});
