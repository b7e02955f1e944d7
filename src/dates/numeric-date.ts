import { normaliseKey } from '../normalise/index.js';
import type { DateRecogniser } from './context.js';
import { isPunct, touches } from './pieces.js';
import { daySpan } from './resolve.js';

const separators = ['/', '-', '.'];
const dotted = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;

/**
 * Dates in figures: 17/11/2022, 17-11-2022, 17.11.2022 (day first, as the Arab press writes them)
 * and 2022-11-17 (year first), in any digits.
 */
export const numericDate: DateRecogniser = {
  name: 'numericDate',
  priority: 40,
  match(context, at) {
    const { tokens } = context;
    const head = tokens[at];
    if (head?.kind !== 'number') return null;
    let figures: string[] | null = null;
    let last = at;
    const one = dotted.exec(normaliseKey(head.stem));
    if (one) {
      figures = [one[1]!, one[2]!, one[3]!];
    } else {
      const separator = tokens[at + 1]?.normal ?? '';
      if (!separators.includes(separator)) return null;
      const pieces = [at, at + 2, at + 4];
      const glued = [at + 1, at + 2, at + 3, at + 4].every((index) => touches(context, index));
      if (!glued || !isPunct(tokens[at + 3], separator) || !pieces.every((index) => tokens[index]?.kind === 'number')) return null;
      figures = pieces.map((index) => normaliseKey(tokens[index]!.stem));
      last = at + 4;
    }
    if (!figures.every((figure) => /^\d+$/.test(figure))) return null;
    const [a = '', b = '', c = ''] = figures;
    const [year, month, day] = a.length === 4 ? [a, b, c] : c.length === 4 ? [c, b, a] : [];
    if (!year || !month || !day) return null;
    const span = daySpan('gregorian', Number(year), Number(month), Number(day));
    if (!span) return null;
    return {
      firstToken: at,
      lastToken: last,
      start: head.stemStart,
      end: tokens[last]!.end,
      calendar: 'gregorian',
      granularity: 'day',
      from: span.from,
      to: span.to,
      relative: false,
      parts: { day: Number(day), month: Number(month), year: Number(year) },
    };
  },
};
