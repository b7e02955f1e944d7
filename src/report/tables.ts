/**
 * The tables beside each article: its claims, dates and entities, one row a record. A row carries
 * `data-row` with its record's id, which the page script ties to the highlights in the text.
 */
import type { Claim, DateMention, Entity } from '../schema/index.js';
import { escapeAttribute, escapeHtml } from './escape.js';
import { formatClaimValue, formatRange } from './records.js';

/** A table cell: plain text, or Arabic text written right-to-left; `note` is a smaller second line. */
interface Cell {
  text: string;
  arabic?: boolean;
  note?: string;
  noteClassName?: string;
  className?: string;
}

function cell(value: Cell | string): string {
  const { text, arabic = false, note, noteClassName, className } = typeof value === 'string' ? { text: value } : value;
  const classes = [arabic ? 'ar' : '', className ?? ''].filter(Boolean).join(' ');
  const attributes = `${classes ? ` class="${classes}"` : ''}${arabic ? ' lang="ar" dir="rtl"' : ''}`;
  const noteClass = noteClassName === undefined ? '' : ` class="${noteClassName}"`;
  const second = note === undefined ? '' : `<br><small${noteClass} dir="auto">${escapeHtml(note)}</small>`;
  return `<td${attributes}>${escapeHtml(text)}${second}</td>`;
}

function table(kind: string, title: string, headers: readonly string[], rows: readonly string[]): string {
  const heading = `<h3>${escapeHtml(title)} <span class="count">${rows.length}</span></h3>`;
  if (rows.length === 0) return `<section class="records records-${kind}">${heading}<p class="none">None found.</p></section>`;
  const head = headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  return (
    `<section class="records records-${kind}">${heading}` +
    `<table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></section>`
  );
}

function row(kind: string, id: string, cells: readonly (Cell | string)[], warning: boolean): string {
  const className = warning ? `row-${kind} mismatch` : `row-${kind}`;
  return `<tr class="${className}" data-row="${escapeAttribute(id)}" tabindex="0"><td class="rid">${escapeHtml(id)}</td>${cells.map(cell).join('')}</tr>`;
}

/** The ids of records whose highlighted text differs from their own text: their rows are flagged. */
export type Mismatches = ReadonlySet<string>;

/** The claims table: id, text, value, kind, qualifier, subject (with its English gloss), unit. */
export function claimsTable(claims: readonly Claim[], mismatches: Mismatches = new Set()): string {
  const rows = claims.map((claim, index) => {
    const id = `c${index + 1}`;
    const subject: Cell =
      claim.subject === null
        ? { text: '—' }
        : { text: claim.subject.text, arabic: true, ...(claim.subject.en === undefined ? {} : { note: claim.subject.en }) };
    const unit: Cell = claim.unit === undefined ? { text: '—' } : { text: claim.unit.text, arabic: true, note: claim.unit.code };
    return row(
      'claim',
      id,
      [{ text: claim.text, arabic: true }, { text: formatClaimValue(claim), className: 'num' }, claim.kind, claim.qualifier, subject, unit],
      mismatches.has(id),
    );
  });
  return table('claim', 'Claims', ['#', 'claim', 'value', 'kind', 'qualifier', 'subject', 'unit'], rows);
}

/** The dates table: id, text, the Gregorian days covered, granularity, calendar, relative. */
export function datesTable(dates: readonly DateMention[], mismatches: Mismatches = new Set()): string {
  const rows = dates.map((date, index) => {
    const id = `d${index + 1}`;
    const range: Cell = {
      text: formatRange(date.from, date.to),
      className: 'num',
      ...(date.weekdayAgrees === false ? { note: '⚠ weekday does not match' } : {}),
    };
    return row(
      'date',
      id,
      [{ text: date.text, arabic: true }, range, date.granularity, date.calendar, date.relative ? 'yes' : 'no'],
      mismatches.has(id),
    );
  });
  return table('date', 'Dates', ['#', 'date', 'from – to', 'granularity', 'calendar', 'relative'], rows);
}

/** The entities table: id, text, type/subtype, English name over the gazetteer id, form. */
export function entitiesTable(entities: readonly Entity[], mismatches: Mismatches = new Set()): string {
  const rows = entities.map((entity, index) => {
    const id = `e${index + 1}`;
    const type: Cell = { text: entity.type, ...(entity.subtype === undefined ? {} : { note: entity.subtype }) };
    return row(
      'entity',
      id,
      [{ text: entity.text, arabic: true }, type, { text: entity.name.en ?? '—', note: entity.id, noteClassName: 'gid' }, entity.form],
      mismatches.has(id),
    );
  });
  return table('entity', 'Entities', ['#', 'entity', 'type', 'English · id', 'form'], rows);
}
