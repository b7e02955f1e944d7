import type { Claim } from '../schema/claim.js';
import type { DateMention } from '../schema/date-mention.js';
import type { Entity } from '../schema/entity.js';
import type { LanguagePlugin, PassageOptions, PassageRecords } from '../schema/language-plugin.js';
import type { NumberMention } from '../schema/number-mention.js';
import type { Sentence } from '../schema/sentence.js';
import type { Span } from '../schema/span.js';

/** A run of consecutive sentences in one language other than Arabic. */
interface Passage {
  readonly code: string;
  readonly start: number;
  readonly end: number;
  readonly plugin: LanguagePlugin | undefined;
}

/** Digits in any script with their separators, and a percent sign: "2022", "6,000", "1.5", "٥٠٪". */
const digitNumber = /^\p{Nd}[\p{Nd}.,\u066b\u066c\u00a0\u202f ]*(?:\s?[%\u066a])?$/u;
/** A day written year first, YYYY-MM-DD: the one numeric order no language reads otherwise. */
const isoDay = /^\p{Nd}{4}-\p{Nd}{1,2}-\p{Nd}{1,2}$/u;

function passagesOf(sentences: readonly Sentence[], plugins: readonly LanguagePlugin[]): Passage[] {
  const passages: Passage[] = [];
  let open: { code: string; start: number; end: number } | null = null;
  const close = (): void => {
    if (open) passages.push({ ...open, plugin: plugins.find((plugin) => plugin.code === open!.code) });
    open = null;
  };
  for (const sentence of sentences) {
    const code = sentence.language ?? 'arb';
    // Too little to tell ("2022", a text of digits alone): the Arabic pipeline's reading stands.
    if (code === 'arb' || code === 'und') {
      close();
      continue;
    }
    if (open && open.code === code) open.end = sentence.end;
    else {
      close();
      open = { code, start: sentence.start, end: sentence.end };
    }
  }
  close();
  return passages;
}

/** An Arabic letter: a record written in Arabic script was read by the Arabic pipeline whatever the sentence around it. */
const arabicLetter = /[\u0621-\u064a\u066e-\u06d3\u06fa-\u06ff]/u;

/**
 * Keeps the Arabic pipeline's records that stand outside every passage; inside a passage, those
 * written in Arabic script ("حموشي" in 'قال حموشي: "We are ready."'), and where no plug-in reads
 * the passage, those `neutral` accepts. Records are in text order, so one walk does it.
 */
function keep<T extends Span>(records: readonly T[], passages: readonly Passage[], neutral: (record: T) => boolean): T[] {
  const kept: T[] = [];
  let at = 0;
  for (const record of records) {
    while (at < passages.length && passages[at]!.end <= record.start) at++;
    const passage = passages[at];
    const inside = passage !== undefined && passage.start <= record.start;
    if (!inside || arabicLetter.test(record.text) || (!passage.plugin && neutral(record))) kept.push(record);
  }
  return kept;
}

const inTextOrder = (a: Span, b: Span): number => a.start - b.start || a.end - b.end;

function merge<T extends Span>(kept: T[], added: readonly T[]): T[] {
  return added.length === 0 ? kept : [...kept, ...added].sort(inTextOrder);
}

export interface RoutedRecords {
  entities: Entity[];
  dates: DateMention[];
  claims: Claim[];
  numbers: NumberMention[];
}

/**
 * Routes the records by the language of their sentences. The Arabic pipeline has read the whole
 * text; inside a passage in another language its records are dropped: a registered plug-in's
 * records take their place, and where no plug-in reads the language only what no language can
 * read otherwise is kept — numbers written in digits and days written YYYY-MM-DD. Nothing is guessed.
 */
export function routeRecords(
  text: string,
  sentences: readonly Sentence[],
  records: RoutedRecords,
  plugins: readonly LanguagePlugin[],
  options: PassageOptions,
): RoutedRecords {
  const passages = passagesOf(sentences, plugins);
  if (passages.length === 0) return records;
  const added: PassageRecords = { entities: [], dates: [], claims: [], numbers: [] };
  for (const passage of passages) {
    if (!passage.plugin) continue;
    const found = passage.plugin.extractPassage(text, passage.start, passage.end, options);
    added.entities.push(...found.entities);
    added.dates.push(...found.dates);
    added.claims.push(...found.claims);
    added.numbers.push(...found.numbers);
  }
  return {
    entities: merge(keep(records.entities, passages, () => false), added.entities),
    dates: merge(
      keep(records.dates, passages, (date) => isoDay.test(date.text)),
      added.dates,
    ),
    claims: merge(keep(records.claims, passages, () => false), added.claims),
    numbers: merge(
      keep(records.numbers, passages, (number) => digitNumber.test(number.text)),
      added.numbers,
    ),
  };
}
