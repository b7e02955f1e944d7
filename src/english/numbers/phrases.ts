import type { EnglishToken } from './tokens.js';
import { tokeniseEnglish } from './tokens.js';

/** A phrase found in the tokens: its entry and the tokens it covers. */
export interface EnglishMatch<T> {
  readonly entry: T;
  readonly first: number;
  readonly last: number;
}

interface Phrase<T> {
  readonly keys: readonly string[];
  /** compared with the token as written, not its lowercase key ("USD", "MAD", "LE") */
  readonly exact: boolean;
  readonly entry: T;
}

/** A form with two capitals or more, or a symbol, is a code: it matches only as written. */
function isExactForm(form: string): boolean {
  return (form.match(/\p{Lu}/gu)?.length ?? 0) >= 2 || /^[^\p{L}\p{N}\s]+$/u.test(form);
}

/**
 * Multi-word English phrases, looked up by the token they start with or end with, longest first.
 * Forms are split with the same tokeniser as the text, so "a.m.", "km/h" and "US$" match however
 * they are spaced; phrases never reach across a sentence.
 */
export class EnglishPhraseIndex<T> {
  private readonly byFirst = new Map<string, Phrase<T>[]>();
  private readonly byLast = new Map<string, Phrase<T>[]>();

  add(form: string, entry: T): void {
    const exact = isExactForm(form);
    const tokens = tokeniseEnglish(form, 0, form.length);
    if (tokens.length === 0) return;
    const phrase: Phrase<T> = { keys: tokens.map((token) => (exact ? token.text : token.key)), exact, entry };
    for (const [map, key] of [
      [this.byFirst, tokens[0]!.key],
      [this.byLast, tokens[tokens.length - 1]!.key],
    ] as const) {
      const list = map.get(key) ?? [];
      list.push(phrase);
      list.sort((a, b) => b.keys.length - a.keys.length);
      map.set(key, list);
    }
  }

  has(key: string): boolean {
    return this.byFirst.has(key);
  }

  private fits(tokens: readonly EnglishToken[], first: number, phrase: Phrase<T>): boolean {
    const sentence = tokens[first]?.sentence;
    return phrase.keys.every((key, offset) => {
      const token = tokens[first + offset];
      return token !== undefined && token.sentence === sentence && (phrase.exact ? token.text.replaceAll('’', "'") : token.key) === key;
    });
  }

  /** The longest phrase starting at token `at`. */
  matchAt(tokens: readonly EnglishToken[], at: number): EnglishMatch<T> | null {
    const token = tokens[at];
    if (!token) return null;
    for (const phrase of this.byFirst.get(token.key) ?? []) {
      if (this.fits(tokens, at, phrase)) return { entry: phrase.entry, first: at, last: at + phrase.keys.length - 1 };
    }
    return null;
  }

  /** The longest phrase ending at token `at`. */
  matchEndingAt(tokens: readonly EnglishToken[], at: number): EnglishMatch<T> | null {
    const token = tokens[at];
    if (!token) return null;
    for (const phrase of this.byLast.get(token.key) ?? []) {
      const first = at - phrase.keys.length + 1;
      if (first >= 0 && this.fits(tokens, first, phrase)) return { entry: phrase.entry, first, last: at };
    }
    return null;
  }
}
