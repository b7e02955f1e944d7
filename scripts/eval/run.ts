/**
 * `npm run eval`: extracts every seed article, scores it against fixtures/gold (see its README)
 * and prints precision, recall and F1 per record type, then each article's misses and false
 * positives. `--json` prints the whole score object instead.
 *
 * Exits 0 whenever it ran, whatever the score (it is a measure, not a gate yet); 1 when the gold
 * set is missing or malformed, or the arguments are wrong.
 */
import { fileURLToPath } from 'node:url';
import { extract } from '../../src/index.js';
import type { GoldArticle } from './gold.js';
import { GoldSetError, loadGoldSet } from './gold.js';
import type { CorpusScore, Finding, TypeScore } from './score.js';
import { scoreArticle, scoreCorpus } from './score.js';

const fixtures = fileURLToPath(new URL('../../fixtures', import.meta.url));

function rateLine(label: string, score: TypeScore): string {
  const mentions = score.correct === score.tp ? '' : `; correct mentions ${score.correct}`;
  return (
    `${label.padEnd(9)} P ${score.precision.toFixed(3)}  R ${score.recall.toFixed(3)}  F1 ${score.f1.toFixed(3)}` +
    `  (tp ${score.tp}, fp ${score.fp}, fn ${score.fn}${mentions})`
  );
}

function findingLine(kind: string, finding: Finding): string {
  const at = finding.start === null ? '' : ` @${finding.start}`;
  return `  ${kind.padEnd(6)} ${finding.type.padEnd(6)} "${finding.text}"${at}: ${finding.reason}`;
}

function report(score: CorpusScore): string {
  const subject = score.subject.accuracy === null ? 'n/a (no matched claim)' : score.subject.accuracy.toFixed(3);
  const lines = [
    `khabar eval: ${score.articles.length} articles, fixtures/gold`,
    rateLine('claims', score.claims),
    rateLine('dates', score.dates),
    rateLine('entities', score.entities),
    `subject accuracy  ${subject}  (${score.subject.correct} of ${score.subject.total} matched claims)`,
  ];
  for (const article of score.articles) {
    const findings = [
      ...article.misses.map((finding) => findingLine('miss', finding)),
      ...article.falsePositives.map((finding) => findingLine('false', finding)),
      ...article.wrongSubjects.map((finding) => findingLine('subj', finding)),
    ];
    if (findings.length > 0) lines.push('', article.article, ...findings);
  }
  return lines.join('\n');
}

function main(argv: readonly string[]): number {
  const unknown = argv.filter((arg) => arg !== '--json');
  if (unknown.length > 0) {
    console.error(`eval: unknown argument ${unknown.join(' ')} (the only option is --json)`);
    return 1;
  }
  let articles: GoldArticle[];
  try {
    articles = loadGoldSet(fixtures);
  } catch (error) {
    if (!(error instanceof GoldSetError)) throw error;
    console.error(`eval: ${error.message}`);
    return 1;
  }
  const score = scoreCorpus(
    articles.map((article) => scoreArticle(article, article.gold, extract(article.text, { referenceDate: article.gold.referenceDate }))),
  );
  console.log(argv.includes('--json') ? JSON.stringify(score, null, 2) : report(score));
  return 0;
}

process.exitCode = main(process.argv.slice(2));
