import type { Fold } from './fold.js';

/**
 * Tatweel (kashida) is removed. It only stretches a joined letter for layout (قطـــر) and is
 * also used to attach a prefix to a number or a Latin word (لـ600, بـ"فيفا"); it never changes
 * the word.
 */
export const TATWEEL: Fold = {
  chars: {
    'ـ': '', // U+0640 tatweel
  },
};
