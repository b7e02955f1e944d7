import type { Span } from '../index.js';

/** The index of the sentence holding `offset`, by binary search: sentences are in text order and do not overlap. */
export function sentenceIndexAt(sentences: readonly Span[], offset: number): number | undefined {
  let low = 0;
  let high = sentences.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const sentence = sentences[middle]!;
    if (offset < sentence.start) high = middle - 1;
    else if (offset >= sentence.end) low = middle + 1;
    else return middle;
  }
  return undefined;
}

/** A text on one line: every run of white space holding a line break becomes one space. */
export function oneLine(text: string): string {
  // Split and trim rather than /\s*\n\s*/: that pattern is quadratic on a long run of spaces.
  return text
    .split(/[\n\r\u2028\u2029]/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .join(' ');
}
