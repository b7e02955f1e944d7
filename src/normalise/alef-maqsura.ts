import type { Fold } from './fold.js';

/**
 * Alef maqsura → yeh. Egyptian and much online writing drops the dots of final yeh (and some
 * writers add them to alef maqsura), so مستشفى / مستشفي and على / علي must share a key.
 */
export const ALEF_MAQSURA: Fold = {
  chars: {
    'ى': 'ي', // U+0649 alef maqsura
  },
};
