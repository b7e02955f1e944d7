import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GoldArticle, GoldFile } from '../scripts/eval/gold.js';
import { GoldSetError, loadGoldSet } from '../scripts/eval/gold.js';
import type { ArticleScore, TypeScore } from '../scripts/eval/score.js';
import { normaliseForScoring, procliticReadings, scoreArticle, scoreCorpus } from '../scripts/eval/score.js';
import type { Claim, DateMention, Entity, EntityType, Extraction, Qualifier, Span } from '../src/schema/index.js';
import { ExtractionSchema } from '../src/schema/index.js';
import { fixturesDir } from './helpers/fixtures.js';

/** The span of the `nth` occurrence of `needle` in `text`; throws when there is none, so a typo in a test cannot pass silently. */
function spanOf(text: string, needle: string, nth = 0): Span {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = text.indexOf(needle, start + 1);
    if (start === -1) throw new Error(`"${needle}" (occurrence ${nth}) is not in the text`);
  }
  return { text: needle, start, end: start + needle.length };
}

/** A complete `Extraction` with the given records, checked against the library's schema. */
function extraction(records: { claims?: Claim[]; dates?: DateMention[]; entities?: Entity[] }): Extraction {
  return ExtractionSchema.parse({
    language: { code: 'arb', script: 'arabic' },
    sentences: [],
    tokens: [],
    numbers: [],
    claims: records.claims ?? [],
    dates: records.dates ?? [],
    entities: records.entities ?? [],
  });
}

function claim(at: Span, value: number, qualifier: Qualifier, subject: Span | null = null): Claim {
  return { ...at, kind: 'count', value, qualifier, number: at, subject };
}

function date(at: Span, from: string, to = from): DateMention {
  return { ...at, calendar: 'gregorian', granularity: 'day', from, to, relative: false, parts: {} };
}

function entity(at: Span, type: EntityType): Entity {
  return { ...at, type, id: `test:${at.text}`, name: { ar: at.text }, form: 'name' };
}

/** Where an entity form is written: as is, or behind "لل" ("للمديرية" for "المديرية"). */
function formSpan(text: string, form: string): Span | null {
  if (text.includes(form)) return spanOf(text, form);
  const behindLil = `ل${form.slice(1)}`;
  return form.startsWith('ال') && text.includes(behindLil) ? spanOf(text, behindLil) : null;
}

/** What a perfect extractor returns for a gold article: every gold item at its place in the text. */
function perfectExtraction({ text, gold }: GoldArticle): Extraction {
  return extraction({
    claims: gold.claims.map((item) => {
      const at = spanOf(text, item.text);
      const subjectStart = text.indexOf(item.subject, at.start);
      const subject = { text: item.subject, start: subjectStart, end: subjectStart + item.subject.length };
      return { ...claim(at, item.value, item.qualifier, subject), kind: item.kind };
    }),
    dates: gold.dates.flatMap((item) =>
      Array.from({ length: item.occurrences ?? 1 }, (_, nth) => ({
        ...date(spanOf(text, item.text, nth), item.from, item.to),
        granularity: item.granularity,
        relative: item.relative ?? false,
      })),
    ),
    entities: gold.entities.flatMap((item) =>
      [...item.forms, ...(item.demonyms ?? [])].flatMap((form) => {
        const at = formSpan(text, form);
        return at ? [entity(at, item.type)] : [];
      }),
    ),
  });
}

const goldSet = loadGoldSet(fixturesDir);

const ARTICLE =
  'زار 600 شخص الدوحة يوم 17 نونبر 2022، وحضر حوالي 450 من المشجعين مونديال 2022 بقطر، ' +
  'وكان للمديرية العامة دور. ثم عاد يوم 3 ماي وسافر يوم 3 ماي مرة أخرى في إيرلندا.';

