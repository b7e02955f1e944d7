import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { csvField, csvHeader, formatCsvRows } from '../src/cli/format-csv.js';
import { runCli } from './helpers/run-cli.js';
import { extract, type Claim, type Extraction } from '../src/index.js';

/** A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes; throws on anything else. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let index = 0;
  while (index < text.length) {
    const record: string[] = [];
    for (;;) {
      let field = '';
      if (text[index] === '"') {
        index++;
        for (;;) {
          const quote = text.indexOf('"', index);
          if (quote < 0) throw new Error('unclosed quote');
          field += text.slice(index, quote);
          index = quote + 1;
          if (text[index] === '"') {
            field += '"';
            index++;
          } else break;
        }
      } else {
        const end = text.slice(index).search(/[,\r\n"]/);
        const stop = end < 0 ? text.length : index + end;
        if (text[stop] === '"' || text[stop] === '\n') throw new Error(`bad character at ${stop}`);
        field = text.slice(index, stop);
        index = stop;
      }
      record.push(field);
      if (text[index] === ',') {
        index++;
        continue;
      }
      if (text.startsWith('\r\n', index)) {
        index += 2;
        break;
      }
      throw new Error(`expected a comma or CRLF at ${index}`);
    }
    records.push(record);
  }
  return records;
}

const HEADER = ['id', 'value', 'qualifier', 'kind', 'subject', 'subject_en', 'unit', 'text', 'sentence'];
const SEED = 'fixtures/seeds/003_c069d1d866d54653.txt';

describe('csvField', () => {
  it.each([
    ['plain', 'plain'],
    ['', ''],
    ['قطر، المغرب', 'قطر، المغرب'], // the Arabic comma needs no quotes
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
  ])('%j → %j', (value, expected) => {
    expect(csvField(value)).toBe(expected);
  });
});

describe('--format csv', () => {
  it('one row per claim under the header, RFC 4180, no BOM, each claim\'s sentence on one line', async () => {
    const { status, stdout, stderr } = await runCli(['extract', SEED, '--format', 'csv']);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expect(stdout.startsWith('id,value,')).toBe(true);
    const [header, ...rows] = parseCsv(stdout);
    expect(header).toEqual(HEADER);
    const { claims, sentences } = extract(readFileSync(SEED, 'utf8'));
    expect(rows).toHaveLength(claims.length);
    expect(rows.length).toBeGreaterThan(2);
    rows.forEach((row, index) => {
      const claim = claims[index]!;
      expect(row).toHaveLength(HEADER.length);
      const [id, value, qualifier, kind, subject, subjectEn, unit, text, sentence] = row;
      expect(id).toBe(SEED);
      expect(Number(value)).toBe(claim.value);
      expect([qualifier, kind, text]).toEqual([claim.qualifier, claim.kind, claim.text]);
      expect([subject, subjectEn, unit]).toEqual([claim.subject?.text ?? '', claim.subject?.en ?? '', claim.unit?.code ?? '']);
      expect(sentence).not.toMatch(/[\r\n]/);
      const containing = sentences.find((candidate) => candidate.start <= claim.start && claim.start < candidate.end)!;
      expect(sentence).toBe(containing.text.replace(/\s*\n\s*/g, ' '));
      expect(sentence).toContain(claim.text);
    });
    expect(rows.find((row) => row[3] === 'percent')).toEqual([SEED, '50', 'exact', 'percent', 'سكانها', 'inhabitants', 'percent', '50 ٪ من سكانها', expect.any(String)]);
  });

  it('--bom opens the output with a UTF-8 byte order mark, for Excel', async () => {
    const { stdout } = await runCli(['extract', SEED, '--format', 'csv', '--bom']);
    expect(stdout.startsWith('\uFEFFid,value,')).toBe(true);
    expect(Buffer.from(stdout, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('no claim at all: the header alone', async () => {
    const { status, stdout } = await runCli(['extract', '--format', 'csv'], ['لا أرقام هنا.']);
    expect(status).toBe(0);
    expect(stdout).toBe(csvHeader());
    expect(csvHeader()).toBe(`${HEADER.join(',')}\r\n`);
  });

  it('quotes what must be quoted and collapses line breaks in the sentence only', () => {
    const text = 'قال "المسؤول"، إن 1,500 مشجع\nوصلوا.';
    const start = text.indexOf('1,500');
    const claim: Claim = {
      text: '1,500 مشجع',
      start,
      end: start + '1,500 مشجع'.length,
      kind: 'count',
      value: 1500,
      qualifier: 'exact',
      number: { text: '1,500', start, end: start + 5 },
      subject: { text: 'مشجع', start: start + 6, end: start + 10, en: 'fans, "supporters"' },
    };
    const extraction: Pick<Extraction, 'claims' | 'sentences'> = { claims: [claim], sentences: [{ text, start: 0, end: text.length }] };
    const row = formatCsvRows('id, with comma', extraction);
    expect(row).toBe('"id, with comma",1500,exact,count,مشجع,"fans, ""supporters""",,"1,500 مشجع","قال ""المسؤول""، إن 1,500 مشجع وصلوا."\r\n');
    expect(parseCsv(row)[0]).toEqual(['id, with comma', '1500', 'exact', 'count', 'مشجع', 'fans, "supporters"', '', '1,500 مشجع', 'قال "المسؤول"، إن 1,500 مشجع وصلوا.']);
  });

  it('writes values as plain digits, never in exponent form nor grouped', () => {
    const claim: Claim = {
      text: 'x',
      start: 0,
      end: 1,
      kind: 'money',
      value: 2.5e21,
      qualifier: 'exact',
      number: { text: 'x', start: 0, end: 1 },
      subject: null,
    };
    expect(formatCsvRows(1, { claims: [claim, { ...claim, value: 0.125 }], sentences: [] })).toBe('1,2500000000000000000000,exact,money,,,,x,\r\n1,0.125,exact,money,,,,x,\r\n');
  });
});
