import type { Claim, DateMention, Entity, Extraction, NumberMention, Qualifier } from '../index.js';
import { oneLine, sentenceIndexAt } from './spans.js';

/** One printable record, placed by where it starts in the text. */
interface RecordLine {
  start: number;
  text: string;
}

const qualifierSigns: Record<Qualifier, string> = {
  exact: '',
  approximate: '≈ ',
  'more-than': '> ',
  'less-than': '< ',
  'at-least': '≥ ',
  'at-most': '≤ ',
};

// Four-digit numbers are mostly years, and "2,022" would misread them; larger ones are grouped.
const grouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20 });
const ungrouped = new Intl.NumberFormat('en-US', { maximumFractionDigits: 20, useGrouping: false });

/**
 * A human-readable report of one input: a header, each sentence numbered with the records that
 * start inside it indented below, then a one-line summary.
 *
 * @param label - How the input is named in the header (its path, or "standard input").
 */
export function formatPretty(label: string, extraction: Extraction): string {
  const { language, sentences } = extraction;
  const bySentence = sentences.map((): RecordLine[] => []);
  const unplaced: RecordLine[] = [];
  for (const record of recordLines(extraction)) {
    const index = sentenceIndexAt(sentences, record.start);
    (index === undefined ? unplaced : bySentence[index])?.push(record);
  }

  const width = String(sentences.length).length + 1;
  const indent = ' '.repeat(width + 3);
  const out = [`${label}  (language ${language.code}, ${language.script} script)`];
  sentences.forEach((sentence, index) => {
    out.push(`${`${index + 1}.`.padStart(width)} ${oneLine(sentence.text)}`);
    for (const record of bySentence[index] ?? []) out.push(indent + record.text);
  });
  // Should sentence splitting and a record ever disagree, the record is still shown, not lost.
  if (unplaced.length > 0) out.push('(outside any sentence)', ...unplaced.map((record) => indent + record.text));
  out.push(summary(extraction));
  return `${out.join('\n')}\n`;
}

function recordLines(extraction: Extraction): RecordLine[] {
  const lines = [
    ...extraction.entities.map(entityLine),
    ...extraction.dates.map(dateLine),
    ...extraction.claims.map(claimLine),
    ...extraction.numbers.map(numberLine),
  ];
  // A stable sort keeps entity, date, claim, number order for records starting at the same place.
  return lines.sort((a, b) => a.start - b.start);
}

function entityLine(entity: Entity): RecordLine {
  const type = entity.subtype === undefined ? entity.type : `${entity.type}/${entity.subtype}`;
  const english = entity.name.en === undefined ? '' : ` (${entity.name.en})`;
  return { start: entity.start, text: `entity  ${type}  ${oneLine(entity.text)}  → ${entity.id}${english}` };
}

function dateLine(date: DateMention): RecordLine {
  const days = date.from === date.to ? (date.from ?? '?') : `${date.from ?? '?'} to ${date.to ?? '?'}`;
  const notes = [...(date.calendar === 'hijri' ? ['hijri'] : []), ...(date.relative ? ['relative'] : [])];
  const noted = notes.length > 0 ? ` (${notes.join(', ')})` : '';
  return { start: date.start, text: `date    ${oneLine(date.text)}  → ${days}${noted}` };
}

function claimLine(claim: Claim): RecordLine {
  const value = claim.kind === 'percent' ? `${formatValue(claim.value)}%` : formatValue(claim.value);
  const subject = claim.subject === null ? '' : ` ${claim.subject.en ?? oneLine(claim.subject.text)}`;
  return { start: claim.start, text: `claim   ${oneLine(claim.text)}  → ${qualifierSigns[claim.qualifier]}${value}${subject}` };
}

function numberLine(number: NumberMention): RecordLine {
  return { start: number.start, text: `number  ${oneLine(number.text)}  → ${formatValue(number.value)}` };
}

function formatValue(value: number): string {
  return (Math.abs(value) >= 10_000 ? grouped : ungrouped).format(value);
}

function summary(extraction: Extraction): string {
  return [
    count(extraction.sentences.length, 'sentence', 'sentences'),
    count(extraction.tokens.length, 'token', 'tokens'),
    count(extraction.entities.length, 'entity', 'entities'),
    count(extraction.dates.length, 'date', 'dates'),
    count(extraction.claims.length, 'claim', 'claims'),
    count(extraction.numbers.length, 'number', 'numbers'),
  ].join(', ');
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
