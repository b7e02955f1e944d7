import type { Fold } from './fold.js';

/**
 * Harakat and Quranic marks are removed. News text is mostly unvocalised, but quotes, names and
 * headlines are vocalised partially and inconsistently (أَمْنٌ / أمن), so a key that kept them
 * would miss matches. Only combining marks are listed: spacing signs such as the end-of-ayah
 * marks (U+06DD, U+08E2) stand for something and stay.
 */
export const DIACRITICS: Fold = {
  ranges: [
    [0x0610, 0x061a], // honorific signs and small Quranic letters above/below
    [0x064b, 0x065f], // harakat: tanwin, fatha, damma, kasra, shadda, sukun, combining hamza, …
    [0x0670, 0x0670], // superscript (dagger) alef
    [0x06d6, 0x06dc], // Quranic small high ligatures and stop marks
    [0x06df, 0x06e4], // small high rounded zero … small high madda
    [0x06e7, 0x06e8], // small high yeh, small high noon
    [0x06ea, 0x06ed], // empty centre stops, small low meem
    [0x0898, 0x089f], // Arabic Extended-B combining marks
    [0x08ca, 0x08e1], // Arabic Extended-A combining marks before the disputed end of ayah
    [0x08e3, 0x08ff], // Arabic Extended-A combining marks after it
  ],
  to: () => '',
};
