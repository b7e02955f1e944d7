import type { Claim, DateMention, Entity, Extraction } from '../../src/schema/index.js';
import type { GoldArticle, GoldClaim, GoldDate, GoldEntity, GoldFile } from './gold.js';

// The scorer follows fixtures/gold/README.md on its own, without the library's normaliser or
// tokeniser: if those had a bug, scoring with them would bend the gold the same way as the output
// and the bug would never show in the score.

/** Which list of an `Extraction` a finding is about. */
export type RecordType = 'claim' | 'date' | 'entity';

/** A miss, a false positive or a wrong subject, with the reason in words. */
export interface Finding {
  article: string;
  type: RecordType;
  /** The gold text for a miss, the extracted text otherwise. */
  text: string;
  /** Where it is in the article; null for a missed entity (entities are scored by text). */
  start: number | null;
  reason: string;
}

/**
 * Counts for one record type. `tp` and `fn` count expected matches (recall); `correct` and `fp`
 * count extracted records (precision). They are one and the same for claims and dates, matched
 * one-to-one; for entities `tp` counts gold entities found and `correct` the extracted mentions
 * that name one, so several mentions of one entity are one `tp` but several `correct`.
 * `unscored` counts extracted records that are neither right nor wrong: a match with an optional
 * gold item, a date inside an ignored date text.
 */
export interface Counts {
  tp: number;
  fn: number;
  correct: number;
  fp: number;
  unscored: number;
}

/**
 * Counts with their rates: precision = correct / (correct + fp), recall = tp / (tp + fn), F1
 * their harmonic mean. An empty denominator gives 1 only when the other side is empty too
 * (nothing expected and nothing wrongly extracted scores 1/1/1); otherwise 0, so an empty
 * extraction against a non-empty gold scores 0/0/0, and anything extracted where nothing is
 * expected scores 0/0/0 as well.
 */
export interface TypeScore extends Counts {
  precision: number;
  recall: number;
  f1: number;
}

/** Matched claims whose extracted subject holds the gold subject's words. */
export interface SubjectScore {
  correct: number;
  total: number;
  /** correct / total; null when no claim matched, as there is nothing to judge. */
  accuracy: number | null;
}

export interface ArticleScore {
  article: string;
  claims: TypeScore;
  dates: TypeScore;
  entities: TypeScore;
  subject: SubjectScore;
  misses: Finding[];
  falsePositives: Finding[];
  wrongSubjects: Finding[];
}

/** Scores summed over articles (micro-averaged), with each article's own score kept. */
export interface CorpusScore {
  claims: TypeScore;
  dates: TypeScore;
  entities: TypeScore;
  subject: SubjectScore;
  articles: ArticleScore[];
}

/** The lists of an extraction the scorer reads. */
export type ScoredExtraction = Pick<Extraction, 'claims' | 'dates' | 'entities'>;

/**
 * The comparison key of the gold README: hamza forms of alef → ا, ة → ه, ى → ي, no diacritics
 * (U+064B–U+065F, U+0670) or tatweel (U+0640). Runs of white space also count as one space, so
 * a line break inside an extracted name does not decide the score.
 */
export function normaliseForScoring(text: string): string {
  return text
    .replace(/[\u064B-\u065F\u0670\u0640]/g, '')
    .replace(/[أإآ]/g, 'ا')
    .replace(/ة/g, 'ه')
    .replace(/ى/g, 'ي')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Every reading of a normalised text with the README's proclitics taken off its first word: as
 * written, without one of و ف ب ك ل, without و/ف followed by one of ب ك ل, with لل (or و/ف +
 * لل) read as ال, and with a first ل read as ال (the span SPEC.md gives "للمديرية"). A reading must keep two letters of the word, so that short names are not cut to
 * nothing ("لبنان" stays a reading of itself, "كل" is not read as "ل").
 */
export function procliticReadings(text: string): string[] {
  const space = text.indexOf(' ');
  const first = space === -1 ? text : text.slice(0, space);
  const rest = space === -1 ? '' : text.slice(space);
  const letter = (at: number, letters: string): boolean => at < first.length && letters.includes(first.charAt(at));
  const firsts = [first];
  const drop = (count: number): void => {
    if (first.length - count >= 2) firsts.push(first.slice(count));
  };
  if (letter(0, 'وفبكل')) drop(1);
  const conjunction = letter(0, 'وف');
  if (conjunction && letter(1, 'بكل')) drop(2);
  const lil = conjunction ? 1 : 0;
  if (first.startsWith('لل', lil) && first.length - lil - 2 >= 2) firsts.push(`ال${first.slice(lil + 2)}`);
  // SPEC.md starts the entity of "للمديرية" after its first ل: "لمديرية" reads as "المديرية".
  if (first.startsWith('ل') && !first.startsWith('لل') && first.length - 1 >= 2) firsts.push(`ا${first}`);
  return [...new Set(firsts)].map((reading) => reading + rest);
}

/** Every start index of `needle` in `haystack`, overlapping occurrences included. */
export function occurrencesOf(haystack: string, needle: string): number[] {
  const found: number[] = [];
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + 1)) found.push(at);
  return found;
}