/** A small gold file over ARTICLE, with `changes` applied. */
function goldFor(changes: Partial<GoldFile> = {}): GoldFile {
  return {
    document: 'test.txt',
    referenceDate: '2022-11-19',
    claims: [
      { text: '600 شخص', value: 600, kind: 'count', qualifier: 'exact', subject: 'شخص', subjectEn: 'people' },
      {
        text: 'حوالي 450 من المشجعين',
        value: 450,
        kind: 'count',
        qualifier: 'approximate',
        subject: 'المشجعين',
        subjectEn: 'fans',
      },
    ],
    dates: [{ text: '17 نونبر 2022', from: '2022-11-17', to: '2022-11-17', granularity: 'day' }],
    ignoredDateTexts: ['2022'],
    entities: [
      { type: 'LOC', subtype: 'city', en: 'Doha', forms: ['الدوحة'] },
      { type: 'LOC', subtype: 'country', id: 'country:QA', en: 'Qatar', forms: ['قطر'] },
      { type: 'ORG', en: 'General Directorate', forms: ['المديرية العامة'] },
    ],
    ...changes,
  };
}

function score(records: Parameters<typeof extraction>[0], gold = goldFor()): ArticleScore {
  return scoreArticle({ name: 'test', text: ARTICLE }, gold, extraction(records));
}

const rightClaims = (): Claim[] => [
  claim(spanOf(ARTICLE, '600 شخص'), 600, 'exact', spanOf(ARTICLE, 'شخص')),
  claim(spanOf(ARTICLE, 'حوالي 450 من المشجعين'), 450, 'approximate', spanOf(ARTICLE, 'المشجعين')),
];

function rates(typeScore: TypeScore): [number, number, number] {
  return [typeScore.precision, typeScore.recall, typeScore.f1];
}

describe('loadGoldSet', () => {
  it('reads the five fixtures, every gold text found in its article', () => {
    expect(goldSet.map((article) => article.name)).toHaveLength(5);
    for (const { name, text, gold } of goldSet) {
      expect(gold.document).toBe(`${name}.txt`);
      const texts = [...gold.claims, ...gold.dates].map((item) => item.text).concat(gold.ignoredDateTexts);
      for (const goldText of texts) expect(text, `${name}: ${goldText}`).toContain(goldText);
    }
  });

  function brokenSet(gold: unknown): string {
    const dir = mkdtempSync(join(tmpdir(), 'khabar-gold-'));
    mkdirSync(join(dir, 'gold'));
    mkdirSync(join(dir, 'seeds'));
    writeFileSync(join(dir, 'gold', 'x.json'), JSON.stringify(gold));
    writeFileSync(join(dir, 'seeds', 'x.txt'), ARTICLE);
    return dir;
  }

  it('names the file when a gold text is not in its article', () => {
    const dir = brokenSet({ ...goldFor({ dates: [] }), document: 'x.txt', ignoredDateTexts: ['1999'] });
    expect(() => loadGoldSet(dir)).toThrow(GoldSetError);
    expect(() => loadGoldSet(dir)).toThrow(/x\.json: ignoredDateTexts\.0 text "1999" is not a substring/);
  });

  it('names the file and the field when a gold file is malformed', () => {
    const { claims: _claims, ...withoutClaims } = goldFor();
    expect(() => loadGoldSet(brokenSet({ ...withoutClaims, document: 'x.txt' }))).toThrow(/x\.json: not in the gold format\. claims:/);
  });

  it('says when the folders are missing', () => {
    expect(() => loadGoldSet(join(tmpdir(), 'khabar-no-such-dir'))).toThrow(/does not exist/);
  });
});

describe('scoreArticle and scoreCorpus on the fixtures', () => {
  it('score a perfect extraction 1 everywhere', () => {
    const results = goldSet.map((article) => scoreArticle(article, article.gold, perfectExtraction(article)));
    const corpus = scoreCorpus(results);
    for (const type of ['claims', 'dates', 'entities'] as const) expect(rates(corpus[type]), type).toEqual([1, 1, 1]);
    expect(corpus.subject.accuracy).toBe(1);
    for (const result of results) {
      expect(result.misses, result.article).toEqual([]);
      expect(result.falsePositives, result.article).toEqual([]);
      expect(result.wrongSubjects, result.article).toEqual([]);
    }
    expect(corpus.claims.tp).toBe(8);
  });

  it('score an empty extraction 0, except where nothing is expected', () => {
    const results = goldSet.map((article) => scoreArticle(article, article.gold, extraction({})));
    const corpus = scoreCorpus(results);
    for (const type of ['claims', 'dates', 'entities'] as const) {
      expect(rates(corpus[type]), type).toEqual([0, 0, 0]);
      expect(corpus[type].fn).toBeGreaterThan(0);
    }
    expect(corpus.claims.fn).toBe(8);
    expect(corpus.subject.accuracy).toBeNull();
    const noClaims = results.find((result) => result.article.startsWith('004'));
    expect(noClaims && rates(noClaims.claims)).toEqual([1, 1, 1]);
  });
});

