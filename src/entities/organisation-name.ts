import { stemKey } from '../_lib/phrase-index.js';
import { normaliseKey } from '../normalise/index.js';
import type { EntityContext, FoundEntity } from './context.js';
import { follows, spanText } from './context.js';
import { entityVocabulary, isPersonWord } from './vocabulary.js';

const article = 'ال';
/** Words an organisation's name may run over: "وزارة الداخلية القطرية", "المديرية العامة للأمن الوطني". */
const longestName = 5;

/** Words that look definite once normalised but are not nouns: "إلى" → "الي", "التي", "الذي". */
const notNames = new Set(['الي', 'الا', 'التي', 'الذي', 'الذين', 'اللاتي', 'اللذان', 'اللتان', 'الان']);

/**
 * A word that continues a name: definite ("الداخلية"), or a genitive after ل ("للأمن") — not the
 * start of another listed name ("جامعة الدول العربية الأمم المتحدة" is two names).
 */
function continuesName(context: EntityContext, at: number): boolean {
  const token = context.tokens[at];
  if (!token || token.kind !== 'word' || !follows(context, at) || notNames.has(token.normal)) return false;
  // One-word places read as adjectives here ("وزارة الصحة السعودية"); longer names stand apart.
  const listed = context.gazetteer.matchAt(context.tokens, at);
  if (listed && listed.entry.form !== 'demonym' && (listed.last > at || listed.entry.entry.type !== 'LOC')) return false;
  const stem = stemKey(token);
  const genitive = token.prefixes.length === 1 && token.prefixes[0] === 'ل' && stem.startsWith(article);
  return (token.prefixes.length === 0 && stem.startsWith(article)) || genitive;
}

/**
 * An organisation named by its head noun and a definite name after it: "مركز التعاون الشرطي
 * الدولي", "وزارة الداخلية القطرية", "منظمة الصحة العالمية", "المديرية العامة للأمن الوطني". The
 * name must hold something besides demonyms, so "الشركة المغربية" stays a description; it must be
 * as long as its head asks ("مركز المدينة" is no organisation); and a definite head needs a
 * genitive ("المديرية العامة للأمن الوطني"), so "المركز الدولي" stays a description too.
 */
export function organisationAt(context: EntityContext, at: number): FoundEntity | null {
  const head = entityVocabulary().organisationHeads.matchAt(context.tokens, at);
  if (!head) return null;
  // "رئيس مجلس الوزراء" is a person's role, not the council named on its own.
  const before = context.tokens[at - 1];
  if (before && follows(context, at) && isPersonWord(stemKey(before), 'role')) return null;
  let last = head.last;
  let named = false;
  let genitive = false;
  while (last - head.last < longestName && continuesName(context, last + 1)) {
    last++;
    const hit = context.gazetteer.matchAt(context.tokens, last);
    if (!hit || hit.entry.form !== 'demonym') named = true;
    if (context.tokens[last]!.prefixes.length > 0) genitive = true;
  }
  // "المركز الدولي" describes; "المديرية العامة للأمن الوطني" names: a definite head needs a genitive.
  const definiteHead = stemKey(context.tokens[at]!).startsWith(article);
  if (last - head.last < head.entry || !named || (definiteHead && !genitive)) return null;
  const span = spanText(context, at, last);
  return {
    first: at,
    last,
    ...span,
    type: 'ORG',
    id: `org:${normaliseKey(span.text).split(/\s+/).join('-')}`,
    name: { ar: span.text },
    form: 'name',
  };
}
