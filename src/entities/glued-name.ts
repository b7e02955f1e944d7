import { normaliseKey } from '../normalise/index.js';
import type { EntityContext, FoundEntity } from './context.js';
import { spanText } from './context.js';

const twoDigits = /^\d{2}$/;

/**
 * "نقاش21", "الأيام24": a word with a two-digit number glued to it is the name of a news site or
 * a programme — the Moroccan press names itself so. A four-digit year glued to a word is a typo
 * ("عام2022") and is left alone.
 */
export function gluedNameAt(context: EntityContext, at: number): FoundEntity | null {
  const word = context.tokens[at];
  const number = context.tokens[at + 1];
  if (!word || !number || word.kind !== 'word' || number.kind !== 'number' || word.end !== number.start) return null;
  if (number.prefixes.length > 0 || !twoDigits.test(normaliseKey(number.text))) return null;
  const after = context.tokens[at + 2];
  if (after && after.start === number.end && (after.kind === 'word' || after.kind === 'number' || after.kind === 'latin')) return null;
  const span = spanText(context, at, at + 1);
  return {
    first: at,
    last: at + 1,
    ...span,
    type: 'ORG',
    subtype: 'media',
    id: `org:${normaliseKey(span.text)}`,
    name: { ar: span.text },
    form: 'name',
  };
}
