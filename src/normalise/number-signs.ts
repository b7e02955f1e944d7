import type { Fold } from './fold.js';

/**
 * The Arabic decimal point, thousands separator and percent sign → ASCII. Once digits are ASCII,
 * the number grammar only has to know one spelling of "1.5", "6,000" and "50%". The per mille
 * sign ؉ has no ASCII equivalent and is left alone.
 */
export const NUMBER_SIGNS: Fold = {
  chars: {
    '٫': '.', // U+066B Arabic decimal separator
    '٬': ',', // U+066C Arabic thousands separator
    '٪': '%', // U+066A Arabic percent sign
  },
};
