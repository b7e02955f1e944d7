import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extract, KhabarError } from '../src/index.js';
import { fixturesDir, seedArticles } from './helpers/fixtures.js';

function entitiesOf(text: string, options?: Parameters<typeof extract>[1]) {
  return extract(text, options).entities.map(({ text: span, type, id, form }) => ({ text: span, type, id, form }));
}

describe('the gazetteer through proclitics', () => {
  it.each([
    ['وصل الوفد بقطر', 'قطر'],
    ['ووقع اتفاقا والمغرب', 'المغرب'],
    ['زيارة للأردن', 'لأردن'], // after لل the span starts at the article's own ل (SPEC.md)
    ['وفي فرنسا وبالجزائر', 'فرنسا'],
  ])('%s → %s', (text, name) => {
    expect(entitiesOf(text).map((entity) => entity.text)).toContain(name);
  });

  it('starts the span of "للمديرية العامة للأمن الوطني" after the first ل, as SPEC.md says', () => {
    const text = 'بلاغ للمديرية العامة للأمن الوطني';
    const [entity] = extract(text).entities;
    expect(entity).toMatchObject({ text: 'لمديرية العامة للأمن الوطني', type: 'ORG', id: 'org:ma-dgsn' });
    expect(text.slice(entity!.start, entity!.end)).toBe(entity!.text);
  });
});

describe('demonyms and aliases', () => {
  it('links a demonym to its country', () => {
    expect(entitiesOf('أكدت السلطات القطرية')).toEqual([{ text: 'القطرية', type: 'LOC', id: 'country:QA', form: 'demonym' }]);
  });

  it('reads a country alias as the country', () => {
    expect(entitiesOf('العلاقات مع المملكة المغربية')).toEqual([{ text: 'المملكة المغربية', type: 'LOC', id: 'country:MA', form: 'alias' }]);
  });

  it('names a person again by the family name, later in the text', () => {
    const found = entitiesOf('التقى السيد عبد الواحد أولاد ملود بالوفد. وقال أولاد ملود إن التعاون مستمر');
    expect(found.filter((entity) => entity.type === 'PERSON')).toEqual([
      { text: 'عبد الواحد أولاد ملود', type: 'PERSON', id: 'person:عبد-الواحد-اولاد-ملود', form: 'name' },
      { text: 'أولاد ملود', type: 'PERSON', id: 'person:عبد-الواحد-اولاد-ملود', form: 'alias' },
    ]);
  });

  it('does not read a family name as the person before the full name is given', () => {
    const found = entitiesOf('وقال ملود إن السيد عبد الواحد أولاد ملود وصل');
    expect(found.filter((entity) => entity.form === 'alias')).toEqual([]);
  });
});

describe('overlaps', () => {
  it('takes the longest name', () => {
    expect(entitiesOf('وفد من الولايات المتحدة الأمريكية')).toEqual([
      { text: 'الولايات المتحدة الأمريكية', type: 'LOC', id: 'country:US', form: 'alias' },
    ]);
  });

  it('keeps a two-word country whole', () => {
    expect(entitiesOf('وصل وفد البوسنة والهرسك').map((entity) => entity.text)).toEqual(['البوسنة والهرسك']);
  });

  it('tells an event edition by its year, and tags its host city on its own', () => {
    expect(entitiesOf('استعدادات أولمبياد باريس 2024 وكأس العالم 2026')).toEqual([
      { text: 'أولمبياد باريس 2024', type: 'EVENT', id: 'event:olympic-games-2024', form: 'alias' },
      { text: 'باريس', type: 'LOC', id: 'city:fr-paris', form: 'name' },
      { text: 'كأس العالم 2026', type: 'EVENT', id: 'event:fifa-world-cup-2026', form: 'name' },
    ]);
  });
});

