import { describe, expect, it } from 'vitest';
import { hijriToGregorian } from '../src/dates/index.js';
import { extract } from '../src/index.js';
import { readFixture, seedArticles } from './helpers/fixtures.js';

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
interface DateCases {
  cases: { sentence: string; referenceDate: string; dates: ExpectedDate[] }[];
}

const { cases } = readFixture<DateCases>('dates/cases.json');

describe('dates in our own sentences', () => {
  it.each(cases)('$sentence ($referenceDate)', ({ sentence, referenceDate, dates }) => {
    const found = extract(sentence, { referenceDate }).dates;
    expect(
      found.map((date) => ({
        text: date.text,
        from: date.from,
        to: date.to,
        granularity: date.granularity,
        calendar: date.calendar,
        relative: date.relative,
      })),
    ).toEqual(dates.map(({ text, from, to, granularity, calendar, relative }) => ({ text, from, to, granularity, calendar, relative })));
    dates.forEach((expected, index) => {
      if (expected.parts) expect(found[index]?.parts).toEqual(expected.parts);
      if (expected.weekdayAgrees !== undefined) expect(found[index]?.weekdayAgrees).toBe(expected.weekdayAgrees);
    });
    for (const date of found) expect(sentence.slice(date.start, date.end)).toBe(date.text);
  });
});

describe('without a reference date', () => {
  it('keeps day and month but cannot know the days', () => {
    const [date] = extract('تنطلق المنافسات يوم 21 نونبر').dates;
    expect(date).toMatchObject({ text: '21 نونبر', from: null, to: null, parts: { day: 21, month: 11 } });
  });

  it('still resolves a date that states its year', () => {
    const [date] = extract('جرى اللقاء يوم 17 نونبر 2022').dates;
    expect(date).toMatchObject({ from: '2022-11-17', to: '2022-11-17' });
  });

  it('returns relative dates with no days', () => {
    const [date] = extract('وصل الوفد أمس').dates;
    expect(date).toMatchObject({ text: 'أمس', from: null, to: null, relative: true });
  });
});

describe('the Umm al-Qura conversion', () => {
  // Checked against Intl's islamic-umalqura calendar, day by day, over thirty Hijri years.
  it('maps the first of every month of 1430-1460 AH back to itself', () => {
    const hijri = new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' });
    for (let year = 1430; year <= 1460; year++) {
      for (let month = 1; month <= 12; month++) {
        const day = hijriToGregorian(year, month, 1)!;
        const parts = Object.fromEntries(hijri.formatToParts(new Date(Date.UTC(day.getFullYear(), day.getMonth(), day.getDate(), 12))).map((p) => [p.type, p.value]));
        expect([Number.parseInt(parts.year!, 10), Number(parts.month), Number(parts.day)]).toEqual([year, month, 1]);
      }
    }
  });

  it('refuses a day a month does not have', () => {
    expect(hijriToGregorian(1445, 13, 1)).toBeNull();
    expect(hijriToGregorian(1445, 1, 31)).toBeNull();
  });
});

describe('dates in the seed articles', () => {
  for (const article of seedArticles()) {
    it(`${article.name}: every date span is exact and in order`, () => {
      let previous = 0;
      for (const date of extract(article.text, { referenceDate: article.referenceDate }).dates) {
        expect(article.text.slice(date.start, date.end)).toBe(date.text);
        expect(date.start).toBeGreaterThanOrEqual(previous);
        previous = date.end;
      }
    });
  }
});
