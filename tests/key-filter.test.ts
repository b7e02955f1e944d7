import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { KeyFilter } from '../src/_lib/key-filter.js';
import { extract } from '../src/index.js';
import type { GazetteerEntry } from '../src/schema/options.js';

describe('KeyFilter', () => {
  it('never says "absent" of a key it was given', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string({ unit: 'grapheme', maxLength: 12 }), { maxLength: 400 }), (keys) => {
        const filter = new KeyFilter(keys, keys.length);
        return keys.every((key) => filter.mightHave(key));
      }),
      { numRuns: 300 },
    );
  });

  it('lets through fewer than one absent key in ten', () => {
    const keys = Array.from({ length: 100_000 }, (_, i) => `اسم${i}`);
    const filter = new KeyFilter(keys, keys.length);
    let through = 0;
    for (let i = 0; i < 100_000; i++) if (filter.mightHave(`كلمة${i}`)) through++;
    expect(through / 100_000).toBeLessThan(0.1);
  });
});

describe('a gazetteer big enough to be filtered', () => {
  it('still finds the caller\'s names and the built-in ones', () => {
    const entries: GazetteerEntry[] = Array.from({ length: 15_000 }, (_, i) => ({ id: `test:${i}`, type: 'ORG', name: { ar: `مؤسسة رقم ${i}` } }));
    entries.push({ id: 'org:test-jisr', type: 'ORG', name: { ar: 'جمعية الجسر الثقافية' } });
    const { entities } = extract('وقالت جمعية الجسر الثقافية إن وفدا من قطر زار الرباط.', { gazetteer: entries });
    expect(entities.map((entity) => [entity.text, entity.id])).toEqual([
      ['جمعية الجسر الثقافية', 'org:test-jisr'],
      ['قطر', 'country:QA'],
      ['الرباط', 'city:ma-rabat'],
    ]);
  });
});
