import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FOLD_TABLE, FOLDS } from '../src/normalise/fold-table.js';
import { normalise, normaliseKey, originalSpan } from '../src/normalise/index.js';
import type { NormalisedText } from '../src/normalise/index.js';

/** input → expected key; every table doubles as documentation of its fold. */
type Cases = readonly (readonly [input: string, key: string])[];

const FOLD_CASES: Readonly<Record<string, Cases>> = {
  diacritics: [
    ['أَمْنٌ', 'امن'],
    ['الحُكُومَةُ', 'الحكومه'],
    ['اِنْتِخَابَاتٍ', 'انتخابات'],
    ['شَدَّدَ', 'شدد'],
    ['هٰذا', 'هذا'], // superscript alef
    ['الرَّحْمَٰنِ', 'الرحمن'],
    ['عَلِيمٌۢ', 'عليم'], // U+06E2 small high meem
    ['محمدؐ', 'محمد'], // U+0610 honorific sign
    ['قرأۜ', 'قرا'], // U+06DC small high seen
    ['كتابࣰ', 'كتاب'], // U+08F0 open fathatan (extended Arabic)
    // must not change: spacing signs, standalone hamza, non-Arabic combining marks
    ['سماء', 'سماء'],
    ['۝١٢', '۝12'], // end of ayah stays (U+06DD)
    ['۞', '۞'],
    ['ۥ', 'ۥ'], // small waw is a spacing letter, not a mark
    ['cafe\u0301', 'cafe\u0301'],
  ],
  tatweel: [
    ['قطـــر', 'قطر'],
    ['لـ600', 'ل600'],
    ['بـ"فيفا"', 'ب"فيفا"'],
    ['ـــ', ''],
    // must not change: dashes that look similar
    ['2020-2022', '2020-2022'],
    ['الدوحة — رويترز', 'الدوحه — رويترز'],
  ],
  alef: [
    ['أحمد', 'احمد'],
    ['إعلان', 'اعلان'],
    ['آلاف', 'الاف'],
    ['ٱلْقُدْس', 'القدس'],
    ['ٲ ٳ', 'ا ا'],
    // must not change
    ['الانتخابات', 'الانتخابات'],
    ['ء', 'ء'],
  ],
  'alef maqsura': [
    ['مُسْتَشْفَى', 'مستشفي'],
    ['على', 'علي'],
    ['مصطفى', 'مصطفي'],
    // must not change
    ['في', 'في'],
  ],
  'teh marbuta': [
    ['المديرية', 'المديريه'],
    ['وزارة الصحة', 'وزاره الصحه'],
    ['ۃ', 'ه'], // teh marbuta goal
    // must not change: heh and teh
    ['وجه', 'وجه'],
    ['بيت', 'بيت'],
  ],
  'hamza carriers': [
    ['مسؤول', 'مسوول'],
    ['رئيس', 'رييس'],
    ['مؤتمر', 'موتمر'],
    ['ۀ ۂ ۓ', 'ه ه ے'], // precomposed letter + hamza, folded like their decomposed spelling
    // must not change: standalone hamza
    ['جزء', 'جزء'],
    ['شيء', 'شيء'],
    ['هيئة', 'هييه'],
  ],
  'persian letters': [
    ['رئیس', 'رييس'], // Farsi yeh
    ['کابل', 'كابل'], // keheh
    ['ہ', 'ه'], // heh goal
    ['ە', 'ه'],
    // must not change: Persian letters without an Arabic counterpart
    ['گوگل', 'گوگل'],
    ['پاکستان', 'پاكستان'],
    ['چ ژ', 'چ ژ'],
  ],
  digits: [
    ['٢٠٢٢', '2022'],
    ['۱۴۰۲', '1402'],
    ['١٠ آلاف', '10 الاف'],
    ['٠١٢٣٤٥٦٧٨٩', '0123456789'],
    ['۰۱۲۳۴۵۶۷۸۹', '0123456789'],
    // must not change
    ['2022', '2022'],
    ['① ²', '① ²'],
  ],
  'number signs': [
    ['١٫٥', '1.5'],
    ['٦٬٠٠٠', '6,000'],
    ['50٪', '50%'],
    ['٪٢٥', '%25'],
    // must not change: per mille and Arabic punctuation
    ['٣؉', '3؉'],
    ['قال، ثم؛ لماذا؟', 'قال، ثم؛ لماذا؟'],
  ],
  invisible: [
    ['قطر\u200F', 'قطر'],
    ['\u202Bالدوحة\u202C', 'الدوحه'],
    ['\uFEFFخبر', 'خبر'],
    ['مستش\u00ADفى', 'مستشفي'],
    ['\u2066+974\u2069', '+974'],
    ['\u061C٥٠\u200E', '50'],
    ['عبد\u200Cالله', 'عبدالله'],
    ['لا\u200Dعب\u2060ون', 'لاعبون'],
    ['\u202A\u202D\u202E\u2067\u2068', ''],
    ['عاجل\u200Bالآن', 'عاجل الان'], // zero-width space marks a word break
  ],
  spaces: [
    ['50\u00A0ألف', '50 الف'],
    ['10\u202Fكم', '10 كم'],
    ['\u2000\u2003\u2009\u200A\u205F\u3000\u1680', '       '],
    ['سطر\u2028سطر\u2029\u0085', 'سطر\nسطر\n\n'],
    // must not change: ASCII whitespace
    ['أ\tب', 'ا\tب'],
    ['سطر\r\nسطر', 'سطر\r\nسطر'],
  ],
  'presentation forms': [
    ['ﻗﻄﺮ', 'قطر'],
    ['ﺍﻟﺪﻭﺣﺔ', 'الدوحه'],
    ['ﻻ', 'لا'],
    ['ﻷ', 'لا'], // NFKC gives لأ, then the alef fold
    ['ﷲ', 'الله'],
    ['ﷺ', 'صلي الله عليه وسلم'],
    ['﷼', 'ريال'], // NFKC gives Farsi yeh, then the Persian-letter fold
    ['ﹰ', ' '], // spacing fathatan: NFKC gives space + mark
    ['ﹱ', ''], // tatweel with fathatan: nothing left
    // must not change: forms with no decomposition
    ['﷽', '﷽'],
    ['﴾١﴿', '﴾1﴿'],
  ],
  'latin case': [
    ['AFP', 'afp'],
    ['COVID-19', 'covid-19'],
    ['ÉLYSÉE', 'élysée'],
    ['ΣΟΦΙΑ', 'σοφια'],
    ['МОСКВА', 'москва'],
    // must not change: a capital whose lower case is two characters, punctuation
    ['İSTANBUL', 'İstanbul'],
    ['"(!?.,;:)"', '"(!?.,;:)"'],
  ],
  fullwidth: [
    ['ＣＮＮ', 'cnn'],
    ['２０２２', '2022'],
    ['ｂｂｃ', 'bbc'],
    // must not change: fullwidth punctuation
    ['！', '！'],
  ],
  'everything else': [
    ['😀 🇶🇦', '😀 🇶🇦'],
    ['שלום 北京', 'שלום 北京'],
    ['\u0000\u0007\u001B', '\u0000\u0007\u001B'],
    ['\uD800x\uDC00', '\uD800x\uDC00'], // lone surrogates
  ],
};

