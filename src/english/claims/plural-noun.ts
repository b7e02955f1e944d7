import nlp from 'compromise';

let lastPhrase = '';
let lastNouns: ReadonlySet<string> = new Set();

/**
 * The words compromise reads as plural nouns in a short phrase. Asked only of words the
 * counted-noun table does not know, after a construction that says something is counted
 * ("thousands of protesters", "450 of the drones", "4,000 counterfeit handbags"): compromise tags
 * the phrase in context, so "300 attended" (a verb) and "300 red" (an adjective) are not taken for
 * what is counted.
 */
function pluralNouns(phrase: string): ReadonlySet<string> {
  if (phrase === lastPhrase) return lastNouns;
  const nouns = new Set<string>();
  try {
    const entries = nlp(phrase).terms().json() as { terms: { text: string; tags: string[] }[] }[];
    for (const term of entries.flatMap((entry) => entry.terms)) {
      const tags = new Set(term.tags);
      if (tags.has('Plural') && tags.has('Noun') && !tags.has('Verb') && !tags.has('Pronoun') && !tags.has('ProperNoun') && !tags.has('Value')) nouns.add(term.text.toLowerCase());
    }
  } catch {
    // compromise failing on odd input leaves the word unknown, never the passage unread.
  }
  lastPhrase = phrase;
  lastNouns = nouns;
  return nouns;
}

/** Is `word` a plural noun where it stands in `phrase`? */
export function isPluralNoun(phrase: string, word: string): boolean {
  return pluralNouns(phrase).has(word.toLowerCase());
}
