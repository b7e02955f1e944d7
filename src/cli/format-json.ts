import type { PartialExtraction } from './select.js';

/**
 * What the json and ndjson formats print for each input: `{"file", "result"}` for files,
 * `{"id", "result"}` for the articles of an NDJSON input.
 */
export type JsonRecord = { file: string; result: PartialExtraction } | { id: string | number; result: PartialExtraction };

/**
 * One element of the json format's array, the separator before it included, so the array can be
 * printed element by element: the pieces joined, then `jsonArrayEnd`, are exactly
 * `JSON.stringify(records, null, 2)` and a line break.
 *
 * @param index - The element's place in the array.
 */
export function jsonArrayElement(record: JsonRecord, index: number): string {
  // JSON strings hold no raw line breaks, so indenting every line indents the structure only.
  const indented = `  ${JSON.stringify(record, null, 2).replaceAll('\n', '\n  ')}`;
  return `${index === 0 ? '[\n' : ',\n'}${indented}`;
}

/** What closes the json format's array after `count` elements. */
export function jsonArrayEnd(count: number): string {
  return count === 0 ? '[]\n' : '\n]\n';
}

/** One record as one line of JSON; line breaks in the text are escaped, so it stays one line. */
export function formatNdjsonLine(record: JsonRecord): string {
  return `${JSON.stringify(record)}\n`;
}
