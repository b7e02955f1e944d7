import { lexiconWords } from '../generated/lexicon.js';
import { normaliseKey } from '../normalise/index.js';

/**
 * Suffixes a known word may carry and still be recognised: pronouns, sound plurals, the dual.
 * `restoreTehMarbuta`: before these, a final ة is written ت ("وزارة" + "ها" → "وزارتها"), and the
 * feminine plural ات replaces the ة ("زيارة" → "زيارات").
 */
const suffixes: readonly { key: string; restoreTehMarbuta: boolean }[] = [
  'تهما', 'تهم', 'تها', 'تنا', 'تكم', 'تان', 'تين', 'اتها', 'اتهم', 'اته',
  'هما', 'هم', 'هن', 'ها', 'كم', 'كن', 'نا', 'ات', 'ون', 'ين', 'ان', 'ته', 'ه', 'ي', 'ك',
]
  .map((suffix) => ({ key: normaliseKey(suffix), restoreTehMarbuta: suffix.startsWith('ت') || suffix.startsWith('ات') }))
  .sort((a, b) => b.key.length - a.key.length);

const tehMarbutaKey = normaliseKey('ة');

/** The lexicon as normalised keys, built once on first use. */
let knownKeys: Set<string> | undefined;

function keys(): Set<string> {
  knownKeys ??= new Set(lexiconWords.map(normaliseKey));
  return knownKeys;
}

/** How a word is known: as it stands, or once a suffix is taken off. */
export type KnownAs = 'exact' | 'inflected';

/**
 * Whether `key` (a normalised word) is a known word, bare ("exact") or with a pronoun or plural
 * suffix ("inflected"); null when it is not known. The base must keep three letters, so short
 * words do not turn everything ending in ان or ها into a match.
 *
 * @example
 * knownAs(normaliseKey('وزارة'))    // 'exact'
 * knownAs(normaliseKey('وزارتها')) // 'inflected': وزارة + ها
 */
export function knownAs(key: string): KnownAs | null {
  const known = keys();
  if (known.has(key)) return 'exact';
  for (const suffix of suffixes) {
    if (key.length - suffix.key.length < 3 || !key.endsWith(suffix.key)) continue;
    const base = key.slice(0, key.length - suffix.key.length);
    if (known.has(base)) return 'inflected';
    // "زيارات" → "زيار" + ة; "وزارتها" → "وزار" + ة
    if (suffix.restoreTehMarbuta && known.has(base + tehMarbutaKey)) return 'inflected';
  }
  return null;
}

/**
 * True when `key` (a normalised word) is a known word, bare or with a pronoun or plural suffix.
 *
 * @example
 * isKnownWord(normaliseKey('وزارتها')) // true: وزارة + ها
 */
export function isKnownWord(key: string): boolean {
  return knownAs(key) !== null;
}
