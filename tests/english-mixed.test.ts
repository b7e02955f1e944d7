import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../src/en.js';
import type { Extraction, Span } from '../src/index.js';
import { ExtractionSchema, extract, KhabarError } from '../src/index.js';

const root = join(import.meta.dirname, '..');
const article = readFileSync(join(root, 'fixtures/english/mixed-article.txt'), 'utf8');
const referenceDate = '2022-11-20';
const paragraphs = article.split('\n\n');
const [arabicOpening, englishQuote, frenchParagraph, arabicClosing] = paragraphs as [string, string, string, string];
const offsetOf = (paragraph: string): number => article.indexOf(paragraph);
const inside = (paragraph: string) => (span: Span) => span.start >= offsetOf(paragraph) && span.end <= offsetOf(paragraph) + paragraph.length;

const withEnglish = extract(article, { referenceDate, languages: [english] });
const arabicOnly = extract(article, { referenceDate });

function expectSpansExact(text: string, result: Extraction): void {
  const spans: Span[] = [
    ...result.sentences,
    ...result.entities,
    ...result.dates,
    ...result.numbers,
    ...result.claims.flatMap((claim) => [claim, claim.number, ...(claim.subject ? [claim.subject] : []), ...(claim.unit ? [claim.unit] : [])]),
  ];
  for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
}

function expectTextOrder(result: Extraction): void {
  for (const list of [result.sentences, result.entities, result.dates, result.claims, result.numbers] as Span[][]) {
    list.forEach((span, at) => {
      if (at > 0) expect(span.start).toBeGreaterThanOrEqual(list[at - 1]!.start);
    });
  }
}