interface Range {
  start: number;
  end: number;
}

function overlaps(a: Range, b: Range): boolean {
  return a.start < b.end && b.start < a.end;
}

function rangesOf(text: string, needle: string): Range[] {
  return occurrencesOf(text, needle).map((start) => ({ start, end: start + needle.length }));
}

/**
 * The largest set of (extracted, gold) pairs in which each extracted record is used once, each
 * gold unit at most `capacity` times, each on a different occurrence, and every pair overlaps and
 * agrees. A greedy pass could give a gold item to the wrong one of two candidates and lose a
 * match, so it is a max flow: extracted → (unit, occurrence) → unit → sink.
 *
 * @returns for each extracted record, the index of the unit it matched, or -1.
 */
function matchOneToOne<E extends Range, G>(
  extracted: readonly E[],
  units: readonly { item: G; occurrences: Range[]; capacity: number }[],
  agrees: (record: E, gold: G) => boolean,
): number[] {
  const slots = units.flatMap((unit, u) => unit.occurrences.map((occurrence) => ({ u, occurrence })));
  const source = 0;
  const firstSlot = 1 + extracted.length;
  const firstUnit = firstSlot + slots.length;
  const sink = firstUnit + units.length;
  const graph = new FlowGraph(sink + 1);
  const slotEdges = extracted.map((record, e) => {
    graph.add(source, 1 + e, 1);
    return slots.map((slot, s) => {
      const unit = units[slot.u];
      if (!unit || !overlaps(record, slot.occurrence) || !agrees(record, unit.item)) return -1;
      return graph.add(1 + e, firstSlot + s, 1);
    });
  });
  slots.forEach((slot, s) => graph.add(firstSlot + s, firstUnit + slot.u, 1));
  units.forEach((unit, u) => graph.add(firstUnit + u, sink, unit.capacity));
  graph.maxFlow(source, sink);
  return slotEdges.map((edges) => {
    const s = edges.findIndex((edge) => edge !== -1 && graph.flow(edge) > 0);
    return s === -1 ? -1 : (slots[s]?.u ?? -1);
  });
}

/** A residual graph small enough for plain breadth-first augmenting paths. */
class FlowGraph {
  private readonly to: number[] = [];
  private readonly capacity: number[] = [];
  private readonly initial: number[] = [];
  private readonly adjacent: number[][];

  constructor(nodes: number) {
    this.adjacent = Array.from({ length: nodes }, () => []);
  }

  /** Adds an edge and its reverse; returns the edge's id. */
  add(from: number, to: number, capacity: number): number {
    const id = this.to.length;
    this.to.push(to, from);
    this.capacity.push(capacity, 0);
    this.initial.push(capacity, 0);
    this.adjacent[from]?.push(id);
    this.adjacent[to]?.push(id + 1);
    return id;
  }

  flow(edge: number): number {
    return (this.initial[edge] ?? 0) - (this.capacity[edge] ?? 0);
  }

  maxFlow(source: number, sink: number): void {
    for (;;) {
      const via = new Map<number, number>([[source, -1]]);
      const queue = [source];
      for (let head = 0; head < queue.length && !via.has(sink); head++) {
        const node = queue[head] ?? source;
        for (const edge of this.adjacent[node] ?? []) {
          const next = this.to[edge] ?? source;
          if ((this.capacity[edge] ?? 0) > 0 && !via.has(next)) {
            via.set(next, edge);
            queue.push(next);
          }
        }
      }
      if (!via.has(sink)) return;
      // Every path here carries one unit: the source's edges all have capacity 1.
      for (let node = sink, edge = via.get(sink) ?? -1; edge !== -1; edge = via.get(node) ?? -1) {
        this.capacity[edge] = (this.capacity[edge] ?? 0) - 1;
        this.capacity[edge ^ 1] = (this.capacity[edge ^ 1] ?? 0) + 1;
        node = this.to[edge ^ 1] ?? source;
      }
    }
  }
}

