// Runs khabar over every seed article in fixtures/ and prints what it found.
// `npm run example` builds the package first; this file imports it by name, as a user would.
import { readdirSync, readFileSync } from 'node:fs';
import { extract } from 'khabar';

const fixtures = new URL('../fixtures/', import.meta.url);

for (const file of readdirSync(new URL('seeds/', fixtures)).filter((name) => name.endsWith('.txt')).sort()) {
  const name = file.replace(/\.txt$/, '');
  const text = readFileSync(new URL(`seeds/${file}`, fixtures), 'utf8');
  const { referenceDate } = JSON.parse(readFileSync(new URL(`gold/${name}.json`, fixtures), 'utf8'));
  const result = extract(text, { referenceDate });

  console.log(`\n=== ${file} (reference date ${referenceDate})`);
  console.log(`language ${result.language.code}, script ${result.language.script}; ${result.sentences.length} sentences, ${result.tokens.length} tokens`);
  console.log(`first sentence: ${result.sentences[0]?.text ?? '(none)'}`);
  const split = result.tokens.filter((token) => token.prefixes.length > 0).slice(0, 8);
  console.log(`proclitics split: ${split.map((token) => `${token.text} = ${token.prefixes.join(' + ')} + ${token.stem}`).join(' · ')}`);
  for (const claim of result.claims) console.log(`claim   [${claim.start}, ${claim.end}) ${claim.text} → ${claim.qualifier} ${claim.value} ${claim.subject?.en ?? ''}`);
  for (const date of result.dates) console.log(`date    [${date.start}, ${date.end}) ${date.text} → ${date.from} … ${date.to}`);
  for (const entity of result.entities) console.log(`entity  [${entity.start}, ${entity.end}) ${entity.text} → ${entity.type} ${entity.id}`);
  for (const number of result.numbers) console.log(`number  [${number.start}, ${number.end}) ${number.text} → ${number.value}`);
  console.log(`${result.claims.length} claims, ${result.dates.length} dates, ${result.entities.length} entities, ${result.numbers.length} numbers`);
}