describe.each(Object.entries(FOLD_CASES))('%s', (_fold, cases) => {
  it.each(cases)('%j → %j', (input, key) => {
    expect(normaliseKey(input)).toBe(key);
    expect(normalise(input).text).toBe(key);
  });
});

describe('the fold table', () => {
  it('gives every code unit to at most one fold', () => {
    const owners = new Map<number, number>();
    FOLDS.forEach((fold, index) => {
      const codes =
        'chars' in fold
          ? Object.keys(fold.chars).map((char) => char.charCodeAt(0))
          : fold.ranges.flatMap(([first, last]) => Array.from({ length: last - first + 1 }, (_, k) => first + k));
      for (const code of codes) {
        expect(owners.get(code), `U+${code.toString(16)}`).toBeUndefined();
        owners.set(code, index);
      }
    });
  });

  it('lists single characters as keys', () => {
    for (const fold of FOLDS) {
      if ('chars' in fold) for (const char of Object.keys(fold.chars)) expect(char).toHaveLength(1);
    }
  });

  it('is idempotent on every UTF-16 code unit (no unfinished chains)', () => {
    for (let code = 0; code <= 0xffff; code++) {
      const key = normaliseKey(String.fromCharCode(code));
      expect(normaliseKey(key), `U+${code.toString(16)}`).toBe(key);
    }
  });

  it('folds a precomposed Arabic letter like its canonical decomposition', () => {
    for (const [first, last] of [[0x0600, 0x06ff], [0x0750, 0x077f], [0x0870, 0x08ff]] as const) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code);
        expect(normaliseKey(char.normalize('NFD')), `U+${code.toString(16)}`).toBe(normaliseKey(char));
      }
    }
  });

  it('folds a presentation form like its NFKC letters', () => {
    for (const [first, last] of [[0xfb50, 0xfdff], [0xfe70, 0xfefe]] as const) {
      for (let code = first; code <= last; code++) {
        const char = String.fromCharCode(code);
        expect(normaliseKey(char), `U+${code.toString(16)}`).toBe(normaliseKey(char.normalize('NFKC')));
      }
    }
  });

  it('stores only real expansions as expansions', () => {
    for (const expansion of FOLD_TABLE.expansions.values()) expect(expansion.length).toBeGreaterThan(1);
  });
});

