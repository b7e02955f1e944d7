import { normaliseKey } from '../normalise/index.js';
import { remembered } from './remember.js';
import type { Token } from '../schema/token.js';
import { tokenise } from '../tokenise/index.js';

/** A phrase found in the tokens: its entry and the tokens it covers. */
export interface PhraseMatch<T> {
  readonly entry: T;
  readonly first: number;
  readonly last: number;
}

/** The keys a token may be matched by: as written, then without its proclitics. */
export type TokenKeys = (token: Token, position: 'first' | 'inner') => readonly string[];

// Every stage asks for a token's stem key, several times a token.
const stemKeyOf = remembered(normaliseKey);

/** The normalised stem of a token: proclitics off, article kept ("بالمغرب" → "المغرب"). */
export function stemKey(token: Token): string {
  return token.prefixes.length === 0 ? token.normal : stemKeyOf(token.stem);
}

/** As written and, for the first token, without its proclitics. */
export const writtenOrStem: TokenKeys = (token, position) =>
  position === 'first' && token.prefixes.length > 0 ? [token.normal, stemKey(token)] : [token.normal];

/**
 * A node of the token trie: the phrase that ends here, and the next tokens. Most nodes end a phrase
 * and lead nowhere, so `next` is made only for a node with children: a gazetteer of 100,000 names
 * then holds half as many objects for the garbage collector to walk.
 */
interface TrieNode<T> {
  entry?: T;
  next?: Map<string, TrieNode<T>>;
}

/**
 * Multi-word phrases (cues, units, nouns, names) looked up at a token position, longest first.
 * Phrases are tokenised by the same tokeniser as the text, so "د.م" or "في المائة" match however
 * the text spaces or spells them. A trie over token keys: a lookup costs the length of the
 * phrase it finds, whatever the number of phrases.
 */
export class PhraseIndex<T> {
  readonly #root: TrieNode<T> & { next: Map<string, TrieNode<T>> } = { next: new Map() };
  readonly #keyOf: (token: Token) => string;

  /** `keyOf` turns a phrase's own tokens into trie keys (their normal form by default). */
  constructor(keyOf: (token: Token) => string = (token) => token.normal) {
    this.#keyOf = keyOf;
  }

  /** Adds a phrase; the first entry added for a phrase is kept. */
  add(phrase: string, entry: T): void {
    const keys = tokenise(phrase).map(this.#keyOf);
    if (keys.length === 0) return;
    let node: TrieNode<T> = this.#root;
    for (const key of keys) {
      node.next ??= new Map();
      let child = node.next.get(key);
      if (!child) {
        child = {};
        node.next.set(key, child);
      }
      node = child;
    }
    node.entry ??= entry;
  }

  /** Can a phrase start with this key? A cheap test before a lookup. */
  opensWith(key: string): boolean {
    return this.#root.next.has(key);
  }

  /** True when no phrase was added. */
  get empty(): boolean {
    return this.#root.next.size === 0;
  }

  /** Every key a phrase starts with: several indexes' openers merged in one set answer "may anything start here?" in one lookup. */
  openingKeys(): IterableIterator<string> {
    return this.#root.next.keys();
  }

  /**
   * The longest phrase that starts at token `at` (of exactly `length` tokens when given), or null.
   * `keysOf` says how a token may match.
   */
  matchAt(tokens: readonly Token[], at: number, keysOf: TokenKeys = writtenOrStem, length?: number): PhraseMatch<T> | null {
    let best: PhraseMatch<T> | null = null;
    const walk = (node: TrieNode<T>, index: number): void => {
      const token = tokens[index];
      if (!token || (length !== undefined && index - at >= length)) return;
      for (const key of keysOf(token, index === at ? 'first' : 'inner')) {
        const child = node.next?.get(key);
        if (!child) continue;
        const depth = index - at + 1;
        if (child.entry !== undefined && (length === undefined || depth === length) && (!best || index > best.last)) {
          best = { entry: child.entry, first: at, last: index };
        }
        walk(child, index + 1);
      }
    };
    walk(this.#root, at);
    return best;
  }

  /** The longest phrase that ends at token `at` (for cues written before a number), or null. */
  matchEndingAt(tokens: readonly Token[], at: number, keysOf: TokenKeys = writtenOrStem, longest = 6): PhraseMatch<T> | null {
    for (let length = Math.min(longest, at + 1); length >= 1; length--) {
      const match = this.matchAt(tokens, at - length + 1, keysOf, length);
      if (match) return match;
    }
    return null;
  }
}
