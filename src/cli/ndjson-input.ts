import { ExtractOptionsSchema } from '../index.js';
import { firstLine } from './read-input.js';

/** One article of an NDJSON input. */
export interface Article {
  /** The line's "id", or its line number when it has none. */
  id: string | number;
  text: string;
  /** The line's "date" as YYYY-MM-DD, when it has one. */
  referenceDate?: string;
}

/** Why a line was skipped, in a few plain words. */
export interface LineProblem {
  problem: string;
}

// A day, optionally followed by a time as ISO 8601 or SQL dumps write it ("2022-11-19T08:30:00+03:00").
const dayThenTime = /^(\d{4}-\d{2}-\d{2})(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?)?$/;

const MAX_DETAIL = 120;

/**
 * Reads one NDJSON line: `{"id", "text", "date"}`, only "text" required. Other fields are
 * ignored. Returns undefined for a blank line, which is not an article and not an error.
 *
 * @param number - The line number, the id of a line without one.
 */
export function parseArticle(line: string, number: number): Article | LineProblem | undefined {
  if (line.trim() === '') return undefined;
  let value: unknown;
  try {
    // A byte order mark may open a file; it is not part of the JSON.
    value = JSON.parse(number === 1 && line.startsWith('\uFEFF') ? line.slice(1) : line);
  } catch (error) {
    return { problem: `not valid JSON (${shorten(firstLine(error instanceof Error ? error.message : String(error)))})` };
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { problem: 'not a JSON object' };
  const record = value as Record<string, unknown>;

  const { text, id, date } = record;
  if (typeof text !== 'string') return { problem: 'no "text" string' };

  let articleId: string | number = number;
  if (typeof id === 'string' || (typeof id === 'number' && Number.isFinite(id))) articleId = id;
  else if (id !== undefined && id !== null) return { problem: '"id" must be a string or a number' };

  if (date === undefined || date === null) return { id: articleId, text };
  const day = typeof date === 'string' ? dayOf(date) : undefined;
  if (day === undefined) {
    return { problem: `"date" must be a day written YYYY-MM-DD (a time may follow), not ${shorten(JSON.stringify(date))}` };
  }
  return { id: articleId, text, referenceDate: day };
}

// Articles of a corpus mostly come in date order, many a day: the last valid day is not checked again.
let lastValidDay: string | undefined;

/** The calendar day a "date" field names, checked as `extract` checks its referenceDate. */
function dayOf(date: string): string | undefined {
  const day = dayThenTime.exec(date.trim())?.[1];
  if (day === undefined || day === lastValidDay) return day;
  if (!ExtractOptionsSchema.safeParse({ referenceDate: day }).success) return undefined;
  lastValidDay = day;
  return day;
}

function shorten(text: string): string {
  return text.length <= MAX_DETAIL ? text : `${text.slice(0, MAX_DETAIL - 1)}…`;
}
