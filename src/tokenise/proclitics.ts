import { remembered } from '../_lib/remember.js';
import type { Proclitic } from '../schema/token.js';
import { isKnownWord, knownAs } from './lexicon.js';

/**
 * One way a word can start with proclitics: the letters as written (normalised), what they are,
 * and whether an article follows them. Built from the order Arabic allows them in:
 * conjunction (و ف) → preposition (ب ك ل) or future particle (س) → article (ال). After ل the
 * article's alef is not written ("للمديرية" = ل + المديرية), so that chain restores it.
 */
interface ProcliticChain {
  /** the chain as it is written, normalised, e.g. "وبال", "لل" */
  readonly surface: string;
  /** the proclitics before the article, e.g. ["و", "ب"] */
  readonly prefixes: readonly Proclitic[];
  /** an article follows the prefixes (written "ال", or only "ل" after the preposition ل) */
  readonly article: boolean;
  /** the future particle: only before a verb's present-tense prefix */
  readonly future: boolean;
}

const conjunctions: readonly ('' | 'و' | 'ف')[] = ['', 'و', 'ف'];
const particles: readonly ('' | 'ب' | 'ك' | 'ل' | 'س')[] = ['', 'ب', 'ك', 'ل', 'س'];

function buildChains(): ProcliticChain[] {
  const chains: ProcliticChain[] = [];
  for (const conjunction of conjunctions) {
    for (const particle of particles) {
      const prefixes = [conjunction, particle].filter((p): p is Exclude<typeof p, ''> => p !== '');
      for (const article of [false, true]) {
        if (article && particle === 'س') continue;
        if (prefixes.length === 0) continue; // a bare article is part of the stem, not a split
        const articleSurface = article ? (particle === 'ل' ? 'ل' : 'ال') : '';
        chains.push({ surface: prefixes.join('') + articleSurface, prefixes, article, future: particle === 'س' });
      }
    }
  }
  return chains.sort((a, b) => b.surface.length - a.surface.length);
}

/** Every chain, longest first. */
const chains: readonly ProcliticChain[] = buildChains();

/** Chains that can stand glued to a number, article included ("الـ21", "والـ18", "لـ600", "بـ2022"). */
const numberChains: ReadonlyMap<string, readonly Proclitic[]> = new Map<string, readonly Proclitic[]>([
  ['ال', ['ال']],
  ...chains.filter((chain) => !chain.future).map((chain): [string, readonly Proclitic[]] => [
    chain.surface,
    chain.article ? [...chain.prefixes, 'ال'] : chain.prefixes,
  ]),
]);

/** The present-tense prefixes a verb carries after the future particle س. */
const presentTensePrefixes = new Set(['ي', 'ت', 'ن', 'ا']);

/** How a word splits: the proclitics, how many letters of the key they take, and the article. */
export interface ProcliticSplit {
  readonly prefixes: readonly Proclitic[];
  /** letters of the normalised word taken by the prefixes (the stem starts there) */
  readonly length: number;
  /** the stem's article was dropped in writing and must be restored ("للمديرية") */
  readonly restoreArticle: boolean;
}

const noSplit: ProcliticSplit = { prefixes: [], length: 0, restoreArticle: false };

function splitOf(chain: ProcliticChain): ProcliticSplit {
  // The article belongs to the stem: "والمغرب" → و + المغرب.
  const restoreArticle = chain.article && chain.surface.endsWith('لل');
  const length = chain.surface.length - (chain.article ? (restoreArticle ? 1 : 2) : 0);
  return { prefixes: chain.prefixes, length, restoreArticle };
}

/**
 * Splits the proclitics off a normalised Arabic word, conservatively: a known word is never
 * split; otherwise a chain is split off when what is left is a known word, or is introduced by
 * the article, or follows a lone و, or is a present-tense verb after س; the stem keeps at least
 * two letters (three after a lone و, whose stem is not checked against the lexicon).
 *
 * @example
 * splitProclitics(normaliseKey('وبالمغرب')) // { prefixes: ['و', 'ب'], length: 2, restoreArticle: false }
 * splitProclitics(normaliseKey('للمديرية')) // { prefixes: ['ل'], length: 1, restoreArticle: true }
 * splitProclitics(normaliseKey('لبنان'))    // { prefixes: [], length: 0, restoreArticle: false }
 */
export function splitProclitics(key: string): ProcliticSplit {
  return key.length < 3 ? noSplit : rememberedSplit(key);
}

// A split costs dozens of lexicon probes: each word's is worked out once.
const rememberedSplit = remembered(computeSplit);

function computeSplit(key: string): ProcliticSplit {
  if (isKnownWord(key)) return noSplit;
  const candidates = chains.filter((chain) => key.length > chain.surface.length && key.startsWith(chain.surface));
  if (candidates.length === 0) return noSplit;

  // 1. What is left is a known word: "بقطر", "وبلد", "ومصر"; a word known as it stands beats one
  //    known only through a suffix ("ولبنان" is و + لبنان, not و + ل + بن-ان).
  for (const wanted of ['exact', 'inflected'] as const) {
    for (const chain of candidates) {
      const rest = key.slice(chain.surface.length);
      if (rest.length < 2) continue;
      const known = chain.article ? (knownAs(`ال${rest}`) ?? knownAs(rest)) : knownAs(rest);
      if (known === wanted) return splitOf(chain);
    }
  }
  // 2. The article is strong evidence: "بالإضافة", "للسهر", "والدول" (but not "بالغ": too short).
  for (const chain of candidates) {
    if (chain.article && key.length - chain.surface.length >= 2) return splitOf(chain);
  }
  // 3. The future particle before a present-tense verb: "سيكون", "وستقام".
  for (const chain of candidates) {
    const rest = key.slice(chain.surface.length);
    if (chain.future && !chain.article && rest.length >= 3 && presentTensePrefixes.has(rest[0] ?? '')) return splitOf(chain);
  }
  // 4. A lone و is nearly always the conjunction when at least three letters follow (light stemming).
  const conjunction = candidates.find((chain) => chain.surface === 'و');
  if (conjunction && key.length - 1 >= 3) return splitOf(conjunction);
  return noSplit;
}

/**
 * The proclitics of letters glued to a number ("لـ600" → ["ل"], "الـ21" → ["ال"]), or null when
 * those letters are not a proclitic chain ("نقاش21").
 *
 * @example
 * numberProclitics('وال') // ['و', 'ال']
 */
export function numberProclitics(key: string): readonly Proclitic[] | null {
  return numberChains.get(key) ?? null;
}
