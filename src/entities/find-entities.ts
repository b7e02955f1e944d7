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
import { mayOpenPerson, personAt } from './person-name.js';
import { entityVocabulary } from './vocabulary.js';

/** When two readings cover the same tokens: a listed name beats a pattern, then by type. */
const typePriority: Record<Entity['type'], number> = { PERSON: 4, ORG: 3, EVENT: 3, LOC: 2, MISC: 1 };

function better(a: FoundEntity, b: FoundEntity | null, aListed: boolean, bListed: boolean): boolean {
  if (!b) return true;
  if (a.last !== b.last) return a.last > b.last;
  if (aListed !== bListed) return aListed;
  return typePriority[a.type] > typePriority[b.type];
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
  const { organisationHeads } = entityVocabulary();
  for (let at = 0; at < tokens.length; at++) {
    const token = tokens[at]!;
    if (token.kind !== 'word') continue;
    // Most words open no name: ask each reader only where its first word could stand.
    const keys = entityKeys(token);
    const listed = keys.some((key) => gazetteer.opensWith(key)) ? gazetteerAt(context, at) : null;
    const patterns = [
      mayOpenPerson(context, at, keys) ? personAt(context, at) : null,
      keys.some((key) => organisationHeads.opensWith(key)) ? organisationAt(context, at) : null,
      tokens[at + 1]?.kind === 'number' ? gluedNameAt(context, at) : null,
    ];
    let best: FoundEntity | null = listed;
    for (const pattern of patterns) {
      if (pattern && better(pattern, best, false, best === listed)) best = pattern;
    }
    if (!best) continue;
    found.push(best, ...(best.inner ?? []));
    at = best.last;
  }
  const kept = keepSupported(context, found);
  const people = kept.filter((entity) => entity.type === 'PERSON');
  const all = [...kept, ...findAliases(context, people, kept)].sort((a, b) => a.start - b.start || b.end - a.end);
  return all.map((entity) => toEntity(input, entity));
}
