import { KeyFilter } from '../_lib/key-filter.js';
import type { FoundNumber } from '../numbers/index.js';
import type { Entity } from '../schema/entity.js';
import type { Token } from '../schema/token.js';
import { findAliases } from './aliases.js';
import type { EntityContext, FoundEntity } from './context.js';
import type { Gazetteer } from './gazetteer.js';
import { entityKeys } from './gazetteer.js';
import { gluedNameAt } from './glued-name.js';
import { gazetteerAt, keepSupported } from './match-gazetteer.js';
import { organisationAt } from './organisation-name.js';
import { mayOpenPersonOtherwise, personAt } from './person-name.js';
import { entityVocabulary } from './vocabulary.js';

/** When two readings cover the same tokens: a listed name beats a pattern, then by type. */
const typePriority: Record<Entity['type'], number> = { PERSON: 4, ORG: 3, EVENT: 3, LOC: 2, MISC: 1 };

function better(a: FoundEntity, b: FoundEntity | null, aListed: boolean, bListed: boolean): boolean {
  if (!b) return true;
  if (a.last !== b.last) return a.last > b.last;
  if (aListed !== bListed) return aListed;
  return typePriority[a.type] > typePriority[b.type];
}

const opensName = 1;
const opensOrganisation = 2;
const opensPerson = 4;
/** Past this many keys the openers outgrow the CPU's cache, and a filter in front pays for itself. */
const filterFrom = 12_000;

/** What may start at a word, by its key: flags of the readers to ask. */
interface Openers {
  get(key: string): number;
}
const openersByGazetteer = new WeakMap<Gazetteer, Openers>();

/**
 * What may start at a word, by its key: a listed name, an organisation, a person (flags). One map
 * lookup a key instead of one a reader, built once per gazetteer; for a gazetteer with tens of
 * thousands of the caller's names, a Bloom filter first, so lookups stay as fast as with the built-in
 * names alone.
 */
function openersOf(gazetteer: Gazetteer): Openers {
  const known = openersByGazetteer.get(gazetteer);
  if (known) return known;
  const { organisationHeads, personOpeners } = entityVocabulary();
  const flags = new Map<string, number>();
  const mark = (keys: Iterable<string>, flag: number): void => {
    for (const key of keys) flags.set(key, (flags.get(key) ?? 0) | flag);
  };
  mark(gazetteer.openingKeys(), opensName);
  mark(organisationHeads.openingKeys(), opensOrganisation);
  mark(personOpeners, opensPerson);
  let openers: Openers = { get: (key) => flags.get(key) ?? 0 };
  if (flags.size >= filterFrom) {
    const filter = new KeyFilter(flags.keys(), flags.size);
    openers = { get: (key) => (filter.mightHave(key) ? (flags.get(key) ?? 0) : 0) };
  }
  openersByGazetteer.set(gazetteer, openers);
  return openers;
}

function toEntity(input: string, found: FoundEntity): Entity {
  return {
    text: input.slice(found.start, found.end),
    start: found.start,
    end: found.end,
    type: found.type,
    ...(found.subtype ? { subtype: found.subtype } : {}),
    id: found.id,
    name: found.name,
    form: found.form,
  };
}

/**
 * The people, organisations, places and events a text names: the gazetteer's names, aliases and
 * demonyms through proclitics ("بقطر" → "قطر"), longest first; events with their edition ("كأس
 * العالم 2026"); people, organisations by pattern; and the family names of people found, later in
 * the text, as aliases.
 *
 * @example
 * // "استقبل الشيخ خالد بن خليفة بن عبدالعزيز آل ثاني السيد عبد اللطيف حموشي بقطر"
 * // → PERSON "خالد بن خليفة بن عبدالعزيز آل ثاني", PERSON "عبد اللطيف حموشي", LOC "قطر" (country:QA)
 */
export function findEntities(input: string, tokens: readonly Token[], numbers: readonly FoundNumber[], gazetteer: Gazetteer): Entity[] {
  const context: EntityContext = { input, tokens, gazetteer, numberAt: new Map(numbers.map((number) => [number.firstToken, number])) };
  const found: FoundEntity[] = [];
  const openers = openersOf(gazetteer);
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word') continue;
    // Most words open no name: ask each reader only where its first word could stand.
    const keys = entityKeys(token);
    let opens = 0;
    for (const key of keys) opens |= openers.get(key);
    let best: FoundEntity | null = opens & opensName ? gazetteerAt(context, at) : null;
    const listed = best;
    const person = opens & opensPerson || mayOpenPersonOtherwise(context, at, keys) ? personAt(context, at) : null;
    if (person && better(person, best, false, best === listed)) best = person;
    const organisation = opens & opensOrganisation ? organisationAt(context, at) : null;
    if (organisation && better(organisation, best, false, best === listed)) best = organisation;
    const glued = tokens[at + 1]?.kind === 'number' ? gluedNameAt(context, at) : null;
    if (glued && better(glued, best, false, best === listed)) best = glued;
    if (!best) continue;
    found.push(best);
    if (best.inner) found.push(...best.inner);
    at = best.last;
  }
  const kept = keepSupported(context, found);
  const people = kept.filter((entity) => entity.type === 'PERSON');
  const all = [...kept, ...findAliases(context, people, kept)].sort((a, b) => a.start - b.start || b.end - a.end);
  return all.map((entity) => toEntity(input, entity));
}
