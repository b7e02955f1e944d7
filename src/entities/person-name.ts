import { stemKey } from '../_lib/phrase-index.js';
import { normaliseKey } from '../normalise/index.js';
import type { EntityContext, FoundEntity } from './context.js';
import { follows, spanText } from './context.js';
import { entityVocabulary, isPersonWord, kunyas } from './vocabulary.js';

const article = 'ال';
const abd = 'عبد';
const commas = new Set(['،', ',']);

type UnitKind = 'given' | 'honorific' | 'particle' | 'family';

interface Unit {
  readonly kind: UnitKind;
  readonly first: number;
  readonly last: number;
}

/** "عبد اللطيف", "عبدالعزيز": عبد and a divine name make one given name. */
function compoundGiven(context: EntityContext, at: number): number | null {
  const key = context.tokens[at]!.normal;
  if (key === abd && context.tokens[at + 1] && follows(context, at + 1) && isPersonWord(context.tokens[at + 1]!.normal, 'divine')) return at + 1;
  if (key.startsWith(abd) && isPersonWord(key.slice(abd.length), 'divine')) return at;
  return null;
}

const pronounSuffixes = ['هما', 'هم', 'ها', 'ه', 'كم', 'نا'];
/** A kunya opens a name as a given name does: "أبو بكر", "أم كلثوم". */

/**
 * A common word of the news: bare, with the article, with a pronoun suffix ("ذاته"), with the
 * accusative alif ("اتصالا"), or behind a proclitic the tokeniser could not split ("بنظيره").
 */
function isCommon(key: string): boolean {
  const { commonWords } = entityVocabulary();
  const readings = (word: string): string[] => {
    const bare = word.startsWith(article) ? word.slice(article.length) : word;
    const forms = [word, bare, ...(bare.endsWith('ا') ? [bare.slice(0, -1)] : [])];
    return forms.flatMap((form) => [form, ...pronounSuffixes.filter((suffix) => form.length - suffix.length >= 2 && form.endsWith(suffix)).map((suffix) => form.slice(0, -suffix.length))]);
  };
  const candidates = [key, ...(/^[وفبكل]/u.test(key) && key.length > 3 ? [key.slice(1)] : [])].flatMap(readings);
  return candidates.some((candidate) => commonWords.has(candidate));
}

/** "سعد بن جاسم": any word before بن and a name is a given name. */
export function opensChain(context: EntityContext, at: number): boolean {
  const particle = context.tokens[at + 1];
  const next = context.tokens[at + 2];
  return particle !== undefined && ['بن', 'بنت', 'ابن'].includes(particle.normal) && next?.kind === 'word' && follows(context, at + 1) && follows(context, at + 2);
}

/** "محمد الطيار، خبير الدراسات": a comma, then a role, says the words before were a name. */
function hasApposition(context: EntityContext, last: number): boolean {
  const comma = context.tokens[last + 1];
  const role = context.tokens[last + 2];
  return comma !== undefined && commas.has(comma.normal) && role !== undefined && isPersonWord(stemKey(role), 'role');
}

/**
 * A word that names a place, an organisation or a people is not a family name ("الرئيس الفرنسي");
 * a city's demonym may be one ("الفاسي", "المراكشي": Moroccan families are named after cities).
 */
function isKnownOtherName(context: EntityContext, at: number): boolean {
  const hit = context.gazetteer.matchAt(context.tokens, at);
  if (!hit || hit.entry.entry.type === 'PERSON') return false;
  return !(hit.entry.form === 'demonym' && hit.entry.entry.subtype === 'city');
}

