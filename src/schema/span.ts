import { z } from 'zod';

/**
 * A stretch of the input: `input.slice(start, end) === text`, with `start`/`end` in UTF-16 code
 * units (JavaScript string indices), half-open.
 */
export const SpanSchema = z.object({
  text: z.string(),
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
});
export type Span = z.infer<typeof SpanSchema>;
