import { PhraseIndex, stemKey } from '../_lib/phrase-index.js';
import { gazetteerEntries } from '../generated/gazetteer.js';
import type { EntityForm, EntityType } from '../schema/entity.js';
import type { GazetteerEntry } from '../schema/options.js';

/** One gazetteer entry as the matcher uses it. */
export interface Place {
  readonly id: string;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly ar: string;
  readonly en?: string;
}

/** A name of an entry as it may stand in the text. */
export interface NameHit {
  readonly entry: Place;
  readonly form: EntityForm;
}

const article = 'ال';

/** The article on a demonym: tables write "قطري", the text says "القطري" as often. */
function withArticle(word: string): string {
  return word.split(' ').map((part) => (part.startsWith(article) ? part : `${article}${part}`)).join(' ');
}

/**
 * The gazetteer: every name, alias and demonym of every entry in a trie over token stems, so a
 * lookup costs the length of the name it finds, whatever the gazetteer's size, and proclitics
 * ("بقطر", "للمديرية") do not hide a name.
 */
export class Gazetteer {
  readonly #index = new PhraseIndex<NameHit>(stemKey);
  #size = 0;

  /** Adds an entry; names already added keep their first entry, so add the caller's entries first. */
  add(entry: Place, aliases: readonly string[] = [], demonyms: readonly string[] = []): void {
    this.#size++;
    this.#index.add(entry.ar, { entry, form: 'name' });
    for (const alias of aliases) this.#index.add(alias, { entry, form: 'alias' });
    for (const demonym of demonyms) {
      this.#index.add(demonym, { entry, form: 'demonym' });
      this.#index.add(withArticle(demonym), { entry, form: 'demonym' });
    }
  }

  get size(): number {
    return this.#size;
  }

  get index(): PhraseIndex<NameHit> {
    return this.#index;
  }
}

function placeOf(id: string, type: string, subtype: string, ar: string, en: string): Place {
  return { id, type: type as EntityType, ar, ...(subtype ? { subtype } : {}), ...(en ? { en } : {}) };
}

let builtIn: Gazetteer | undefined;

/** Builds a gazetteer from the caller's entries (they win) and the built-in ones. */
export function buildGazetteer(extra: readonly GazetteerEntry[] = []): Gazetteer {
  if (extra.length === 0 && builtIn) return builtIn;
  const gazetteer = new Gazetteer();
  for (const entry of extra) {
    gazetteer.add(placeOf(entry.id, entry.type, entry.subtype ?? '', entry.name.ar, entry.name.en ?? ''), entry.aliases ?? []);
  }
  for (const [id, type, subtype, ar, en, aliases, demonyms] of gazetteerEntries) gazetteer.add(placeOf(id, type, subtype, ar, en), aliases, demonyms);
  if (extra.length === 0) builtIn = gazetteer;
  return gazetteer;
}
