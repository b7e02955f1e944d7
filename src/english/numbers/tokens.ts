/**
 * The English passage as tokens: words, figures, symbols and punctuation, each with its absolute
 * span, its lowercase key and the sentence it is in. Numbers, dates and claims all read these.
 */

export type EnglishTokenKind = 'word' | 'number' | 'symbol' | 'punct';

export interface EnglishToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: EnglishTokenKind;
  /** lowercase, with the typographic apostrophe folded to ' */
  readonly key: string;
  /** the word starts with a capital letter */
  readonly capitalised: boolean;
  /** which sentence of the passage it is in */
  readonly sentence: number;
  /** the first token of its sentence */
  readonly opensSentence: boolean;
}

/**
 * Figures: "6,000" (groups of three after a comma, so "1,5" is two numbers), "1.5"; words with
 * inner apostrophes ("Morocco's", "o'clock"); any other character on its own. A hyphen is its own
 * token, so "twenty-five", "COVID-19" and "25-year-old" are read piece by piece.
 */
const tokenPattern = /\d+(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*|[^\s]/gu;
const symbols = /^[\p{S}%]$/u;
/** Words whose full stop does not end a sentence: titles, month and reference abbreviations. */
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'gen', 'col', 'lt', 'sgt', 'capt', 'gov', 'sen', 'rep', 'no', 'nos', 'art', 'vol', 'p', 'pp', 'fig',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'approx', 'est', 'inc', 'ltd', 'co', 'corp', 'vs', 'etc', 'e', 'g', 'i', 'a', 'm', 'u', 's', 'k', 'c',
]);

function isSentenceEnd(tokens: readonly { text: string; kind: EnglishTokenKind; end: number; start: number }[], at: number): boolean {
  const token = tokens[at]!;
  if (token.text === '!' || token.text === '?') return true;
  if (token.text !== '.') return false;
  const previous = tokens[at - 1];
  if (previous && previous.end === token.start && previous.kind === 'word' && abbreviations.has(previous.text.toLowerCase())) return false;
  const next = tokens[at + 1];
  // "1.5" is one token already; a full stop before a lowercase word or a figure ends nothing.
  if (next && next.kind === 'word' && /^\p{Ll}/u.test(next.text)) return false;
  return true;
}

/** The tokens of text.slice(start, end), with absolute offsets. */
export function tokeniseEnglish(text: string, start: number, end: number): EnglishToken[] {
  const raw: { text: string; start: number; end: number; kind: EnglishTokenKind }[] = [];
  const passage = text.slice(start, end);
  tokenPattern.lastIndex = 0;
  for (let match = tokenPattern.exec(passage); match; match = tokenPattern.exec(passage)) {
    const piece = match[0];
    const kind: EnglishTokenKind = /^\d/.test(piece) ? 'number' : /^[\p{L}\p{M}]/u.test(piece) ? 'word' : symbols.test(piece) ? 'symbol' : 'punct';
    raw.push({ text: piece, start: start + match.index, end: start + match.index + piece.length, kind });
  }
  const tokens: EnglishToken[] = [];
  let sentence = 0;
  let opens = true;
  for (const [index, token] of raw.entries()) {
    const previous = raw[index - 1];
    const lineBreak = previous ? text.indexOf('\n', previous.end) : -1;
    if (previous && lineBreak !== -1 && lineBreak < token.start) {
      if (!opens) sentence++;
      opens = true;
    }
    tokens.push({
      ...token,
      key: token.text.toLowerCase().replaceAll('’', "'"),
      capitalised: /^\p{Lu}/u.test(token.text),
      sentence,
      opensSentence: opens,
    });
    opens = false;
    if (isSentenceEnd(raw, index)) {
      sentence++;
      opens = true;
    }
  }
  return tokens;
}

/** Nothing but spaces between two tokens: no punctuation, no line break. */
export function adjacent(text: string, tokens: readonly EnglishToken[], at: number): boolean {
  const token = tokens[at];
  const previous = tokens[at - 1];
  return token !== undefined && previous !== undefined && token.sentence === previous.sentence && !/\S|\n/.test(text.slice(previous.end, token.start));
}

/** Written together, with no space at all ("G20", "22nd", "2.5bn"). */
export function glued(tokens: readonly EnglishToken[], at: number): boolean {
  const token = tokens[at];
  const previous = tokens[at - 1];
  return token !== undefined && previous !== undefined && previous.end === token.start;
}
