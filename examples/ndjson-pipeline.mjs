// A corpus through the streaming CLI: articles go in as NDJSON, one per line, and results come out
// one per line, as they are ready, in constant memory — the same route as `xargs -P`, GNU parallel,
// Spark's RDD.pipe or Hadoop Streaming. Here the corpus is the seed articles, each with its own
// publication date, and the results are summed up as they arrive.
//   node examples/ndjson-pipeline.mjs [FOLDER]
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';

const folder = process.argv[2] ?? new URL('../fixtures/seeds/', import.meta.url).pathname;
// The installed package's command line (node_modules/.bin/khabar does the same from a shell).
const cli = createRequire(import.meta.url).resolve('khabar/package.json').replace(/package\.json$/, 'dist/cli.js');

const khabar = spawn(process.execPath, [cli, 'extract', '--ndjson', '--only', 'entities,claims'], { stdio: ['pipe', 'pipe', 'inherit'] });

// One article a line: {"id", "text", "date"}; "date" is the day it was published (here taken from
// the gold file beside it when there is one), against which "yesterday" or "on Monday" are read.
function* articles() {
  for (const file of readdirSync(folder).filter((name) => name.endsWith('.txt')).sort()) {
    let date;
    try {
      date = JSON.parse(readFileSync(join(folder, '../gold', file.replace(/\.txt$/, '.json')), 'utf8')).referenceDate;
    } catch {
      date = undefined;
    }
    yield `${JSON.stringify({ id: file, text: readFileSync(join(folder, file), 'utf8'), date })}\n`;
  }
}
// pipe() waits whenever khabar's input is full, so a corpus of any size is never all in memory.
Readable.from(articles()).pipe(khabar.stdin);

let claims = 0;
const places = new Map();
for await (const line of createInterface({ input: khabar.stdout })) {
  const { id, result } = JSON.parse(line);
  claims += result.claims.length;
  for (const entity of result.entities) {
    if (entity.type === 'LOC' && entity.id) places.set(entity.name.en ?? entity.id, (places.get(entity.name.en ?? entity.id) ?? 0) + 1);
  }
  console.log(`${id}: ${result.entities.length} entities, ${result.claims.length} claims`);
}
const exitCode = await new Promise((resolve) => khabar.on('close', resolve));

const top = [...places].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 5);
console.log(`${claims} claims in all; places named most: ${top.map(([name, count]) => `${name} (${count})`).join(', ')}`);
process.exitCode = exitCode;
