import type { Entity, EntityForm, EntityType } from '../../schema/entity.js';
import type { GazetteerEntry } from '../../schema/options.js';
import { compromiseNames } from './compromise-names.js';
import type { EnglishEntry, EnglishGazetteer } from './english-gazetteer.js';
import { buildEnglishGazetteer } from './english-gazetteer.js';
import type { EnglishWord } from './words.js';
import { englishWords } from './words.js';

/** An entity before it becomes a record: its words, and for a person the words that name them again. */
interface Found {
  first: number;
  last: number;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly id: string;
  readonly name: { readonly ar?: string; readonly en?: string };
  readonly form: EntityForm;
  readonly listed: boolean;
}

const year = /^(?:1[89]|20)\d\d$/u;
/** Name particles that belong with the family name after them: "Al Thani", "el-Sisi". */
const familyParticles = new Set(['al', 'el', 'bin', 'ben', 'ibn', 'abu', 'de', 'van', 'von']);
const idPrefix: Record<EntityType, string> = { PERSON: 'person', ORG: 'org', LOC: 'place', EVENT: 'event', MISC: 'misc' };

function fromEntry(entry: EnglishEntry, form: EntityForm, first: number, last: number): Found {
  return {
    first,
    last,
    type: entry.type,
    ...(entry.subtype ? { subtype: entry.subtype } : {}),
    id: entry.id,
    name: { ar: entry.ar, ...(entry.en ? { en: entry.en } : {}) },
    form,
    listed: true,
  };
}

/**
 * "2022 World Cup", "FIFA World Cup 2022", "World Cup Qatar 2022": the edition belongs to the
 * event's name, and its year to its id, as in Arabic ("كأس العالم 2022" → event:fifa-world-cup-2022).
 */
function withEdition(words: readonly EnglishWord[], gazetteer: EnglishGazetteer, event: Found): Found {
  let edition: string | undefined;
  const before = words[event.first - 1];
  if (before && year.test(before.key) && words[event.first]!.joined) {
    event.first--;
    edition = before.key;
  }
  let last = event.last;
  const place = words[last + 1]?.joined ? gazetteer.matchAt(words, last + 1) : null;
  if (place && place.hit.entry.type === 'LOC') last = place.last;
  const after = words[last + 1];
  if (after && after.joined && year.test(after.key)) {
    event.last = last + 1;
    edition ??= after.key;
  }
  return edition === undefined ? event : { ...event, id: `${event.id}-${edition}` };
}

/** The listed names, longest first, read left to right. */
function listedNames(words: readonly EnglishWord[], gazetteer: EnglishGazetteer): Found[] {
  const found: Found[] = [];
  for (let at = 0; at < words.length; at++) {
    let match = gazetteer.matchAt(words, at);
    if (!match) continue;
    // "Sheikh Tamim bin Hamad Al Thani": a longer name starting inside a shorter one wins over it.
    for (let inner = at + 1; inner <= match.last; inner++) {
      const longer = gazetteer.matchAt(words, inner);
      if (longer && longer.last > match.last) {
        match = longer;
        break;
      }
    }
    let entity = fromEntry(match.hit.entry, match.hit.form, match.first, match.last);
    if (entity.type === 'EVENT') entity = withEdition(words, gazetteer, entity);
    found.push(entity);
    at = entity.last;
  }
  return found;
}

/** The index of the word that starts at `start` / ends at `end`, or -1. */
function wordAt(words: readonly EnglishWord[], offset: number, side: 'start' | 'end'): number {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const value = words[middle]![side];
    if (value === offset) return middle;
    if (value < offset) low = middle + 1;
    else high = middle - 1;
  }
  return -1;
}

/** A made-up id for a name no entry lists: "person:en:john-smith". */
function coinedId(type: EntityType, words: readonly EnglishWord[], first: number, last: number): string {
  return `${idPrefix[type]}:en:${words
    .slice(first, last + 1)
    .map((word) => word.key.replace(/'/gu, ''))
    .join('-')}`;
}

/**
 * compromise's names that no listed name covers. One that holds a listed name inside it stays
 * beside it when it is an organisation ("Qatar Football Association" and "Qatar"); otherwise the
 * listed name wins.
 */
