import { franc } from 'franc-min';
import type { Language, Script } from '../schema/language.js';

/** Letters needed before any language is named: franc's own default minimum. */
export const minimumLetters = 10;
/** franc reads a few kilobytes in well under a millisecond but runs at only ~5 MB/s: never give it more. */
const sampleLength = 2048;
/** A script needs this share of the letters to name the text's script alone. */
const dominantShare = 0.8;

/**
 * Languages franc may answer with, by script. Arabic-script text is Arabic unless it has letters of
 * Persian or Urdu; franc decides between those only then, because its trigrams read some
 * Levantine and Maghrebi Arabic as Persian.
 */
export const latinLanguages = ['eng', 'fra', 'spa', 'deu', 'ita', 'por', 'nld', 'tur', 'ind', 'swh', 'hau', 'ron', 'pol'];
export const arabicScriptLanguages = ['arb', 'pes', 'urd'];
/** پ چ ژ گ ک ی ے ٹ ڈ ڑ ں ھ ۃ: letters Persian and Urdu need and Arabic does not use. */
export const persianOrUrduLetter = /[\u067e\u0686\u0698\u06af\u06a9\u06cc\u06d2\u0679\u0688\u0691\u06ba\u06be\u06c3]/u;

interface LetterCounts {
  arabic: number;
  latin: number;
  other: number;
}

const otherLetter = /\p{L}/u;

function countLetters(text: string): LetterCounts {
  const counts: LetterCounts = { arabic: 0, latin: 0, other: 0 };
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7)) {
      counts.latin++;
    } else if ((code >= 0x0620 && code <= 0x064a) || (code >= 0x066e && code <= 0x06d3) || code === 0x06d5 || (code >= 0x0750 && code <= 0x077f) || (code >= 0x08a0 && code <= 0x08c9) || (code >= 0xfb50 && code <= 0xfdff) || (code >= 0xfe70 && code <= 0xfefc)) {
      counts.arabic++;
    } else if (code > 0x7f && otherLetter.test(text[i] ?? '')) {
      counts.other++;
    }
  }
  return counts;
}

function scriptOf(counts: LetterCounts, total: number): Script {
  if (counts.arabic >= dominantShare * total) return 'arabic';
  if (counts.latin >= dominantShare * total) return 'latin';
  if (counts.other >= dominantShare * total) return 'other';
  return 'mixed';
}

/** Up to `sampleLength` characters from the start, middle and end, so one long quote cannot decide. */
export function sample(text: string): string {
  if (text.length <= sampleLength) return text;
  const third = Math.floor(sampleLength / 3);
  const middle = Math.floor(text.length / 2);
  return `${text.slice(0, third)} ${text.slice(middle - third / 2, middle + third / 2)} ${text.slice(-third)}`;
}

/**
 * The language of a text (ISO 639-3, as franc names it; "und" when there is too little to tell) and
 * the script its letters are written in.
 *
 * @example
 * detectLanguage('جرى افتتاح مركز التعاون الشرطي الدولي بمدينة لخوية') // { code: 'arb', script: 'arabic' }
 */
export function detectLanguage(text: string): Language {
  const counts = countLetters(text);
  const total = counts.arabic + counts.latin + counts.other;
  if (total === 0) return { code: 'und', script: 'other' };
  const script = scriptOf(counts, total);
  if (total < minimumLetters) return { code: 'und', script };
  const mostlyArabic = counts.arabic >= counts.latin && counts.arabic >= counts.other;
  const mostlyLatin = !mostlyArabic && counts.latin >= counts.other;
  const excerpt = sample(text);
  if (mostlyArabic) {
    if (!persianOrUrduLetter.test(excerpt)) return { code: 'arb', script };
    return { code: franc(excerpt, { only: arabicScriptLanguages, minLength: minimumLetters }), script };
  }
  if (mostlyLatin) return { code: franc(excerpt, { only: latinLanguages, minLength: minimumLetters }), script };
  return { code: franc(excerpt, { minLength: minimumLetters }), script };
}
