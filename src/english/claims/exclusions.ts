import type { EnglishNumber } from '../numbers/find-numbers.js';
import type { EnglishToken } from '../numbers/tokens.js';
import { adjacent, glued } from '../numbers/tokens.js';
import type { EnglishClaimVocabulary, NotCountedReason } from './vocabulary.js';

/** Marks between two figures that make them a time, a date, a score or a range ("10:30", "2-1", "24-26"). */
const joiners = new Set([':', '/', '-', '–', '.']);
/** Words before a year that make it a modifier of what follows ("the 2022 elections", "its 2030 plan"). */
const determiners = new Set(['the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'a', 'an']);

export function reasonsOf(vocabulary: EnglishClaimVocabulary, token: EnglishToken | undefined): ReadonlySet<NotCountedReason> {
  return (token && vocabulary.notCounted.get(token.key)) || new Set();
}

/** The reference word right before a figure: "page 5", "Resolution 2334", "No. 3", "aged 25". */
function afterReference(text: string, tokens: readonly EnglishToken[], at: number, vocabulary: EnglishClaimVocabulary): boolean {
  const previous = tokens[at - 1];
  if (!previous || !adjacent(text, tokens, at)) return false;
  if (previous.kind === 'word') return reasonsOf(vocabulary, previous).has('reference');
  // "No. 3", "p. 12": the abbreviation with its full stop.
  const word = tokens[at - 2];
  return previous.text === '.' && word !== undefined && glued(tokens, at - 1) && vocabulary.notCounted.get(`${word.key}.`)?.has('reference') === true;
}

/**
 * A capitalised word right before a figure makes it part of a name: "Qatar 2022", "World Cup
 * 2022", "Resolution 2334", "Boeing 737" — but not at the start of a sentence, not a cue
 * ("About 300"), a currency code ("QAR 5 million") or a possessive ("Morocco's 6,000 officers").
 */
function afterName(text: string, tokens: readonly EnglishToken[], at: number, vocabulary: EnglishClaimVocabulary, opensAmount: boolean): boolean {
  const previous = tokens[at - 1];
  if (!previous || previous.kind !== 'word' || !previous.capitalised || previous.opensSentence || opensAmount) return false;
  if (!adjacent(text, tokens, at) && !glued(tokens, at)) return false;
  if (/'s$|s'$/.test(previous.key)) return false;
  if (vocabulary.cuesBefore.matchEndingAt(tokens, at - 1)) return false;
  return true;
}

/**
 * A number that names, dates or ranks something rather than counts it: ordinals, "G20",
 * "COVID-19", "25-year-old", times, scores, phone numbers, references, names, and years used as
 * such ("in 2022", "the 2022 elections", "2022 World Cup").
 */
export function isExcluded(text: string, tokens: readonly EnglishToken[], number: EnglishNumber, vocabulary: EnglishClaimVocabulary, opensAmount: boolean, unitAfter: boolean): boolean {
  if (number.ordinal) return true;
  if (number.inWords && number.value <= 1) return true; // "one of the", "a half"
  const at = number.firstToken;
  const first = tokens[at]!;
  const previous = tokens[at - 1];
  const beforePrevious = tokens[at - 2];
  const next = tokens[number.lastToken + 1];
  const afterNext = tokens[number.lastToken + 2];
  if (first.kind === 'number') {
    // "G20", "A380": letters glued before the figure (a currency code such as "Dh300" opens an amount).
    if (previous && glued(tokens, at) && previous.kind === 'word' && !opensAmount) return true;
    // "COVID-19", "MH-17": a hyphen between a word and the figure.
    if (previous?.text === '-' && glued(tokens, at) && glued(tokens, at - 1) && beforePrevious?.kind === 'word') return true;
    // "5G", "10am", "4x4": letters glued after the figure that are no unit.
    if (next && glued(tokens, number.lastToken + 1) && next.kind === 'word' && !unitAfter) return true;
    // Phone numbers: "+212 …", or a long figure starting with 0.
    if (previous?.text === '+' || /^0\d{6,}$/.test(first.text)) return true;
    // "10:30", "20/11", "2-1", "24-26".
    if (previous && joiners.has(previous.text) && glued(tokens, at) && glued(tokens, at - 1) && beforePrevious?.kind === 'number') return true;
    if (next && joiners.has(next.text) && glued(tokens, number.lastToken + 1) && afterNext?.kind === 'number' && glued(tokens, number.lastToken + 2)) return true;
  }
  // "25-year-old", "a 3-day visit", "a 10-member delegation": a figure hyphened to a word is an adjective.
  if (next && (next.text === '-' || next.text === '–') && glued(tokens, number.lastToken + 1) && afterNext?.kind === 'word' && glued(tokens, number.lastToken + 2)) return true;
  if (afterReference(text, tokens, at, vocabulary)) return true;
  if (afterName(text, tokens, at, vocabulary, opensAmount)) return true;
  if (number.yearLike) {
    if (previous && adjacent(text, tokens, at) && (reasonsOf(vocabulary, previous).has('year') || determiners.has(previous.key) || /'s$/.test(previous.key))) return true;
    if (next?.kind === 'word' && next.capitalised && adjacent(text, tokens, number.lastToken + 1)) return true;
  }
  return false;
}
