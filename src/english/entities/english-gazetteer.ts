import { englishDemonyms, englishNames } from '../../generated/english-entities.js';
import { gazetteerEntries } from '../../generated/gazetteer.js';
import type { EntityForm, EntityType } from '../../schema/entity.js';
import type { GazetteerEntry } from '../../schema/options.js';
import type { CaseRule, EnglishWord } from './words.js';
import { nameWords, satisfies, wordKey } from './words.js';

/** A gazetteer entry as the English matcher returns it. */
export interface EnglishEntry {
  readonly id: string;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly ar: string;
  readonly en?: string;
}

export interface EnglishHit {
  readonly entry: EnglishEntry;
  readonly form: EntityForm;
}

interface Candidate {
  readonly hit: EnglishHit;
  readonly rules: readonly CaseRule[];
}

interface TrieNode {
  candidates?: Candidate[];
  readonly next: Map<string, TrieNode>;
}

export interface EnglishMatch {
  readonly hit: EnglishHit;
  readonly first: number;
  readonly last: number;
}

/** Where a name comes from, strongest first: a name two sources give goes to the stronger. */
const enum Source {
  Caller = 0,
  Listed = 1,
  Derived = 2,
  Demonym = 3,
}

interface NameRow {
  readonly name: string;
  readonly hit: EnglishHit;
  readonly source: Source;
}

/** Words a gazetteer's English name may open with that the press often leaves off. */
const titles = ['King', 'Queen', 'Crown Prince', 'Prince', 'Sheikh', 'Emir', 'President'];
const acronym = /^[\p{Lu}\p{N}&+-]{2,}$/u;

/**
 * The names an English `en` cell gives: "Ministry of Interior (Bahrain)" is "Bahrain Ministry of
 * Interior", "Ministry of Interior of Bahrain", "Bahraini Ministry of Interior" and, if no other
 * entry has it, "Ministry of Interior"; "Emirates News Agency (WAM)" is also "WAM"; "King Salman
 * bin Abdulaziz" is also "Salman bin Abdulaziz"; "Khalid bin Khalifa bin Abdulaziz Al Thani" also
 * "Khalid bin Khalifa". A leading "the" is never part of a name.
 */
function namesOfEnglish(en: string, type: string, places: ReadonlyMap<string, string>, demonymsOf: ReadonlyMap<string, readonly string[]>): { name: string; form: EntityForm }[] {
  const names: { name: string; form: EntityForm }[] = [];
  const bracketed = /^(.*?)\s*\(([^)]*)\)\s*$/u.exec(en);
  const bare = (bracketed ? bracketed[1]! : en).replace(/^the\s+/iu, '').trim();
  if (bare) names.push({ name: bare, form: 'name' });
  if (bracketed) {
    const inner = bracketed[2]!.trim();
    const place = places.get(wordKey(inner));
    if (place?.startsWith('country:')) {
      names.push({ name: `${inner} ${bare}`, form: 'alias' }, { name: `${bare} of ${inner}`, form: 'alias' });
      for (const demonym of demonymsOf.get(place)?.slice(0, 1) ?? []) names.push({ name: `${demonym} ${bare}`, form: 'alias' });
    } else if (!place && (acronym.test(inner) || (/^\p{Lu}/u.test(inner) && !/\p{N}/u.test(inner)))) {
      names.push({ name: inner, form: 'alias' });
    }
  }
  const title = titles.find((word) => bare.startsWith(`${word} `));
  if (title && type === 'PERSON') names.push({ name: bare.slice(title.length + 1), form: 'alias' });
  // "King Abdullah II of Jordan" is "Abdullah II" in a story (the title stays out of the span, as
  // in Arabic); a lone given name left ("Queen Rania" → "Rania") is too common to stand for one person.
  const ofCountry = type === 'PERSON' ? /^(.+?) of (\p{Lu}[\p{L} ]+)$/u.exec(bare) : null;
  if (ofCountry && places.get(wordKey(ofCountry[2]!))?.startsWith('country:')) {
    const ruler = ofCountry[1]!;
    const rulerTitle = titles.find((word) => ruler.startsWith(`${word} `));
    const name = rulerTitle ? ruler.slice(rulerTitle.length + 1) : ruler;
    if (name.includes(' ')) names.push({ name, form: 'alias' });
  }
  const words = bare.split(/\s+/u);
  if (type === 'PERSON' && words.length > 3 && words[1] === 'bin') names.push({ name: words.slice(0, 3).join(' '), form: 'alias' });
  return names;
}

/** Names of an entry that the English press mostly uses for something else ("Gregorian"). */
function excluded(): Set<string> {
  return new Set(englishNames.filter(([, , form]) => form === 'not').map(([id, name]) => `${id}|${nameWords(name).keys.join(' ')}`));
}

/**
 * The English names of a gazetteer in a trie over word keys. A name two entries share goes to
 * the stronger source (the caller's entries, then data/english/entities-aliases.tsv, then the
 * gazetteer's `en` column, then demonyms); between entries of the same source, to the country if
 * one of them is a country, and otherwise to none: nothing in "Ministry of Interior" says which.
 */
export class EnglishGazetteer {
  readonly #root: TrieNode = { next: new Map() };

