import { ALEF } from './alef.js';
import { ALEF_MAQSURA } from './alef-maqsura.js';
import { DIACRITICS } from './diacritics.js';
import { DIGITS } from './digits.js';
import type { Fold } from './fold.js';
import { FULLWIDTH } from './fullwidth.js';
import { HAMZA_CARRIERS } from './hamza-carriers.js';
import { INVISIBLE } from './invisible.js';
import { LATIN_CASE } from './latin-case.js';
import { NUMBER_SIGNS } from './number-signs.js';
import { PERSIAN_LETTERS } from './persian-letters.js';
import { PRESENTATION_FORMS } from './presentation-forms.js';
import { SPACES } from './spaces.js';
import { TATWEEL } from './tatweel.js';
import { TEH_MARBUTA } from './teh-marbuta.js';

/**
 * Every fold the normaliser applies. Their domains are disjoint (a test checks it), so their
 * order does not matter.
 */
export const FOLDS: readonly Fold[] = [
  ALEF,
  ALEF_MAQSURA,
  TEH_MARBUTA,
  HAMZA_CARRIERS,
  PERSIAN_LETTERS,
  DIGITS,
  NUMBER_SIGNS,
  DIACRITICS,
  TATWEEL,
  INVISIBLE,
  SPACES,
  PRESENTATION_FORMS,
  LATIN_CASE,
  FULLWIDTH,
];

/** `units[c]` when code unit `c` is dropped from the normalised text. */
export const REMOVED = -1;
/** `units[c]` when code unit `c` becomes several code units, listed in `expansions`. */
export const EXPANDED = -2;

/**
 * All folds compiled into one lookup per UTF-16 code unit, so the normaliser makes a single pass
 * with one array read per character whatever the number of folds.
 */
export interface FoldTable {
  /** For each code unit: the code unit it becomes (itself if unchanged), `REMOVED` or `EXPANDED`. */
  readonly units: Int32Array;
  /** The output of every `EXPANDED` code unit (at least two code units each). */
  readonly expansions: ReadonlyMap<number, Uint16Array>;
}

/** Each fold's own output for every code unit it handles, before chains are followed. */
function singleStepFolds(folds: readonly Fold[]): Map<number, string> {
  const steps = new Map<number, string>();
  for (const fold of folds) {
    if ('chars' in fold) {
      for (const [char, to] of Object.entries(fold.chars)) steps.set(char.charCodeAt(0), to);
    } else {
      for (const [first, last] of fold.ranges) {
        for (let code = first; code <= last; code++) steps.set(code, fold.to(String.fromCharCode(code)));
      }
    }
  }
  return steps;
}

/**
 * Follows each fold's output through the other folds until nothing changes (ﻷ → لأ → لا), so
 * every character in an output is a fixed point and normalising is idempotent.
 */
function compile(folds: readonly Fold[]): FoldTable {
  const steps = singleStepFolds(folds);
  const resolved = new Map<number, string>();
  const resolve = (code: number): string => {
    const known = resolved.get(code);
    if (known !== undefined) return known;
    const self = String.fromCharCode(code);
    const step = steps.get(code) ?? self;
    let result = self;
    if (step !== self) {
      result = '';
      for (let i = 0; i < step.length; i++) result += resolve(step.charCodeAt(i));
    }
    resolved.set(code, result);
    return result;
  };

  const units = new Int32Array(0x10000);
  for (let code = 0; code < units.length; code++) units[code] = code;
  const expansions = new Map<number, Uint16Array>();
  for (const code of steps.keys()) {
    const result = resolve(code);
    if (result.length === 0) {
      units[code] = REMOVED;
    } else if (result.length === 1) {
      units[code] = result.charCodeAt(0);
    } else {
      units[code] = EXPANDED;
      expansions.set(code, Uint16Array.from(result, (char) => char.charCodeAt(0)));
    }
  }
  return { units, expansions };
}

/** The compiled table, built once when the module loads (a few thousand entries). */
export const FOLD_TABLE: FoldTable = compile(FOLDS);
