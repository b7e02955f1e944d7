/** An inclusive range of UTF-16 code units, `[first, last]`. */
export type CodeRange = readonly [first: number, last: number];

/**
 * One normalisation fold, as data. Folds either list their characters one by one (so the table
 * reads like the documentation) or, when a rule covers a whole block, give ranges and the rule.
 * Every output is a string: `''` removes the character, several characters expand it.
 * `fold-table.ts` compiles all folds into one lookup and keeps folding outputs to a fixed point,
 * so a fold may return characters that another fold changes again.
 */
export type Fold =
  | { readonly chars: Readonly<Record<string, string>> }
  | { readonly ranges: readonly CodeRange[]; readonly to: (char: string) => string };