/** Reads the units of a name from token `at`: given names, particle chains, a family name. */
function readUnits(context: EntityContext, at: number, afterTitle: boolean): Unit[] {
  const { tokens } = context;
  const { givenNames, givenNamesAlsoWords } = entityVocabulary();
  const isGiven = (key: string, first: boolean): boolean => givenNames.has(key) || (afterTitle && first && givenNamesAlsoWords.has(key));
  const units: Unit[] = [];
  let i = at;
  while (i < tokens.length && units.length < 8) {
    const token = tokens[i]!;
    if (token.kind !== 'word' || (i > at && (!follows(context, i) || token.prefixes.length > 0))) break;
    const key = i === at ? stemKey(token) : token.normal;
    const compound = compoundGiven(context, i);
    if (compound !== null) {
      units.push({ kind: 'given', first: i, last: compound });
      i = compound + 1;
    } else if (units.length === 0 && isPersonWord(key, 'honorific')) {
      units.push({ kind: 'honorific', first: i, last: i });
      i++;
    } else if ((units.length > 0 || kunyas.has(key)) && isPersonWord(key, 'particle') && tokens[i + 1]?.kind === 'word' && follows(context, i + 1)) {
      // "بن جاسم", "آل ثاني", "أولاد ملود", "بن عبد العزيز"; "أبو بكر" opens a name
      const last = compoundGiven(context, i + 1) ?? i + 1;
      units.push({ kind: units.length === 0 ? 'given' : 'particle', first: i, last });
      i = last + 1;
    } else if ((isGiven(key, units.length === 0) || (units.length === 0 && opensChain(context, i))) && units.every((unit) => unit.kind !== 'family')) {
      units.push({ kind: 'given', first: i, last: i });
      i++;
    } else if ((units.length > 0 || i === at) && !isKnownOtherName(context, i) && (!isCommon(key) || hasApposition(context, i))) {
      units.push({ kind: 'family', first: i, last: i });
      i++;
      break;
    } else {
      break;
    }
  }
  return units;
}

/**
 * Can a person's name start at token `at` though its key opens no title, given name, kunya or
 * honorific (those are looked up with the other readers' openers)? "عبد…" compounds and chains.
 */
export function mayOpenPersonOtherwise(context: EntityContext, at: number, keys: readonly string[]): boolean {
  return keys.some((key) => key.startsWith(abd)) || opensChain(context, at);
}

/**
 * A person named by pattern: a title before a name ("السيد عبد اللطيف حموشي"), a chain of given
 * names and particles ("سعد بن جاسم الخليفي", "خالد بن خليفة بن عبدالعزيز آل ثاني"), a given name
 * and a family name ("مولاي احمد الجعفري", "عبد الواحد أولاد ملود"), or a name set beside a role
 * ("محمد الطيار، خبير الدراسات"). The title is not part of the name.
 */
export function personAt(context: EntityContext, at: number): FoundEntity | null {
  const { tokens } = context;
  const title = entityVocabulary().titles.matchAt(tokens, at);
  const nameAt = title && follows(context, title.last + 1) ? title.last + 1 : at;
  // A name right after a title carries no preposition: "المدير العام لمراقبة التراب" is a role.
  if (title && tokens[nameAt]!.prefixes.length > 0) return null;
  const units = readUnits(context, nameAt, title !== null);
  const [first] = units;
  if (!first) return null;
  const last = units[units.length - 1]!;
  const opensLikeName = first.kind === 'given' || first.kind === 'honorific';
  // After a title the name opens with a given name, or a word no dictionary knows ("الرئيس تبون");
  // without a title, a name opens with a given name and has two units.
  const firstKey = tokens[first.first]!.normal;
  const unknownWord = first.kind === 'family' && firstKey.length >= 3 && !isCommon(firstKey) && !firstKey.startsWith(article);
  const enough = title ? opensLikeName || unknownWord : opensLikeName && units.length >= 2;
  if (!enough || last.kind === 'honorific') return null;
  // "الملك محمد السادس": a listed name that reaches as far is read from the name itself.
  const listed = title ? context.gazetteer.matchAt(tokens, nameAt) : null;
  if (listed && listed.last >= last.last) return null;
  const span = spanText(context, nameAt, last.last);
  const family = units.filter((unit) => unit.kind === 'family' || (unit.kind === 'particle' && unit === last));
  const familyWords = family.flatMap((unit) => tokens.slice(unit.first, unit.last + 1).map((token) => token.normal));
  const key = normaliseKey(span.text).split(/\s+/).join('-');
  return {
    first: nameAt,
    last: last.last,
    ...span,
    type: 'PERSON',
    id: `person:${key}`,
    name: { ar: span.text },
    form: 'name',
    ...(familyWords.length > 0 ? { family: familyWords } : {}),
  };
}
