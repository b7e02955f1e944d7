// A claims table for a folder of articles, as CSV: one row per claim, ready for a spreadsheet.
//   node examples/claims-csv.mjs [FOLDER] > claims.csv
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from 'khabar';

const folder = process.argv[2] ?? new URL('../fixtures/seeds/', import.meta.url).pathname;
const quote = (value) => `"${String(value ?? '').replaceAll('"', '""')}"`;

console.log(['article', 'value', 'qualifier', 'kind', 'subject', 'subject_en', 'text'].join(','));
for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
  const { claims } = extract(readFileSync(join(folder, file), 'utf8'));
  for (const claim of claims) {
    console.log([file, claim.value, claim.qualifier, claim.kind, claim.subject?.text, claim.subject?.en, claim.text].map(quote).join(','));
  }
}
