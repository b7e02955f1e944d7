/**
 * The benchmark's texts: the five seed articles of fixtures/, and a deterministic corpus of
 * realistic Arabic news generated from them.
 *
 * The seeds are split into sentences (with the library's own `splitSentences`); each sentence
 * becomes a template whose digit runs, month names and country/city names are slots. An article is
 * 8–30 sentences drawn from a shuffled deck of templates, grouped into paragraphs, every slot filled
 * afresh: numbers of the same size (years stay years, days stay days), another month name of the
 * same calendar, another country or city from the built-in gazetteer. A seeded PRNG (mulberry32)
 * makes the corpus the same on every run and machine. Nothing is written to disk.
 *
 * Sizes are UTF-8 bytes of the text (1 MB = 10⁶ bytes): the corpus grows until the UTF-8 length of
 * its articles reaches the target.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gazetteerEntries } from '../src/generated/gazetteer.js';
import { monthNames } from '../src/generated/month-names.js';
import { normalise } from '../src/normalise/index.js';
import { splitSentences, tokenise } from '../src/tokenise/index.js';
import { utf8Bytes } from './measure.js';

export const DEFAULT_SEED = 20221117;
/** The reference date given with every generated article (the seeds are news of 2022). */
export const CORPUS_REFERENCE_DATE = '2022-11-20';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

export interface Article {
  readonly name: string;
  readonly text: string;
  readonly referenceDate: string;
}

/** The five seed articles, with the reference date their gold file gives. */
export function loadFixtures(): Article[] {
  const seeds = join(repoRoot, 'fixtures', 'seeds');
  const gold = join(repoRoot, 'fixtures', 'gold');
  return readdirSync(seeds)
    .filter((file) => file.endsWith('.txt'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.txt$/u, '');
      const text = readFileSync(join(seeds, file), 'utf8');
      let referenceDate = CORPUS_REFERENCE_DATE;
      try {
        const parsed = JSON.parse(readFileSync(join(gold, `${name}.json`), 'utf8')) as { referenceDate?: unknown };
        if (typeof parsed.referenceDate === 'string') referenceDate = parsed.referenceDate;
      } catch {
        // No gold file: the corpus's reference date will do for timing.
      }
      return { name, text, referenceDate };
    });
}

// ---------------------------------------------------------------- PRNG

