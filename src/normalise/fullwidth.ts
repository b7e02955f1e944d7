import type { Fold } from './fold.js';

/** Distance from each fullwidth form back to its ASCII character (U+FF10 '０' → U+0030 '0'). */
const FULLWIDTH_TO_ASCII = 0xfee0;

/**
 * Fullwidth digits and Latin letters → ASCII. They come from East Asian input methods and some
 * wire feeds, look like ordinary digits and letters, and would otherwise be invisible to the
 * number parsers. Letters then go through the case fold (Ａ → A → a).
 */
export const FULLWIDTH: Fold = {
  ranges: [
    [0xff10, 0xff19], // ０–９
    [0xff21, 0xff3a], // Ａ–Ｚ
    [0xff41, 0xff5a], // ａ–ｚ
  ],
  to: (char) => String.fromCharCode(char.charCodeAt(0) - FULLWIDTH_TO_ASCII),
};
