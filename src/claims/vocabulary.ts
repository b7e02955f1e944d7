import type { TokenKeys } from '../_lib/phrase-index.js';
import { PhraseIndex, stemKey } from '../_lib/phrase-index.js';
import { notCounted, qualifierCues, subjectNouns, units } from '../generated/claims-data.js';
import { monthNames } from '../generated/month-names.js';
import { normaliseKey } from '../normalise/index.js';
import type { ClaimKind, Qualifier } from '../schema/claim.js';

export interface SubjectNoun {
  readonly en: string;
  readonly category: string;
}

export interface Unit {
  readonly kind: ClaimKind;
  /** ISO 4217 for money ("USD"), a short code for measures ("km"), "percent" */
  readonly code: string;
  readonly en: string;
}

export type NotCountedReason = 'time' | 'reference' | 'year' | 'function';

/** Everything the claims stage looks words up in, built once on first use. */
export interface ClaimVocabulary {
  readonly subjects: PhraseIndex<SubjectNoun>;
  readonly units: PhraseIndex<Unit>;
  readonly cuesBefore: PhraseIndex<Qualifier>;
  readonly cuesAfter: PhraseIndex<Qualifier>;
  /** verbs that open a cue split around a noun: "يقل عدد سكانها عن" */
  readonly splitVerbs: PhraseIndex<Qualifier>;
  /** verbs whose object is the number, a few words on: "لا يتجاوز عدد المراقبين 300" */
  readonly splitDirectVerbs: PhraseIndex<Qualifier>;
  /** verbs of a cue split around its noun and closed by إلى: "ارتفع عدد الضحايا إلى" */
  readonly splitToVerbs: PhraseIndex<Qualifier>;
  readonly notCounted: ReadonlyMap<string, ReadonlySet<NotCountedReason>>;
  /** first words of month names: a number before one is a day, not a count */
  readonly monthWords: ReadonlySet<string>;
}

const article = 'ال';
const pronounSuffixes = ['هما', 'هم', 'هن', 'ها', 'كم', 'نا', 'ه'].map(normaliseKey);

/**
 * How a token may match a counted noun: as written, without proclitics, without the article
 * ("المشجعين" → "مشجعين"), and without a pronoun suffix ("سكانها" → "سكان").
 */
export const nounKeys: TokenKeys = (token, position) => {
  const keys = new Set<string>();
  for (const base of position === 'first' ? [token.normal, stemKey(token)] : [token.normal]) {
    for (const form of [base, base.startsWith(article) && base.length > article.length + 1 ? base.slice(article.length) : '']) {
      if (!form) continue;
      keys.add(form);
      for (const suffix of pronounSuffixes) {
        if (form.length - suffix.length < 3 || !form.endsWith(suffix)) continue;
        const stem = form.slice(0, -suffix.length);
        keys.add(stem);
        // "قواتها" → "قوات"; "شرطتها" → "شرطة"
        if (stem.endsWith('ت')) keys.add(`${stem.slice(0, -1)}ه`);
      }
    }
  }
  return [...keys];
};

let vocabulary: ClaimVocabulary | undefined;

/** The claims vocabulary, compiled from the generated tables on first use. */
export function claimVocabulary(): ClaimVocabulary {
  if (vocabulary) return vocabulary;
  const subjects = new PhraseIndex<SubjectNoun>();
  for (const [forms, en, category] of subjectNouns) for (const form of forms) subjects.add(form, { en, category });
  const unitIndex = new PhraseIndex<Unit>();
  for (const [forms, kind, code, en] of units) for (const form of forms) unitIndex.add(form, { kind: kind as ClaimKind, code, en });
  const cuesBefore = new PhraseIndex<Qualifier>();
  const cuesAfter = new PhraseIndex<Qualifier>();
  const splitVerbs = new PhraseIndex<Qualifier>();
  const splitDirectVerbs = new PhraseIndex<Qualifier>();
  const splitToVerbs = new PhraseIndex<Qualifier>();
  const byPosition = { before: cuesBefore, after: cuesAfter, split: splitVerbs, 'split-direct': splitDirectVerbs, 'split-to': splitToVerbs } as const;
  for (const [cue, qualifier, position] of qualifierCues) byPosition[position as keyof typeof byPosition].add(cue, qualifier as Qualifier);
  const reasons = new Map<string, Set<NotCountedReason>>();
  for (const [word, why] of notCounted) {
    const key = normaliseKey(word);
    reasons.set(key, (reasons.get(key) ?? new Set()).add(why as NotCountedReason));
  }
  const monthWords = new Set(monthNames.map(([name]) => normaliseKey(name.split(' ')[0] ?? name)));
  vocabulary = { subjects, units: unitIndex, cuesBefore, cuesAfter, splitVerbs, splitDirectVerbs, splitToVerbs, notCounted: reasons, monthWords };
  return vocabulary;
}