/** mulberry32: a small, fast, well-mixed 32-bit PRNG; returns floats in [0, 1). */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export class Random {
  readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  /** An integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------- templates

type Slot =
  | { readonly kind: 'number'; readonly digits: number; readonly zero: number; readonly role: 'year' | 'day' | 'plain'; readonly leading: boolean }
  | { readonly kind: 'month'; readonly calendar: string }
  | { readonly kind: 'place'; readonly subtype: 'country' | 'city' };

type Segment = string | Slot;

/** A seed sentence with its variable parts cut out. */
interface Template {
  readonly segments: readonly Segment[];
  /** Ends with . ! ? ؟ and the like, so it can share a paragraph with the next sentence. */
  readonly closed: boolean;
}

/** Runs of ASCII, Arabic-Indic and Eastern Arabic-Indic digits, each kept in its own script. */
const digitRun = /[0-9]+|[\u0660-\u0669]+|[\u06F0-\u06F9]+/gu;
const word = /[\p{L}\p{M}]+/gu;
/** Proclitics a name or month may carry ("بقطر", "والمغرب", "لفرنسا"), tried after the bare word. */
const proclitics = ['و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'وك', 'فب', 'فل'];

interface Phrase {
  readonly words: readonly string[];
  readonly slot: Slot;
}

interface Vocabulary {
  /** Names and months by their first word, longest first. */
  readonly byFirstWord: ReadonlyMap<string, readonly Phrase[]>;
  readonly months: ReadonlyMap<string, readonly string[]>;
  readonly places: { readonly country: readonly string[]; readonly city: readonly string[] };
}

let vocabulary: Vocabulary | undefined;

function buildVocabulary(): Vocabulary {
  const byFirstWord = new Map<string, Phrase[]>();
  const add = (name: string, slot: Slot): void => {
    const words = name.split(/\s+/u).filter(Boolean);
    if (words.length === 0 || name.length < 3) return;
    const list = byFirstWord.get(words[0]!) ?? [];
    list.push({ words, slot });
    byFirstWord.set(words[0]!, list);
  };
  const months = new Map<string, string[]>();
  for (const [name, , calendar] of monthNames) {
    add(name, { kind: 'month', calendar });
    months.set(calendar, [...(months.get(calendar) ?? []), name]);
  }
  const places = { country: [] as string[], city: [] as string[] };
  for (const [, type, subtype, ar, , aliases] of gazetteerEntries) {
    if (type !== 'LOC' || (subtype !== 'country' && subtype !== 'city')) continue;
    places[subtype].push(ar);
    for (const name of [ar, ...aliases]) add(name, { kind: 'place', subtype });
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, months, places };
}

/** The month or place that starts at word `at`, and the proclitic it carries. */
function phraseAt(words: readonly RegExpExecArray[], at: number, text: string, vocab: Vocabulary): { phrase: Phrase; prefix: string } | null {
  const first = words[at]![0];
  for (const prefix of ['', ...proclitics]) {
    if (!first.startsWith(prefix)) continue;
    const bare = first.slice(prefix.length);
    if (prefix && bare.length < 3) continue;
    for (const phrase of vocab.byFirstWord.get(bare) ?? []) {
      let fits = at + phrase.words.length <= words.length;
      for (let k = 1; fits && k < phrase.words.length; k++) {
        const previous = words[at + k - 1]!;
        const next = words[at + k]!;
        // Words of a name are separated by spaces only.
        fits = next[0] === phrase.words[k] && /^\s+$/u.test(text.slice(previous.index + previous[0].length, next.index));
      }
      if (fits) return { phrase, prefix };
    }
  }
  return null;
}

function templateOf(sentence: string, vocab: Vocabulary): Template {
  interface Cut {
    readonly start: number;
    readonly end: number;
    readonly slot: Slot;
  }
  const cuts: Cut[] = [];
  const words = [...sentence.matchAll(word)];
  for (let at = 0; at < words.length; at++) {
    const found = phraseAt(words, at, sentence, vocab);
    if (!found) continue;
    const start = words[at]!.index + found.prefix.length;
    const last = words[at + found.phrase.words.length - 1]!;
    cuts.push({ start, end: last.index + last[0].length, slot: found.phrase.slot });
    at += found.phrase.words.length - 1;
  }
  for (const match of sentence.matchAll(digitRun)) {
    const start = match.index;
    const end = start + match[0].length;
    const before = sentence[start - 1] ?? '';
    const value = Number([...match[0]].map(digitValue).join(''));
    const afterGroupMark = /[.,٫٬]/u.test(before) && /[0-9\u0660-\u0669\u06F0-\u06F9]/u.test(sentence[start - 2] ?? '');
    const role = match[0].length === 4 && value >= 1900 && value <= 2099 ? 'year' : 'plain';
    cuts.push({ start, end, slot: { kind: 'number', digits: match[0].length, zero: zeroOf(match[0]), role, leading: !afterGroupMark } });
  }
  cuts.sort((a, b) => a.start - b.start);
  // A one- or two-digit number right before a month is a day of the month.
  for (let i = 0; i + 1 < cuts.length; i++) {
    const cut = cuts[i]!;
    const next = cuts[i + 1]!;
    if (cut.slot.kind === 'number' && cut.slot.digits <= 2 && next.slot.kind === 'month' && /^\s+$/u.test(sentence.slice(cut.end, next.start))) {
      cuts[i] = { ...cut, slot: { ...cut.slot, role: 'day' } };
    }
  }
  const segments: Segment[] = [];
  let from = 0;
  for (const cut of cuts) {
    if (cut.start < from) continue; // overlaps the cut before it
    if (cut.start > from) segments.push(sentence.slice(from, cut.start));
    segments.push(cut.slot);
    from = cut.end;
  }
  if (from < sentence.length) segments.push(sentence.slice(from));
  return { segments, closed: /[.!?؟…]["'»)\]]*$/u.test(sentence.trimEnd()) };
}

function digitValue(char: string): number {
  const code = char.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return code - 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return code - 0x06f0;
  return code - 0x30;
}

/** The code of the zero of a digit run's script. */
function zeroOf(run: string): number {
  const code = run.charCodeAt(0);
  if (code >= 0x0660 && code <= 0x0669) return 0x0660;
  if (code >= 0x06f0 && code <= 0x06f9) return 0x06f0;
  return 0x30;
}

const arabicLetters = /[\u0621-\u064A]/gu;

/** Sentences of the seeds worth reusing: at least three Arabic words (no photo captions). */
function seedTemplates(fixtures: readonly Article[], vocab: Vocabulary): Template[] {
  const templates: Template[] = [];
  for (const { text } of fixtures) {
    const tokens = tokenise(text, normalise(text));
    for (const sentence of splitSentences(text, tokens)) {
      const arabicWords = sentence.text.split(/\s+/u).filter((part) => (part.match(arabicLetters)?.length ?? 0) >= 2).length;
      if (arabicWords >= 3) templates.push(templateOf(sentence.text, vocab));
    }
  }
  return templates;
}

// ---------------------------------------------------------------- filling

function fillNumber(slot: Extract<Slot, { kind: 'number' }>, random: Random): string {
  let value: string;
  if (slot.role === 'year') value = String(random.int(1990, 2030));
  else if (slot.role === 'day') value = String(random.int(1, 28)).padStart(slot.digits === 2 && random.next() < 0.2 ? 2 : 1, '0');
  else {
    value = '';
    for (let i = 0; i < slot.digits; i++) value += String(i === 0 && slot.leading ? random.int(1, 9) : random.int(0, 9));
  }
  if (slot.zero === 0x30) return value;
  return String.fromCharCode(...[...value].map((digit) => slot.zero + Number(digit)));
}

function render(template: Template, random: Random, vocab: Vocabulary): string {
  let out = '';
  for (const segment of template.segments) {
    if (typeof segment === 'string') out += segment;
    else if (segment.kind === 'number') out += fillNumber(segment, random);
    else if (segment.kind === 'month') out += random.pick(vocab.months.get(segment.calendar)!);
    else out += random.pick(vocab.places[segment.subtype]);
  }
  return out;
}

export interface CorpusOptions {
  readonly seed?: number;
  /** Stop when the articles reach this many UTF-8 bytes (default 5,000,000). */
  readonly targetBytes?: number;
  readonly minSentences?: number;
  readonly maxSentences?: number;
}

export interface Corpus {
  readonly seed: number;
  readonly articles: readonly Article[];
  /** UTF-8 bytes of all the articles. */
  readonly bytes: number;
  readonly templates: number;
  readonly slots: { readonly number: number; readonly month: number; readonly place: number };
}

/** Generates the corpus; the same options give the same articles, byte for byte. */
export function generateCorpus(options: CorpusOptions = {}): Corpus {
  const { seed = DEFAULT_SEED, targetBytes = 5_000_000, minSentences = 8, maxSentences = 30 } = options;
  vocabulary ??= buildVocabulary();
  const vocab = vocabulary;
  const templates = seedTemplates(loadFixtures(), vocab);
  if (templates.length === 0) throw new Error('bench/corpus: no sentences in fixtures/seeds');
  const slots = { number: 0, month: 0, place: 0 };
  for (const template of templates) for (const segment of template.segments) if (typeof segment !== 'string') slots[segment.kind]++;

  const random = new Random(seed);
  let deck: number[] = [];
  const draw = (): Template => {
    if (deck.length === 0) deck = random.shuffle(templates.map((_, i) => i));
    return templates[deck.pop()!]!;
  };

  const articles: Article[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const count = random.int(minSentences, maxSentences);
    const paragraphs: string[] = [];
    let paragraph: string[] = [];
    let room = random.int(1, 3);
    for (let i = 0; i < count; i++) {
      const template = draw();
      paragraph.push(render(template, random, vocab).trim());
      // A sentence without final punctuation ends at a line break, so it ends its paragraph.
      if (--room === 0 || !template.closed || i === count - 1) {
        paragraphs.push(paragraph.join(' '));
        paragraph = [];
        room = random.int(1, 3);
      }
    }
    const text = `${paragraphs.join('\n\n')}\n`;
    articles.push({ name: `corpus-${articles.length}`, text, referenceDate: CORPUS_REFERENCE_DATE });
    bytes += utf8Bytes(text);
  }
  return { seed, articles, bytes, templates: templates.length, slots };
}

/**
 * The first articles of a list up to `bytes` UTF-8 bytes (at least one): the "1×" set of the
 * scaling measurement.
 */
export function takeBytes(articles: readonly Article[], bytes: number): Article[] {
  const taken: Article[] = [];
  let total = 0;
  for (const article of articles) {
    if (total >= bytes) break;
    taken.push(article);
    total += utf8Bytes(article.text);
  }
  return taken;
}

// ---------------------------------------------------------------- synthetic gazetteer entries

const consonants = [...'بتثجحخدذرزسشصضطظعغفقكلمنهوي'];
const vowels = ['', '', 'ا', 'و', 'ي'];
const proclitic = /^[وفبكلس]/u;
const types = ['PERSON', 'ORG', 'LOC', 'EVENT', 'MISC'] as const;

export interface SyntheticEntry {
  readonly id: string;
  readonly type: (typeof types)[number];
  readonly name: { readonly ar: string };
  readonly aliases?: string[];
}

function syntheticWord(random: Random): string {
  let out = '';
  const syllables = random.int(2, 4);
  for (let i = 0; i < syllables; i++) out += random.pick(consonants) + random.pick(vowels);
  return out;
}

/**
 * `count` plausible gazetteer entries, names of 1–3 words of random Arabic syllables, some with
 * the article or an alias; ids `synthetic:N`. A word in `avoid` (the measured text's words) is
 * never used: a synthetic name that happens to be a real word ("ما", "لا") would add matches, and
 * the benchmark would time more entities found instead of a slower lookup.
 */
export function syntheticEntries(count: number, avoid: ReadonlySet<string> = new Set(), seed = DEFAULT_SEED + count): SyntheticEntry[] {
  const random = new Random(seed);
  const freshWord = (): string => {
    for (;;) {
      const word = syntheticWord(random);
      // A first letter that is also a proclitic (وبا → و + با, سفي → س + في) would let the tokeniser split the name into a real word.
      if (!avoid.has(word) && !avoid.has(`ال${word}`) && !proclitic.test(word)) return word;
    }
  };
  const entries: SyntheticEntry[] = [];
  for (let n = 0; n < count; n++) {
    const words = random.int(1, 3);
    const name = Array.from({ length: words }, (_, i) => (i === 0 && random.next() < 0.3 ? 'ال' : '') + freshWord()).join(' ');
    const type = random.pick(types);
    entries.push(random.next() < 0.2 ? { id: `synthetic:${n}`, type, name: { ar: name }, aliases: [freshWord()] } : { id: `synthetic:${n}`, type, name: { ar: name } });
  }
  return entries;
}