describe('claims', () => {
  it('match on overlap with the gold text, not on equal spans', () => {
    const result = score({ claims: [claim(spanOf(ARTICLE, '600'), 600, 'exact', spanOf(ARTICLE, 'شخص'))] });
    expect(result.claims).toMatchObject({ tp: 1, fn: 1, fp: 0 });
  });

  it('count a wrong value as a miss and a false positive', () => {
    const result = score({ claims: [claim(spanOf(ARTICLE, '600 شخص'), 6000, 'exact')] });
    expect(result.claims).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(result.falsePositives[0]?.reason).toContain('value 6000 ≠ gold 600');
    expect(result.misses.find((miss) => miss.text === '600 شخص')?.reason).toContain('value 6000 ≠ gold 600');
  });

  it('count a wrong qualifier as a miss and a false positive', () => {
    const result = score({ claims: [claim(spanOf(ARTICLE, 'حوالي 450'), 450, 'exact')] });
    expect(result.claims).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(result.falsePositives[0]?.reason).toContain('qualifier exact ≠ gold approximate');
  });

  it('count a right value at a span that does not overlap as a miss and a false positive', () => {
    const result = score({ claims: [claim(spanOf(ARTICLE, 'الدوحة'), 600, 'exact')] });
    expect(result.claims).toMatchObject({ tp: 0, fp: 1, fn: 2 });
    expect(result.falsePositives[0]?.reason).toBe('overlaps no gold claim');
  });

  it('match one-to-one: a second claim on the same gold is a false positive', () => {
    const twice = claim(spanOf(ARTICLE, '600'), 600, 'exact');
    const result = score({ claims: [twice, { ...twice }] });
    expect(result.claims).toMatchObject({ tp: 1, correct: 1, fp: 1 });
    expect(result.falsePositives[0]?.reason).toMatch(/^duplicate/);
  });

  it('count a claim on an ignored date text as a false claim', () => {
    const result = score({ claims: [claim(spanOf(ARTICLE, '2022', 1), 2022, 'exact')] });
    expect(result.claims).toMatchObject({ fp: 1, unscored: 0 });
    expect(result.falsePositives[0]?.reason).toContain('ignored date text');
  });

  it('make every claim a false positive where the gold has none', () => {
    const result = score({ claims: rightClaims() }, goldFor({ claims: [] }));
    expect(result.claims).toMatchObject({ tp: 0, fp: 2, fn: 0 });
    expect(rates(result.claims)).toEqual([0, 0, 0]);
    expect(result.falsePositives.map((finding) => finding.reason)).toEqual(['the article has no claims', 'the article has no claims']);
  });

  it('score subjects apart, after normalisation and clitic stripping', () => {
    const [people, fans] = rightClaims();
    if (!people || !fans) throw new Error('rightClaims() gives two claims');
    expect(score({ claims: [people, fans] }).subject).toEqual({ correct: 2, total: 2, accuracy: 1 });
    const wordsAround = { ...fans, subject: { text: 'من المشجعين', start: fans.start + 10, end: fans.end } };
    expect(score({ claims: [wordsAround] }).subject.accuracy).toBe(1);
    const withClitic = { ...fans, subject: { text: 'وللمشجعين', start: fans.start, end: fans.end } };
    expect(score({ claims: [withClitic] }).subject.accuracy).toBe(1);
    const wrong = score({ claims: [{ ...people, subject: spanOf(ARTICLE, 'الدوحة') }, { ...fans, subject: null }] });
    expect(wrong.subject).toEqual({ correct: 0, total: 2, accuracy: 0 });
    expect(wrong.claims).toMatchObject({ tp: 2, fp: 0 });
    expect(wrong.wrongSubjects.map((finding) => finding.reason)).toEqual([
      'subject "الدوحة" lacks "شخص" of gold "شخص"',
      'no subject; gold "المشجعين"',
    ]);
  });
});

