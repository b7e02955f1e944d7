import { follows as followsOnLine } from '../_lib/adjacency.js';
import type { FoundNumber } from '../numbers/index.js';
import type { EntityForm, EntityType } from '../schema/entity.js';
import type { Token } from '../schema/token.js';
import type { Gazetteer } from './gazetteer.js';

/** What every entity recogniser reads. */
export interface EntityContext {
  readonly input: string;
  readonly tokens: readonly Token[];
  readonly gazetteer: Gazetteer;
  /** the number that starts at a token, by token index */
  readonly numberAt: ReadonlyMap<number, FoundNumber>;
}

/** An entity a recogniser found, before overlaps are resolved. */
export interface FoundEntity {
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly subtype?: string;
  readonly id: string;
  readonly name: { readonly ar: string; readonly en?: string };
  readonly form: EntityForm;
  /** the words after a person's given names ("حموشي" of "عبد اللطيف حموشي"): how the text may name them again */
  readonly family?: readonly string[];
  /** entities inside this one that stand on their own too ("طوكيو" in "الألعاب الأولمبية بطوكيو 2021") */
  readonly inner?: readonly FoundEntity[];
}

/** Token `at` comes after token `at - 1` on the same line with nothing but spaces between. */
export function follows(context: EntityContext, at: number): boolean {
  return followsOnLine(context.input, context.tokens, at);
}

export function spanText(context: EntityContext, first: number, last: number): { start: number; end: number; text: string } {
  const start = context.tokens[first]!.stemStart;
  const end = context.tokens[last]!.end;
  return { start, end, text: context.input.slice(start, end) };
}
