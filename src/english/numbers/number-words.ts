import { englishNumberWords } from '../../generated/english-numbers.js';

export type NumberWordRole = 'unit' | 'teen' | 'ten' | 'hundred' | 'scale' | 'suffix' | 'scale-many' | 'some' | 'dozen' | 'article' | 'half' | 'ordinal';

export interface NumberWord {
  readonly value: number;
  readonly role: NumberWordRole;
}

let words: ReadonlyMap<string, NumberWord> | undefined;

/** The English number word a lowercase key is, or undefined. */
export function numberWord(key: string): NumberWord | undefined {
  words ??= new Map(englishNumberWords.map(([word, value, role]) => [word, { value, role: role as NumberWordRole }]));
  return words.get(key);
}
