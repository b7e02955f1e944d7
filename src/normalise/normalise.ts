import { EXPANDED, FOLD_TABLE, REMOVED } from './fold-table.js';

/** A normalised view of a text, with the way back to the original. */
export interface NormalisedText {
  /** the folded text */
  readonly text: string;
  /** offsets[i] = index in the original input where normalised char i comes from; length text.length + 1; offsets[text.length] === input.length; non-decreasing */
  readonly offsets: Int32Array;
}

const { units: UNITS, expansions: EXPANSIONS } = FOLD_TABLE;

/** What one pass produces; `offsets` is null when the caller only wants the key. */
interface FoldResult {
  readonly text: string;
  readonly offsets: Int32Array | null;
}

/**
 * The single pass shared by `normalise` and `normaliseKey`. Output goes into a typed array of code
 * units, turned into a string once at the end, so the cost is linear in the input and no string
 * is built character by character. Removed characters write nothing, so they fall inside the span
 * of the kept character before them; every code unit of an expansion or of a surrogate pair gets
 * the start of its source character, so no offset can land inside one.
 */
function foldText(input: string, withOffsets: boolean): FoldResult {
  const length = input.length;
  // Only expansions make the output longer than the input; the buffers grow when one would not fit.
  let out = new Uint16Array(length);
  let offsets = withOffsets ? new Int32Array(length + 1) : null;
  let n = 0;
  let changed = false;

  for (let i = 0; i < length; i++) {
    const code = input.charCodeAt(i);
    const folded = UNITS[code]!;
    // Characters removed before the first kept one belong to it, so offsets[0] is always 0.
    const origin = n === 0 ? 0 : i;

    if (folded === code) {
      out[n] = code;
      if (offsets !== null) offsets[n] = origin;
      n++;
      if ((code & 0xfc00) === 0xd800 && i + 1 < length) {
        const low = input.charCodeAt(i + 1);
        if ((low & 0xfc00) === 0xdc00) {
          out[n] = low;
          if (offsets !== null) offsets[n] = origin;
          n++;
          i++;
        }
      }
      continue;
    }

    changed = true;
    if (folded === REMOVED) continue;
    if (folded !== EXPANDED) {
      out[n] = folded;
      if (offsets !== null) offsets[n] = origin;
      n++;
      continue;
    }

    const expansion = EXPANSIONS.get(code)!;
    // Room for this expansion and for every remaining input character copied one for one.
    const needed = n + expansion.length + (length - i - 1);
    if (needed > out.length) {
      const capacity = Math.max(needed, out.length * 2);
      const grownOut = new Uint16Array(capacity);
      grownOut.set(out.subarray(0, n));
      out = grownOut;
      if (offsets !== null) {
        const grownOffsets = new Int32Array(capacity + 1);
        grownOffsets.set(offsets.subarray(0, n));
        offsets = grownOffsets;
      }
    }
    out.set(expansion, n);
    if (offsets !== null) offsets.fill(origin, n, n + expansion.length);
    n += expansion.length;
  }

  if (offsets !== null) {
    offsets[n] = length;
    offsets = offsets.length === n + 1 ? offsets : offsets.slice(0, n + 1);
  }
  return { text: changed ? fromCodeUnits(out, n) : input, offsets };
}

/** Large enough to amortise the call, small enough to stay far below engine argument limits. */
const CHUNK = 0x2000;

/**
 * `String.fromCharCode` over a typed array, in chunks. Applying it to the array directly is
 * several times faster than spreading it, and `slice` is used rather than `subarray` because
 * creating a view costs more than copying a short chunk. TextDecoder would be faster still but
 * replaces lone surrogates, which must survive.
 */
function fromCodeUnits(units: Uint16Array, length: number): string {
  if (length <= CHUNK) return Reflect.apply(String.fromCharCode, null, units.slice(0, length)) as string;
  const parts: string[] = [];
  for (let start = 0; start < length; start += CHUNK) {
    const chunk = units.slice(start, Math.min(start + CHUNK, length));
    parts.push(Reflect.apply(String.fromCharCode, null, chunk) as string);
  }
  return parts.join('');
}

/**
 * Folds a text into the form used for matching (no diacritics or tatweel, one spelling of alef,
 * yeh, heh and hamza seats, ASCII digits and spaces, lower-case Latin) and keeps, for every
 * character of the result, where it came from in the input. Never throws: any JavaScript string,
 * lone surrogates included, is accepted.
 *
 * @example
 * const view = normalise('قال مُسْتَشْفَى قطـــر إنّ ٢٠٢٢');
 * view.text; // 'قال مستشفي قطر ان 2022'
 * const start = view.text.indexOf('قطر');
 * originalSpan(view, start, start + 3); // { start: 16, end: 22 } → 'قطـــر'
 */
export function normalise(input: string): NormalisedText {
  const { text, offsets } = foldText(input, true);
  return { text, offsets: offsets! };
}

/**
 * `normalise(input).text` without building the offset map, for keys of data tables and gazetteer
 * names that are compared with normalised text. Returns the input itself when nothing changes.
 *
 * @example
 * normaliseKey('المُدِيرِيَّة'); // 'المديريه'
 * normaliseKey('مسؤول') === normaliseKey('مسوول'); // true
 */
export function normaliseKey(input: string): string {
  // Table keys are often normalised already; looking first spares them the buffers of a full pass.
  for (let i = 0; i < input.length; i++) {
    const code = input.charCodeAt(i);
    if (UNITS[code] !== code) return foldText(input, false).text;
  }
  return input;
}
