// Extract one article and print its claims, dates and entities, each with its place in the text.
//   node examples/one-article.mjs [FILE] [REFERENCE-DATE]
import { readFileSync } from 'node:fs';
import { extract } from 'khabar';

const file = process.argv[2] ?? new URL('../fixtures/seeds/003_c069d1d866d54653.txt', import.meta.url);
const referenceDate = process.argv[3] ?? '2022-06-15';
const text = readFileSync(file, 'utf8');
const { claims, dates, entities } = extract(text, { referenceDate });

for (const claim of claims) {
  console.log(`claim   ${claim.text}  →  ${claim.qualifier} ${claim.value} ${claim.subject?.en ?? claim.unit?.code ?? ''}  [${claim.start}, ${claim.end})`);
}
for (const date of dates) {
  console.log(`date    ${date.text}  →  ${date.from ?? '?'} … ${date.to ?? '?'}  [${date.start}, ${date.end})`);
}
for (const entity of entities) {
  console.log(`entity  ${entity.text}  →  ${entity.type} ${entity.id}  [${entity.start}, ${entity.end})`);
}
