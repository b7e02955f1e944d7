/**
 * The records of one extraction as the report shows them: an id, a kind, a heading and the
 * labelled fields that the hover card, the `title` and the tables draw from.
 */
import type { Claim, DateMention, DateParts, Entity, Extraction } from '../schema/index.js';

/** The three kinds of record the report highlights. */
export type RecordKind = 'entity' | 'date' | 'claim';

/** One labelled value of a record. */
export interface RecordField {
  label: string;
  value: string;
  /** Arabic text, shown right-to-left. */
  arabic?: boolean;
}

/** A record, ready to be drawn. */
export interface RecordView {
  kind: RecordKind;
  /** Unique within its article: "e1", "d1", "c1" in text order. */
  id: string;
  start: number;
  end: number;
  /** The record's own text, `input.slice(start, end)`. */
  text: string;
  /** A one-line summary: "LOC · country", "day · gregorian", "count · exact". */
  heading: string;
  fields: RecordField[];
}

const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
const ungrouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: false });

/** A number as the report writes it: "6,000", "1.5"; four-digit values (mostly years) ungrouped. */
export function formatValue(value: number): string {
  return (Math.abs(value) < 10_000 ? ungrouped : grouped).format(value);
}

const weekdays = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function describeParts(parts: DateParts): string {
  const out: string[] = [];
  if (parts.weekday !== undefined) out.push(weekdays[parts.weekday] ?? `weekday ${parts.weekday}`);
  if (parts.day !== undefined) out.push(`day ${parts.day}`);
  if (parts.month !== undefined) out.push(`month ${parts.month}`);
  if (parts.year !== undefined) out.push(`year ${parts.year}`);
  return out.length > 0 ? out.join(', ') : '—';
}

/** "2022-05-24 – 2022-05-26", one day once, "?" where a bound cannot be known. */
export function formatRange(from: string | null, to: string | null): string {
  if (from !== null && from === to) return from;
  return `${from ?? '?'} – ${to ?? '?'}`;
}

function yesNo(value: boolean): string {
  return value ? 'yes' : 'no';
}

function entityView(entity: Entity, index: number): RecordView {
  const type = entity.subtype === undefined ? entity.type : `${entity.type} · ${entity.subtype}`;
  return {
    kind: 'entity',
    id: `e${index + 1}`,
    start: entity.start,
    end: entity.end,
    text: entity.text,
    heading: type,
    fields: [
      { label: 'type', value: type },
      { label: 'id', value: entity.id },
      { label: 'English', value: entity.name.en ?? '—' },
      { label: 'Arabic name', value: entity.name.ar ?? '—', arabic: entity.name.ar !== undefined },
      { label: 'form', value: entity.form },
      { label: 'span', value: `${entity.start}–${entity.end}` },
    ],
  };
}

function dateView(date: DateMention, index: number): RecordView {
  const fields: RecordField[] = [
    { label: 'from – to', value: formatRange(date.from, date.to) },
    { label: 'granularity', value: date.granularity },
    { label: 'calendar', value: date.calendar },
    { label: 'relative', value: yesNo(date.relative) },
    { label: 'text says', value: describeParts(date.parts) },
  ];
  if (date.until !== undefined) fields.push({ label: 'until', value: describeParts(date.until) });
  if (date.weekdayAgrees !== undefined) {
    fields.push({ label: 'weekday agrees', value: date.weekdayAgrees ? 'yes' : 'no — the weekday does not match the date' });
  }
  fields.push({ label: 'span', value: `${date.start}–${date.end}` });
  return {
    kind: 'date',
    id: `d${index + 1}`,
    start: date.start,
    end: date.end,
    text: date.text,
    heading: `${date.granularity} · ${date.calendar}${date.relative ? ' · relative' : ''}`,
    fields,
  };
}

/** "1,500,000", "50 %", "200 USD (US dollars)". */
export function formatClaimValue(claim: Claim): string {
  const value = formatValue(claim.value);
  if (claim.unit === undefined) return value;
  if (claim.kind === 'percent') return `${value} %`;
  return `${value} ${claim.unit.code}`;
}

function claimView(claim: Claim, index: number): RecordView {
  const fields: RecordField[] = [
    { label: 'value', value: formatClaimValue(claim) },
    { label: 'kind', value: claim.kind },
    { label: 'qualifier', value: claim.qualifier },
    { label: 'number', value: claim.number.text, arabic: true },
  ];
  if (claim.subject === null) fields.push({ label: 'subject', value: '—' });
  else {
    fields.push({ label: 'subject', value: claim.subject.text, arabic: true });
    fields.push({ label: 'subject (English)', value: claim.subject.en ?? '—' });
    if (claim.subject.category !== undefined) fields.push({ label: 'category', value: claim.subject.category });
  }
  if (claim.unit !== undefined) {
    fields.push({ label: 'unit', value: claim.unit.text, arabic: true });
    fields.push({ label: 'unit code', value: `${claim.unit.code} (${claim.unit.en})` });
  }
  fields.push({ label: 'span', value: `${claim.start}–${claim.end}` });
  return {
    kind: 'claim',
    id: `c${index + 1}`,
    start: claim.start,
    end: claim.end,
    text: claim.text,
    heading: `${claim.kind} · ${claim.qualifier}`,
    fields,
  };
}

/** The records of one extraction: entities, then dates, then claims, each list in text order. */
export function recordViews(result: Pick<Extraction, 'entities' | 'dates' | 'claims'>): {
  entities: RecordView[];
  dates: RecordView[];
  claims: RecordView[];
} {
  return {
    entities: result.entities.map(entityView),
    dates: result.dates.map(dateView),
    claims: result.claims.map(claimView),
  };
}

/** The plain-text summary of a record, for a `title` attribute: one field a line. */
export function recordTitle(view: RecordView): string {
  return [`${view.kind} ${view.id} · ${view.heading}`, ...view.fields.map((field) => `${field.label}: ${field.value}`)].join('\n');
}
