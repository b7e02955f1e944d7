import type { EnglishDateRecogniser } from './context.js';
import { next, readWord, readYear, wordBefore } from './context.js';
import { resolveStated } from './resolve.js';

/**
 * A four-digit year after a cue: "in 2022", "since 2018", "by 2030", "mid-2023", "the year 2022"
 * ("year" is part of the date's text; the prepositions are not). A year with no cue is left alone:
 * "Qatar 2022" and "the 2022 World Cup" name an event.
 */
export const yearWithCue: EnglishDateRecogniser = {
  name: 'yearWithCue',
  priority: 10,
  match(context, at) {
    const { tokens } = context;
    const inText = readWord(context, 'year-cue', at);
    const yearAt = inText?.entry.value === 'year' ? inText.last + 1 : at;
    if (yearAt !== at && !next(context, yearAt)) return null;
    const cue = yearAt === at ? wordBefore(context, 'year-cue', at) : inText;
    if (!cue) return null;
    const year = readYear(context, yearAt);
    if (!year) return null;
    const value = year.year;
    if (value < 1900 || value > 2100) return null;
    // "in 2022 %"? a figure with a percent sign or a currency after it is an amount.
    const after = tokens[year.last + 1];
    if (after && (after.text === '%' || after.key === 'percent')) return null;
    return resolveStated(context, { calendar: 'gregorian', year: value, first: at, last: year.last }, tokens[at]!.start, tokens[year.last]!.end, false);
  },
};
