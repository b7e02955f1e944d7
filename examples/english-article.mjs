// An Arabic article with an English quote and a French line: each sentence read in its own language,
// and the English names linked to the same gazetteer ids as the Arabic ones.
//   node examples/english-article.mjs
import { extract } from 'khabar';
import { english } from 'khabar/en';

const text =
  'قال عبد اللطيف حموشي إن المغرب سينشر 6000 رجل أمن. "We expect about 1.5 million fans in Doha from November 20," Qatar\'s interior ministry said. Le ministre a confirmé la date du 2022-11-20.';
const result = extract(text, { referenceDate: '2022-11-10', languages: [english] });

for (const sentence of result.sentences) console.log(`sentence ${sentence.language}  ${sentence.text}`);
for (const entity of result.entities) console.log(`entity   ${entity.text}  →  ${entity.type} ${entity.id}`);
for (const claim of result.claims) console.log(`claim    ${claim.text}  →  ${claim.qualifier} ${claim.value} ${claim.subject?.en ?? ''} (${claim.subject?.category ?? ''})`);
for (const date of result.dates) console.log(`date     ${date.text}  →  ${date.from} … ${date.to}`);
