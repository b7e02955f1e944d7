import type { Fold } from './fold.js';

/**
 * Unicode spaces → ' ' and Unicode line separators → '\n', one for one. Word and sentence
 * splitting then only has to know ASCII whitespace, and a no-break space between a number and its
 * unit (50 ألف) does not hide the word boundary. Tab, '\r' and '\n' are already ASCII and stay.
 */
export const SPACES: Fold = {
  chars: {
    '\u00A0': ' ', // no-break space
    '\u1680': ' ', // Ogham space mark
    '\u2000': ' ', // en quad
    '\u2001': ' ', // em quad
    '\u2002': ' ', // en space
    '\u2003': ' ', // em space
    '\u2004': ' ', // three-per-em space
    '\u2005': ' ', // four-per-em space
    '\u2006': ' ', // six-per-em space
    '\u2007': ' ', // figure space
    '\u2008': ' ', // punctuation space
    '\u2009': ' ', // thin space
    '\u200A': ' ', // hair space
    '\u202F': ' ', // narrow no-break space
    '\u205F': ' ', // medium mathematical space
    '\u3000': ' ', // ideographic space
    '\u0085': '\n', // next line (NEL)
    '\u2028': '\n', // line separator
    '\u2029': '\n', // paragraph separator
  },
};
