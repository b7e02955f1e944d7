import type { DateRecogniser } from './context.js';
import { follows, readDirection, readWord } from './pieces.js';
import { offsetFrom, periodFrom } from './resolve.js';
import type { Unit } from './vocabulary.js';

/**
 * Periods named from the reference date: "الأسبوع الماضي", "الشهر الماضي", "السنة المقبلة", "العام الجاري", and
 * "منذ ثلاثة أيام", "قبل أسبوعين", "بعد شهر".
 */
export const relativePeriod: DateRecogniser = {
  name: 'relativePeriod',
  priority: 15,
  match(context, at) {
    const { tokens, reference } = context;
    const period = readWord(context, 'period', at);
    if (period) {
      const direction = readDirection(context, period.last);
      if (!direction) return null;
      const span = reference ? periodFrom(reference, period.entry.value as 'week' | 'month' | 'year', direction.direction) : null;
      return {
        firstToken: at,
        lastToken: direction.last,
        start: tokens[at]!.stemStart,
        end: tokens[direction.last]!.end,
        calendar: 'gregorian',
        granularity: period.entry.value === 'month' ? 'month' : period.entry.value === 'year' ? 'year' : 'day',
        from: span?.from ?? null,
        to: span?.to ?? null,
        relative: true,
        parts: {},
      };
    }
    const way = readWord(context, 'ago', at) ?? readWord(context, 'in', at);
    if (!way || !follows(context, way.last + 1)) return null;
    // "منذ ثلاثة أيام": a number, then its unit; "قبل أسبوعين": a dual says its own number.
    const number = context.numberAt.get(way.last + 1);
    const unitAt = number ? number.lastToken + 1 : way.last + 1;
    const unit = follows(context, unitAt) ? readWord(context, 'unit', unitAt) : null;
    if (!unit) return null;
    const count = number ? number.value : unit.entry.count;
    if (!Number.isInteger(count) || count <= 0 || (number && unit.entry.count > 0 && unit.entry.count !== 1)) return null;
    // "منذ سنة 2018" is a year, not a year ago; "بعد عشر سنوات من الأشغال" is a length of time.
    if (context.numberAt.has(unit.last + 1) && follows(context, unit.last + 1)) return null;
    if (tokens[unit.last + 1]?.normal === 'من' && follows(context, unit.last + 1)) return null;
    const sign = Number(way.entry.value);
    const resolved = reference ? offsetFrom(reference, unit.entry.value as Unit, sign * count) : null;
    return {
      firstToken: at,
      lastToken: unit.last,
      start: tokens[at]!.stemStart,
      end: tokens[unit.last]!.end,
      calendar: 'gregorian',
      granularity: resolved?.granularity ?? (unit.entry.value === 'month' ? 'month' : unit.entry.value === 'year' ? 'year' : 'day'),
      from: resolved?.span.from ?? null,
      to: resolved?.span.to ?? null,
      relative: true,
      parts: {},
    };
  },
};
