import { PhraseIndex } from '../_lib/phrase-index.js';
import type { EntityContext, FoundEntity } from './context.js';
import { spanText } from './context.js';
import { entityKeys } from './gazetteer.js';

const article = 'ال';

/**
 * Once "عبد اللطيف حموشي" is named, "حموشي" and "الحموشي" later in the text are the same person:
 * every family name of a person found becomes an alias of that person for the rest of the text.
 */
export function findAliases(context: EntityContext, people: readonly FoundEntity[], taken: readonly FoundEntity[]): FoundEntity[] {
  const index = new PhraseIndex<FoundEntity>();
  for (const person of people) {
    const family = person.family;
    if (!family || family.length === 0) continue;
    const words = family.join(' ');
    index.add(words, person);
    // "حموشي" ↔ "الحموشي": the article comes and goes on a family name.
    if (family.length === 1) index.add(words.startsWith(article) ? words.slice(article.length) : `${article}${words}`, person);
  }
  if (index.empty) return [];
  const covered = new Uint8Array(context.tokens.length);
  for (const entity of taken) covered.fill(1, entity.first, entity.last + 1);
  const aliases: FoundEntity[] = [];
  for (let at = 0; at < context.tokens.length; at++) {
    if (covered[at] || !entityKeys(context.tokens[at]!).some((key) => index.opensWith(key))) continue;
    const hit = index.matchAt(context.tokens, at, entityKeys);
    if (!hit || hit.entry.first >= at || covered.subarray(at, hit.last + 1).some(Boolean)) continue;
    aliases.push({ ...hit.entry, first: at, last: hit.last, ...spanText(context, at, hit.last), form: 'alias' });
    at = hit.last;
  }
  return aliases;
}
