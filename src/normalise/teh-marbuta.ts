import type { Fold } from './fold.js';

/**
 * Teh marbuta → heh. Final ة is often typed as ه (المديرية / المديريه), and pausal pronunciation
 * makes them sound alike, so matching must not depend on the dots. The Urdu teh marbuta goal
 * shape (ۃ) turns up in text typed on Urdu or Persian layouts.
 */
export const TEH_MARBUTA: Fold = {
  chars: {
    'ة': 'ه', // U+0629 teh marbuta
    'ۃ': 'ه', // U+06C3 teh marbuta goal
  },
};
