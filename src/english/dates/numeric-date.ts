import type { EnglishDateRecogniser } from './context.js';
import { resolveStated } from './resolve.js';

const iso = /(\d{4})-(\d{2})-(\d{2})(?![\d\p{L}])/uy;
const slashed = /(\d{1,2})([/.])(\d{1,2})\2(\d{4})(?![\d\p{L}])/uy;

/**
 * "2022-11-20", "20/11/2022", "20.11.2022". A slashed date is read day first, as the press of
 * Britain and of the Arab world writes it, unless its first number cannot be a month's day order
 * ("11/20/2022" is 20 November).
 */
export const numericDate: EnglishDateRecogniser = {
  name: 'numericDate',
  priority: 40,
  match(context, at) {
    const { tokens, text } = context;
    const token = tokens[at]!;
    if (token.kind !== 'number' || (at > 0 && tokens[at - 1]!.end === token.start && /[\p{L}\p{N}/.-]/u.test(tokens[at - 1]!.text))) return null;
    let year: number;
    let month: number;
    let day: number;
    iso.lastIndex = token.start;
    slashed.lastIndex = token.start;
    const isoMatch = iso.exec(text);
    const slashMatch = isoMatch ? null : slashed.exec(text);
    const match = isoMatch ?? slashMatch;
    if (!match) return null;
    if (isoMatch) [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
    else {
      const [a, b] = [Number(match[1]), Number(match[3])];
      year = Number(match[4]);
      [day, month] = a <= 12 && b > 12 ? [b, a] : [a, b];
    }
    const end = token.start + match[0].length;
    let last = at;
    while (tokens[last + 1] && tokens[last + 1]!.end <= end) last++;
    if (tokens[last]!.end !== end) return null;
    return resolveStated(context, { calendar: 'gregorian', day, month, year, first: at, last }, token.start, end, false);
  },
};
