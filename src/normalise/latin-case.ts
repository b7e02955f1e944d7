import type { Fold } from './fold.js';

/**
 * Latin, Greek and Cyrillic capitals → lower case. Arabic news quotes brand names, agencies and
 * acronyms in Latin script (AFP / afp, COVID / Covid), and case carries no meaning for matching.
 * Capitals whose lower case is more than one character (İ → i̇) are left alone, so folding stays
 * one character in, at most one character out for these scripts.
 */
export const LATIN_CASE: Fold = {
  ranges: [
    [0x0041, 0x005a], // A–Z
    [0x00c0, 0x024f], // Latin-1 letters, Latin Extended-A and -B
    [0x0370, 0x052f], // Greek and Coptic, Cyrillic, Cyrillic Supplement
    [0x1e00, 0x1fff], // Latin Extended Additional, Greek Extended
    [0x2c60, 0x2c7f], // Latin Extended-C
    [0xa640, 0xa69f], // Cyrillic Extended-B
    [0xa720, 0xa7ff], // Latin Extended-D
  ],
  to: (char) => {
    const lower = char.toLowerCase();
    return lower.length === 1 ? lower : char;
  },
};
