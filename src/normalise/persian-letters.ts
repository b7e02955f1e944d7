import type { Fold } from './fold.js';

/**
 * Persian and Urdu letter shapes → their Arabic counterparts. Text pasted from Persian or Urdu
 * keyboards, fonts and converters looks identical on screen but uses different code points
 * (e.g. ی for ي in رئیس), which would silently break every lookup.
 */
export const PERSIAN_LETTERS: Fold = {
  chars: {
    'ی': 'ي', // U+06CC Farsi yeh
    'ک': 'ك', // U+06A9 keheh
    'ہ': 'ه', // U+06C1 heh goal
    'ە': 'ه', // U+06D5 ae
  },
};
