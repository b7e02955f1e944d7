import { addDays } from 'date-fns';
import type { EnglishDateContext, EnglishDateRecogniser, FoundDate } from './context.js';
import { next, readWeekday, readWord, skipMark } from './context.js';
import { dayFirstDate } from './day-first-date.js';
import { monthFirstDate } from './month-first-date.js';
import type { Direction } from './resolve.js';
import { weekdayByTense, weekdayFrom } from '../../dates/resolve.js';

function relativeRecord(context: EnglishDateContext, first: number, last: number, day: Date | null, weekday: number | undefined): FoundDate {
  const { tokens } = context;
  return {
    firstToken: first,
    lastToken: last,
    start: tokens[first]!.start,
    end: tokens[last]!.end,
    calendar: 'gregorian',
    granularity: 'day',
    from: day,
    to: day,
    relative: true,
    parts: weekday === undefined ? {} : { weekday },
  };
}

/** "Sunday, November 20, 2022", "Sunday 20 November": a weekday with its date, which it must agree with. */
function weekdayWithDate(context: EnglishDateContext, at: number, weekday: number, last: number): FoundDate | null {
  const { tokens } = context;
  let dateAt = skipMark(context, last, [',']) + 1;
  if (tokens[dateAt]?.sentence !== tokens[at]!.sentence) return null;
  if (tokens[dateAt]?.key === 'the') dateAt++;
  const date = monthFirstDate.match(context, dateAt) ?? dayFirstDate.match(context, dateAt);
  if (!date || dateAt - last > 3) return null;
  return { ...date, firstToken: at, start: tokens[at]!.start, parts: { ...date.parts, weekday }, weekdayChecked: true };
}

/**
 * Days named from the reference date: "today", "yesterday", "the day before yesterday",
 * "tomorrow", "last Sunday", "next Friday", and a weekday alone ("on Sunday"), the last one on or
 * before the reference date, or the next one on or after it in a sentence that looks ahead.
 */
export const relativeDay: EnglishDateRecogniser = {
  name: 'relativeDay',
  priority: 25,
  match(context, at) {
    const { tokens, reference } = context;
    const word = readWord(context, 'day', at);
    if (word) {
      // "Morocco Today", "USA Today": a capitalised "Today" inside a name is no day.
      const token = tokens[at]!;
      if (token.capitalised && !token.opensSentence && tokens[at - 1]?.capitalised) return null;
      const day = reference ? addDays(reference, Number(word.entry.value)) : null;
      // "the day before yesterday, Wednesday": the weekday names the same day, and must agree with it.
      const weekdayAt = skipMark(context, word.last, [',']) + 1;
      const named = tokens[weekdayAt]?.sentence === token.sentence && (weekdayAt === word.last + 1 ? next(context, weekdayAt) : true) ? readWeekday(context, weekdayAt) : null;
      if (named) return { ...relativeRecord(context, at, named.last, day, named.weekday), weekdayChecked: true };
      return relativeRecord(context, at, word.last, day, undefined);
    }
    const direction = readWord(context, 'direction', at);
    const weekdayAt = direction && next(context, direction.last + 1) ? direction.last + 1 : at;
    const weekday = readWeekday(context, weekdayAt, !direction);
    if (!weekday) return null;
    if (!direction) {
      const dated = weekdayWithDate(context, at, weekday.weekday, weekday.last);
      if (dated) return dated;
      if (readWeekday(context, at) === null) return null; // "Sun" alone is a newspaper, not Sunday
      // "Sunday Times", "Friday Prayer": a weekday before a capitalised word is part of a name.
      const after = tokens[weekday.last + 1];
      if (after?.capitalised && next(context, weekday.last + 1) && after.kind === 'word') return null;
    }
    // "last Sunday" / "next Sunday" are strictly before / after the reference day, "this Sunday" is
    // the one to come; "on Sunday" is the last one up to it, or in a sentence that looks ahead the
    // next one on or after it.
    const day = (from: Date): Date =>
      direction
        ? weekdayFrom(from, weekday.weekday, direction.entry.value as Direction)
        : context.tenseAt(at) === 'future'
          ? weekdayFrom(from, weekday.weekday, 'current')
          : weekdayByTense(from, weekday.weekday, 'past');
    return relativeRecord(context, at, weekday.last, reference ? day(reference) : null, weekday.weekday);
  },
};