describe('dates', () => {
  it('match when spans overlap and from/to are equal', () => {
    const longer = spanOf(ARTICLE, 'يوم 17 نونبر 2022');
    expect(score({ dates: [date(longer, '2022-11-17')] }).dates).toMatchObject({ tp: 1, fp: 0, fn: 0 });
    const wrong = score({ dates: [date(longer, '2022-11-18')] });
    expect(wrong.dates).toMatchObject({ tp: 0, fp: 1, fn: 1 });
    expect(wrong.falsePositives[0]?.reason).toContain('from/to 2022-11-18 ≠ gold 2022-11-17');
  });

  const optionalMay = goldFor({
    dates: [{ text: 'يوم 3 ماي', from: '2022-05-03', to: '2022-05-03', granularity: 'day', optional: true }],
  });

  it('neither miss an optional date nor count it as a false positive', () => {
    expect(score({}, optionalMay).dates).toMatchObject({ tp: 0, fn: 0, fp: 0 });
    expect(rates(score({}, optionalMay).dates)).toEqual([1, 1, 1]);
    const bothFound = score({ dates: [0, 1].map((nth) => date(spanOf(ARTICLE, '3 ماي', nth), '2022-05-03')) }, optionalMay);
    expect(bothFound.dates).toMatchObject({ tp: 0, fn: 0, fp: 0, unscored: 2 });
  });

  const twiceMay = goldFor({
    dates: [{ text: 'يوم 3 ماي', from: '2022-05-03', to: '2022-05-03', granularity: 'day', occurrences: 2 }],
  });

  it('count a date with occurrences n as n expected matches, each on its own occurrence', () => {
    const first = date(spanOf(ARTICLE, '3 ماي', 0), '2022-05-03');
    const second = date(spanOf(ARTICLE, '3 ماي', 1), '2022-05-03');
    expect(score({ dates: [first, second] }, twiceMay).dates).toMatchObject({ tp: 2, fn: 0, fp: 0 });
    const once = score({ dates: [first] }, twiceMay);
    expect(once.dates).toMatchObject({ tp: 1, fn: 1, fp: 0 });
    expect(once.misses.find((miss) => miss.type === 'date')?.reason).toMatch(/^1 of 2 occurrences found/);
    expect(score({ dates: [first, { ...first }] }, twiceMay).dates).toMatchObject({ tp: 1, fn: 1, fp: 1 });
  });

  it('leave a date on an ignored date text unscored', () => {
    const worldCupYear = date(spanOf(ARTICLE, '2022', 1), '2022-01-01', '2022-12-31');
    const result = score({ dates: [worldCupYear] });
    expect(result.dates).toMatchObject({ tp: 0, fp: 0, fn: 1, unscored: 1 });
    expect(result.falsePositives).toEqual([]);
  });

  it('still count a wrong date inside a gold date, even where an ignored text sits in it', () => {
    const result = score({ dates: [date(spanOf(ARTICLE, '2022', 0), '2022-01-01', '2022-12-31')] });
    expect(result.dates).toMatchObject({ tp: 0, fp: 1, fn: 1, unscored: 0 });
  });
});

