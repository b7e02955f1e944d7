import type { Token } from '../schema/token.js';
import { isLineBreak } from '../tokenise/char-class.js';

/** Is there a line break in `input` between `from` and `to`? A line break ends a sentence, a number, a name. */
export function hasLineBreak(input: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isLineBreak(input.charCodeAt(i))) return true;
  return false;
}

/** Token `at` comes right after token `at - 1` on the same line (spaces between, nothing else). */
export function follows(input: string, tokens: readonly Token[], at: number): boolean {
  const token = tokens[at];
  const previous = tokens[at - 1];
  return token !== undefined && previous !== undefined && !hasLineBreak(input, previous.end, token.start);
}