interface Unit<G> {
  item: G;
  occurrences: Range[];
  capacity: number;
  optional: boolean;
}

/** How one record type is compared: what must agree, and how to say what does not. */
interface Rules<E extends Range, G> {
  type: RecordType;
  differences: (record: E, gold: G) => string[];
}

interface SpanScoring<E, G> {
  counts: Counts;
  misses: Finding[];
  falsePositives: Finding[];
  /** Each correct extracted record with the gold item it matched. */
  pairs: { record: E; gold: G }[];
}

/**
 * Scores records located by span (claims, dates): required units first, so an optional item can
 * never take an extracted record a required one needed; then what is left against the optional
 * units, each occurrence of an optional text usable once.
 */
function scoreBySpan<E extends Range & { text: string }, G extends { text: string }>(
  article: string,
  extracted: readonly E[],
  units: readonly Unit<G>[],
  rules: Rules<E, G>,
  explainUnmatched: (record: E) => string | null,
): SpanScoring<E, G> {
  const agrees = (record: E, gold: G): boolean => rules.differences(record, gold).length === 0;
  const required = units.filter((unit) => !unit.optional);
  const optional = units.filter((unit) => unit.optional);
  const requiredMatch = matchOneToOne(extracted, required, agrees);
  const left = extracted.filter((_, e) => requiredMatch[e] === -1);
  const optionalMatch = matchOneToOne(left, optional, agrees);

  const counts: Counts = { tp: 0, fn: 0, correct: 0, fp: 0, unscored: 0 };
  const misses: Finding[] = [];
  const falsePositives: Finding[] = [];
  const pairs: { record: E; gold: G }[] = [];

  required.forEach((unit, u) => {
    const found = requiredMatch.filter((matched) => matched === u).length;
    counts.tp += found;
    counts.fn += unit.capacity - found;
    const others = extracted.filter((_, e) => requiredMatch[e] !== u);
    for (let missing = found; missing < unit.capacity; missing++) {
      const counted = unit.capacity > 1 ? `${found} of ${unit.capacity} occurrences found; ` : '';
      misses.push({
        article,
        type: rules.type,
        text: unit.item.text,
        start: unit.occurrences[0]?.start ?? null,
        reason: counted + whyMissed(unit, others, rules),
      });
    }
  });
  extracted.forEach((record, e) => {
    const unit = required[requiredMatch[e] ?? -1];
    if (unit) {
      counts.correct += 1;
      pairs.push({ record, gold: unit.item });
    }
  });
  left.forEach((record, l) => {
    if ((optionalMatch[l] ?? -1) !== -1) {
      counts.unscored += 1;
      return;
    }
    const reason = whyFalse(record, units, rules) ?? explainUnmatched(record);
    if (reason === null) {
      counts.unscored += 1;
      return;
    }
    counts.fp += 1;
    falsePositives.push({ article, type: rules.type, text: record.text, start: record.start, reason });
  });
  return { counts, misses, falsePositives, pairs };
}

function whyMissed<E extends Range & { text: string }, G extends { text: string }>(
  unit: Unit<G>,
  extracted: readonly E[],
  rules: Rules<E, G>,
): string {
  const near = extracted.filter((record) => unit.occurrences.some((occurrence) => overlaps(record, occurrence)));
  const wrong = near.find((record) => rules.differences(record, unit.item).length > 0);
  if (wrong) return `extracted "${wrong.text}": ${rules.differences(wrong, unit.item).join(', ')}`;
  const taken = near[0];
  if (taken) return `the overlapping ${rules.type} "${taken.text}" went to another gold ${rules.type}`;
  return `no extracted ${rules.type} overlaps it`;
}

