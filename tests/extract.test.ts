import { describe, expect, it } from 'vitest';
import { ExtractionSchema, KhabarError, extract } from '../src/index.js';
import { seedArticles } from './helpers/fixtures.js';

/** Every record that points into the text, with where it came from. */
function spansOf(result: ReturnType<typeof extract>) {
  return [
    ...result.sentences.map((span) => ({ where: 'sentence', ...span })),
    ...result.tokens.map((span) => ({ where: 'token', ...span })),
    ...result.entities.map((span) => ({ where: 'entity', ...span })),
    ...result.dates.map((span) => ({ where: 'date', ...span })),
    ...result.claims.flatMap((claim) => [
      { where: 'claim', ...claim },
      { where: 'claim number', ...claim.number },
      ...(claim.subject ? [{ where: 'claim subject', ...claim.subject }] : []),
    ]),
    ...result.numbers.map((span) => ({ where: 'number', ...span })),
  ];
}

describe('extract on the seed articles', () => {
  for (const article of seedArticles()) {
    it(`${article.name}: validates against ExtractionSchema and every span is exact`, () => {
      const result = extract(article.text, { referenceDate: article.referenceDate });
      expect(ExtractionSchema.parse(result)).toEqual(result);
      expect(result.language).toEqual({ code: 'arb', script: 'arabic' });
      expect(result.sentences.length).toBeGreaterThan(0);
      for (const span of spansOf(result)) {
        expect(article.text.slice(span.start, span.end), `${span.where} at ${span.start}`).toBe(span.text);
      }
    });
  }

  it('returns the same output for the same input', () => {
    const [article] = seedArticles();
    expect(extract(article!.text)).toEqual(extract(article!.text));
  });

  it('accepts a Date as the reference date', () => {
    expect(() => extract('نص', { referenceDate: new Date('2022-05-27T00:00:00Z') })).not.toThrow();
  });
});

describe('extract on any string', () => {
  it.each([
    ['empty', ''],
    ['spaces only', ' \n\t '],
    ['lone surrogates', '\ud800قطر\udc00'],
    ['control characters', '\u0000\u0001\u001f\u007f'],
    ['bidi marks', '\u200f\u202bقطر\u202c\u200e'],
    ['a run of tatweel', 'ـ'.repeat(1000)],
    ['diacritics alone', '\u064b\u064c\u064d\u0651'],
    ['emoji and ZWJ', '👨‍👩‍👧 قطر 🇶🇦'],
  ])('%s', (_name, text) => {
    const result = extract(text);
    expect(ExtractionSchema.safeParse(result).success).toBe(true);
    for (const span of spansOf(result)) expect(text.slice(span.start, span.end)).toBe(span.text);
  });
});

describe('bad arguments', () => {
  function errorOf(run: () => unknown): KhabarError {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(KhabarError);
      return error as KhabarError;
    }
    throw new Error('expected a KhabarError');
  }

  it.each([
    [undefined, 'undefined'],
    [null, 'null'],
    [42, 'number 42'],
    [['قطر'], 'an array'],
  ])('a text that is not a string (%s) names what came', (text, described) => {
    const error = errorOf(() => extract(text as unknown as string));
    expect(error.code).toBe('invalid_text');
    expect(error.message).toContain('as a string');
    expect(error.message).toContain(described);
  });

  it.each([
    ['2022-13-45', 'YYYY-MM-DD'],
    ['yesterday', 'YYYY-MM-DD'],
    ['2022-02-30', 'YYYY-MM-DD'],
    [new Date('not a date'), 'an invalid Date'],
    [20220527, 'referenceDate'],
  ])('a bad referenceDate (%s) says what was expected', (referenceDate, expected) => {
    const error = errorOf(() => extract('نص', { referenceDate } as never));
    expect(error.code).toBe('invalid_options');
    expect(error.path).toEqual(['options', 'referenceDate']);
    expect(error.message).toContain('referenceDate');
    expect(error.message).toContain(expected);
  });

  it('an unknown option is named', () => {
    const error = errorOf(() => extract('نص', { refDate: '2022-05-27' } as never));
    expect(error.message).toContain('refDate');
  });

  it.each([
    [{ gazetteer: 'قطر' }, ['options', 'gazetteer'], 'expected array'],
    [{ gazetteer: [{ id: 'x', type: 'LOC', name: 'قطر' }] }, ['options', 'gazetteer', 0, 'name'], 'expected object'],
    [{ gazetteer: [{ id: 'x', type: 'LOC', name: { ar: 'قطر' }, aliases: 'الدوحة' }] }, ['options', 'gazetteer', 0, 'aliases'], 'expected array'],
    [{ gazetteer: [{ id: 'x', type: 'LOC', name: { ar: 'قطر' }, extra: 1 }] }, ['options', 'gazetteer', 0], 'extra'],
    [{ referenceDate: null }, ['options', 'referenceDate'], 'got null'],
  ])('a wrong type for an option (%j) names the option and what was expected', (options, path, expected) => {
    const error = errorOf(() => extract('نص', options as never));
    expect(error.code).toBe('invalid_options');
    expect(error.path).toEqual(path);
    expect(error.message).toContain(`options.${path.slice(1).join('.')}`);
    expect(error.message).toContain(expected);
  });

  it('options that are not an object are refused', () => {
    const error = errorOf(() => extract('نص', '2022-05-27' as never));
    expect(error.path).toEqual(['options']);
    expect(error.message).toContain('must be an object');
  });

  it('a malformed gazetteer entry names the entry and the field', () => {
    const error = errorOf(() => extract('نص', { gazetteer: [{ id: 'org:x', type: 'ORG', name: { ar: 'س' } }, { id: 'x', type: 'PLACE', name: { ar: 'س' } }] } as never));
    expect(error.path).toEqual(['options', 'gazetteer', 1, 'type']);
    expect(error.message).toContain('options.gazetteer.1.type');
  });
});
