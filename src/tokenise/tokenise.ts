import type { NormalisedText } from '../normalise/index.js';
import { normalise, normaliseKey } from '../normalise/index.js';
import type { Proclitic, Token, TokenKind } from '../schema/token.js';
import {
  isArabicLetter,
  isDigit,
  isLatinLetter,
  isMark,
  isOtherLetter,
  isPunctuation,
  isSentenceFinal,
  isSpace,
} from './char-class.js';
import { numberProclitics, splitProclitics } from './proclitics.js';

// Bounded on purpose: each is tried only where a token starts, so a bound keeps the whole scan linear.
const urlPattern = /(?:https?:\/\/|www\.)[^\s<>"«»“”]+/y;
const emailPattern = /[a-z0-9._%+-]{1,64}@[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8}/y;
const handlePattern = /@[a-z0-9_]{1,50}/y;
const hashtagPattern = /#[\p{L}\p{N}_]+/uy;
/** Punctuation a URL does not end with. */
const urlTrailing = new Set([...'.,;:!?)]}\'"،؛؟']);

/** The end of a URL without the punctuation after it; a loop, as a `[…]+$` regex is quadratic on "….x". */
function trimUrl(text: string, start: number, end: number): number {
  let last = end;
  while (last > start && urlTrailing.has(text[last - 1] ?? '')) last--;
  return last;
}

const percent = 0x25;
const space = 0x20;

/**
 * A token found in the normalised text: its kind, its normalised span, and the proclitics split off
 * its front (`stemAt` is where the stem starts, in normalised units).
 */
interface RawToken {
  kind: TokenKind;
  start: number;
  end: number;
  prefixes: readonly Proclitic[];
  stemAt: number;
  restoreArticle: boolean;
  /** the normalised text of the token, when reading it already cut it out */
  normal?: string;
}

function codeAt(text: string, index: number): number {
  return index < text.length ? text.charCodeAt(index) : -1;
}

/** The end of the number starting at `start`: digits, their separators, and a percent sign. */
function scanNumber(text: string, start: number): number {
  let end = start;
  while (isDigit(codeAt(text, end))) end++;
  const firstGroup = end - start;
  let spaceGrouped = false;
  for (;;) {
    const code = codeAt(text, end);
    if ((code === 0x2e || code === 0x2c) && isDigit(codeAt(text, end + 1))) {
      // 6,000 · 1.5 · 1,5 · 17.11.2022: which reading applies is for the numbers stage to decide.
      end += 2;
      while (isDigit(codeAt(text, end))) end++;
      continue;
    }
    // "6 000": a space between groups of three, the French and Maghrebi habit.
    if (
      code === space &&
      (spaceGrouped || (firstGroup >= 1 && firstGroup <= 3 && end - start === firstGroup)) &&
      isDigit(codeAt(text, end + 1)) &&
      isDigit(codeAt(text, end + 2)) &&
      isDigit(codeAt(text, end + 3)) &&
      !isDigit(codeAt(text, end + 4))
    ) {
      spaceGrouped = true;
      end += 4;
      continue;
    }
    break;
  }
  if (codeAt(text, end) === percent) return end + 1;
  if (codeAt(text, end) === space && codeAt(text, end + 1) === percent) return end + 2;
  return end;
}

function scanWhile(text: string, start: number, test: (code: number) => boolean): number {
  let end = start;
  while (end < text.length && test(text.charCodeAt(end))) end++;
  return end;
}

/** Latin words keep inner apostrophes and hyphens ("don't", "Al-Thani") and combining marks. */
function scanLatin(text: string, start: number): number {
  let end = start;
  for (;;) {
    end = scanWhile(text, end, (code) => isLatinLetter(code) || (code >= 0x300 && code <= 0x36f));
    const code = codeAt(text, end);
    if ((code === 0x27 || code === 0x2019 || code === 0x2d) && isLatinLetter(codeAt(text, end + 1))) {
      end++;
      continue;
    }
    return end;
  }
}

/** The code point at `index` as a string, surrogate pairs kept whole. */
function codePointAt(text: string, index: number): string {
  const code = text.codePointAt(index) ?? 0;
  return String.fromCodePoint(code);
}

function tryPattern(pattern: RegExp, text: string, start: number): number {
  pattern.lastIndex = start;
  const match = pattern.exec(text);
  return match ? start + match[0].length : -1;
}

function raw(kind: TokenKind, start: number, end: number): RawToken {
  return { kind, start, end, prefixes: [], stemAt: start, restoreArticle: false };
}

/** The next token at or after `start` in the normalised text, or null at the end. */
function nextToken(text: string, from: number): RawToken | null {
  let start = from;
  while (start < text.length) {
    const code = text.charCodeAt(start);
    if (isSpace(code)) {
      start++;
      continue;
    }
    if (code === 0x68 || code === 0x77) {
      const end = tryPattern(urlPattern, text, start);
      if (end > 0) return raw('url', start, trimUrl(text, start, end));
    }
    if (code === 0x40) {
      const end = tryPattern(handlePattern, text, start);
      if (end > 0) return raw('handle', start, end);
    }
    if (code === 0x23) {
      const end = tryPattern(hashtagPattern, text, start);
      if (end > 0) return raw('hashtag', start, end);
    }
    if (isLatinLetter(code) || isDigit(code)) {
      const end = tryPattern(emailPattern, text, start);
      if (end > 0 && !isLatinLetter(codeAt(text, end)) && !isDigit(codeAt(text, end))) return raw('email', start, end);
    }
    if (isDigit(code)) return raw('number', start, scanNumber(text, start));
    if (isArabicLetter(code)) {
      const end = scanWhile(text, start, isArabicLetter);
      if (isDigit(codeAt(text, end))) {
        // Letters glued to a number: "لـ600", "الـ21", "و18" — proclitics of the number.
        const prefixes = numberProclitics(text.slice(start, end));
        if (prefixes) return { kind: 'number', start, end: scanNumber(text, end), prefixes, stemAt: end, restoreArticle: false };
      }
      const normal = text.slice(start, end);
      const split = splitProclitics(normal);
      return { kind: 'word', start, end, prefixes: split.prefixes, stemAt: start + split.length, restoreArticle: split.restoreArticle, normal };
    }
    if (isLatinLetter(code)) return raw('latin', start, scanLatin(text, start));
    if (isSentenceFinal(code)) {
      // "..", "؟!" and "…" read as one mark.
      return raw('punct', start, scanWhile(text, start, isSentenceFinal));
    }
    if (code >= 0xd800 && code <= 0xdfff) {
      const char = codePointAt(text, start);
      if (char.length === 1 || code >= 0xdc00) {
        start++; // a lone surrogate is not a character: nothing to tokenise
        continue;
      }
      return raw(isOtherLetter(char) ? 'other' : 'symbol', start, start + 2);
    }
    if (code < 0x20 || code === 0x7f) {
      start++; // control characters carry no text
      continue;
    }
    const char = text[start] ?? '';
    if (isOtherLetter(char)) {
      return raw('other', start, scanWhile(text, start + 1, (c) => {
        const next = String.fromCharCode(c);
        return isOtherLetter(next) || isMark(next);
      }));
    }
    return raw(isPunctuation(char) ? 'punct' : 'symbol', start, start + 1);
  }
  return null;
}

/**
 * The readable stem: the input's own characters from the stem's start, without the characters the
 * normaliser drops (diacritics, tatweel, invisible marks), the article restored where the spelling
 * dropped it.
 */
function readableStem(input: string, stemStart: number, end: number, restoreArticle: boolean, normalLength: number): string {
  let stem = restoreArticle ? 'ا' : '';
  // Nothing was dropped when the input and its normalised view have the same length: the common case.
  if (end - stemStart === normalLength) return stem + input.slice(stemStart, end);
  for (let i = stemStart; i < end; i++) {
    const unit = input[i] ?? '';
    if (normaliseKey(unit) !== '') stem += unit;
  }
  return stem;
}

/**
 * Splits a text into tokens — words, numbers, punctuation, symbols, Latin words, URLs, e-mail
 * addresses, handles and hashtags — each with its exact span in `input`, its normalised form, and
 * the proclitics split off its front.
 *
 * @example
 * tokenise('وبقطر لـ600 هجمة').map((t) => [t.text, t.prefixes, t.stem])
 * // [['وبقطر', ['و', 'ب'], 'قطر'], ['لـ600', ['ل'], '600'], ['هجمة', [], 'هجمة']]
 */
export function tokenise(input: string, view: NormalisedText = normalise(input)): Token[] {
  const tokens: Token[] = [];
  const { text, offsets } = view;
  let position = 0;
  for (let token = nextToken(text, position); token; token = nextToken(text, position)) {
    position = token.end;
    const start = offsets[token.start] ?? 0;
    const end = offsets[token.end] ?? input.length;
    if (end <= start) continue; // only possible inside one expanded character
    const stemStart = offsets[token.stemAt] ?? start;
    tokens.push({
      text: input.slice(start, end),
      start,
      end,
      kind: token.kind,
      normal: token.normal ?? text.slice(token.start, token.end),
      // A copy: the split's own list is shared by every word with the same proclitics.
      prefixes: token.prefixes.length === 0 ? [] : token.prefixes.slice(),
      stem: readableStem(input, stemStart, end, token.restoreArticle, token.end - token.stemAt),
      stemStart,
    });
  }
  return tokens;
}
