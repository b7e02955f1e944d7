/** How a word of a name must be capitalised in the text for the name to match. */
export type CaseRule = 'any' | 'capital' | 'capitals';

/** A word of an English passage: its span, its matching key and how it is capitalised. */
export interface EnglishWord {
  readonly start: number;
  readonly end: number;
  /** lower case, accents and dots off, ’ as ': "U.N." → "un", "Türkiye" → "turkiye" */
  readonly key: string;
  /** first letter upper case */
  readonly capital: boolean;
  /** every letter upper case, two letters or more ("UN", "U.N.", "FIFA") */
  readonly capitals: boolean;
  /** only spaces or a hyphen between this word and the one before: a name may go on across it */
  readonly joined: boolean;
}

/**
 * Dotted acronyms with their last dot ("U.N.", "U.S."), words with inner apostrophes ("d'Ivoire",
 * "O'Neill"), numbers. A hyphen splits words ("Al-Thani" is "Al" + "Thani", as "Al Thani").
 */
const wordPattern = /(?:\p{Lu}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’]\p{L}[\p{L}\p{M}\p{N}]*)*|\p{N}+/gu;
const possessive = /['’]s$/iu;
// Spaces, a hyphen, or the possessive of the word before: "Bahrain's Ministry of Interior" is one name.
const joiner = /^(?:['’]s)?(?:[ \t\u00a0]+|[ \t\u00a0]*[-\u2010\u2011][ \t\u00a0]*)$/u;

export function wordKey(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replaceAll('’', "'")
    .replaceAll('.', '');
}

function isCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

/**
 * The words of `text.slice(start, end)`, each with its span in `text`. A possessive "'s" is not
 * part of its word ("Qatar's" → "Qatar").
 *
 * @example
 * englishWords("Qatar's U.N. envoy", 0, 18).map((word) => word.key) // ['qatar', 'un', 'envoy']
 */
export function englishWords(text: string, start: number, end: number): EnglishWord[] {
  const words: EnglishWord[] = [];
  const passage = text.slice(start, end);
  let previousEnd = -1;
  for (const match of passage.matchAll(wordPattern)) {
    let word = match[0];
    if (word.length > 2 && possessive.test(word)) word = word.slice(0, -2);
    const wordStart = start + match.index;
    const first = word.charAt(0);
    words.push({
      start: wordStart,
      end: wordStart + word.length,
      key: wordKey(word),
      capital: first !== first.toLowerCase(),
      capitals: isCapitals(word),
      joined: previousEnd >= 0 && joiner.test(text.slice(previousEnd, wordStart)),
    });
    previousEnd = wordStart + word.length;
  }
  return words;
}

/** The words of a name as the index stores them: keys, and how each must be capitalised. */
export function nameWords(name: string): { keys: string[]; rules: CaseRule[] } {
  const keys: string[] = [];
  const rules: CaseRule[] = [];
  for (const match of name.matchAll(wordPattern)) {
    let word = match[0];
    if (word.length > 2 && possessive.test(word)) word = word.slice(0, -2);
    keys.push(wordKey(word));
    const first = word.charAt(0);
    const letters = word.replace(/[^\p{L}]/gu, '').length;
    // "UN", "EU", "UAE" only in capitals; "FIFA", "NATO" also as "Fifa", "Nato", as British papers write them.
    if (isCapitals(word) && letters <= 3) rules.push('capitals');
    else if (first !== first.toLowerCase()) rules.push('capital');
    else rules.push('any');
  }
  return { keys, rules };
}

export function satisfies(word: EnglishWord, rule: CaseRule): boolean {
  if (rule === 'capitals') return word.capitals;
  if (rule === 'capital') return word.capital;
  return true;
}
