import { describe, expect, it } from 'vitest';
import { findEnglishRecords } from '../src/english/find-english.js';
import { DateMentionSchema } from '../src/schema/index.js';
import { readFixture } from './helpers/fixtures.js';

interface ExpectedDate {
  text: string;
  from: string | null;
  to: string | null;
  granularity: string;
  calendar: string;
  relative: boolean;
  parts?: Record<string, number>;
  weekdayAgrees?: boolean;
}
interface DateCase {
  sentence: string;
  referenceDate: string;
  dates: ExpectedDate[];
  todo?: string;
}

const { cases } = readFixture<{ cases: DateCase[] }>('english/dates.json');

describe('English dates in our own sentences', () => {
  for (const { sentence, referenceDate, dates, todo } of cases) {
    const run = todo ? it.fails : it;
    run(`${sentence} (${referenceDate})`, () => {
      const records = findEnglishRecords(sentence, 0, sentence.length, referenceDate);
      const found = records.dates;
      expect(found.map(({ text, from, to, granularity, calendar, relative }) => ({ text, from, to, granularity, calendar, relative }))).toEqual(
        dates.map(({ text, from, to, granularity, calendar, relative }) => ({ text, from, to, granularity, calendar, relative })),
      );
      dates.forEach((expected, index) => {
        if (expected.parts) expect(found[index]?.parts).toEqual(expected.parts);
        if (expected.weekdayAgrees !== undefined) expect(found[index]?.weekdayAgrees).toBe(expected.weekdayAgrees);
      });
      for (const date of found) {
        DateMentionSchema.parse(date);
        expect(sentence.slice(date.start, date.end)).toBe(date.text);
      }
    });
  }
});

describe('English dates without a reference date', () => {
  it('keeps day and month but cannot know the days', () => {
    const text = 'The final is on December 18.';
    expect(findEnglishRecords(text, 0, text.length).dates[0]).toMatchObject({ text: 'December 18', from: null, to: null, parts: { day: 18, month: 12 } });
  });

  it('still resolves a date that states its year', () => {
    const text = 'It opened on November 20, 2022.';
    expect(findEnglishRecords(text, 0, text.length).dates[0]).toMatchObject({ from: '2022-11-20', to: '2022-11-20' });
  });

  it('returns relative dates with no days', () => {
    const text = 'The delegation arrived yesterday.';
    expect(findEnglishRecords(text, 0, text.length).dates[0]).toMatchObject({ text: 'yesterday', from: null, to: null, relative: true });
  });
});

describe('dates and claims share their numbers', () => {
  it('never reads a number inside a date as a claim', () => {
    const text = 'On 20 November 2022, 300 police officers arrived; the 2022 edition drew 16 countries.';
    const records = findEnglishRecords(text, 0, text.length, '2022-11-21');
    expect(records.dates.map((date) => date.text)).toEqual(['20 November 2022']);
    expect(records.claims.map((claim) => claim.text)).toEqual(['300 police officers', '16 countries']);
  });
});
