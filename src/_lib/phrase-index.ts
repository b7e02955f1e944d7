import { normaliseKey } from '../normalise/index.js';
import type { Token } from '../schema/token.js';
import { tokenise } from '../tokenise/index.js';

/** A phrase found in the tokens: its entry and the tokens it covers. */
export interface PhraseMatch<T> {
  readonly entry: T;
  readonly first: number;
  readonly last: number;
  /** the first token matched through its stem, so the proclitics lie outside the phrase */
  readonly throughStem: boolean;
}

/** The keys a token may be matched by: as written, then without its proclitics. */
export type TokenKeys = (token: Token, position: 'first' | 'inner') => readonly string[];

/** The normalised stem of a token: proclitics off, article kept ("بالمغرب" → "المغرب"). */
export function stemKey(token: Token): string {
  return token.prefixes.length === 0 ? token.normal : normaliseKey(token.stem);
}

/** As written and, for the first token, without its proclitics. */
export const writtenOrStem: TokenKeys = (token, position) =>
  position === 'first' && token.prefixes.length > 0 ? [token.normal, stemKey(token)] : [token.normal];

/**
 * Multi-word phrases (cues, units, nouns) looked up at a token position, longest first. Phrases
 * are tokenised by the same tokeniser as the text, so "د.م" or "في المائة" match however the text
 * spaces or spells them; lookups cost the same whatever the number of phrases.
 */
export class PhraseIndex<T> {
  readonly #byFirstKey = new Map<string, { keys: readonly string[]; entry: T }[]>();
  #longest = 0;

  add(phrase: string, entry: T): void {
    const keys = tokenise(phrase).map((token) => token.normal);
    const [first] = keys;
    if (first === undefined) return;
    const bucket = this.#byFirstKey.get(first) ?? [];
    bucket.push({ keys, entry });
    bucket.sort((a, b) => b.keys.length - a.keys.length);
    this.#byFirstKey.set(first, bucket);
    this.#longest = Math.max(this.#longest, keys.length);
  }

  /**
   * The longest phrase that starts at token `at` (of exactly `length` tokens when given), or null.
   * `keysOf` says how a token may match.
   */
  matchAt(tokens: readonly Token[], at: number, keysOf: TokenKeys = writtenOrStem, length?: number): PhraseMatch<T> | null {
    const head = tokens[at];
    if (!head) return null;
    const headKeys = keysOf(head, 'first');
    for (const [index, headKey] of headKeys.entries()) {
      for (const candidate of this.#byFirstKey.get(headKey) ?? []) {
        if (length !== undefined && candidate.keys.length !== length) continue;
        if (this.#restMatches(tokens, at, candidate.keys, keysOf)) {
          return { entry: candidate.entry, first: at, last: at + candidate.keys.length - 1, throughStem: index > 0 && headKey !== head.normal };
        }
      }
    }
    return null;
  }

  /** The longest phrase that ends at token `at` (for cues written before a number), or null. */
  matchEndingAt(tokens: readonly Token[], at: number, keysOf: TokenKeys = writtenOrStem): PhraseMatch<T> | null {
    for (let length = Math.min(this.#longest, at + 1); length >= 1; length--) {
      const match = this.matchAt(tokens, at - length + 1, keysOf, length);
      if (match) return match;
    }
    return null;
  }

  #restMatches(tokens: readonly Token[], at: number, keys: readonly string[], keysOf: TokenKeys): boolean {
    for (let offset = 1; offset < keys.length; offset++) {
      const token = tokens[at + offset];
      if (!token || !keysOf(token, 'inner').includes(keys[offset] ?? '')) return false;
    }
    return true;
  }
}
