/** A figure written in digits: its value, and whether a percent sign came with it. */
export interface DigitsValue {
  readonly value: number;
  readonly percent: boolean;
}

const percentSuffix = / ?%$/;
const digitsOnly = /^\d+$/;

/** True when every group after the first has exactly three digits: a thousands grouping. */
function groupsOfThree(groups: readonly string[]): boolean {
  return groups.slice(1).every((group) => group.length === 3) && (groups[0]?.length ?? 0) >= 1;
}

function joinGroups(integer: string, separator: string): string | null {
  const groups = integer.split(separator);
  if (!groups.every((group) => digitsOnly.test(group))) return null;
  return groups.length === 1 || groupsOfThree(groups) ? groups.join('') : null;
}

/** Reads "6,000", "6.000", "1.5", "1,5", "1.234,5" with one separator or two. */
function readSeparators(text: string): number | null {
  const lastDot = text.lastIndexOf('.');
  const lastComma = text.lastIndexOf(',');
  if (lastDot < 0 && lastComma < 0) return digitsOnly.test(text) ? Number(text) : null;
  if (lastDot >= 0 && lastComma >= 0) {
    // Both marks: the last is the decimal mark, the other groups thousands ("1.234,5", "1,234.5").
    const decimalAt = Math.max(lastDot, lastComma);
    const thousands = decimalAt === lastDot ? ',' : '.';
    const integer = joinGroups(text.slice(0, decimalAt), thousands);
    const fraction = text.slice(decimalAt + 1);
    return integer !== null && digitsOnly.test(fraction) ? Number(`${integer}.${fraction}`) : null;
  }
  const separator = lastDot >= 0 ? '.' : ',';
  const groups = text.split(separator);
  if (!groups.every((group) => digitsOnly.test(group))) return null;
  if (groups.length > 2) return groupsOfThree(groups) ? Number(groups.join('')) : null;
  const [integer = '', fraction = ''] = groups;
  // One mark: three digits after it and at most three before is a thousands grouping, the
  // Maghrebi and French "6.000" as much as the English "6,000"; anything else is a decimal.
  if (fraction.length === 3 && integer.length <= 3 && !integer.startsWith('0')) return Number(integer + fraction);
  return Number(`${integer}.${fraction}`);
}

/**
 * The value of a figure in digits, as the normaliser writes it (ASCII digits, "." and ","), with
 * an optional space-grouping ("6 000") and percent sign; null when it is not one figure (a date
 * such as "17.11.2022").
 *
 * @example
 * parseDigits('6.000') // { value: 6000, percent: false }
 * parseDigits('1,5')   // { value: 1.5, percent: false }
 * parseDigits('50 %')  // { value: 50, percent: true }
 */
export function parseDigits(normal: string): DigitsValue | null {
  const percent = percentSuffix.test(normal);
  const figure = (percent ? normal.replace(percentSuffix, '') : normal).replaceAll(' ', '');
  if (figure === '') return null;
  const value = readSeparators(figure);
  return value === null || !Number.isFinite(value) ? null : { value, percent };
}
