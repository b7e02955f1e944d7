import type { Fold } from './fold.js';

/**
 * Arabic-Indic and Persian digits → ASCII. Arab outlets print ٢٠٢٢ and 2022 interchangeably,
 * sometimes in one article, and the number parsers downstream read only ASCII digits. Fullwidth
 * digits are handled with the other fullwidth forms.
 */
export const DIGITS: Fold = {
  chars: {
    '٠': '0', '١': '1', '٢': '2', '٣': '3', '٤': '4', // U+0660–U+0664 Arabic-Indic
    '٥': '5', '٦': '6', '٧': '7', '٨': '8', '٩': '9', // U+0665–U+0669
    '۰': '0', '۱': '1', '۲': '2', '۳': '3', '۴': '4', // U+06F0–U+06F4 extended (Persian/Urdu)
    '۵': '5', '۶': '6', '۷': '7', '۸': '8', '۹': '9', // U+06F5–U+06F9
  },
};