describe('a mixed Arabic, English and French article (fixtures/english/mixed-article.txt)', () => {
  it('names the language of every sentence', () => {
    const bySentence = withEnglish.sentences.map((sentence) => [sentence.text.slice(0, 12), sentence.language]);
    expect(bySentence).toEqual([
      ['الدوحة - أعل', 'arb'],
      ['وقال المدير ', 'arb'],
      ['In a stateme', 'eng'],
      ['"About 6,000', 'eng'],
      ['Interpol sen', 'eng'],
      ['Selon le com', 'fra'],
      ['Les autorité', 'fra'],
      ['وأضاف البيان', 'arb'],
    ]);
    // Routing does not depend on the plug-in: the same languages without it.
    expect(arabicOnly.sentences).toEqual(withEnglish.sentences);
  });

  it('is valid against ExtractionSchema, every span exact, every list in text order', () => {
    for (const result of [withEnglish, arabicOnly]) {
      expect(ExtractionSchema.safeParse(result).success).toBe(true);
      expectSpansExact(article, result);
      expectTextOrder(result);
    }
  });

  it('gives English entities, linked to the gazetteer, only with the plug-in', () => {
    const entities = withEnglish.entities.filter(inside(englishQuote)).map(({ text, type, id, form }) => ({ text, type, id, form }));
    expect(entities).toEqual([
      { text: 'Doha', type: 'LOC', id: 'city:qa-doha', form: 'name' },
      { text: 'Abdellatif Hammouchi', type: 'PERSON', id: 'person:abdellatif-hammouchi', form: 'name' },
      { text: 'Moroccan', type: 'LOC', id: 'country:MA', form: 'demonym' },
      { text: 'Qatar', type: 'LOC', id: 'country:QA', form: 'name' },
      { text: 'Internal Security Force', type: 'ORG', id: 'org:qa-lekhwiya', form: 'alias' },
      { text: 'Interpol', type: 'ORG', id: 'org:interpol', form: 'name' },
      { text: 'Lyon', type: 'LOC', id: 'city:fr-lyon', form: 'name' },
    ]);
    expect(arabicOnly.entities.filter(inside(englishQuote))).toEqual([]);
    // The same person in both languages, one id to join them by.
    const hammouchi = withEnglish.entities.filter((entity) => entity.id === 'person:abdellatif-hammouchi').map((entity) => entity.text);
    expect(hammouchi).toEqual(['عبد اللطيف حموشي', 'Abdellatif Hammouchi']);
  });

  // These hold once the English numbers, dates and claims (src/english/find-english.ts) are in.
  it('gives English claims, numbers and dates only with the plug-in', () => {
    const claims = withEnglish.claims.filter(inside(englishQuote));
    expect(claims).toContainEqual(
      expect.objectContaining({ text: 'About 6,000 police officers', value: 6000, kind: 'count', qualifier: 'approximate', subject: expect.objectContaining({ en: 'police officers' }) }),
    );
    expect(claims).toContainEqual(expect.objectContaining({ text: '12 experts', value: 12 }));
    expect(withEnglish.dates.filter(inside(englishQuote))).toContainEqual(expect.objectContaining({ text: '2022-11-15', from: '2022-11-15', to: '2022-11-15' }));
    expect(withEnglish.numbers.filter(inside(englishQuote))).toContainEqual(expect.objectContaining({ text: '6,000', value: 6000 }));
    expect(arabicOnly.claims.filter(inside(englishQuote))).toEqual([]);
  });

  it('without the plug-in, keeps of the English passage only numbers in digits and YYYY-MM-DD days', () => {
    expect(arabicOnly.entities.filter(inside(englishQuote))).toEqual([]);
    expect(arabicOnly.claims.filter(inside(englishQuote))).toEqual([]);
    expect(arabicOnly.dates.filter(inside(englishQuote)).map((date) => date.text)).toEqual(['2022-11-15']);
    for (const number of arabicOnly.numbers.filter(inside(englishQuote))) expect(number.text).toMatch(/^\d[\d,.]*$/);
  });

  it('keeps of the French paragraph only numbers in digits and YYYY-MM-DD days, plug-in or not', () => {
    for (const result of [withEnglish, arabicOnly]) {
      expect(result.entities.filter(inside(frenchParagraph))).toEqual([]);
      expect(result.claims.filter(inside(frenchParagraph))).toEqual([]);
      // "le 21/11/2022" could be read day first or month first: it is not guessed.
      expect(result.dates.filter(inside(frenchParagraph)).map((date) => [date.text, date.from])).toEqual([['2022-11-18', '2022-11-18']]);
      const numbers = result.numbers.filter(inside(frenchParagraph));
      expect(numbers.map((number) => number.value)).toContain(1500);
      for (const number of numbers) expect(number.text).toMatch(/^\d[\d,.]*$/);
    }
  });

  it('reads the Arabic paragraphs as it reads them alone', () => {
    for (const paragraph of [arabicOpening, arabicClosing]) {
      const offset = offsetOf(paragraph);
      const alone = extract(paragraph, { referenceDate });
      const shift = <T extends Span>(span: T): T => ({ ...span, start: span.start + offset, end: span.end + offset });
      for (const result of [withEnglish, arabicOnly]) {
        expect(result.entities.filter(inside(paragraph))).toEqual(alone.entities.map(shift));
        expect(result.dates.filter(inside(paragraph))).toEqual(alone.dates.map(shift));
        expect(result.numbers.filter(inside(paragraph))).toEqual(alone.numbers.map(shift));
        expect(result.claims.filter(inside(paragraph))).toEqual(
          alone.claims.map((claim) => ({ ...shift(claim), number: shift(claim.number), subject: claim.subject && shift(claim.subject), ...(claim.unit ? { unit: shift(claim.unit) } : {}) })),
        );
      }
    }
  });

  it('reads a whole English article with the plug-in, and an Arabic one as before', () => {
    const text = 'Qatar deployed about 6,000 police officers for the tournament. Interpol sent experts from Lyon.';
    const result = extract(text, { languages: [english] });
    expect(result.language.code).toBe('eng');
    expect(result.sentences.every((sentence) => sentence.language === 'eng')).toBe(true);
    expect(result.entities.map((entity) => entity.id)).toEqual(['country:QA', 'org:interpol', 'city:fr-lyon']);
    const arabic = 'ستستقبل قطر حوالي 1.5 مليون من المشجعين.';
    expect(extract(arabic, { languages: [english] })).toEqual(extract(arabic));
  });
});

