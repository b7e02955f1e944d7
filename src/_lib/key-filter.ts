/** Bits per key: with two probes, about one absent key in twenty gets through. */
const bitsPerKey = 8;

/** FNV-1a over the UTF-16 code units: quick for the short keys words make. */
function fnv1a(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** The second probe from the same hash, its halves swapped and mixed (double hashing). */
function secondProbe(hash: number): number {
  return Math.imul((hash >>> 16) | (hash << 16), 0x85ebca6b) >>> 0;
}

/**
 * A Bloom filter over string keys: "certainly absent" from a bit array small enough to stay in the
 * CPU's cache. A Map of 100,000 names no longer fits there, and most words of a text are in no name:
 * asking the filter first keeps a lookup as cheap with a huge gazetteer as with a small one.
 */
export class KeyFilter {
  readonly #bits: Uint32Array;
  readonly #mask: number;

  constructor(keys: Iterable<string>, count: number) {
    let size = 1 << 16;
    while (size < count * bitsPerKey) size *= 2;
    this.#bits = new Uint32Array(size / 32);
    this.#mask = size - 1;
    for (const key of keys) {
      const hash = fnv1a(key);
      this.#set(hash & this.#mask);
      this.#set(secondProbe(hash) & this.#mask);
    }
  }

  /** False when `key` was certainly not added; true when it may have been. */
  mightHave(key: string): boolean {
    const hash = fnv1a(key);
    return this.#has(hash & this.#mask) && this.#has(secondProbe(hash) & this.#mask);
  }

  #set(bit: number): void {
    this.#bits[bit >>> 5]! |= 1 << (bit & 31);
  }

  #has(bit: number): boolean {
    return (this.#bits[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }
}
