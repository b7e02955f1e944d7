import type { EnglishMatch } from '../numbers/phrases.js';
import type { EnglishToken } from '../numbers/tokens.js';
import { adjacent, glued } from '../numbers/tokens.js';
import { numberWord } from '../numbers/number-words.js';
import { reasonsOf } from './exclusions.js';
import { isPluralNoun } from './plural-noun.js';
import type { CountedNoun, EnglishClaimVocabulary } from './vocabulary.js';

export interface FoundSubject {
  readonly first: number;
  readonly last: number;
  readonly noun: CountedNoun | null;
}

/** What the words after a number say about it. */
export type Follower = { kind: 'subject'; subject: FoundSubject } | { kind: 'not-counted' } | { kind: 'nothing' };

/** Adjectives and nouns a counted noun may carry before it: "16 Arab countries", "40 heavily armed men". */
const modifierReach = 3;
/** Determiners after a partitive "of": "1.5 million of the fans", "50% of its population". */
const partitiveDeterminers = new Set(['the', 'its', 'their', 'his', 'her', 'our', 'these', 'those', 'this', 'that', 'all', 'whom', 'which']);

/** Tokens from `at` on that may still belong to one noun phrase: words, and hyphens inside a word. */
function inPhrase(text: string, tokens: readonly EnglishToken[], at: number, first: number): boolean {
  const token = tokens[at];
  if (!token) return false;
  if (at !== first && !adjacent(text, tokens, at) && !(glued(tokens, at) && tokens[at - 1]?.text === '-')) return false;
  if (token.text === '-') return glued(tokens, at) && tokens[at + 1]?.kind === 'word' && glued(tokens, at + 1);
  return token.kind === 'word';
}

/** A word that may stand before a counted noun: not a function word, a time word, a unit or a number word. */
function isModifier(vocabulary: EnglishClaimVocabulary, tokens: readonly EnglishToken[], at: number): boolean {
  const token = tokens[at]!;
  if (token.text === '-') return true;
  const reasons = reasonsOf(vocabulary, token);
  return (
    !reasons.has('function') && !reasons.has('time') && numberWord(token.key) === undefined && !vocabulary.units.matchAt(tokens, at) && !vocabulary.cuesAfter.matchAt(tokens, at)
  );
}

/**
 * The counted noun phrase from token `at`: up to three modifiers, then a head of the counted-noun
 * table (the longest: "police officers" before "police"); a head right after another head is the
 * real one ("police cars"), unless it is a participle ("people killed"). When the table knows no
 * head and the construction says something is counted (`unknownAllowed`), a word compromise reads
 * as a plural noun is the head, without gloss.
 */
export function followerAt(text: string, tokens: readonly EnglishToken[], at: number, unknownAllowed: boolean, vocabulary: EnglishClaimVocabulary): Follower {
  const token = tokens[at];
  if (!token || token.kind !== 'word') return { kind: 'nothing' };
  if (reasonsOf(vocabulary, token).has('time')) return { kind: 'not-counted' };
  for (let position = at; position <= at + modifierReach && inPhrase(text, tokens, position, at); position++) {
    const head: EnglishMatch<CountedNoun> | null = vocabulary.nouns.matchAt(tokens, position);
    if (head) {
      const after = head.last + 1;
      const compound = inPhrase(text, tokens, after, at) ? vocabulary.nouns.matchAt(tokens, after) : null;
      const better = compound && !tokens[compound.last]!.key.endsWith('ed') ? compound : head;
      return { kind: 'subject', subject: { first: at, last: better.last, noun: better.entry } };
    }
    if (!isModifier(vocabulary, tokens, position)) break;
  }
  if (!unknownAllowed) return { kind: 'nothing' };
  // compromise reads the words in their phrase (the number, the words and a few after them); the
  // first plural noun within reach is the head: "4,000 counterfeit handbags".
  const window = tokens.slice(Math.max(0, at - 2), at + modifierReach + 2);
  const phrase = text.slice(window[0]!.start, window[window.length - 1]!.end);
  for (let position = at; position <= at + modifierReach && inPhrase(text, tokens, position, at); position++) {
    const word = tokens[position]!;
    if (!isModifier(vocabulary, tokens, position)) break;
    if (word.kind === 'word' && isPluralNoun(phrase, word.text)) return { kind: 'subject', subject: { first: at, last: position, noun: null } };
  }
  return { kind: 'nothing' };
}

/** After "of": an optional determiner, then the counted noun phrase. */
export function partitiveAt(text: string, tokens: readonly EnglishToken[], of: number, vocabulary: EnglishClaimVocabulary): FoundSubject | null {
  if (tokens[of]?.key !== 'of' || !adjacent(text, tokens, of) || !adjacent(text, tokens, of + 1)) return null;
  const determiner = partitiveDeterminers.has(tokens[of + 1]?.key ?? '') && adjacent(text, tokens, of + 2) ? of + 2 : of + 1;
  const follower = followerAt(text, tokens, determiner, true, vocabulary);
  return follower.kind === 'subject' ? follower.subject : null;
}