function patternNames(text: string, start: number, end: number, words: readonly EnglishWord[], listed: readonly Found[]): Found[] {
  // Which listed name covers each word, and which words a pattern name took: every check below
  // reads only the words of the name at hand, so a long passage costs no more per name.
  const listedAt = new Int32Array(words.length).fill(-1);
  listed.forEach((entity, index) => listedAt.fill(index, entity.first, entity.last + 1));
  const taken = new Uint8Array(words.length);
  const found: Found[] = [];
  for (const name of compromiseNames(text, start, end)) {
    const first = wordAt(words, name.start, 'start');
    const last = wordAt(words, name.end, 'end');
    if (first < 0 || last < first) continue;
    const overlapping = new Set<Found>();
    for (let at = first; at <= last; at++) if (listedAt[at]! >= 0) overlapping.add(listed[listedAt[at]!]!);
    const holds = [...overlapping].every((entity) => entity.first >= first && entity.last <= last && entity.last - entity.first < last - first);
    if (overlapping.size > 0 && !(holds && name.type === 'ORG')) continue;
    if (taken.subarray(first, last + 1).some(Boolean)) continue;
    taken.fill(1, first, last + 1);
    const en = text.slice(words[first]!.start, words[last]!.end);
    found.push({ first, last, type: name.type, id: coinedId(name.type, words, first, last), name: { en }, form: 'name', listed: false });
  }
  return found;
}

/**
 * After "Abdellatif Hammouchi" or "John Smith", a capitalised "Hammouchi" or "Smith" later in the
 * passage is the same person (form "alias"), as the Arabic reader does with "حموشي".
 */
function familyAliases(words: readonly EnglishWord[], entities: readonly Found[]): Found[] {
  // Family names by their first word, so a capitalised word is compared only with those it could start.
  const people = new Map<string, { words: readonly string[]; person: Found }[]>();
  const known = new Set<string>();
  const covered = new Uint8Array(words.length);
  for (const entity of entities) covered.fill(1, entity.first, entity.last + 1);
  const aliases: Found[] = [];
  const byStart = [...entities].sort((a, b) => a.first - b.first);
  let next = 0;
  for (let at = 0; at < words.length; at++) {
    while (next < byStart.length && byStart[next]!.last < at) {
      const person = byStart[next++]!;
      if (person.type !== 'PERSON' || person.last === person.first) continue;
      let family = person.last;
      while (family - 1 > person.first && familyParticles.has(words[family - 1]!.key)) family--;
      const keys = words.slice(family, person.last + 1).map((word) => word.key);
      const key = keys.join(' ');
      if (known.has(key)) continue;
      known.add(key);
      const starting = people.get(keys[0]!) ?? [];
      starting.push({ words: keys, person });
      people.set(keys[0]!, starting);
    }
    if (covered[at] || !words[at]!.capital) continue;
    for (const { words: keys, person } of people.get(words[at]!.key) ?? []) {
      const length = keys.length;
      const span = words.slice(at, at + length);
      if (span.length !== length || span.some((word, offset) => covered[at + offset] || (offset > 0 && !word.joined))) continue;
      if (span.some((word, offset) => word.key !== keys[offset])) continue;
      aliases.push({ ...person, first: at, last: at + length - 1, form: 'alias' });
      covered.fill(1, at, at + length);
      break;
    }
  }
  return aliases;
}

/**
 * The people, organisations, places and events an English passage `text.slice(start, end)` names,
 * spans in `text`: the gazetteer's English names, aliases and demonyms ("Qatar", "U.N.",
 * "Moroccan") linked to the same ids as their Arabic names, names compromise finds that no entry
 * lists (with an id made from the name, "person:en:john-smith"), and family names of people named
 * before. A leading "the" and a possessive "'s" are never part of a span.
 *
 * @example
 * findEnglishEntities("Qatar's emir met Abdellatif Hammouchi.", 0, 38)
 * // → LOC "Qatar" (country:QA), PERSON "Abdellatif Hammouchi" (person:abdellatif-hammouchi)
 */
export function findEnglishEntities(text: string, start: number, end: number, gazetteer?: readonly GazetteerEntry[]): Entity[] {
  const words = englishWords(text, start, end);
  if (words.length === 0) return [];
  const english = buildEnglishGazetteer(gazetteer);
  const listed = listedNames(words, english);
  const patterns = patternNames(text, start, end, words, listed);
  const named = [...listed, ...patterns];
  // A lone family name compromise took for a new person is the person named before.
  const aliases = familyAliases(
    words,
    named.filter((entity) => entity.listed || entity.last > entity.first || entity.type !== 'PERSON'),
  );
  const aliased = new Uint8Array(words.length);
  for (const alias of aliases) aliased.fill(1, alias.first, alias.last + 1);
  const all = [...named.filter((entity) => entity.listed || !aliased.subarray(entity.first, entity.last + 1).some(Boolean)), ...aliases];
  return all
    .sort((a, b) => a.first - b.first || b.last - a.last)
    .map((entity) => {
      const spanStart = words[entity.first]!.start;
      const spanEnd = words[entity.last]!.end;
      return {
        text: text.slice(spanStart, spanEnd),
        start: spanStart,
        end: spanEnd,
        type: entity.type,
        ...(entity.subtype ? { subtype: entity.subtype } : {}),
        id: entity.id,
        name: entity.name,
        form: entity.form,
      };
    });
}
