// The English path grows linearly with its passage: a long English article with many names, events,
// dates and claims, at 1× and 4× its length. (Ratios only, never absolute times.)
import { describe, expect, it } from 'vitest';
import { english } from '../src/en.js';
import { extract } from '../src/index.js';

const paragraph =
  'Morocco deployed about 6,000 police officers for the 2022 World Cup in Qatar, Abdellatif Hammouchi said on Sunday. ' +
  'John Carter of the Qatar Football Association told reporters that more than 1.5 million fans visited Doha between November 20 and December 18, 2022. ' +
  'Carter added that 16 countries sent delegations, and Hammouchi thanked Interpol. ';

function timed(text: string): number {
  const start = performance.now();
  const result = extract(text, { languages: [english], referenceDate: '2022-12-20' });
  expect(result.claims.length).toBeGreaterThan(0);
  return performance.now() - start;
}

describe('the English path on a long article', () => {
  it('takes about four times as long for four times the text', () => {
    const once = paragraph.repeat(60);
    const four = paragraph.repeat(240);
    timed(once); // warm-up
    const ratios: number[] = [];
    for (let run = 0; run < 3; run++) ratios.push(timed(four) / timed(once));
    // Linear work gives 4; an n² step would give 16. The margin absorbs garbage collection.
    expect(Math.min(...ratios)).toBeLessThan(8);
  }, 120_000);
});
