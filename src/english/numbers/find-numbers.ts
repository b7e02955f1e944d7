import type { NumberMention } from '../../schema/number-mention.js';
import type { NumberWord } from './number-words.js';
import { numberWord } from './number-words.js';
import type { EnglishToken } from './tokens.js';
import { adjacent, glued } from './tokens.js';

/** An English number, with what the dates and claims stages need to know about it. */
export interface EnglishNumber extends NumberMention {
  readonly firstToken: number;
  readonly lastToken: number;
  /** a bare plural scale ("thousands", "tens of thousands"): the value is a lower bound */
  readonly atLeast: boolean;
  /** four digits alone, 1800-2100: probably a year */
  readonly yearLike: boolean;
  /** only words, no digits */
  readonly inWords: boolean;
  /** digits with an ordinal ending ("22nd") or a decade's "s" ("1990s"): never a quantity */
  readonly ordinal: boolean;
}

/** Glued letters that make a figure an ordinal or a decade. */
const ordinalEndings = new Set(['st', 'nd', 'rd', 'th', 's']);
/** Signs and codes next to which a glued "m" or "k" is a scale ("$3m", "€10k"). */
const currencySigns = new Set(['$', '€', '£', '¥', '₪']);

function digitsValue(text: string): number {
  return Number(text.replaceAll(',', ''));
}

function isCurrencyBefore(tokens: readonly EnglishToken[], at: number): boolean {
  const previous = tokens[at - 1];
  return previous !== undefined && (currencySigns.has(previous.text) || (previous.kind === 'word' && /^[A-Z]{2,3}$/.test(previous.text)));
}

function wordAt(tokens: readonly EnglishToken[], at: number): NumberWord | undefined {
  const token = tokens[at];
  return token?.kind === 'word' ? numberWord(token.key) : undefined;
}

interface Reading {
  value: number;
  last: number;
  atLeast: boolean;
}

/**
 * A figure and the scale after it: "6,000", "1.5 million", "2.5bn", "$3m" (m and k glued only
 * next to a currency), "22nd" (an ordinal).
 */
function readDigits(text: string, tokens: readonly EnglishToken[], at: number): Reading & { ordinal: boolean } {
  const value = digitsValue(tokens[at]!.text);
  const next = tokens[at + 1];
  if (next?.kind === 'word' && glued(tokens, at + 1)) {
    if (ordinalEndings.has(next.key)) return { value, last: at, atLeast: false, ordinal: true };
    const suffix = numberWord(next.key);
    const scaleLike = suffix?.role === 'suffix' || suffix?.role === 'scale';
    if (scaleLike && suffix && (!['m', 'k'].includes(next.key) || isCurrencyBefore(tokens, at))) return { value: value * suffix.value, last: at + 1, atLeast: false, ordinal: false };
    return { value, last: at, atLeast: false, ordinal: false };
  }
  const word = adjacent(text, tokens, at + 1) ? wordAt(tokens, at + 1) : undefined;
  if (word && (word.role === 'scale' || word.role === 'hundred')) {
    // "2 million 500 thousand" is rare in the press; one scale is read.
    return { value: value * word.value, last: at + 1, atLeast: false, ordinal: false };
  }
  return { value, last: at, atLeast: false, ordinal: false };
}

/** "of" between two parts of a plural-scale number: "tens of thousands", "hundreds of millions". */
function ofThen(text: string, tokens: readonly EnglishToken[], at: number, roles: readonly string[]): NumberWord | null {
  if (tokens[at]?.key !== 'of' || !adjacent(text, tokens, at) || !adjacent(text, tokens, at + 1)) return null;
  const word = wordAt(tokens, at + 1);
  return word && roles.includes(word.role) ? word : null;
}

/**
 * Number words: "six thousand", "twenty-five", "one hundred and twenty", "a million", "half a
 * million", "a dozen", and the plural scales "thousands", "tens of thousands", "dozens of".
 */