describe('a sentence mostly in another language', () => {
  it('keeps the Arabic-script records in it: the name outside an English quote, the name inside a French sentence', () => {
    const quoted = extract('قال حموشي: "Qatar will host about 1.5 million fans." ثم غادر.', { languages: [english] });
    expect(quoted.sentences.map((sentence) => sentence.language)).toEqual(['eng', 'arb']);
    expect(quoted.entities.map((entity) => [entity.text, entity.id])).toEqual([
      ['حموشي', 'person:abdellatif-hammouchi'],
      ['Qatar', 'country:QA'],
    ]);
    const french = extract('Le ministre marocain a rencontré عبد اللطيف حموشي à Doha le 2022-11-20.');
    expect(french.sentences.map((sentence) => sentence.language)).toEqual(['fra']);
    expect(french.entities.map((entity) => entity.text)).toEqual(['عبد اللطيف حموشي']);
    expect(french.dates.map((date) => date.text)).toEqual(['2022-11-20']);
  });
});

describe('the languages option', () => {
  const attempt = (options: unknown): KhabarError => {
    try {
      extract('نص', options as never);
    } catch (error) {
      if (error instanceof KhabarError) return error;
      throw error;
    }
    throw new Error('no error was thrown');
  };

  it('accepts an empty list and the English plug-in', () => {
    expect(() => extract('نص', { languages: [] })).not.toThrow();
    expect(() => extract('نص', { languages: [english] })).not.toThrow();
  });

  for (const [label, value] of [
    ['a string', 'english'],
    ['a plug-in not in a list', english],
    ['an empty object', [{}]],
    ['a plug-in for Arabic', [{ code: 'arb', extractPassage: () => ({ entities: [], dates: [], claims: [], numbers: [] }) }]],
    ['a code that is not ISO 639-3', [{ code: 'en', extractPassage: () => ({ entities: [], dates: [], claims: [], numbers: [] }) }]],
    ['a plug-in without its function', [{ code: 'eng' }]],
  ] as const) {
    it(`rejects ${label} with a KhabarError naming the option`, () => {
      const error = attempt({ languages: value });
      expect(error.code).toBe('invalid_options');
      expect(error.path.slice(0, 2)).toEqual(['options', 'languages']);
      expect(error.message).toMatch(/options\.languages/);
      expect(error.message).toMatch(/khabar\/en/);
    });
  }

  it('names languages among the options when an unknown one is given', () => {
    expect(attempt({ language: [english] }).message).toMatch(/the options are referenceDate, gazetteer and languages/);
  });
});

/** With the English plug-in: never throws, validates, every span exact, every list in text order. */
function expectValidWithEnglish(text: string): void {
  const result = extract(text, { referenceDate, languages: [english] });
  expect(ExtractionSchema.safeParse(result).success).toBe(true);
  expectSpansExact(text, result);
  expectTextOrder(result);
}

describe('mixed text with the English plug-in, as a property', () => {
  const pieces = [
    'أعلنت وزارة الداخلية القطرية عن نشر 6000 رجل أمن.', 'وقال عبد اللطيف حموشي إن التعاون مستمر.', 'زار الوفد الدوحة يوم 17 نونبر 2022.',
    'Qatar deployed 6,000 police officers.', 'Abdellatif Hammouchi met Interpol officials in Lyon.', 'About 1.5 million fans arrived on 2022-11-20.',
    "The U.N.'s envoy", 'Hammouchi said.', 'Le ministre a annoncé 1500 agents le 2022-11-18.', 'Les autorités marocaines ont remercié le Qatar.',
    '"We are ready," he said.', '2022-11-15', '6,000', '50%', '17/11/2022', '😀', '\u200f', '\ud800', 'é', "'s", 'U.S.', '-', '(', ')', '"',
  ];
  const mixed = fc
    .array(fc.tuple(fc.constantFrom(...pieces), fc.constantFrom(' ', '', '\n', '\n\n', ' - ', '، ')), { maxLength: 30 })
    .map((pairs) => pairs.map(([piece, gap]) => `${piece}${gap}`).join(''));

  it('never throws, gives exact spans in text order, and is valid against ExtractionSchema', () => {
    fc.assert(
      fc.property(mixed, expectValidWithEnglish),
      { numRuns: 1000 },
    );
  }, 120_000);

  it('holds on any string at all (lone surrogates, controls, marks, any script), Latin-heavy', () => {
    const latinHeavy = fc.oneof(fc.string({ unit: 'binary', maxLength: 120 }), fc.string({ unit: fc.constantFrom(...'Qatar 6,000 police U.N. 20 Nov \'s —\u200f'.split('')), maxLength: 120 }));
    fc.assert(
      fc.property(latinHeavy, expectValidWithEnglish),
      { numRuns: 1000 },
    );
  }, 120_000);
});
