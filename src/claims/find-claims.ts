import { follows, hasLineBreak } from '../_lib/adjacency.js';
import type { PhraseMatch } from '../_lib/phrase-index.js';
import { stemKey } from '../_lib/phrase-index.js';
import type { FoundNumber } from '../numbers/index.js';
import type { Claim, ClaimKind, Qualifier } from '../schema/claim.js';
import type { Span } from '../schema/span.js';
import type { Token } from '../schema/token.js';
import type { ClaimVocabulary, SubjectNoun, Unit } from './vocabulary.js';
import { claimVocabulary, nounKeys } from './vocabulary.js';

const article = 'ال';
/** Prepositions that close a cue split around its noun: "يقل عدد سكانها عن 3 ملايين". */
const splitPrepositions = new Set(['عن', 'علي']);
/** The preposition that closes a cue of change: "ارتفع عدد الضحايا إلى". */
const splitTo = 'الي';
/** The noun before what a split cue counts: "عدد سكانها", "عدد ضحايا الزلزال". */
const countWord = 'عدد';
/** Words a split cue may reach over: "تقل أسعار الدواجن في الأسواق الشعبية عن". */
const splitReach = 6;
/** Marks around a number that make it a time, a date, a score or a range ("10:30", "17/11", "2-1"). */
const numberJoiners = new Set([':', '/', '-', '–', '.']);

interface Subject {
  readonly first: number;
  readonly last: number;
  readonly noun: SubjectNoun | null;
}

/** What the word after a number says about it. */
type Follower = { kind: 'subject'; subject: Subject } | { kind: 'not-counted'; functionWord: boolean } | { kind: 'nothing' };


function bareKey(token: Token): string {
  const key = stemKey(token);
  return key.startsWith(article) && key.length > article.length + 1 ? key.slice(article.length) : key;
}

function isNotCounted(vocabulary: ClaimVocabulary, token: Token): boolean {
  return [token.normal, stemKey(token), bareKey(token)].some((key) => vocabulary.notCounted.has(key) || vocabulary.monthWords.has(key));
}

/** A preposition or particle ("في", "من"): it ends a claim's noun phrase, but says nothing against the number. */
function isFunctionWord(vocabulary: ClaimVocabulary, token: Token): boolean {
  const reasons = vocabulary.notCounted.get(token.normal);
  return reasons !== undefined && reasons.size === 1 && reasons.has('function');
}

function isTime(vocabulary: ClaimVocabulary, token: Token): boolean {
  return [token.normal, stemKey(token), bareKey(token)].some((key) => vocabulary.notCounted.get(key)?.has('time'));
}

/**
 * The counted noun at token `at`: a known noun (the longest, "رجل أمن" before "رجل"), or, after
 * من or a bare plural ("من المتطوعين", "عشرات المدنيين"), any definite word — the construction
 * says it is counted even when the noun is not in the table.
 */
function followerAt(input: string, tokens: readonly Token[], at: number, number: FoundNumber, definiteAllowed: boolean, vocabulary: ClaimVocabulary): Follower {
  const token = tokens[at];
  if (!token || token.kind !== 'word' || !follows(input, tokens, at)) return { kind: 'nothing' };
  // A counted noun follows its number bare: "2 بمطار دبي" is "2, at Dubai airport".
  if (token.prefixes.length > 0) return { kind: 'nothing' };
  if (isTime(vocabulary, token) || isNotCounted(vocabulary, token)) return { kind: 'not-counted', functionWord: isFunctionWord(vocabulary, token) };
  const known: PhraseMatch<SubjectNoun> | null = vocabulary.subjects.matchAt(tokens, at, nounKeys);
  if (known) return { kind: 'subject', subject: { first: at, last: known.last, noun: known.entry } };
  if (!definiteAllowed || number.yearLike || !stemKey(token).startsWith(article)) return { kind: 'nothing' };
  return { kind: 'subject', subject: { first: at, last: at, noun: null } };
}

