import { englishCountedNouns, englishNotCounted, englishQualifierCues, englishUnits } from '../../generated/english-claims.js';
import type { ClaimKind, Qualifier } from '../../schema/claim.js';
import { EnglishPhraseIndex } from '../numbers/phrases.js';

export interface CountedNoun {
  readonly en: string;
  readonly category: string;
}

export interface EnglishUnit {
  readonly kind: ClaimKind;
  readonly code: string;
  readonly en: string;
  /** a sign or code that may stand before the figure ("$", "QAR") */
  readonly before: boolean;
}

export type NotCountedReason = 'time' | 'reference' | 'year' | 'function';

/** Everything the English claims stage looks words up in, built once on first use. */
export interface EnglishClaimVocabulary {
  readonly nouns: EnglishPhraseIndex<CountedNoun>;
  readonly units: EnglishPhraseIndex<EnglishUnit>;
  readonly cuesBefore: EnglishPhraseIndex<Qualifier>;
  readonly cuesAfter: EnglishPhraseIndex<Qualifier>;
  /** words between "the number of X" and its number, with the qualifier a verb gives ("exceeded": more-than) */
  readonly linking: ReadonlyMap<string, Qualifier>;
  readonly notCounted: ReadonlyMap<string, ReadonlySet<NotCountedReason>>;
}

let vocabulary: EnglishClaimVocabulary | undefined;

/** Signs and ISO-like codes may open an amount; a word such as "dollars" only follows it. */
const opensAmount = (form: string): boolean => /^[^\p{L}]+$/u.test(form) || /^[A-Z]{1,3}\$?$|^[A-Z][a-z]?s?$|^[A-Z]\$$/u.test(form);

export function englishClaimVocabulary(): EnglishClaimVocabulary {
  if (vocabulary) return vocabulary;
  const nouns = new EnglishPhraseIndex<CountedNoun>();
  for (const [forms, en, category] of englishCountedNouns) for (const form of forms) nouns.add(form, { en, category });
  const units = new EnglishPhraseIndex<EnglishUnit>();
  for (const [forms, kind, code, en] of englishUnits) {
    for (const form of forms) units.add(form, { kind: kind as ClaimKind, code, en, before: kind === 'money' && opensAmount(form) });
  }
  const cuesBefore = new EnglishPhraseIndex<Qualifier>();
  const cuesAfter = new EnglishPhraseIndex<Qualifier>();
  const linking = new Map<string, Qualifier>();
  for (const [cue, qualifier, position] of englishQualifierCues) {
    if (position === 'linking') linking.set(cue, qualifier as Qualifier);
    else (position === 'after' ? cuesAfter : cuesBefore).add(cue, qualifier as Qualifier);
  }
  const notCounted = new Map<string, Set<NotCountedReason>>();
  for (const [word, why] of englishNotCounted) notCounted.set(word, (notCounted.get(word) ?? new Set()).add(why as NotCountedReason));
  vocabulary = { nouns, units, cuesBefore, cuesAfter, linking, notCounted };
  return vocabulary;
}
