import type { Extraction } from '../index.js';

/** What the json and ndjson formats print for each input. */
export interface FileResult {
  /** The path as given on the command line, or "-" for standard input. */
  file: string;
  result: Extraction;
}

/** All results as one JSON array, indented by 2 spaces. */
export function formatJson(results: readonly FileResult[]): string {
  return `${JSON.stringify(results, null, 2)}\n`;
}

/** One result as one line of JSON; line breaks in the text are escaped, so it stays one line. */
export function formatNdjsonLine(result: FileResult): string {
  return `${JSON.stringify(result)}\n`;
}
