import type { Fold } from './fold.js';

/**
 * Hamza on waw or yeh → the bare carrier. Spelling of hamza seats varies (مسؤول / مسئول / مسوول,
 * رئيس / رييس), so the key drops the hamza like it does on alef.
 *
 * The last three entries are there for canonical equivalence: each is, in Unicode, a letter plus
 * a combining hamza (U+0654), and combining hamza is removed as a diacritic, so the precomposed
 * letter must fold to the same key as its decomposed spelling (ە + ٔ → ه).
 */
export const HAMZA_CARRIERS: Fold = {
  chars: {
    'ؤ': 'و', // U+0624 waw with hamza above
    'ئ': 'ي', // U+0626 yeh with hamza above
    'ۀ': 'ه', // U+06C0 heh with yeh above (= U+06D5 + U+0654)
    'ۂ': 'ه', // U+06C2 heh goal with hamza above (= U+06C1 + U+0654)
    'ۓ': 'ے', // U+06D3 yeh barree with hamza above (= U+06D2 + U+0654)
  },
};