/** Why an unmatched record is wrong when it overlaps gold; null when it overlaps none. */
function whyFalse<E extends Range, G extends { text: string }>(record: E, units: readonly Unit<G>[], rules: Rules<E, G>): string | null {
  const near = units.filter((unit) => unit.occurrences.some((occurrence) => overlaps(record, occurrence)));
  const first = near[0];
  if (!first) return null;
  const wrong = near.find((unit) => rules.differences(record, unit.item).length > 0);
  if (!wrong) return `duplicate: gold "${first.item.text}" is already matched`;
  return `${rules.differences(record, wrong.item).join(', ')} (gold "${wrong.item.text}")`;
}

const claimRules: Rules<Claim, GoldClaim> = {
  type: 'claim',
  differences: (record, gold) => [
    ...(record.value === gold.value ? [] : [`value ${record.value} ≠ gold ${gold.value}`]),
    ...(record.qualifier === gold.qualifier ? [] : [`qualifier ${record.qualifier} ≠ gold ${gold.qualifier}`]),
  ],
};

function dayRange(from: string | null, to: string | null): string {
  return from === to ? String(from) : `${String(from)}..${String(to)}`;
}

const dateRules: Rules<DateMention, GoldDate> = {
  type: 'date',
  differences: (record, gold) =>
    record.from === gold.from && record.to === gold.to
      ? []
      : [`from/to ${dayRange(record.from, record.to)} ≠ gold ${dayRange(gold.from, gold.to)}`],
};

