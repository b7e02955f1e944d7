import type { Extraction } from '../index.js';

/** The lists of an Extraction that `--only` can keep, in the order the output gives them. */
export const PARTS = ['sentences', 'tokens', 'entities', 'dates', 'claims', 'numbers'] as const;
export type Part = (typeof PARTS)[number];

/** An Extraction with some of its lists left out; `language` always stays. */
export type PartialExtraction = Pick<Extraction, 'language'> & Partial<Pick<Extraction, Part>>;

/**
 * The extraction with only the lists in `only` (and `language`), keys in the Extraction's own
 * order; everything when `only` is undefined.
 */
export function selectParts(extraction: Extraction, only: ReadonlySet<Part> | undefined): PartialExtraction {
  if (only === undefined) return extraction;
  const selected: PartialExtraction = { language: extraction.language };
  for (const part of PARTS) {
    if (only.has(part)) Object.assign(selected, { [part]: extraction[part] });
  }
  return selected;
}
