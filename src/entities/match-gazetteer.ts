import { stemKey } from '../_lib/phrase-index.js';
import { normaliseKey } from '../normalise/index.js';
import type { EntityContext, FoundEntity } from './context.js';
import { follows, spanText } from './context.js';
import type { NameHit } from './gazetteer.js';
import { entityVocabulary } from './vocabulary.js';

/** Prepositions before an ambiguous name that make it a place: "في مالي", "إلى عمان". */
const placePrepositions = new Set(['في', 'الي', 'من', 'نحو', 'داخل', 'خارج'].map(normaliseKey));
/**
 * Place nouns in construct before an ambiguous name: "دولة مالي", "سلطنة عمان", "مدينة العين",
 * "العاصمة الرباط" — indefinite, or the capital; "المدينة الجديدة" is "the new city".
 */
const placeNouns = new Set(['دوله', 'سلطنه', 'مدينه', 'عاصمه', 'العاصمه', 'جمهوريه', 'مملكه', 'بلد', 'بلاد', 'ولايه', 'اقليم', 'محافظه'].map(normaliseKey));
/** Proclitics that are prepositions of place: "بمالي", "لعمان". */
const placeProclitics = new Set(['ب', 'ل']);

function hitEntity(context: EntityContext, hit: NameHit, first: number, last: number): FoundEntity {
  const { entry, form } = hit;
  return {
    first,
    last,
    ...spanText(context, first, last),
    type: entry.type,
    ...(entry.subtype ? { subtype: entry.subtype } : {}),
    id: entry.id,
    name: { ar: entry.ar, ...(entry.en ? { en: entry.en } : {}) },
    form,
  };
}

/**
 * "كأس العالم 2026", "أولمبياد باريس 2024", "الألعاب الأولمبية بطوكيو 2021": an event's edition,
 * told apart by its host city and its year; the city stands on its own too.
 */
function withEdition(context: EntityContext, event: FoundEntity): FoundEntity {
  let last = event.last;
  let city: FoundEntity | null = null;
  const next = context.tokens[last + 1];
  if (next && follows(context, last + 1)) {
    const hit = context.gazetteer.matchAt(context.tokens, last + 1);
    if (hit && hit.entry.entry.type === 'LOC' && hit.entry.entry.subtype === 'city' && hit.entry.form === 'name') {
      city = hitEntity(context, hit.entry, hit.first, hit.last);
      last = hit.last;
    }
  }
  const year = follows(context, last + 1) ? context.numberAt.get(last + 1) : undefined;
  if (!year?.yearLike || context.tokens[last + 1]!.prefixes.length > 0) {
    // "أولمبياد باريس" names the edition by its city; "كأس العالم بالدوحة" only says where.
    if (!city || context.tokens[city.first]!.prefixes.length > 0) return event;
    return { ...event, last: city.last, ...spanText(context, event.first, city.last), inner: [city] };
  }
  const lastToken = year.lastToken;
  return {
    ...event,
    last: lastToken,
    ...spanText(context, event.first, lastToken),
    id: `${event.id}-${year.value}`,
    ...(city ? { inner: [city] } : {}),
  };
}

function isComma(context: EntityContext, at: number): boolean {
  const token = context.tokens[at];
  return token !== undefined && (token.normal === '،' || token.normal === ',');
}

/** The entities found, by their first and by their last token: a neighbour in one lookup, however long the text. */
interface Neighbours {
  readonly byFirst: ReadonlyMap<number, FoundEntity>;
  readonly byLast: ReadonlyMap<number, FoundEntity>;
}

function neighboursOf(found: readonly FoundEntity[]): Neighbours {
  const byFirst = new Map<number, FoundEntity>();
  const byLast = new Map<number, FoundEntity>();
  for (const entity of found) {
    if (!byFirst.has(entity.first)) byFirst.set(entity.first, entity);
    if (!byLast.has(entity.last)) byLast.set(entity.last, entity);
  }
  return { byFirst, byLast };
}

/** Does an ambiguous name ("مالي", "عمان") have support around it? */
function isSupported(context: EntityContext, entity: FoundEntity, { byFirst, byLast }: Neighbours): boolean {
  const token = context.tokens[entity.first]!;
  // "بالعين المجردة": a definite word right after it makes a noun phrase, not a place.
  const after = context.tokens[entity.last + 1];
  const describedNoun = after !== undefined && after.kind === 'word' && after.prefixes.length === 0 && after.normal.startsWith('ال') && follows(context, entity.last + 1);
  if (token.prefixes.some((prefix) => placeProclitics.has(prefix)) && !describedNoun) return true;
  const before = context.tokens[entity.first - 1];
  const beforeKey = before ? stemKey(before) : '';
  if (placePrepositions.has(beforeKey) || placeNouns.has(beforeKey)) return true;
  // In a list of places: "والسودان ومالي وفرنسا", "مصر، مالي، تشاد".
  const listed = (other: FoundEntity | undefined, joined: boolean): boolean => other !== undefined && other.type === 'LOC' && joined;
  const previous = byLast.get(entity.first - 1) ?? (isComma(context, entity.first - 1) ? byLast.get(entity.first - 2) : undefined);
  const next = byFirst.get(entity.last + 1) ?? (isComma(context, entity.last + 1) ? byFirst.get(entity.last + 2) : undefined);
  const conjoined = (at: number | undefined): boolean => at !== undefined && (context.tokens[at]?.prefixes.includes('و') ?? false);
  return listed(previous, conjoined(entity.first) || isComma(context, entity.first - 1)) || listed(next, conjoined(next?.first) || isComma(context, entity.last + 1));
}

/** The longest gazetteer name at token `at`, with its edition for an event. */
export function gazetteerAt(context: EntityContext, at: number): FoundEntity | null {
  const hit = context.gazetteer.matchAt(context.tokens, at);
  if (!hit) return null;
  const entity = hitEntity(context, hit.entry, hit.first, hit.last);
  return entity.type === 'EVENT' ? withEdition(context, entity) : entity;
}

/** Drops ambiguous names that nothing around supports. */
export function keepSupported(context: EntityContext, found: readonly FoundEntity[]): FoundEntity[] {
  const { ambiguous } = entityVocabulary();
  let neighbours: Neighbours | undefined;
  return found.filter((entity) => {
    if (entity.first !== entity.last || entity.form !== 'name') return true;
    const key = stemKey(context.tokens[entity.first]!);
    if (!ambiguous.has(key)) return true;
    neighbours ??= neighboursOf(found);
    return isSupported(context, entity, neighbours);
  });
}