/** The gold subject's words missing from the extracted subject (each extracted word read with and without its proclitics). */
function missingSubjectWords(extracted: string, gold: string): string[] {
  const words = (text: string): string[] => normaliseForScoring(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const present = new Set(words(extracted).flatMap(procliticReadings));
  return words(gold).filter((word) => !present.has(word));
}

function scoreClaims(article: string, text: string, gold: GoldFile, claims: readonly Claim[]) {
  const units = gold.claims.map((item) => ({ item, occurrences: rangesOf(text, item.text), capacity: 1, optional: false }));
  const ignored = gold.ignoredDateTexts.flatMap((ignoredText) =>
    rangesOf(text, ignoredText).map((range) => ({ ...range, text: ignoredText })),
  );
  const scored = scoreBySpan(article, claims, units, claimRules, (record) => {
    const inside = ignored.find((range) => overlaps(record, range));
    if (inside) return `on "${inside.text}", an ignored date text (a year or number inside a name)`;
    return gold.claims.length === 0 ? 'the article has no claims' : 'overlaps no gold claim';
  });
  const wrongSubjects: Finding[] = [];
  for (const { record, gold: goldClaim } of scored.pairs) {
    const missing = record.subject ? missingSubjectWords(record.subject.text, goldClaim.subject) : [goldClaim.subject];
    if (missing.length === 0) continue;
    wrongSubjects.push({
      article,
      type: 'claim',
      text: record.text,
      start: record.start,
      reason: record.subject
        ? `subject "${record.subject.text}" lacks "${missing.join(' ')}" of gold "${goldClaim.subject}"`
        : `no subject; gold "${goldClaim.subject}"`,
    });
  }
  const total = scored.pairs.length;
  return { ...scored, subject: subjectScore(total - wrongSubjects.length, total), wrongSubjects };
}

function scoreDates(article: string, text: string, gold: GoldFile, dates: readonly DateMention[]) {
  const units = gold.dates.map((item) => {
    const occurrences = rangesOf(text, item.text);
    const optional = item.optional === true;
    return { item, occurrences, capacity: optional ? occurrences.length : (item.occurrences ?? 1), optional };
  });
  // An ignored text met inside a gold date ("2022" in "17 نونبر 2022") is part of that date, not
  // a year inside a name: a wrong reading of the date there must still count as a false date.
  const ignored = gold.ignoredDateTexts
    .flatMap((ignoredText) => rangesOf(text, ignoredText))
    .filter((range) => !units.some((unit) => unit.occurrences.some((occurrence) => overlaps(range, occurrence))));
  return scoreBySpan(article, dates, units, dateRules, (record) =>
    ignored.some((range) => overlaps(record, range)) ? null : 'overlaps no gold date',
  );
}

function scoreEntities(article: string, gold: GoldFile, entities: readonly Entity[]) {
  const keyed = gold.entities.map((entry) => ({
    entry,
    keys: new Set([...entry.forms, ...(entry.demonyms ?? [])].map(normaliseForScoring)),
  }));
  const readsAs = (record: Entity, keys: Set<string>): boolean =>
    procliticReadings(normaliseForScoring(record.text)).some((reading) => keys.has(reading));

  const counts: Counts = { tp: 0, fn: 0, correct: 0, fp: 0, unscored: 0 };
  const falsePositives: Finding[] = [];
  const found = new Set<GoldEntity>();
  for (const record of entities) {
    const named = keyed.filter(({ keys }) => readsAs(record, keys)).map(({ entry }) => entry);
    const sameType = named.filter((entry) => entry.type === record.type);
    const required = sameType.filter((entry) => entry.optional !== true);
    for (const entry of required) found.add(entry);
    if (required.length > 0) counts.correct += 1;
    else if (sameType.length > 0) counts.unscored += 1;
    else {
      counts.fp += 1;
      const other = named[0];
      falsePositives.push({
        article,
        type: 'entity',
        text: record.text,
        start: record.start,
        reason: other ? `type ${record.type}, gold has it as ${other.type} (${other.en})` : `${record.type} matches no gold entity`,
      });
    }
  }
  const misses: Finding[] = [];
  for (const { entry, keys } of keyed) {
    if (entry.optional === true) continue;
    if (found.has(entry)) {
      counts.tp += 1;
      continue;
    }
    counts.fn += 1;
    const names = [...entry.forms, ...(entry.demonyms ?? [])];
    const mistyped = entities.find((record) => readsAs(record, keys));
    misses.push({
      article,
      type: 'entity',
      text: names[0] ?? entry.en,
      start: null,
      reason: mistyped
        ? `found only as ${mistyped.type} "${mistyped.text}", gold type ${entry.type}`
        : `no extracted ${entry.type} reads as ${names.join(' / ')} (${entry.en})`,
    });
  }
  return { counts, misses, falsePositives };
}

function withRates(counts: Counts): TypeScore {
  const precision =
    counts.correct + counts.fp === 0 ? (counts.tp + counts.fn === 0 ? 1 : 0) : counts.correct / (counts.correct + counts.fp);
  const recall = counts.tp + counts.fn === 0 ? (counts.fp === 0 ? 1 : 0) : counts.tp / (counts.tp + counts.fn);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { ...counts, precision, recall, f1 };
}

function subjectScore(correct: number, total: number): SubjectScore {
  return { correct, total, accuracy: total === 0 ? null : correct / total };
}

/**
 * Scores one article's extraction against its gold annotations, following fixtures/gold/README.md.
 *
 * @param article - the article's name (used in findings) and its text (gold texts are located in it).
 * @param gold - the article's gold file.
 * @param extraction - what `extract()` returned for the article.
 */
export function scoreArticle(
  article: Pick<GoldArticle, 'name' | 'text'>,
  gold: GoldFile,
  extraction: ScoredExtraction,
): ArticleScore {
  const claims = scoreClaims(article.name, article.text, gold, extraction.claims);
  const dates = scoreDates(article.name, article.text, gold, extraction.dates);
  const entities = scoreEntities(article.name, gold, extraction.entities);
  return {
    article: article.name,
    claims: withRates(claims.counts),
    dates: withRates(dates.counts),
    entities: withRates(entities.counts),
    subject: claims.subject,
    misses: [...claims.misses, ...dates.misses, ...entities.misses],
    falsePositives: [...claims.falsePositives, ...dates.falsePositives, ...entities.falsePositives],
    wrongSubjects: claims.wrongSubjects,
  };
}

/**
 * Sums article scores into corpus scores (micro-averaged: counts are added, then rated), keeping
 * the articles' own scores and findings.
 */
export function scoreCorpus(results: readonly ArticleScore[]): CorpusScore {
  const sum = (pick: (result: ArticleScore) => Counts): TypeScore =>
    withRates(
      results.map(pick).reduce<Counts>(
        (total, counts) => ({
          tp: total.tp + counts.tp,
          fn: total.fn + counts.fn,
          correct: total.correct + counts.correct,
          fp: total.fp + counts.fp,
          unscored: total.unscored + counts.unscored,
        }),
        { tp: 0, fn: 0, correct: 0, fp: 0, unscored: 0 },
      ),
    );
  const correct = results.reduce((total, result) => total + result.subject.correct, 0);
  const total = results.reduce((all, result) => all + result.subject.total, 0);
  return {
    claims: sum((result) => result.claims),
    dates: sum((result) => result.dates),
    entities: sum((result) => result.entities),
    subject: subjectScore(correct, total),
    articles: [...results],
  };
}
