import type { Fold } from './fold.js';

/**
 * Arabic presentation forms → the letters they draw, through NFKC. Text extracted from PDFs and
 * old systems often carries positional glyphs (ﻗﻄﺮ) and ligatures (ﻻ, ﷲ) instead of letters. The
 * NFKC result is folded again by the other folds (ﻷ → لأ → لا). U+FEFF sits in this block but is
 * the byte order mark, removed as an invisible character instead.
 */
export const PRESENTATION_FORMS: Fold = {
  ranges: [
    [0xfb50, 0xfdff], // Arabic Presentation Forms-A
    [0xfe70, 0xfefe], // Arabic Presentation Forms-B
  ],
  to: (char) => char.normalize('NFKC'),
};
