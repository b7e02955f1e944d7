import type { DateMention } from '../schema/date-mention.js';
import { isoDay, weekdayOf } from './calendar.js';
import type { FoundDate } from './context.js';

/** The public record of a date found in `input`, Arabic or English: days as YYYY-MM-DD, and whether a weekday given with it agrees. */
export function toMention(input: string, date: FoundDate): DateMention {
  const weekday = date.parts.weekday;
  const checkable = weekday !== undefined && date.from !== null && date.weekdayChecked === true;
  return {
    text: input.slice(date.start, date.end),
    start: date.start,
    end: date.end,
    calendar: date.calendar,
    granularity: date.granularity,
    from: date.from ? isoDay(date.from) : null,
    to: date.to ? isoDay(date.to) : null,
    relative: date.relative,
    parts: date.parts,
    ...(date.until ? { until: date.until } : {}),
    ...(checkable ? { weekdayAgrees: weekdayOf(date.from!) === weekday } : {}),
  };
}
