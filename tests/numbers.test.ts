import { describe, expect, it } from 'vitest';
import { findNumbers, parseNumber } from '../src/numbers/index.js';
import { tokenise } from '../src/tokenise/index.js';
import { readFixture, seedArticles } from './helpers/fixtures.js';

interface Expressions {
  values: { text: string; value: number }[];
  notNumbers: { text: string; why: string }[];
}

const table = readFixture<Expressions>('numbers/expressions.json');

describe('parseNumber', () => {
  it.each(table.values)('$text → $value', ({ text, value }) => {
    const parsed = parseNumber(text);
    expect(parsed).not.toBeNull();
    if (Number.isInteger(value)) expect(parsed).toBe(value);
    else expect(parsed).toBeCloseTo(value, 10);
  });

  it.each(table.notNumbers)('$text is not a number ($why)', ({ text }) => {
    expect(parseNumber(text)).toBeNull();
  });
});

function numbersIn(text: string) {
  return findNumbers(text, tokenise(text));
}

describe('findNumbers', () => {
  it('reads the repeated figure as one number whose readings agree', () => {
    const [number] = numbersIn('نشر 6000 ست الاف رجل امن');
    expect(number).toMatchObject({ text: '6000 ست الاف', value: 6000, spelledOut: { value: 6000, agrees: true } });
  });

  it('keeps the digits when the words disagree, and says so', () => {
    const [number] = numbersIn('نشر 6000 ستمائة رجل');
    expect(number).toMatchObject({ text: '6000 ستمائة', value: 6000, spelledOut: { value: 600, agrees: false } });
  });

  it('leaves a proclitic out of the span', () => {
    const text = 'تعرض تقريبا لـ600 هجمة وبثلاثة آلاف';
    expect(numbersIn(text).map((n) => [n.text, n.value])).toEqual([
      ['600', 600],
      ['ثلاثة آلاف', 3000],
    ]);
    for (const n of numbersIn(text)) expect(text.slice(n.start, n.end)).toBe(n.text);
  });

  it('marks bare plural scales as lower bounds', () => {
    const [number] = numbersIn('تواجد الآلاف من عناصر الأمن');
    expect(number).toMatchObject({ text: 'الآلاف', value: 1000, atLeast: true });
  });

  it('does not join two numbers of a list or a range', () => {
    expect(numbersIn('بين 3 و4 ملايين').map((n) => n.value)).toEqual([3, 4000000]);
    expect(numbersIn('ما بين 24 إلى 26 ماي').map((n) => n.value)).toEqual([24, 26]);
  });

  for (const article of seedArticles()) {
    it(`${article.name}: every number span is exact`, () => {
      for (const number of numbersIn(article.text)) expect(article.text.slice(number.start, number.end)).toBe(number.text);
    });
  }
});
