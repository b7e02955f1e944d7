import type { NumberWordRole } from './number-words.js';

/** One piece of a number expression: a figure in digits or one reading of a number word. */
export interface NumberPart {
  readonly role: NumberWordRole | 'digits';
  readonly value: number;
  /** joined to the piece before it by the conjunction و ("ثلاثة آلاف وخمسمائة") */
  readonly joined: boolean;
  /** written with the article ("الآلاف", "المليون") */
  readonly article: boolean;
}

/** Where a compound number stands after reading some of its pieces. */
export interface Composition {
  /** the value of the finished scales ("ثلاثة آلاف" → 3000) */
  readonly total: number;
  /** the value still waiting for a scale or the end ("وخمسمائة" → 500), or null */
  readonly group: number | null;
  /** the last scale read; a later one must be smaller ("مليار و200 مليون") */
  readonly lastScale: number;
  readonly lastRole: NumberPart['role'] | null;
  /** a bare plural ("آلاف", "عشرات") gives only a lower bound */
  readonly atLeast: boolean;
  /** a first word of 11 or 12 waits for its عشر */
  readonly waitingForTeen: boolean;
}

export const emptyComposition: Composition = {
  total: 0,
  group: null,
  lastScale: Number.POSITIVE_INFINITY,
  lastRole: null,
  atLeast: false,
  waitingForTeen: false,
};

/** Rounds away binary noise: 2.3 × 1,000,000 is 2,300,000, not 2,299,999.9999999995. */
function exact(value: number): number {
  return Number(value.toPrecision(15));
}

function scaled(state: Composition, part: NumberPart, factor: number): Composition {
  return { ...state, total: exact(state.total + factor * part.value), group: null, lastScale: part.value, lastRole: part.role };
}

function grouped(state: Composition, part: NumberPart, group: number): Composition {
  return { ...state, group: exact(group), lastRole: part.role, waitingForTeen: false };
}

/** After a scale, a joined piece may start a smaller group ("ألف وخمسمائة", "مليار و200 مليون"). */
function startsGroupAfterScale(state: Composition, part: NumberPart): boolean {
  return part.joined && state.group === null && state.lastScale !== Number.POSITIVE_INFINITY && part.value < state.lastScale;
}

/** A whole number of hundreds (100, 300…) that a unit or a ten can still be added to. */
function isHundreds(group: number | null): boolean {
  return group !== null && group >= 100 && group < 1000 && group % 100 === 0;
}

/**
 * Reads one more piece of a compound number, or returns null when the piece does not continue it
 * (two numbers side by side, "ثلاثة وأربعة" which is a list, an article where none belongs).
 *
 * The grammar: a group below a thousand (units, teens, tens joined to units by و, hundreds)
 * times a scale, groups joined by و in falling order of scale; fractions before a scale ("نصف
 * مليون") or after one ("مليون ونصف"); bare plurals as lower bounds ("آلاف", "عشرات الآلاف").
 */