/** A number that names or dates something rather than counts it. */
function isExcluded(input: string, tokens: readonly Token[], number: FoundNumber, vocabulary: ClaimVocabulary): boolean {
  if (number.definite) return true; // "الـ21 نونبر", "الدورة الـ21"
  if (number.inWords && number.value <= 1) return true; // "واحد من", "نصف"
  const first = tokens[number.firstToken]!;
  const previous = tokens[number.firstToken - 1];
  const next = tokens[number.lastToken + 1];
  const beforePrevious = tokens[number.firstToken - 2];
  const afterNext = tokens[number.lastToken + 2];
  // "نقاش21", "كوفيد-19": a figure glued to a word is part of a name.
  const glued = (token: Token | undefined, to: Token | undefined): boolean => token !== undefined && to !== undefined && token.end === to.start;
  if (glued(previous, first) && first.prefixes.length === 0 && (previous!.kind === 'word' || previous!.kind === 'latin')) return true;
  if (previous?.normal === '-' && glued(previous, first) && glued(beforePrevious, previous) && beforePrevious!.kind !== 'number') return true;
  // Phone numbers: "+212 …", or a long figure starting with 0.
  if (previous?.normal === '+' || /^0\d{7,}$/.test(first.normal.replaceAll(' ', ''))) return true;
  // "10:30", "17/11/2022", "2-1", "24-26".
  if (previous && numberJoiners.has(previous.normal) && previous.start === beforePrevious?.end && beforePrevious.kind === 'number') return true;
  if (next && numberJoiners.has(next.normal) && next.start === tokens[number.lastToken]!.end && afterNext?.kind === 'number') return true;
  if (previous && follows(input, tokens, number.firstToken)) {
    const reasons = [previous.normal, stemKey(previous)].flatMap((key) => [...(vocabulary.notCounted.get(key) ?? [])]);
    if (reasons.includes('reference')) return true; // "الفصل 47", "رقم 5"
    if (number.yearLike && reasons.includes('year')) return true; // "سنة 2018"
    if (vocabulary.monthWords.has(stemKey(previous))) return true; // "ماي 2022"
  }
  return false;
}

/** A qualifier cue before the claim, or a cue split around a noun ("يقل عدد سكانها عن"). */
function cueBefore(input: string, tokens: readonly Token[], before: number, vocabulary: ClaimVocabulary): PhraseMatch<Qualifier> | null {
  if (before < 0 || !follows(input, tokens, before + 1)) return null;
  const cue = vocabulary.cuesBefore.matchEndingAt(tokens, before);
  if (cue) return cue;
  // "يقل عدد سكانها عن 3 ملايين" and "ارتفع عدد الضحايا إلى 41 ألفا" need their preposition;
  // "لا يتجاوز عدد المراقبين 300" has none.
  const preposition = tokens[before]!.normal;
  const withPreposition = splitPrepositions.has(preposition) || preposition === splitTo;
  const verbs = preposition === splitTo ? vocabulary.splitToVerbs : withPreposition ? vocabulary.splitVerbs : vocabulary.splitDirectVerbs;
  const lastBetween = withPreposition ? before : before + 1;
  for (let at = Math.max(0, before - splitReach - 1); at < before; at++) {
    const verb = verbs.matchAt(tokens, at);
    if (!verb || verb.last >= before) continue;
    const between = tokens.slice(verb.last + 1, lastBetween);
    if (between.every((token) => token.kind === 'word') && !hasLineBreak(input, tokens[at]!.start, tokens[before]!.end)) return verb;
  }
  return null;
}

/** The X of "عدد X" between a split cue and its number ("عدد ضحايا الزلزال"), or null. */
function countedBetween(input: string, tokens: readonly Token[], from: number, to: number, number: FoundNumber, vocabulary: ClaimVocabulary): Subject | null {
  for (let at = from; at < to - 1; at++) {
    if (stemKey(tokens[at]!) !== countWord) continue;
    const counted = followerAt(input, tokens, at + 1, number, true, vocabulary);
    return counted.kind === 'subject' && counted.subject.last < to ? counted.subject : null;
  }
  return null;
}

function spanOf(input: string, start: number, end: number) {
  return { text: input.slice(start, end), start, end };
}

/**
 * The numeric claims among the numbers: a quantity the text asserts about something — a number
 * with a counted noun, a unit (percent, currency, measure) or a qualifier cue — with what is
 * counted and how exact the text says it is. Years, dates (`dates`, in text order), times,
 * durations, ordinals, phone numbers, numbers inside names and lone numbers are not claims.
 *
 * @example
 * // "ستستقبل حوالي 1.5 مليون من المشجعين"
 * // → [{ text: 'حوالي 1.5 مليون من المشجعين', value: 1500000, qualifier: 'approximate',
 * //      kind: 'count', subject: { text: 'المشجعين', en: 'fans', category: 'people/fans', … }, … }]
 */