/** The input text that normalised span [start, end) comes from. */
function source(input: string, view: NormalisedText, start: number, end: number): string {
  const span = originalSpan(view, start, end);
  return input.slice(span.start, span.end);
}

describe('the offset map', () => {
  it('maps a digit after tatweel back to its own index', () => {
    const view = normalise('لـ600');
    expect(view.text).toBe('ل600');
    expect(view.offsets[view.text.indexOf('6')]).toBe(2);
    expect(Array.from(view.offsets)).toEqual([0, 2, 3, 4, 5]);
  });

  it('keeps trailing diacritics inside their letter’s span', () => {
    const input = 'بِقَطَرَ';
    const view = normalise(input);
    expect(view.text).toBe('بقطر');
    expect(source(input, view, 1, 4)).toBe('قَطَرَ');
    expect(source(input, view, 0, 1)).toBe('بِ');
    expect(originalSpan(view, 1, 4)).toEqual({ start: 2, end: 8 });
  });

  it('gives a whole word back with its vowels and tatweel', () => {
    const input = 'أعلن مُسْتَشْفَى قطـــر';
    const view = normalise(input);
    const start = view.text.indexOf('مستشفي');
    expect(source(input, view, start, start + 'مستشفي'.length)).toBe('مُسْتَشْفَى');
    const qatar = view.text.indexOf('قطر');
    expect(source(input, view, qatar, qatar + 3)).toBe('قطـــر');
  });

  it('puts characters removed at the very start into the first kept character', () => {
    const input = '\u200F\u064Eقطر';
    const view = normalise(input);
    expect(view.text).toBe('قطر');
    expect(view.offsets[0]).toBe(0);
    expect(source(input, view, 0, 1)).toBe('\u200F\u064Eق');
  });

  it('never splits an emoji', () => {
    const input = '😀قطر';
    const view = normalise(input);
    expect(view.text).toBe(input);
    expect(Array.from(view.offsets)).toEqual([0, 0, 2, 3, 4, 5]);
    expect(source(input, view, 0, 2)).toBe('😀');
    expect(source(input, view, 2, 5)).toBe('قطر');
    expect(source(input, view, 1, 3)).toBe('😀ق'); // starting inside the pair takes all of it
  });

  it('maps every character of an expansion to the ligature’s start', () => {
    const input = 'ﻻ بد';
    const view = normalise(input);
    expect(view.text).toBe('لا بد');
    expect(Array.from(view.offsets)).toEqual([0, 0, 1, 2, 3, 4]);
    expect(source(input, view, 0, 2)).toBe('ﻻ');
    expect(source(input, view, 1, 2)).toBe('ﻻ'); // starting inside widens to the ligature
    expect(source(input, view, 0, 1)).toBe(''); // ending inside leaves it out
  });

  it('handles texts that normalise to nothing', () => {
    expect(Array.from(normalise('').offsets)).toEqual([0]);
    const view = normalise('\u200Fـً');
    expect(view.text).toBe('');
    expect(Array.from(view.offsets)).toEqual([3]);
    expect(originalSpan(view, 0, 0)).toEqual({ start: 3, end: 3 });
  });

  it('clamps indices outside the normalised text', () => {
    const view = normalise('أَمْنٌ');
    expect(originalSpan(view, -5, 99)).toEqual({ start: 0, end: 6 });
    expect(originalSpan(view, Number.NaN, 1)).toEqual({ start: 0, end: 2 });
    expect(originalSpan(view, 2, 1)).toEqual({ start: 4, end: 4 });
  });

  it('returns the input itself when nothing changes', () => {
    const input = 'الدوحه 2022';
    expect(normaliseKey(input)).toBe(input);
    expect(normalise(input).text).toBe(input);
  });
});

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** The offset-map invariants every result must satisfy. */
function checkOffsets(input: string, view: NormalisedText): void {
  const { text, offsets } = view;
  expect(offsets.length).toBe(text.length + 1);
  expect(offsets[text.length]).toBe(input.length);
  if (text.length > 0) expect(offsets[0]).toBe(0);
  for (let i = 1; i < offsets.length; i++) expect(offsets[i]!).toBeGreaterThanOrEqual(offsets[i - 1]!);
  for (const offset of offsets) {
    // no offset lands between the halves of a valid surrogate pair
    expect(isHigh(input.charCodeAt(offset - 1)) && isLow(input.charCodeAt(offset))).toBe(false);
  }
}

