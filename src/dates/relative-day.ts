import { addDays } from 'date-fns';
import type { DateContext, DateRecogniser, FoundDate } from './context.js';
import { stemKey } from '../_lib/phrase-index.js';
import { entityVocabulary } from '../entities/vocabulary.js';
import { follows, readDirection, readWeekday, readWord } from './pieces.js';
import { weekdayByTense, weekdayFrom } from './resolve.js';

function relativeDayRecord(context: DateContext, first: number, last: number, start: number, day: Date | null, weekday: number | undefined, weekdayChecked: boolean): FoundDate {
  return {
    firstToken: first,
    lastToken: last,
    start,
    end: context.tokens[last]!.end,
    calendar: 'gregorian',
    granularity: 'day',
    from: day,
    to: day,
    relative: true,
    parts: weekday === undefined ? {} : { weekday },
    weekdayChecked,
  };
}

/**
 * "اليوم العالمي للمرأة", "اليوم الأول من المعرض": the day of something, not today — a definite word
 * follows; "ليس وليد اليوم": an idiom the table lists.
 */
function isNotToday(context: DateContext, first: number, last: number): boolean {
  const next = context.tokens[last + 1];
  if (next && follows(context, last + 1) && next.kind === 'word' && next.prefixes.length === 0 && next.normal.startsWith('ال')) return true;
  return first > 0 && readWord(context, 'not-today', first - 1)?.last === first - 1;
}

/**
 * "أعلن الجيش الثلاثاء أن…": the wires' bare weekday, with its article and no preposition glued to
 * it. Not after a word that makes it something else ("صلاة الجمعة", "ليلة الخميس"), not a family
 * name after a given name ("علي الخميس"), not "الأحد عشر" (eleven).
 */
function isBareWeekday(context: DateContext, at: number): boolean {
  const token = context.tokens[at]!;
  if (token.prefixes.some((prefix) => prefix !== 'و') || !stemKey(token).startsWith('ال')) return false;
  const before = context.tokens[at - 1];
  if (before && follows(context, at) && (readWord(context, 'not-weekday', at - 1)?.last === at - 1 || isGivenName(stemKey(before)))) return false;
  const after = context.tokens[at + 1];
  return !(after && follows(context, at + 1) && elevenWords.has(after.normal));
}

function isGivenName(key: string): boolean {
  const { givenNames, givenNamesAlsoWords } = entityVocabulary();
  return givenNames.has(key) || givenNamesAlsoWords.has(key);
}

/** "الأحد عشر", "الاحدى عشرة": the article on eleven, not on Sunday. */
const elevenWords = new Set(['عشر', 'عشره']);

/**
 * Days named from the reference date: "اليوم", "أمس", "أول أمس الأربعاء" (the weekday confirms
 * the day), "غدا", "بعد غد", "الإثنين الماضي", "يوم الجمعة المقبل", and "يوم الأحد" alone, read by
 * the sentence's tense, as is a bare "الثلاثاء" in a wire's "أعلن الجيش الثلاثاء".
 */
export const relativeDay: DateRecogniser = {
  name: 'relativeDay',
  priority: 25,
  match(context, at) {
    const { tokens, reference } = context;
    const word = readWord(context, 'day', at);
    if (word) {
      const weekday = follows(context, word.last + 1) ? readWeekday(context, word.last + 1) : null;
      if (!weekday && isNotToday(context, at, word.last)) return null;
      const day = reference ? addDays(reference, Number(word.entry.value)) : null;
      return relativeDayRecord(context, at, weekday ? weekday.last : word.last, tokens[at]!.stemStart, day, weekday?.weekday, weekday !== null);
    }
    const weekday = readWeekday(context, at);
    if (!weekday) return null;
    const direction = readDirection(context, weekday.last);
    if (direction) {
      const day = reference ? weekdayFrom(reference, weekday.weekday, direction.direction) : null;
      return relativeDayRecord(context, at, direction.last, weekday.start, day, weekday.weekday, false);
    }
    // Before a number a weekday opens a full date ("يوم الخميس 17 نونبر"), or one this reading cannot check.
    const numberNext = tokens[weekday.last + 1]?.kind === 'number' && follows(context, weekday.last + 1);
    if (numberNext) return null;
    if (weekday.first === weekday.last && !isBareWeekday(context, weekday.first)) return null;
    const day = reference ? weekdayByTense(reference, weekday.weekday, context.tenseAt(at)) : null;
    return relativeDayRecord(context, at, weekday.last, weekday.start, day, weekday.weekday, false);
  },
};