export function findClaims(input: string, tokens: readonly Token[], numbers: readonly FoundNumber[], dates: readonly Span[] = []): Claim[] {
  const vocabulary = claimVocabulary();
  const claims: Claim[] = [];
  let date = 0;
  for (const number of numbers) {
    // A number inside a date ("17 نونبر 2022", "منذ ثلاثة أيام") is the date's, never a claim.
    while (date < dates.length && dates[date]!.end <= number.start) date++;
    if (date < dates.length && dates[date]!.start < number.end) continue;
    if (isExcluded(input, tokens, number, vocabulary)) continue;
    let kind: ClaimKind = number.percentSign ? 'percent' : 'count';
    let last = number.lastToken;
    let unit: PhraseMatch<Unit> | null = null;
    let firstToken = number.firstToken;
    if (!number.percentSign) {
      const after = follows(input, tokens, number.lastToken + 1) ? vocabulary.units.matchAt(tokens, number.lastToken + 1, nounKeys) : null;
      // "$500", "€ 20": a currency sign before the figure.
      const sign = number.firstToken > 0 && tokens[number.firstToken - 1]!.kind === 'symbol' ? vocabulary.units.matchAt(tokens, number.firstToken - 1) : null;
      unit = after ?? (sign?.last === number.firstToken - 1 ? sign : null);
      if (unit) {
        kind = unit.entry.kind;
        if (unit === after) last = unit.last;
        else firstToken = unit.first;
      }
    }

    let before = cueBefore(input, tokens, firstToken - 1, vocabulary);
    // A cue split around "عدد X" counts X when nothing counted follows the number: "بلغ عدد
    // القتلى 41 ألفا", "ارتفع عدد ضحايا الزلزال إلى 41 ألفا في تركيا".
    const countedBefore = !unit && kind === 'count' && before ? countedBetween(input, tokens, before.last + 1, firstToken, number, vocabulary) : null;
    // A verb of change says nothing of exactness: it only opens a claim about "عدد X".
    if (!countedBefore && before?.entry === 'exact') before = null;

    let subject: Subject | null = null;
    if (kind === 'count' || kind === 'percent') {
      const partitive = tokens[last + 1]?.normal === 'من' && follows(input, tokens, last + 1);
      const at = partitive ? last + 2 : last + 1;
      const follower = partitive || kind === 'count' ? followerAt(input, tokens, at, number, partitive || number.atLeast, vocabulary) : { kind: 'nothing' as const };
      // "24 ساعة", "17 نونبر", "2022 من"; a preposition after the number is no objection when "عدد X" said what is counted.
      if (follower.kind === 'not-counted' && kind === 'count' && !(countedBefore && follower.functionWord)) continue;
      if (follower.kind === 'subject') {
        subject = follower.subject;
        last = subject.last;
      }
    }
    subject ??= countedBefore;
    const after = follows(input, tokens, last + 1) ? vocabulary.cuesAfter.matchAt(tokens, last + 1) : null;
    if (after) last = after.last;
    const cue = before ?? after;
    if (!subject && !unit && kind !== 'percent' && (!cue || number.yearLike)) continue;

    const qualifier: Qualifier = cue?.entry ?? (number.atLeast ? 'at-least' : 'exact');
    const start = before ? tokens[before.first]!.stemStart : firstToken === number.firstToken ? number.start : tokens[firstToken]!.start;
    const end = Math.max(tokens[last]!.end, number.percentSign?.end ?? number.end);
    const sign = number.percentSign ? { ...spanOf(input, number.percentSign.start, number.percentSign.end), code: 'percent', en: 'percent' } : null;
    const claim: Claim = {
      ...spanOf(input, start, end),
      kind,
      value: number.value,
      qualifier,
      number: spanOf(input, number.start, number.end),
      subject: subject
        ? {
            ...spanOf(input, tokens[subject.first]!.stemStart, tokens[subject.last]!.end),
            ...(subject.noun ? { en: subject.noun.en, category: subject.noun.category } : {}),
          }
        : null,
      ...(unit ? { unit: { ...spanOf(input, tokens[unit.first]!.stemStart, tokens[unit.last]!.end), code: unit.entry.code, en: unit.entry.en } } : {}),
      ...(sign ? { unit: sign } : {}),
    };
    claims.push(claim);
  }
  return claims;
}
