import type { Fold } from './fold.js';

/**
 * Alef with hamza, madda or wasla → bare alef. Writers, keyboards and news wires are inconsistent
 * about hamza seats on alef (أحمد / احمد, إسرائيل / اسرائيل, آلاف / الاف), so a key that kept
 * them would miss most matches. ٲ and ٳ are rarer alef-with-hamza shapes from other orthographies.
 */
export const ALEF: Fold = {
  chars: {
    'أ': 'ا', // U+0623 alef with hamza above
    'إ': 'ا', // U+0625 alef with hamza below
    'آ': 'ا', // U+0622 alef with madda above
    'ٱ': 'ا', // U+0671 alef wasla
    'ٲ': 'ا', // U+0672 alef with wavy hamza above
    'ٳ': 'ا', // U+0673 alef with wavy hamza below
  },
};
