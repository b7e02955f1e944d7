import type { Claim, Extraction, Span } from '../index.js';
import { oneLine, sentenceIndexAt } from './spans.js';

/** The columns of `--format csv`, one row per claim. */
export const CSV_COLUMNS = ['id', 'value', 'qualifier', 'kind', 'subject', 'subject_en', 'unit', 'text', 'sentence'] as const;

/** RFC 4180 ends every record, the header included, with CRLF. */
const EOL = '\r\n';

/** Excel reads a UTF-8 CSV as UTF-8 only when it opens with this mark; `--bom` writes it. */
export const UTF8_BOM = '\uFEFF';

// Plain digits, never "1e+21" nor grouped "1,500,000": a spreadsheet reads them as numbers.
const plainNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: false });

/** The header line. */
export function csvHeader(): string {
  return csvRow(CSV_COLUMNS);
}

/**
 * One row per claim of one input: the claim's value, qualifier, kind, subject (Arabic, and English
 * when known), unit code, the claim's own text and the sentence it is in, on one line.
 *
 * @param id - The input's name: its path, or its NDJSON id.
 */
export function formatCsvRows(id: string | number, extraction: Pick<Extraction, 'claims' | 'sentences'>): string {
  return extraction.claims.map((claim) => csvRow(claimFields(String(id), claim, extraction.sentences))).join('');
}

function claimFields(id: string, claim: Claim, sentences: readonly Span[]): string[] {
  const index = sentenceIndexAt(sentences, claim.start);
  const sentence = index === undefined ? undefined : sentences[index];
  return [
    id,
    plainNumber.format(claim.value),
    claim.qualifier,
    claim.kind,
    claim.subject?.text ?? '',
    claim.subject?.en ?? '',
    claim.unit?.code ?? '',
    claim.text,
    oneLine(sentence?.text ?? ''),
  ];
}

/** One record: fields joined by commas, each quoted as RFC 4180 says when it must be. */
export function csvRow(fields: readonly string[]): string {
  return fields.map(csvField).join(',') + EOL;
}

/** A field as RFC 4180 writes it: in double quotes, inner quotes doubled, when it holds a comma, quote or line break. */
export function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
