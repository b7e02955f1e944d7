/**
 * Character classes of the normalised text. The normaliser has already folded digits to ASCII,
 * spaces to ' ', Latin to lower case and removed diacritics and tatweel, so these tests only need
 * to know the letters that survive it.
 */

/** An Arabic-script letter (hamza included; diacritics are gone by now). */
export function isArabicLetter(code: number): boolean {
  return (
    (code >= 0x0621 && code <= 0x063a) ||
    (code >= 0x0641 && code <= 0x064a) ||
    (code >= 0x066e && code <= 0x066f) ||
    (code >= 0x0671 && code <= 0x06d3) ||
    code === 0x06d5 ||
    (code >= 0x06ee && code <= 0x06ef) ||
    (code >= 0x06fa && code <= 0x06fc) ||
    code === 0x06ff ||
    (code >= 0x0750 && code <= 0x077f) ||
    (code >= 0x08a0 && code <= 0x08c9)
  );
}

export function isDigit(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/** A letter of the Latin script (ASCII and the Latin-1/Extended blocks). */
export function isLatinLetter(code: number): boolean {
  return (
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0x41 && code <= 0x5a) ||
    (code >= 0xc0 && code <= 0x24f && code !== 0xd7 && code !== 0xf7) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

/** Spaces and line breaks that separate tokens. */
export function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** A line break: it ends a sentence. */
export function isLineBreak(code: number): boolean {
  return code === 0x0a || code === 0x0d || code === 0x85 || code === 0x2028 || code === 0x2029;
}

/** Marks that end a sentence: . ! ? ؟ and the Arabic semicolon ؛, the ellipsis, the Urdu full stop. */
export function isSentenceFinal(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x061f || code === 0x061b || code === 0x2026 || code === 0x06d4;
}

/** Quotes and brackets that close: they stay with the sentence they close. */
export function isCloser(code: number): boolean {
  return (
    code === 0x29 || code === 0x5d || code === 0x7d || code === 0xbb || code === 0x201d || code === 0x2019 ||
    code === 0x22 || code === 0x27 || code === 0x203a || code === 0xfd3f
  );
}

const letterPattern = /^\p{L}$/u;
const markPattern = /^\p{M}$/u;
const punctuationPattern = /^\p{P}$/u;

/** Any other letter (Cyrillic, Greek, Hebrew, CJK…); only asked of characters outside the ranges above. */
export function isOtherLetter(char: string): boolean {
  return letterPattern.test(char);
}

export function isMark(char: string): boolean {
  return markPattern.test(char);
}

export function isPunctuation(char: string): boolean {
  return punctuationPattern.test(char);
}