describe('entities', () => {
  it('find gold entities through proclitics, لل read as ال, and normalisation', () => {
    const result = score({
      entities: [
        entity(spanOf(ARTICLE, 'بقطر'), 'LOC'),
        entity(spanOf(ARTICLE, 'للمديرية العامة'), 'ORG'),
        entity({ text: 'الدوحه', start: 0, end: 6 }, 'LOC'),
      ],
    });
    expect(result.entities).toMatchObject({ tp: 3, fn: 0, fp: 0, correct: 3 });
  });

  it('fold the hamza forms of alef', () => {
    const ireland = goldFor({ entities: [{ type: 'LOC', en: 'Ireland', forms: ['إيرلندا'] }] });
    for (const written of ['ايرلندا', 'أيرلندا', 'آيرلندا', 'إيرلندا']) {
      expect(score({ entities: [entity({ text: written, start: 0, end: written.length }, 'LOC')] }, ireland).entities.tp, written).toBe(1);
    }
  });

  it('count several mentions of one entity as one found entity', () => {
    const qatar = entity(spanOf(ARTICLE, 'بقطر'), 'LOC');
    const result = score({ entities: [qatar, { ...qatar, text: 'قطر', start: qatar.start + 1 }] });
    expect(result.entities).toMatchObject({ tp: 1, correct: 2, fp: 0, fn: 2 });
    expect(result.entities.precision).toBe(1);
  });

  it('do not match across types', () => {
    const gold = goldFor({ entities: [{ type: 'PERSON', en: 'Someone called Qatar', forms: ['قطر'] }] });
    const result = score({ entities: [entity(spanOf(ARTICLE, 'قطر'), 'LOC')] }, gold);
    expect(result.entities).toMatchObject({ tp: 0, fn: 1, fp: 1 });
    expect(result.falsePositives[0]?.reason).toBe('type LOC, gold has it as PERSON (Someone called Qatar)');
    expect(result.misses.find((miss) => miss.type === 'entity')?.reason).toBe('found only as LOC "قطر", gold type PERSON');
  });

  it('neither miss an optional entity nor count it as a false positive', () => {
    const gold = goldFor({ entities: [{ type: 'EVENT', en: '2022 FIFA World Cup', forms: ['مونديال 2022'], optional: true }] });
    expect(score({}, gold).entities).toMatchObject({ tp: 0, fn: 0, fp: 0 });
    const found = score({ entities: [entity(spanOf(ARTICLE, 'مونديال 2022'), 'EVENT')] }, gold);
    expect(found.entities).toMatchObject({ tp: 0, fn: 0, fp: 0, unscored: 1 });
    expect(rates(found.entities)).toEqual([1, 1, 1]);
  });

  it('count an entity that names no gold entry as a false positive', () => {
    const result = score({ entities: [entity(spanOf(ARTICLE, 'نونبر'), 'MISC')] });
    expect(result.entities).toMatchObject({ fp: 1, fn: 3 });
    expect(rates(result.entities)).toEqual([0, 0, 0]);
  });
});

describe('the README normalisation', () => {
  it('folds alef hamza, ta marbuta, alef maqsura, diacritics and tatweel', () => {
    expect(normaliseForScoring('إِلى آل أحمد مـصرَ المدينة')).toBe('الي ال احمد مصر المدينه');
  });

  it('reads the first word with and without its proclitics, never cutting a name to one letter', () => {
    expect(procliticReadings('وبالمغرب')).toEqual(['وبالمغرب', 'بالمغرب', 'المغرب']);
    expect(procliticReadings('وللمديريه العامه')).toEqual([
      'وللمديريه العامه',
      'للمديريه العامه',
      'لمديريه العامه',
      'المديريه العامه',
    ]);
    expect(procliticReadings('كل')).toEqual(['كل']);
    expect(procliticReadings('لبنان')).toContain('لبنان');
  });
});

describe('rates', () => {
  it('are 1 when nothing is expected and nothing extracted, and summed over articles', () => {
    const nothing = goldFor({ claims: [], dates: [], entities: [] });
    const empty = score({}, nothing);
    for (const type of ['claims', 'dates', 'entities'] as const) expect(rates(empty[type])).toEqual([1, 1, 1]);
    const half = score({ claims: rightClaims().slice(0, 1) });
    const corpus = scoreCorpus([half, score({ claims: rightClaims() })]);
    expect(corpus.claims).toMatchObject({ tp: 3, fn: 1, fp: 0, precision: 1, recall: 0.75 });
    expect(corpus.claims.f1).toBeCloseTo(6 / 7);
  });
});

describe('the span SPEC.md gives a name after لل', () => {
  it('reads "لمديرية" (the entity of "للمديرية", after its first ل) as "المديرية"', () => {
    expect(procliticReadings(normaliseForScoring('لمديرية العامة'))).toContain(normaliseForScoring('المديرية العامة'));
  });
});