export function composeNext(state: Composition, given: NumberPart, first: boolean): Composition | null {
  // "أحد عشر" waits for its عشر; "إحدى وعشرين" joins a ten instead.
  if (state.waitingForTeen && given.role !== 'teen' && !(given.role === 'ten' && given.joined)) return null;
  const isFirst = first || state.lastRole === null;
  // On the first piece و joins the number to the words before it, not to another piece:
  // "عشرات القتلى ومئات المصابين", "وآلاف المتظاهرين".
  const part = isFirst && given.joined ? { ...given, joined: false } : given;
  if (part.article && !['scale', 'scale-many', 'some'].includes(part.role)) return null;

  switch (part.role) {
    case 'digits':
      if (isFirst) return grouped(state, part, part.value);
      return startsGroupAfterScale(state, part) ? grouped(state, part, part.value) : null;
    case 'unit':
      if (isFirst) return grouped(state, part, part.value);
      if (part.joined && (startsGroupAfterScale(state, part) || isHundreds(state.group))) return grouped(state, part, (state.group ?? 0) + part.value);
      return null;
    case 'teen-unit':
      if (isFirst) return { ...grouped(state, part, part.value), waitingForTeen: true };
      if (part.joined && (startsGroupAfterScale(state, part) || isHundreds(state.group))) {
        return { ...grouped(state, part, (state.group ?? 0) + part.value), waitingForTeen: true };
      }
      return null;
    case 'teen':
      // "ثلاثة عشر": the ten follows its unit with no و.
      if (!part.joined && (state.lastRole === 'unit' || state.lastRole === 'teen-unit') && state.group !== null) {
        return grouped(state, part, state.group + part.value);
      }
      return null;
    case 'ten':
      if (isFirst) return grouped(state, part, part.value);
      if (!part.joined) return null;
      // "خمسة وعشرون": the unit comes first; "ثلاثمائة وخمسون", "ألف وعشرون".
      if ((state.lastRole === 'unit' || state.lastRole === 'teen-unit') && state.group !== null && state.group % 100 < 10) {
        return grouped(state, part, state.group + part.value);
      }
      if (startsGroupAfterScale(state, part) || isHundreds(state.group)) return grouped(state, part, (state.group ?? 0) + part.value);
      return null;
    case 'hundred':
      if (isFirst) return grouped(state, part, part.value);
      // "ثلاث مائة": a unit times a hundred.
      if (!part.joined && state.lastRole === 'unit' && state.group !== null && state.group >= 1 && state.group <= 9) {
        return grouped(state, part, state.group * part.value);
      }
      if (startsGroupAfterScale(state, part)) return grouped(state, part, part.value);
      return null;
    case 'hundreds':
      if (isFirst) return grouped(state, part, part.value);
      return startsGroupAfterScale(state, part) ? grouped(state, part, part.value) : null;
    case 'scale':
      // "ونصف المليون": the scale named again after its fraction adds nothing.
      if (state.lastRole === 'fraction' && part.article && !part.joined && part.value === state.lastScale) return { ...state, lastRole: part.role };
      if (part.joined || part.value >= state.lastScale) return null;
      if (isFirst) return part.article ? null : scaled(state, part, 1);
      return state.group === null ? null : scaled(state, part, state.group);
    case 'scale-pair':
      if (part.value >= state.lastScale) return null;
      // Alone it is the dual ("ألفان" = 2000); after a number, the accusative ("عشرون ألفا").
      if (isFirst) return scaled(state, part, 2);
      if (!part.joined && state.group !== null) return scaled(state, part, state.group);
      return startsGroupAfterScale(state, part) ? scaled(state, part, 2) : null;
    case 'scale-many':
      if (part.joined || part.value >= state.lastScale) return null;
      if (isFirst) return { ...scaled(state, part, 1), atLeast: true };
      return state.group === null ? null : scaled(state, part, state.group);
    case 'some':
      return isFirst && !part.joined ? { ...grouped(state, part, part.value), atLeast: true } : null;
    case 'fraction':
      if (isFirst) return grouped(state, part, part.value);
      // "مليون ونصف": half of the scale just read.
      if (part.joined && state.group === null && state.lastScale !== Number.POSITIVE_INFINITY) {
        return { ...state, total: exact(state.total + part.value * state.lastScale), lastRole: part.role };
      }
      // "اثنان ونصف"
      if (part.joined && state.group !== null && state.lastScale === Number.POSITIVE_INFINITY && state.lastRole !== 'fraction') {
        return grouped(state, part, state.group + part.value);
      }
      return null;
    case 'fractions':
      // "ثلاثة أرباع"
      if (!part.joined && state.lastRole === 'unit' && state.group !== null) return grouped(state, part, state.group * part.value);
      return null;
  }
}

/** The value of a finished composition, or null when it stopped half-way ("أحد" without عشر). */
export function composedValue(state: Composition): number | null {
  if (state.waitingForTeen || state.lastRole === null) return null;
  return exact(state.total + (state.group ?? 0));
}