describe('ambiguous names', () => {
  it('reads مالي as Mali in a list of countries', () => {
    expect(entitiesOf('بمشاركة السودان ومالي وفرنسا').map((entity) => entity.id)).toEqual(['country:SD', 'country:ML', 'country:FR']);
  });

  it('reads مالي as Mali after a preposition of place', () => {
    expect(entitiesOf('انتشرت القوات في مالي').map((entity) => entity.id)).toEqual(['country:ML']);
  });

  it('leaves مالي alone when it means financial', () => {
    expect(entitiesOf('قدمت الحكومة دعم مالي للأسر')).toEqual([]);
  });

  it('leaves الصعيد alone in "على الصعيد الدولي"', () => {
    expect(entitiesOf('على الصعيد الدولي')).toEqual([]);
  });
});

describe('people by pattern', () => {
  it.each([
    ['استقبل السيد عبد اللطيف حموشي الوفد', 'عبد اللطيف حموشي'],
    ['وصرح سعد بن جاسم الخليفي للصحافة', 'سعد بن جاسم الخليفي'],
    ['وقال مولاي احمد الجعفري إن', 'مولاي احمد الجعفري'],
    ['وأوضح محمد الطيار، خبير الدراسات الأمنية، أن', 'محمد الطيار'],
  ])('%s → %s', (text, name) => {
    expect(entitiesOf(text).filter((entity) => entity.type === 'PERSON').map((entity) => entity.text)).toEqual([name]);
  });

  it('keeps the title out of the name', () => {
    expect(entitiesOf('وهنأ الملك محمد السادس المنتخب').filter((entity) => entity.type === 'PERSON').map((entity) => entity.text)).toEqual(['محمد السادس']);
  });

  it('does not take a role for a person', () => {
    expect(entitiesOf('وقال المدير العام لمراقبة التراب الوطني').filter((entity) => entity.type === 'PERSON')).toEqual([]);
  });
});

describe('a caller\'s gazetteer', () => {
  const gazetteer = [
    { id: 'org:naqash21', type: 'ORG' as const, subtype: 'media', name: { ar: 'نقاش 21', en: 'Naqash 21' }, aliases: ['موقع نقاش'] },
    { id: 'place:my-qatar', type: 'LOC' as const, name: { ar: 'قطر' } },
  ];

  it('adds entries, and its entries win over the built-in ones', () => {
    const found = entitiesOf('نشر موقع نقاش خبرا عن قطر', { gazetteer });
    expect(found).toEqual([
      { text: 'موقع نقاش', type: 'ORG', id: 'org:naqash21', form: 'alias' },
      { text: 'قطر', type: 'LOC', id: 'place:my-qatar', form: 'name' },
    ]);
  });

  it('refuses a malformed entry, naming the entry and the field', () => {
    try {
      extract('نص', { gazetteer: [gazetteer[0]!, { id: '', type: 'LOC', name: { ar: 'س' } }] } as never);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(KhabarError);
      expect((error as KhabarError).path).toEqual(['options', 'gazetteer', 1, 'id']);
      expect((error as Error).message).toContain('options.gazetteer.1.id');
    }
  });
});

describe('entities in the seed articles', () => {
  for (const article of seedArticles()) {
    it(`${article.name}: every entity span is exact, in text order, and every country carries its ISO id`, () => {
      let previous = 0;
      for (const entity of extract(article.text, { referenceDate: article.referenceDate }).entities) {
        expect(article.text.slice(entity.start, entity.end)).toBe(entity.text);
        expect(entity.start).toBeGreaterThanOrEqual(previous);
        previous = entity.start;
        if (entity.subtype === 'country') expect(entity.id).toMatch(/^country:[A-Z]{2}$/);
      }
    });
  }
});

interface EntityCases {
  cases: { sentence: string; entities: { text: string; type: string; id: string; form: string }[]; todo?: string }[];
}

const corpus = JSON.parse(readFileSync(join(fixturesDir, 'entities/cases.json'), 'utf8')) as EntityCases;

describe('entities in our own sentences', () => {
  const check = ({ sentence, entities }: EntityCases['cases'][number]) => {
    expect(entitiesOf(sentence)).toEqual(entities);
  };
  for (const example of corpus.cases) {
    // A known gap is kept as data with the reason it fails; the test says when it starts to pass.
    if (example.todo) it.fails(`${example.sentence} (known gap: ${example.todo})`, () => check(example));
    else it(example.sentence, () => check(example));
  }
});