  constructor(rows: readonly NameRow[]) {
    const not = excluded();
    const byKey = new Map<string, NameRow[]>();
    for (const row of rows) {
      const { keys } = nameWords(row.name);
      if (keys.length === 0) continue;
      const key = keys.join(' ');
      if (not.has(`${row.hit.entry.id}|${key}`)) continue;
      const group = byKey.get(key);
      if (group) group.push(row);
      else byKey.set(key, [row]);
    }
    for (const group of byKey.values()) {
      const strongest = Math.min(...group.map((row) => row.source));
      const rows = group.filter((row) => row.source === strongest);
      const ids = new Set(rows.map((row) => row.hit.entry.id));
      let chosen = rows;
      if (ids.size > 1 && strongest !== Source.Caller) {
        const countries = rows.filter((row) => row.hit.entry.subtype === 'country');
        if (new Set(countries.map((row) => row.hit.entry.id)).size !== 1) continue;
        chosen = countries;
      } else if (ids.size > 1) {
        chosen = rows.filter((row) => row.hit.entry.id === rows[0]!.hit.entry.id);
      }
      for (const row of chosen) this.#add(row);
    }
  }

  #add(row: NameRow): void {
    const { keys, rules } = nameWords(row.name);
    let node = this.#root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map() };
        node.next.set(key, child);
      }
      node = child;
    }
    (node.candidates ??= []).push({ hit: row.hit, rules });
  }

  /**
   * The longest name at word `at`, its words joined by spaces or hyphens only, each capitalised as
   * the name asks ("Turkey" names the country, "turkey" does not), one of them at least capitalised.
   */
  matchAt(words: readonly EnglishWord[], at: number): EnglishMatch | null {
    let best: EnglishMatch | null = null;
    let node = this.#root;
    for (let index = at; index < words.length; index++) {
      const word = words[index]!;
      if (index > at && !word.joined) break;
      const child = node.next.get(word.key);
      if (!child) break;
      node = child;
      const span = words.slice(at, index + 1);
      if (!node.candidates || !span.some((each) => each.capital)) continue;
      const fits = node.candidates.find((candidate) => candidate.rules.every((rule, offset) => satisfies(span[offset]!, rule)));
      if (fits) best = { hit: fits.hit, first: at, last: index };
    }
    return best;
  }
}

function entryOf(id: string, type: string, subtype: string, ar: string, en: string): EnglishEntry {
  return { id, type: type as EntityType, ar, ...(subtype ? { subtype } : {}), ...(en ? { en } : {}) };
}

let builtInRows: NameRow[] | undefined;

/** The built-in English names, read from the gazetteer once on first use. */
function builtIn(): NameRow[] {
  if (builtInRows) return builtInRows;
  const entries = new Map<string, EnglishEntry>();
  for (const [id, type, subtype, ar, en] of gazetteerEntries) entries.set(id, entryOf(id, type, subtype, ar, en));
  const demonymsOf = new Map(englishDemonyms);
  const places = new Map<string, string>();
  for (const entry of entries.values()) if (entry.type === 'LOC' && entry.en) places.set(wordKey(entry.en.replace(/^the\s+/iu, '')), entry.id);
  for (const [id, name, form] of englishNames) if (form === 'alias' && id.startsWith('country:')) places.set(wordKey(name), id);
  const rows: NameRow[] = [];
  for (const [id, name, form] of englishNames) {
    const entry = entries.get(id);
    if (entry && form === 'alias') rows.push({ name, hit: { entry, form: 'alias' }, source: Source.Listed });
  }
  for (const entry of entries.values()) {
    if (!entry.en) continue;
    for (const { name, form } of namesOfEnglish(entry.en, entry.type, places, demonymsOf)) rows.push({ name, hit: { entry, form }, source: Source.Derived });
  }
  for (const [id, demonyms] of englishDemonyms) {
    const entry = entries.get(id);
    if (entry) for (const name of demonyms) rows.push({ name, hit: { entry, form: 'demonym' }, source: Source.Demonym });
  }
  builtInRows = rows;
  return rows;
}

let builtInOnly: EnglishGazetteer | undefined;
const byEntries = new WeakMap<readonly GazetteerEntry[], EnglishGazetteer>();

/**
 * The English names of the built-in gazetteer and of the caller's entries (theirs win), built once
 * per array of entries, as the Arabic gazetteer is.
 */
export function buildEnglishGazetteer(extra?: readonly GazetteerEntry[]): EnglishGazetteer {
  if (!extra || extra.length === 0) {
    builtInOnly ??= new EnglishGazetteer(builtIn());
    return builtInOnly;
  }
  const cached = byEntries.get(extra);
  if (cached) return cached;
  const rows: NameRow[] = [];
  for (const entry of extra) {
    if (!entry.name.en) continue;
    const hit = { entry: entryOf(entry.id, entry.type, entry.subtype ?? '', entry.name.ar, entry.name.en), form: 'name' as const };
    rows.push({ name: entry.name.en.replace(/^the\s+/iu, ''), hit, source: Source.Caller });
  }
  const gazetteer = new EnglishGazetteer([...rows, ...builtIn()]);
  byEntries.set(extra, gazetteer);
  return gazetteer;
}
