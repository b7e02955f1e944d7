import type { PhraseMatch } from '../_lib/phrase-index.js';
import { PhraseIndex, stemKey } from '../_lib/phrase-index.js';
import { gazetteerEntries } from '../generated/gazetteer.js';
import type { EntityForm, EntityType } from '../schema/entity.js';
import type { GazetteerEntry } from '../schema/options.js';
import type { Token } from '../schema/token.js';

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
  return word
    .split(' ')
    .map((part) => (part.startsWith(article) ? part : `${article}${part}`))
    .join(' ');
}

/** "المعرض الدولي للأمن الداخلي والدفاع المدني" is also written "… الداخلي و الدفاع المدني". */
function spellings(name: string): string[] {
  const spaced = name.replace(/(^|\s)و(?=\S)/gu, '$1و ');
  return spaced === name ? [name] : [name, spaced];
}

/** A token matches a name by its stem (proclitics off, "للأمن" → "الأمن") or as written. */
export function entityKeys(token: Token): readonly string[] {
  const stem = stemKey(token);
  return stem === token.normal ? [stem] : [stem, token.normal];
}

/** Every name, alias and demonym of some entries, in a trie over token stems. */
class NameTrie {
  readonly index = new PhraseIndex<NameHit>(stemKey);

  add(entry: Place, aliases: readonly string[] = [], demonyms: readonly string[] = []): void {
    for (const name of spellings(entry.ar)) this.index.add(name, { entry, form: 'name' });
    for (const alias of aliases.flatMap(spellings)) this.index.add(alias, { entry, form: 'alias' });
    for (const demonym of demonyms) {
      this.index.add(demonym, { entry, form: 'demonym' });
      this.index.add(withArticle(demonym), { entry, form: 'demonym' });
      // "وفدا أردنيا": the accusative of an indefinite masculine demonym takes an alif.
      if (demonym.endsWith('ي') && !demonym.includes(' ')) this.index.add(`${demonym}ا`, { entry, form: 'demonym' });
    }
  }
}

function placeOf(id: string, type: string, subtype: string, ar: string, en: string): Place {
  return { id, type: type as EntityType, ar, ...(subtype ? { subtype } : {}), ...(en ? { en } : {}) };
}

function addBuiltIn(layer: NameTrie): NameTrie {
  for (const [id, type, subtype, ar, en, aliases, demonyms] of gazetteerEntries) layer.add(placeOf(id, type, subtype, ar, en), aliases, demonyms);
  return layer;
}

/**
 * The gazetteer: the caller's entries and the built-in ones in one trie over token stems, so a
 * lookup costs the length of the name it finds, whatever the gazetteer's size, and proclitics
 * ("بقطر", "للمديرية") do not hide a name.
 */
export class Gazetteer {
  readonly #names: NameTrie;

  constructor(names: NameTrie) {
    this.#names = names;
  }

  /** Can a name start with this key? A cheap test before a lookup. */
  opensWith(key: string): boolean {
    return this.#names.index.opensWith(key);
  }

  /** Every key a name starts with. */
  openingKeys(): IterableIterator<string> {
    return this.#names.index.openingKeys();
  }

  /** The longest name at token `at`. */
  matchAt(tokens: readonly Token[], at: number): PhraseMatch<NameHit> | null {
    return this.#names.index.matchAt(tokens, at, entityKeys);
  }
}

const byEntries = new WeakMap<readonly GazetteerEntry[], Gazetteer>();
let builtInOnly: Gazetteer | undefined;

/**
 * The gazetteer for one call. The caller's entries go in first, so where a name is both theirs and
 * a built-in one, theirs wins. One trie rather than a layer per source: a lookup then costs the
 * same with or without the caller's entries (rebuilding the built-in names, ~60 ms, is paid once
 * per entry list). The same array of entries gives the same gazetteer, built once.
 */
export function buildGazetteer(extra?: readonly GazetteerEntry[]): Gazetteer {
  if (!extra || extra.length === 0) {
    builtInOnly ??= new Gazetteer(addBuiltIn(new NameTrie()));
    return builtInOnly;
  }
  const cached = byEntries.get(extra);
  if (cached) return cached;
  const names = new NameTrie();
  for (const entry of extra) names.add(placeOf(entry.id, entry.type, entry.subtype ?? '', entry.name.ar, entry.name.en ?? ''), entry.aliases ?? []);
  const gazetteer = new Gazetteer(addBuiltIn(names));
  byEntries.set(extra, gazetteer);
  return gazetteer;
}
