import { hasLineBreak } from '../_lib/adjacency.js';
import { remembered } from '../_lib/remember.js';
import { normaliseKey } from '../normalise/index.js';
import type { NumberMention } from '../schema/number-mention.js';
import type { Token } from '../schema/token.js';
import type { Composition, NumberPart } from './compose.js';
import { composedValue, composeNext, emptyComposition } from './compose.js';
import type { NumberWord } from './number-words.js';
import { numberWordReadings } from './number-words.js';
import { parseDigits } from './parse-digits.js';

/** A number found in the text, with what the later stages need to know about it. */
export interface FoundNumber extends NumberMention {
  /** index of its first and last token */
  readonly firstToken: number;
  readonly lastToken: number;
  /** a bare plural scale ("آلاف", "عشرات الآلاف"): the value is a lower bound */
  readonly atLeast: boolean;
  /** the percent sign written with it ("50٪", "50 %"), outside the number's own span */
  readonly percentSign: { readonly start: number; readonly end: number } | null;
  /** digits alone, four of them, 1800-2100: probably a year */
  readonly yearLike: boolean;
  /** the article on a figure ("الـ21"): an ordinal or a day, not a quantity */
  readonly definite: boolean;
  /** only words, no digits */
  readonly inWords: boolean;
}

/** Proclitics a number word may carry, longest first; what follows them must be a number word. */
const wordProclitics = ['وب', 'ول', 'وك', 'فب', 'فل', 'و', 'ف', 'ب', 'ل', 'ك'];
const article = 'ال';

interface WordReading {
  readings: readonly NumberWord[];
  /** normalised letters before the number word */
  prefixLength: number;
  /** does that prefix include the conjunction و (or ف)? */
  joined: boolean;
  article: boolean;
}

const prefixesToTry = ['', ...wordProclitics];
/**
 * Reads a word token as a number word, through its proclitics and article. Most words are not
 * number words, and each costs a dozen probes to rule out: each word's answer is worked out once.
 */
const readWord = remembered(readWordAfresh);

function readWordAfresh(key: string): WordReading | null {
  for (const prefix of prefixesToTry) {
    if (!key.startsWith(prefix)) continue;
    const rest = key.slice(prefix.length);
    const joined = prefix.startsWith('و') || prefix.startsWith('ف');
    const bare = numberWordReadings(rest);
    if (bare.length > 0) return { readings: bare, prefixLength: prefix.length, joined, article: false };
    if (rest.startsWith(article)) {
      const defined = numberWordReadings(rest.slice(article.length));
      if (defined.length > 0) return { readings: defined, prefixLength: prefix.length, joined, article: true };
    }
  }
  return null;
}

/** Moves `count` normalised letters into the token, skipping what the normaliser drops. */
function advance(input: string, start: number, count: number): number {
  let at = start;
  for (let seen = 0; seen < count && at < input.length; at++) if (normaliseKey(input[at] ?? '') !== '') seen++;
  while (at < input.length && normaliseKey(input[at] ?? '') === '') at++;
  return at;
}

/** One token read as a piece of a number: its readings and where the number part starts. */
interface TokenPiece {
  readings: readonly NumberPart[];
  start: number;
  percent: boolean;
  definite: boolean;
  digits: boolean;
}

function pieceOf(input: string, token: Token): TokenPiece | null {
  if (token.kind === 'number') {
    const digits = parseDigits(normaliseKey(token.stem));
    if (!digits) return null;
    const joined = token.prefixes.includes('و') || token.prefixes.includes('ف');
    return {
      readings: [{ role: 'digits', value: digits.value, joined, article: false }],
      start: token.stemStart,
      percent: digits.percent,
      definite: token.prefixes.includes('ال'),
      digits: true,
    };
  }
  if (token.kind !== 'word') return null;
  const word = readWord(token.normal);
  if (!word) return null;
  return {
    readings: word.readings.map((reading) => ({ role: reading.role, value: reading.value, joined: word.joined, article: word.article })),
    start: word.prefixLength === 0 ? token.start : advance(input, token.start, word.prefixLength),
    percent: false,
    definite: false,
    digits: false,
  };
}

