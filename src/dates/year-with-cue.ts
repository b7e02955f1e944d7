import type { DateRecogniser } from './context.js';
import { follows, readWord, readYear } from './pieces.js';
import { yearSpan } from './resolve.js';

/**
 * A year with a word that says it is one: "سنة 2018", "عام 2022", "لعام 2024", "العام 2019", or
 * with its era: "2022م", "1445 هـ". A bare four-digit number is not a date: it may be a count or
 * part of a name ("كأس العالم قطر 2022").
 */
export const yearWithCue: DateRecogniser = {
  name: 'yearWithCue',
  priority: 10,
  match(context, at) {
    const cue = readWord(context, 'year-cue', at);
    const yearAt = cue && follows(context, cue.last + 1) ? cue.last + 1 : at;
    const year = readYear(context, yearAt);
    if (!year || (!cue && !year.era)) return null;
    const calendar = year.era ?? 'gregorian';
    const span = yearSpan(calendar, year.value);
    if (!span) return null;
    const first = cue ? at : yearAt;
    return {
      firstToken: first,
      lastToken: year.last,
      start: cue ? context.tokens[at]!.stemStart : year.start,
      end: context.tokens[year.last]!.end,
      calendar,
      granularity: 'year',
      from: span.from,
      to: span.to,
      relative: false,
      parts: { year: year.value },
    };
  },
};
