import { setDate } from 'date-fns';
import type { DateRecogniser } from './context.js';
import { follows, readDirection, readWord } from './pieces.js';
import { periodFrom } from './resolve.js';

const from = 'من';

/**
 * A day of a month named from the reference date: "الـ15 من الشهر الجاري", "في 3 من الشهر
 * المقبل". The day must exist in that month ("31 من الشهر المقبل" in a 30-day month is no date).
 */
export const dayOfRelativeMonth: DateRecogniser = {
  name: 'dayOfRelativeMonth',
  priority: 30,
  match(context, at) {
    const { tokens, reference } = context;
    const number = context.numberAt.get(at);
    if (!number || number.inWords || !Number.isInteger(number.value) || number.value < 1 || number.value > 31) return null;
    const ofAt = number.lastToken + 1;
    if (!follows(context, ofAt) || tokens[ofAt]?.normal !== from || !follows(context, ofAt + 1)) return null;
    const period = readWord(context, 'period', ofAt + 1);
    if (!period || period.entry.value !== 'month') return null;
    const direction = readDirection(context, period.last);
    if (!direction) return null;
    const month = reference ? periodFrom(reference, 'month', direction.direction) : null;
    const day = month && number.value <= month.to.getDate() ? setDate(month.from, number.value) : null;
    if (month && !day) return null;
    return {
      firstToken: at,
      lastToken: direction.last,
      start: number.start,
      end: tokens[direction.last]!.end,
      calendar: 'gregorian',
      granularity: 'day',
      from: day,
      to: day,
      relative: true,
      parts: { day: number.value },
    };
  },
};