interface Expression {
  first: number;
  last: number;
  value: number;
  atLeast: boolean;
}

/** The longest number expression that starts at token `first`, or null. */
function longestFrom(input: string, pieces: readonly (TokenPiece | null)[], tokens: readonly Token[], first: number): Expression | null {
  let state: Composition = emptyComposition;
  let best: Expression | null = null;
  for (let i = first; i < pieces.length; i++) {
    const piece = pieces[i];
    if (!piece) break;
    // A percent sign or a line break ends a number.
    if (i > first && (pieces[i - 1]?.percent || hasLineBreak(input, tokens[i - 1]!.end, tokens[i]!.start))) break;
    let next: Composition | null = null;
    for (const reading of piece.readings) {
      next = composeNext(state, reading, i === first);
      if (next) break;
    }
    if (!next) break;
    state = next;
    const value = composedValue(state);
    if (value !== null) best = { first, last: i, value, atLeast: state.atLeast };
  }
  return best;
}

const yearDigits = /^\d{4}$/;

function isYearLike(token: Token): boolean {
  const digits = normaliseKey(token.stem);
  if (!yearDigits.test(digits)) return false;
  const year = Number(digits);
  return year >= 1800 && year <= 2100;
}

/**
 * Every numeric expression in the tokens: figures in any script ("٢٠٢٢", "1.5", "6,000"), number
 * words ("ستة آلاف", "مليون ونصف") and their mixes ("1.5 مليون"), a figure repeated in words right
 * after its digits ("6000 ست الاف") read as one number. Spans leave out proclitics ("لـ600" → "600").
 *
 * @example
 * findNumbers(text, tokenise(text)) // for "حوالي 1.5 مليون من المشجعين": [{ text: '1.5 مليون', value: 1500000, … }]
 */
export function findNumbers(input: string, tokens: readonly Token[]): FoundNumber[] {
  const pieces = tokens.map((token) => pieceOf(input, token));
  const found: FoundNumber[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const expression = longestFrom(input, pieces, tokens, i);
    if (!expression) continue;
    const piece = pieces[i]!;
    const head = tokens[i]!;
    let { last } = expression;
    let spelledOut: NumberMention['spelledOut'];
    const onlyDigits = piece.digits && last === i;
    // "6000 ست الاف": the same figure in words right after its digits is one number with two readings.
    if (onlyDigits && !piece.percent && pieces[i + 1] && !pieces[i + 1]!.digits) {
      const words = longestFrom(input, pieces, tokens, i + 1);
      const agrees = words !== null && words.value === expression.value;
      if (words && (agrees || !isYearLike(head)) && !words.atLeast) {
        last = words.last;
        spelledOut = { value: words.value, agrees };
      }
    }
    const start = piece.start;
    const lastToken = tokens[last]!;
    // The sign is a unit, not part of the quantity: "50 ٪" is the number "50" and the sign "٪".
    const signAt = pieces[last]?.percent ? Math.max(lastToken.text.lastIndexOf('%'), lastToken.text.lastIndexOf('٪')) : -1;
    const percentSign = signAt < 0 ? null : { start: lastToken.start + signAt, end: lastToken.end };
    const end = signAt < 0 ? lastToken.end : lastToken.start + lastToken.text.slice(0, signAt).trimEnd().length;
    found.push({
      text: input.slice(start, end),
      start,
      end,
      value: expression.value,
      ...(spelledOut ? { spelledOut } : {}),
      firstToken: i,
      lastToken: last,
      atLeast: expression.atLeast,
      percentSign,
      yearLike: onlyDigits && isYearLike(head),
      definite: piece.definite,
      inWords: !pieces.slice(i, last + 1).some((p) => p?.digits),
    });
    i = last;
  }
  return found;
}
