import nlp from 'compromise';
import type { EntityType } from '../../schema/entity.js';

/** A name compromise found, trimmed to its words, with its span in the whole text. */
export interface FoundName {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
}

interface TermJson {
  text: string;
  tags: string[];
  offset: { start: number; length: number };
}

interface MatchJson {
  terms: TermJson[];
}

/** Lower-case words a name may hold inside it: "Tamim bin Hamad", "Bank of England", "Abdel Fattah el-Sisi". */
const particles = new Set(['bin', 'ibn', 'bint', 'al', 'el', 'ben', 'abu', 'de', 'du', 'da', 'di', 'la', 'le', 'von', 'van', 'der', 'of', 'for', 'and', 'the', 'on']);
/** Words compromise keeps at the edge of a name that are not part of it. */
const leadingNoise = new Set(['the', 'a', 'an']);

const isCapitalised = (word: string): boolean => /^[\p{Lu}\p{N}]/u.test(word);

/**
 * People, places and organisations compromise tags in `text.slice(start, end)`. Titles
 * ("President", "Mr.", "Sheikh"), a leading "the", punctuation and a possessive "'s" are trimmed
 * off; a name with a lower-case word that is not a particle ("chad country") is dropped, and so is
 * any match whose words compromise did not find where it said they were.
 */
export function compromiseNames(text: string, start: number, end: number): FoundName[] {
  const passage = text.slice(start, end);
  const doc = nlp(passage);
  const found: FoundName[] = [];
  const read = (matches: MatchJson[], type: EntityType): void => {
    for (const match of matches) {
      let terms = match.terms.filter((term) => term.text !== '');
      while (terms.length > 0 && (terms[0]!.tags.includes('Honorific') || leadingNoise.has(terms[0]!.text.toLowerCase()))) terms = terms.slice(1);
      while (terms.length > 0 && !isCapitalised(terms[terms.length - 1]!.text)) terms = terms.slice(0, -1);
      if (terms.length === 0 || !isCapitalised(terms[0]!.text)) continue;
      if (terms.some((term) => !isCapitalised(term.text) && !particles.has(term.text.toLowerCase()))) continue;
      if (terms.some((term) => passage.slice(term.offset.start, term.offset.start + term.text.length) !== term.text)) continue;
      const first = terms[0]!;
      const last = terms[terms.length - 1]!;
      let lastEnd = last.offset.start + last.text.length;
      if (/['’]s$/u.test(last.text) && last.text.length > 2) lastEnd -= 2;
      found.push({ start: start + first.offset.start, end: start + lastEnd, type });
    }
  };
  read(doc.people().json({ offset: true, terms: { offset: true } }) as MatchJson[], 'PERSON');
  read(doc.places().json({ offset: true, terms: { offset: true } }) as MatchJson[], 'LOC');
  read(doc.organizations().json({ offset: true, terms: { offset: true } }) as MatchJson[], 'ORG');
  return found.sort((a, b) => a.start - b.start || b.end - a.end);
}
