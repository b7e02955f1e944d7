import type { Claim, ClaimKind, Qualifier } from '../../schema/claim.js';
import type { Span } from '../../schema/span.js';
import type { EnglishNumber } from '../numbers/find-numbers.js';
import type { EnglishMatch } from '../numbers/phrases.js';
import type { EnglishToken } from '../numbers/tokens.js';
import { adjacent, glued } from '../numbers/tokens.js';
import { isExcluded } from './exclusions.js';
import type { FoundSubject } from './subject.js';
import { followerAt, partitiveAt } from './subject.js';
import type { EnglishClaimVocabulary, EnglishUnit } from './vocabulary.js';
import { englishClaimVocabulary } from './vocabulary.js';

function spanOf(text: string, start: number, end: number): Span {
  return { text: text.slice(start, end), start, end };
}

/** Next to token at-1: with only spaces between, or glued ("50%", "5km", "$300"). */
function touches(text: string, tokens: readonly EnglishToken[], at: number): boolean {
  return adjacent(text, tokens, at) || glued(tokens, at);
}

/** How far back "the number of X" may stand from its number, in tokens. */
const numberOfReach = 12;
/** Words that may qualify X between it and the linking verb: "from the earthquake", "in the camps". */
const qualifierReach = 4;

/**
 * "the number of visitors reached 300,000": X, and where the phrase starts, when only linking words
 * ("reached", "rose to", "has now exceeded") stand between it and the number. The qualifier is the
 * strongest a linking verb gives ("exceeded" → more-than), or exact.
 */
function numberOfBefore(text: string, tokens: readonly EnglishToken[], at: number, vocabulary: EnglishClaimVocabulary): { first: number; subject: FoundSubject; qualifier: Qualifier } | null {
  const sentence = tokens[at]?.sentence;
  for (let k = at - 2; k >= Math.max(0, at - numberOfReach); k--) {
    if (tokens[k]!.sentence !== sentence) return null;
    if (tokens[k]!.key !== 'number' || tokens[k + 1]?.key !== 'of') continue;
    const follower = followerAt(text, tokens, k + 2, true, vocabulary);
    if (follower.kind !== 'subject' || follower.subject.last >= at - 1) return null;
    // Linking words right before the number ("has now exceeded"), after a few words that qualify
    // X ("the number of deaths from the earthquake"), with no punctuation or figure among them.
    let linkStart = at;
    let qualifier: Qualifier = 'exact';
    while (linkStart - 1 > follower.subject.last && vocabulary.linking.has(tokens[linkStart - 1]!.key)) {
      linkStart--;
      const link = vocabulary.linking.get(tokens[linkStart]!.key)!;
      if (link !== 'exact') qualifier = link;
    }
    if (linkStart === at || linkStart - follower.subject.last - 1 > qualifierReach) return null;
    for (let between = follower.subject.last + 1; between < linkStart; between++) if (tokens[between]!.kind !== 'word') return null;
    return { first: k, subject: follower.subject, qualifier };
  }
  return null;
}

/**
 * The numeric claims of an English passage, under the rules of the Arabic ones: a number with a
 * counted noun ("6,000 police officers"), an "of"-partitive ("1.5 million of the fans"), a unit
 * (percent, currency, measure) or a qualifier cue ("more than 300"). Years, dates (`dates`, in
 * text order), durations, times, ordinals, phone numbers, numbers inside names and lone numbers
 * are not claims.
 *
 * @example
 * // "Qatar expects about 1.5 million fans"
 * // → [{ text: 'about 1.5 million fans', value: 1500000, qualifier: 'approximate', kind: 'count',
 * //      subject: { text: 'fans', en: 'fans', category: 'people/fans', … }, … }]
 */
export function findEnglishClaims(text: string, tokens: readonly EnglishToken[], numbers: readonly EnglishNumber[], dates: readonly Span[]): Claim[] {
  const vocabulary = englishClaimVocabulary();
  const claims: Claim[] = [];
  let date = 0;
  for (const number of numbers) {
    while (date < dates.length && dates[date]!.end <= number.start) date++;
    if (date < dates.length && dates[date]!.start < number.end) continue;

    // A unit after the figure ("50%", "2 billion dirhams", "5km"), or a sign or code before it ("$2.5 billion", "QAR 5 million").
    const afterAt = number.lastToken + 1;
    const after = touches(text, tokens, afterAt) ? vocabulary.units.matchAt(tokens, afterAt) : null;
    const signAt = number.firstToken - 1;
    const signMatch = signAt >= 0 && touches(text, tokens, number.firstToken) ? vocabulary.units.matchEndingAt(tokens, signAt) : null;
    const sign = signMatch?.entry.before ? signMatch : null;
    // "300 t" is no tonnes: a unit of one letter must be glued; "5 per cent" need not be.
    const unit: EnglishMatch<EnglishUnit> | null = after ?? sign;
    if (isExcluded(text, tokens, number, vocabulary, sign !== null, after !== null && glued(tokens, afterAt))) continue;

    const kind: ClaimKind = unit ? unit.entry.kind : 'count';
    let firstToken = unit === sign && sign ? sign.first : number.firstToken;
    let last = unit === after && after ? after.last : number.lastToken;
    let subject: FoundSubject | null = null;
    if (kind === 'count' || kind === 'percent') {
      const partitive = partitiveAt(text, tokens, last + 1, vocabulary);
      if (partitive) subject = partitive;
      else if (kind === 'count') {
        const follower = followerAt(text, tokens, last + 1, number.atLeast || !number.yearLike, vocabulary);
        if (follower.kind === 'not-counted') continue; // "3 days", "24 hours", "10 years old"
        if (follower.kind === 'subject' && touches(text, tokens, last + 1)) subject = follower.subject;
      }
      if (subject) last = subject.last;
    }

    // "the number of visitors reached 300,000": what is counted stands before the number.
    const numberOf = !subject && !unit && kind === 'count' ? numberOfBefore(text, tokens, firstToken, vocabulary) : null;
    if (numberOf) subject = numberOf.subject;
    const before = firstToken > 0 && adjacent(text, tokens, firstToken) ? vocabulary.cuesBefore.matchEndingAt(tokens, firstToken - 1) : null;
    const cueAfter = touches(text, tokens, last + 1) ? vocabulary.cuesAfter.matchAt(tokens, last + 1) : null;
    if (cueAfter) last = cueAfter.last;
    const cue = before ?? cueAfter;
    if (!subject && !unit && (!cue || number.yearLike)) continue;
    if (before) firstToken = before.first;
    if (numberOf) firstToken = numberOf.first;

    const qualifier: Qualifier = cue?.entry ?? (numberOf && numberOf.qualifier !== 'exact' ? numberOf.qualifier : number.atLeast ? 'at-least' : 'exact');
    const start = tokens[firstToken]!.start;
    const end = Math.max(tokens[last]!.end, number.end);
    claims.push({
      ...spanOf(text, start, end),
      kind,
      value: number.value,
      qualifier,
      number: spanOf(text, number.start, number.end),
      subject: subject
        ? {
            ...spanOf(text, tokens[subject.first]!.start, tokens[subject.last]!.end),
            ...(subject.noun ? { en: subject.noun.en, category: subject.noun.category } : {}),
          }
        : null,
      ...(unit ? { unit: { ...spanOf(text, tokens[unit.first]!.start, tokens[unit.last]!.end), code: unit.entry.code, en: unit.entry.en } } : {}),
    });
  }
  return claims;
}
