import { abbreviations } from '../generated/abbreviations.js';
import { normaliseKey } from '../normalise/index.js';
import type { Sentence } from '../schema/sentence.js';
import type { Token } from '../schema/token.js';
import { hasLineBreak } from '../_lib/adjacency.js';
import { isCloser, isSentenceFinal } from './char-class.js';

let abbreviationKeys: Set<string> | undefined;

function isAbbreviation(token: Token): boolean {
  if (token.kind !== 'word' && token.kind !== 'latin') return false;
  if (token.normal.length === 1) return true; // "د. محمد", "U.S."
  abbreviationKeys ??= new Set(abbreviations.map(normaliseKey));
  return abbreviationKeys.has(token.normal);
}

function endsSentence(token: Token, previous: Token | undefined): boolean {
  if (token.kind !== 'punct' || !isSentenceFinal(token.normal.charCodeAt(0))) return false;
  // A full stop glued to an abbreviation ("د.", "Mr.") does not end the sentence.
  const afterAbbreviation = token.normal === '.' && previous !== undefined && previous.end === token.start && isAbbreviation(previous);
  return !afterAbbreviation;
}

function isClosing(token: Token): boolean {
  return token.kind === 'punct' && token.normal.length === 1 && isCloser(token.normal.charCodeAt(0));
}


/**
 * Groups tokens into sentences: a sentence ends at . ! ? ؟ ؛ … (with the quotes and brackets that
 * close right after it) and at every line break, but not at the full stop of an abbreviation;
 * full stops inside numbers are inside number tokens and never split.
 *
 * @example
 * splitSentences('قال د. محمد: 1.5 مليون. انتهى', tokens).map((s) => s.text)
 * // ['قال د. محمد: 1.5 مليون.', 'انتهى']
 */
export function splitSentences(input: string, tokens: readonly Token[]): Sentence[] {
  const sentences: Sentence[] = [];
  let first: Token | undefined;
  let last: Token | undefined;
  let closed = false;
  const close = (): void => {
    if (first && last) sentences.push({ text: input.slice(first.start, last.end), start: first.start, end: last.end });
    first = undefined;
    last = undefined;
    closed = false;
  };
  for (const token of tokens) {
    if (last && hasLineBreak(input, last.end, token.start)) close();
    if (closed && !(isClosing(token) && last?.end === token.start)) close();
    first ??= token;
    const previous = last;
    last = token;
    if (!closed) closed = endsSentence(token, previous);
  }
  close();
  return sentences;
}
