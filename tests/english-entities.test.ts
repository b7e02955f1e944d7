import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { english, findEnglishEntities } from '../src/en.js';
import { gazetteerEntries } from '../src/generated/gazetteer.js';
import { EntitySchema, extract } from '../src/index.js';

interface Expected {
  text: string;
  type: string;
  id: string | null;
  form?: string;
}
interface Case {
  text: string;
  entities: Expected[];
  absent?: string[];
}

const root = join(import.meta.dirname, '..');
const { cases } = JSON.parse(readFileSync(join(root, 'fixtures/english/entities.json'), 'utf8')) as { cases: Case[] };
const listedIds = new Set(gazetteerEntries.map(([id]) => id));

describe('English entities (fixtures/english/entities.json)', () => {
  it('has at least 25 sentences, negatives among them', () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
    expect(cases.filter((each) => each.entities.length === 0).length).toBeGreaterThanOrEqual(3);
  });

  for (const { text, entities: expected, absent = [] } of cases) {
    it(text, () => {
      const found = findEnglishEntities(text, 0, text.length);
      for (const entity of found) {
        expect(EntitySchema.safeParse(entity).success).toBe(true);
        expect(text.slice(entity.start, entity.end)).toBe(entity.text);
      }
      expect(found.map((entity) => ({ text: entity.text, type: entity.type }))).toEqual(expected.map(({ text: name, type }) => ({ text: name, type })));
      expected.forEach((want, at) => {
        const got = found[at]!;
        if (want.id === null) {
          // No entry lists the name: the id is made from it, and is no gazetteer id.
          expect(listedIds.has(got.id)).toBe(false);
          expect(got.id).toMatch(/^[a-z]+:en:[a-z0-9'-]+$/);
          expect(got.name.en).toBeDefined();
        } else {
          expect(got.id).toBe(want.id);
          expect(got.name.ar).toBeDefined();
        }
        if (want.form) expect(got.form).toBe(want.form);
      });
      for (const word of absent) expect(found.map((entity) => entity.text.toLowerCase())).not.toContain(word.toLowerCase());
    });
  }
});

describe('English names join Arabic ones', () => {
  it('"Qatar" and "قطر", "Abdellatif Hammouchi" and "عبد اللطيف حموشي" get the same ids', () => {
    const text = 'استقبل عبد اللطيف حموشي وفدا من قطر.\nAbdellatif Hammouchi welcomed a delegation from Qatar.';
    const { entities } = extract(text, { languages: [english] });
    const ids = (script: RegExp) => entities.filter((entity) => script.test(entity.text)).map((entity) => entity.id).sort();
    expect(ids(/\p{Script=Arabic}/u)).toEqual(['country:QA', 'person:abdellatif-hammouchi']);
    expect(ids(/\p{Script=Latin}/u)).toEqual(['country:QA', 'person:abdellatif-hammouchi']);
  });

  it('an event\'s edition: "كأس العالم 2022" and "the 2022 World Cup" are both event:fifa-world-cup-2022', () => {
    const text = 'انطلقت كأس العالم 2022 في الدوحة.\nTicket sales for the 2022 World Cup broke records.';
    const events = extract(text, { languages: [english] }).entities.filter((entity) => entity.type === 'EVENT');
    expect(events.map((entity) => [entity.text, entity.id])).toEqual([
      ['كأس العالم 2022', 'event:fifa-world-cup-2022'],
      ['2022 World Cup', 'event:fifa-world-cup-2022'],
    ]);
  });

  it('links the English name of a caller\'s gazetteer entry to its id', () => {
    const gazetteer = [{ id: 'org:khabar-news', type: 'ORG' as const, name: { ar: 'أخبار خبر', en: 'Khabar News' } }];
    const text = 'Khabar News reported the figures first.';
    const { entities } = extract(text, { languages: [english], gazetteer });
    expect(entities).toContainEqual(expect.objectContaining({ text: 'Khabar News', id: 'org:khabar-news', name: { ar: 'أخبار خبر', en: 'Khabar News' } }));
  });

  it('leaves "the" and a possessive out of the span', () => {
    const text = "The United Nations' envoy and Morocco's minister met.";
    const spans = findEnglishEntities(text, 0, text.length).map((entity) => entity.text);
    expect(spans).toEqual(['United Nations', 'Morocco']);
  });

  it('reads only its passage and gives spans in the whole text', () => {
    const text = 'قال المتحدث: Qatar and Morocco signed. وانتهى';
    const start = text.indexOf('Qatar');
    const end = text.indexOf('signed.') + 'signed.'.length;
    const found = findEnglishEntities(text, start, end);
    expect(found.map((entity) => [entity.text, entity.start])).toEqual([
      ['Qatar', start],
      ['Morocco', text.indexOf('Morocco')],
    ]);
  });
});

describe('the English entity tables', () => {
  it('every id in data/english/*.tsv is a gazetteer id', () => {
    for (const file of ['entities-aliases.tsv', 'demonyms.tsv']) {
      const rows = readFileSync(join(root, 'data/english', file), 'utf8').split('\n').filter((line) => line && !line.startsWith('#') && !line.startsWith('id\t'));
      for (const row of rows) expect(listedIds.has(row.split('\t')[0]!), `${file}: ${row}`).toBe(true);
    }
  });
});