/** Normalised indices that are not inside an expansion or a surrogate pair. */
function boundaries(view: NormalisedText): number[] {
  const result = [0];
  for (let i = 1; i < view.text.length; i++) if (view.offsets[i] !== view.offsets[i - 1]) result.push(i);
  if (view.text.length > 0) result.push(view.text.length);
  return result;
}

const NEWS_PIECES = [
  ...'ابتثجحخدذرسشصضطظعغفقكلمنهوي',
  ...'أإآٱءؤئىة',
  ...'ًٌٍَُِّْٰ',
  'ـ',
  ...'٠١٢٣٤٥٦٧٨٩۱۲',
  '٫',
  '٬',
  '٪',
  '\u200F',
  '\u200C',
  '\u200B',
  '\u00A0',
  '\uFEFF',
  'ﻻ',
  'ﷺ',
  'ﻗ',
  'ی',
  ' ',
  '\n',
  '.',
  '،',
  'A',
  'z',
  '😀',
  '\uD83D',
  '\uDE00',
];

const ARBITRARIES: readonly (readonly [string, fc.Arbitrary<string>])[] = [
  ['binary strings', fc.string({ unit: 'binary', maxLength: 40 })],
  ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 30 })],
  ['any code units, lone surrogates included', fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 40 })],
  ['news-like Arabic', fc.string({ unit: fc.constantFrom(...NEWS_PIECES), maxLength: 50 })],
];

describe.each(ARBITRARIES)('properties on %s', (_name, arbitrary) => {
  it('builds a well-formed offset map', () => {
    fc.assert(fc.property(arbitrary, (input) => checkOffsets(input, normalise(input))));
  });

  it('gives the same text as normaliseKey, and is idempotent', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const key = normaliseKey(input);
        expect(normalise(input).text).toBe(key);
        expect(normaliseKey(key)).toBe(key);
      }),
    );
  });

  it('maps every span between boundaries to input that normalises to that span', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const view = normalise(input);
        const cuts = boundaries(view);
        for (const start of cuts) {
          for (const end of cuts) {
            if (end < start) continue;
            expect(normaliseKey(source(input, view, start, end))).toBe(view.text.slice(start, end));
          }
        }
      }),
    );
  });
});

describe('large input', () => {
  it('normalises a 1 MB text', () => {
    const paragraph = 'قالت وِزارةُ الصحّة إنّ ٦٬٠٠٠ شخصٍ أُصيبوا في ٢٠٢٢ — ﻻ\u200F تعليق 😀 (AFP)\n';
    const input = paragraph.repeat(Math.ceil(1_000_000 / paragraph.length));
    const view = normalise(input);
    expect(view.offsets.length).toBe(view.text.length + 1);
    expect(view.offsets[view.text.length]).toBe(input.length);
    expect(normaliseKey(input)).toBe(view.text);
  });
});
