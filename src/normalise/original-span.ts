import type { NormalisedText } from './normalise.js';

/** Clamps into [0, length] and drops fractions, so any number yields a real offset (NaN → 0). */
function clampIndex(index: number, length: number): number {
  if (index >= length) return length;
  return index > 0 ? Math.floor(index) : 0;
}

/**
 * Maps a half-open span [start, end) of the normalised text back to the input. Diacritics and
 * other removed characters after the span's last character are included, so a matched word comes
 * back with its vowels. Indices are clamped into [0, text.length] and an end before the start
 * gives an empty span, so a caller's arithmetic slip cannot produce `undefined` offsets.
 *
 * @example
 * const view = normalise('بِقَطَرَ');
 * originalSpan(view, 1, 4); // { start: 2, end: 8 } → 'قَطَرَ'
 */
export function originalSpan(view: NormalisedText, start: number, end: number): { start: number; end: number } {
  const length = view.text.length;
  const from = clampIndex(start, length);
  const to = Math.max(from, clampIndex(end, length));
  return { start: view.offsets[from]!, end: view.offsets[to]! };
}
