import type { Fold } from './fold.js';

/**
 * Invisible format characters are removed: joiners, bidi marks and controls, the BOM and soft
 * hyphens. CMSs and copy-paste sprinkle them inside words (an RLM before a number, a ZWNJ inside a
 * name) where they are invisible to the reader but break every string comparison. The zero-width
 * space is the exception: it is placed where a word ends, so it becomes a real space.
 */
export const INVISIBLE: Fold = {
  chars: {
    '\u00AD': '', // soft hyphen
    '\u061C': '', // Arabic letter mark
    '\u200B': ' ', // zero-width space: a word break
    '\u200C': '', // zero-width non-joiner
    '\u200D': '', // zero-width joiner
    '\u200E': '', // left-to-right mark
    '\u200F': '', // right-to-left mark
    '\u202A': '', // left-to-right embedding
    '\u202B': '', // right-to-left embedding
    '\u202C': '', // pop directional formatting
    '\u202D': '', // left-to-right override
    '\u202E': '', // right-to-left override
    '\u2060': '', // word joiner
    '\u2066': '', // left-to-right isolate
    '\u2067': '', // right-to-left isolate
    '\u2068': '', // first strong isolate
    '\u2069': '', // pop directional isolate
    '\uFEFF': '', // byte order mark / zero-width no-break space
  },
};
