import type { z } from 'zod';

/** What kind of mistake the caller made. */
export type KhabarErrorCode = 'invalid_text' | 'invalid_options';

/**
 * The one error class khabar throws: a caller's mistake (a non-string text, a bad option), never
 * a problem found in the text. The message says which argument, what was expected and what came.
 *
 * @example
 * try { extract(text, { referenceDate: '2022-13-45' }); }
 * catch (error) { if (error instanceof KhabarError) console.error(error.message); }
 */
export class KhabarError extends Error {
  override readonly name = 'KhabarError';
  readonly code: KhabarErrorCode;
  /** Where the problem is, e.g. ["options", "referenceDate"]. */
  readonly path: readonly (string | number)[];

  constructor(code: KhabarErrorCode, path: readonly (string | number)[], message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.path = path;
  }

  /** Turns zod's issues about `argument` into one readable error, the zod error kept as its cause. */
  static fromZod(code: KhabarErrorCode, argument: string, error: z.ZodError): KhabarError {
    const first = error.issues[0];
    const path = [argument, ...(first?.path ?? []).map((key) => (typeof key === 'symbol' ? String(key) : key))];
    const lines = error.issues.map((issue) => `${[argument, ...issue.path.map(String)].join('.')}: ${issue.message}`);
    return new KhabarError(code, path, `khabar: invalid ${argument}. ${lines.join('; ')}`, { cause: error });
  }
}

/** A short, printable description of any value, for error messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid Date' : 'a Date';
  if (typeof value === 'string') return `the string ${JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
  if (typeof value === 'object') return 'an object';
  return `${typeof value} ${String(value)}`;
}