function readWords(text: string, tokens: readonly EnglishToken[], at: number): Reading | null {
  const first = wordAt(tokens, at);
  if (!first) return null;
  if (first.role === 'scale-many' || first.role === 'some') {
    const times = ofThen(text, tokens, at + 1, ['scale-many']);
    if (times) return { value: first.value * times.value, last: at + 2, atLeast: true };
    // "dozens", "tens", "scores" count only before "of": "scores 2 goals" is a verb.
    if (first.role === 'some' && tokens[at + 1]?.key !== 'of') return null;
    return { value: first.value, last: at, atLeast: true };
  }
  let total = 0;
  let current = 0;
  let last = -1;
  let pendingArticle = false;
  let half = false;
  let previousRole: string | null = null;
  for (let index = at; index < tokens.length; index++) {
    if (index > at && !adjacent(text, tokens, index)) {
      // "twenty-five": a hyphen glued on both sides joins a ten and a unit.
      const hyphen = tokens[index - 1];
      if (!(hyphen?.text === '-' && glued(tokens, index - 1) && glued(tokens, index))) break;
    }
    const token = tokens[index]!;
    if (token.text === '-') {
      if (previousRole === 'ten' && glued(tokens, index) && wordAt(tokens, index + 1)?.role === 'unit' && glued(tokens, index + 1)) continue;
      break;
    }
    // "one hundred and twenty": "and" only after a hundred or a scale, before a smaller number.
    if (token.key === 'and') {
      const after = wordAt(tokens, index + 1);
      if ((previousRole === 'hundred' || previousRole === 'scale') && after && ['unit', 'teen', 'ten'].includes(after.role) && adjacent(text, tokens, index + 1)) continue;
      break;
    }
    const word = wordAt(tokens, index);
    if (!word) break;
    const role = word.role;
    if (role === 'article') {
      if (index !== at && !half) break;
      pendingArticle = true;
      previousRole = role;
      continue;
    }
    if (role === 'half') {
      if (index !== at) break;
      half = true;
      previousRole = role;
      continue;
    }
    if (role === 'unit' || role === 'teen') {
      if (previousRole !== null && !['hundred', 'scale', 'ten'].includes(previousRole)) break;
      if (previousRole === 'ten' && (role === 'teen' || current % 10 !== 0)) break;
      current += word.value;
    } else if (role === 'ten') {
      if (previousRole !== null && !['hundred', 'scale'].includes(previousRole)) break;
      current += word.value;
    } else if (role === 'hundred') {
      if (previousRole !== null && !['unit', 'teen', 'article'].includes(previousRole) && !(previousRole === 'ten')) break;
      current = (current || 1) * 100;
    } else if (role === 'scale') {
      if (previousRole === 'scale') break;
      const times = half ? 0.5 : current || 1;
      total += times * word.value;
      current = 0;
    } else if (role === 'dozen') {
      if (previousRole !== null && !['unit', 'article'].includes(previousRole)) break;
      current = (current || 1) * 12;
    } else break;
    pendingArticle = false;
    previousRole = role;
    last = index;
  }
  if (last < 0 || pendingArticle && last < at) return null;
  // "a" and "half" alone are no number: "a" must open "a million", "half" must close "half a million".
  if (tokens[at]!.key === 'half' && wordAt(tokens, last)?.role !== 'scale') return null;
  return { value: total + current, last, atLeast: false };
}

/**
 * Every number of the passage, in text order: digits ("6,000", "1.5", "2022"), number words ("six
 * thousand", "twenty-five") and their mixes ("1.5 million"), plural scales ("thousands of").
 *
 * @example
 * // "about 1.5 million fans" → [{ text: '1.5 million', value: 1500000, … }]
 */
export function findEnglishNumbers(text: string, tokens: readonly EnglishToken[]): EnglishNumber[] {
  const numbers: EnglishNumber[] = [];
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    let reading: (Reading & { ordinal?: boolean }) | null = null;
    if (token.kind === 'number') reading = readDigits(text, tokens, at);
    else if (token.kind === 'word') reading = readWords(text, tokens, at);
    if (!reading || !Number.isFinite(reading.value)) continue;
    const start = token.start;
    const end = tokens[reading.last]!.end;
    numbers.push({
      text: text.slice(start, end),
      start,
      end,
      value: reading.value,
      firstToken: at,
      lastToken: reading.last,
      atLeast: reading.atLeast,
      yearLike: token.kind === 'number' && reading.last === at && /^\d{4}$/.test(token.text) && reading.value >= 1800 && reading.value <= 2100,
      inWords: token.kind === 'word',
      ordinal: reading.ordinal === true,
    });
    at = reading.last;
  }
  return numbers;
}
