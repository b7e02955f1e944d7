import { PhraseIndex } from '../_lib/phrase-index.js';
import { ambiguousNames, commonWords, eventHeads, givenNames, givenNamesAlsoWords, organisationHeads, personWords } from '../generated/entity-words.js';
import { normaliseKey } from '../normalise/index.js';

export type PersonWordKind = 'title' | 'particle' | 'honorific' | 'divine' | 'role';

/** The words entity patterns are built from, indexed once on first use. */
export interface EntityVocabulary {
  readonly titles: PhraseIndex<true>;
  readonly personWords: ReadonlyMap<string, ReadonlySet<PersonWordKind>>;
  readonly givenNames: ReadonlySet<string>;
  /** given names that are also common words: names only after a title */
  readonly givenNamesAlsoWords: ReadonlySet<string>;
  readonly commonWords: ReadonlySet<string>;
  /** each head with the number of words the name after it needs */
  readonly organisationHeads: PhraseIndex<number>;
  readonly eventHeads: PhraseIndex<true>;
  readonly ambiguous: ReadonlySet<string>;
  /** every key a title, a given name, a kunya or an honorific starts with: where a person's name may open */
  readonly personOpeners: ReadonlySet<string>;
}

/** "أبو …", "أم …": a kunya opens a name. */
export const kunyas: ReadonlySet<string> = new Set(['ابو', 'ام']);

let vocabulary: EntityVocabulary | undefined;

export function entityVocabulary(): EntityVocabulary {
  if (vocabulary) return vocabulary;
  const titles = new PhraseIndex<true>();
  const kinds = new Map<string, Set<PersonWordKind>>();
  for (const [word, kind] of personWords) {
    if (kind === 'title') titles.add(word, true);
    const key = normaliseKey(word);
    kinds.set(key, (kinds.get(key) ?? new Set()).add(kind as PersonWordKind));
  }
  const organisation = new PhraseIndex<number>();
  for (const [head, minWords] of organisationHeads) organisation.add(head, minWords);
  const event = new PhraseIndex<true>();
  for (const head of eventHeads) event.add(head, true);
  const given = new Set(givenNames.map(normaliseKey));
  const honorifics = [...kinds].filter(([, wordKinds]) => wordKinds.has('honorific')).map(([key]) => key);
  vocabulary = {
    personOpeners: new Set([...titles.openingKeys(), ...given, ...kunyas, ...honorifics]),
    titles,
    personWords: kinds,
    givenNames: given,
    givenNamesAlsoWords: new Set(givenNamesAlsoWords.map(normaliseKey)),
    commonWords: new Set(commonWords.map(normaliseKey)),
    organisationHeads: organisation,
    eventHeads: event,
    ambiguous: new Set(ambiguousNames.map(normaliseKey)),
  };
  return vocabulary;
}

export function isPersonWord(key: string, kind: PersonWordKind): boolean {
  return entityVocabulary().personWords.get(key)?.has(kind) ?? false;
}
