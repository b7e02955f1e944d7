/**
 * `npm run bench`: how fast khabar reads Arabic news, as ratios to a plain word scan of the same
 * text measured in the same run (ratios travel across machines; absolute times do not).
 *
 *   npm run bench                 full run: the five seed articles and a 5 MB generated corpus
 *   npm run bench -- --quick      fewer runs, a 1 MB corpus, smaller scaling sets (a fast check)
 *   npm run bench -- --compare    print each ratio against the previous results file, then save
 *   options: --out FILE (default bench/results.json; with --quick bench/corpus/results-quick.json,
 *            a git-ignored folder), --baseline FILE (what --compare reads; default: the --out file),
 *            --seed N (corpus seed, default 20221117), --no-write (print only)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { GazetteerEntry } from '../src/schema/options.js';
import type { Article } from './corpus.js';
import { DEFAULT_SEED, generateCorpus, loadFixtures, syntheticEntries, takeBytes } from './corpus.js';
import type { MemoryPeaks, Task, Timing } from './measure.js';
import { collectGarbage, keep, maxRssBytes, median, MemorySampler, overArticles, throughput, timeRounds, timeRoundsInChunks, totalBytes } from './measure.js';
import type { Comparable, Results, SetResult, StageResult } from './report.js';
import { comparableFigures, loadResults, printComparison, printSummary } from './report.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/** bench/stages.ts bundled as the package is (esbuild, ESM, dependencies external) into a git-ignored file. */
const stagesFile = join(repoRoot, 'bench', 'corpus', 'stages.mjs');
await build({ entryPoints: [join(repoRoot, 'bench', 'stages.ts')], bundle: true, platform: 'node', format: 'esm', packages: 'external', outfile: stagesFile, logLevel: 'warning' });
const measured: typeof import('./stages.js') = await import(pathToFileURL(stagesFile).href);
const { buildGazetteer, detectLanguage, english, extract, findClaims, findDates, findEntities, findNumbers, normalise, splitSentences, stemKey, tokenise } = measured;

// ---------------------------------------------------------------- options

interface Options {
  readonly quick: boolean;
  readonly compare: boolean;
  readonly write: boolean;
  readonly out: string;
  readonly baseline: string;
  readonly seed: number;
}

function parseOptions(argv: readonly string[]): Options {
  const valueOf = (flag: string): string | undefined => {
    const at = argv.indexOf(flag);
    if (at === -1) return undefined;
    const value = argv[at + 1];
    if (value === undefined || value.startsWith('--')) throw new Error(`bench: ${flag} needs a value`);
    return value;
  };
  const known = new Set(['--quick', '--compare', '--no-write', '--out', '--baseline', '--seed']);
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) continue;
    if (!known.has(arg)) throw new Error(`bench: unknown option ${arg} (known: ${[...known].join(' ')})`);
  }
  const quick = argv.includes('--quick');
  const out = resolve(valueOf('--out') ?? join(repoRoot, 'bench', quick ? 'corpus/results-quick.json' : 'results.json'));
  const seedText = valueOf('--seed');
  const seed = seedText === undefined ? DEFAULT_SEED : Number(seedText);
  if (!Number.isInteger(seed)) throw new Error(`bench: --seed needs an integer, got ${seedText}`);
  return {
    quick,
    compare: argv.includes('--compare'),
    write: !argv.includes('--no-write'),
    out,
    baseline: resolve(valueOf('--baseline') ?? out),
    seed,
  };
}

/** Sizes and run counts: full (`npm run bench`, 1–3 minutes on 2 cores) or quick (about 30 s). */
function configFor(quick: boolean) {
  return quick
    ? {
        corpusBytes: 1_000_000,
        fixtures: { warmup: 2, runs: 5, repeat: 10 },
        english: { warmup: 1, runs: 3, repeat: 1 },
        corpus: { warmup: 1, runs: 3, chunkBytes: 250_000 },
        scaling: { baseBytes: 10_000, multipliers: [1, 10, 100], runs: 2, minPassBytes: 100_000 },
        gazetteer: { textBytes: 200_000, sizes: [10_000, 100_000], runs: 3 },
        coldStart: { spawns: 3 },
      }
    : {
        corpusBytes: 5_000_000,
        fixtures: { warmup: 3, runs: 15, repeat: 40 },
        english: { warmup: 2, runs: 7, repeat: 2 },
        corpus: { warmup: 1, runs: 7, chunkBytes: 500_000 },
        scaling: { baseBytes: 50_000, multipliers: [1, 10, 100], runs: 5, minPassBytes: 1_000_000 },
        gazetteer: { textBytes: 1_000_000, sizes: [10_000, 100_000], runs: 7 },
        coldStart: { spawns: 5 },
      };
}
type Config = ReturnType<typeof configFor>;

function progress(message: string): void {
  process.stderr.write(`[bench ${(performance.now() / 1000).toFixed(1)}s] ${message}\n`);
}

// ---------------------------------------------------------------- the stages, one article set

const wordScan = /[^\s]+/gu;

/** What the stages of one article need, computed once before the stages are timed. */
interface Prepared {
  readonly text: string;
  readonly referenceDate: string;
  readonly view: ReturnType<typeof normalise>;
  readonly tokens: ReturnType<typeof tokenise>;
  readonly sentences: ReturnType<typeof splitSentences>;
  readonly numbers: ReturnType<typeof findNumbers>;
  readonly dates: ReturnType<typeof findDates>;
}

function prepare(article: Article): Prepared {
  const { text, referenceDate } = article;
  const view = normalise(text);
  const tokens = tokenise(text, view);
  const sentences = splitSentences(text, tokens);
  const numbers = findNumbers(text, tokens);
  const dates = findDates(text, tokens, numbers, sentences, referenceDate);
  return { text, referenceDate, view, tokens, sentences, numbers, dates };
}

const gazetteer = buildGazetteer();

/** Each stage on its own, given the outputs of the stages before it. */
const stages: readonly { readonly name: string; readonly run: (p: Prepared) => unknown }[] = [
  { name: 'normalise', run: (p) => normalise(p.text) },
  { name: 'tokenise', run: (p) => tokenise(p.text, p.view) },
  { name: 'sentences', run: (p) => splitSentences(p.text, p.tokens) },
  { name: 'numbers', run: (p) => findNumbers(p.text, p.tokens) },
  { name: 'dates', run: (p) => findDates(p.text, p.tokens, p.numbers, p.sentences, p.referenceDate) },
  { name: 'entities', run: (p) => findEntities(p.text, p.tokens, p.numbers, gazetteer) },
  { name: 'claims', run: (p) => findClaims(p.text, p.tokens, p.numbers, p.dates) },
  { name: 'language', run: (p) => detectLanguage(p.text) },
];

function stageResult(timing: Timing, bytes: number, articles: number, scanMs: number): StageResult {
  return { ...throughput(timing.medianMs, bytes, articles), ratioToScan: timing.medianMs / scanMs, runsMs: timing.runsMs.map(round3) };
}

interface SetPlan {
  /** Untimed rounds before the timed ones (on the first chunk). */
  readonly warmup: number;
  readonly runs: number;
  /** The set is timed in chunks of about this many UTF-8 bytes (see `timeRoundsInChunks`). */
  readonly chunkBytes: number;
  /** A timed pass goes over the articles this many times (a few small articles are too quick to time). */
  readonly repeat: number;
}

/** Consecutive groups of articles of about `bytes` UTF-8 bytes each. */
function chunksOf(articles: readonly Article[], bytes: number): Article[][] {
  const chunks: Article[][] = [];
  let rest = articles;
  while (rest.length > 0) {
    const chunk = takeBytes(rest, bytes);
    chunks.push(chunk);
    rest = rest.slice(chunk.length);
  }
  return chunks;
}

/**
 * The word scan, extract() and every stage over one article set, timed in interleaved rounds;
 * each stage is given the outputs of the stages before it, computed (untimed) beforehand.
 */
function measureSet(label: string, articles: readonly Article[], plan: SetPlan): SetResult {
  const bytes = totalBytes(articles.map((article) => article.text));
  const count = articles.length;
  const passBytes = bytes * plan.repeat;
  const passArticles = count * plan.repeat;
  const chunks = chunksOf(articles, plan.chunkBytes);
  progress(`${label}: ${count} articles, ${(bytes / 1e6).toFixed(3)} MB${plan.repeat > 1 ? `, ×${plan.repeat} per pass` : ''}, ${chunks.length} chunk(s)`);

  // Memory first: one untimed pass of extract(), sampled after every article, nothing else held.
  collectGarbage();
  const memory = new MemorySampler();
  memory.sample();
  overArticles(count, (i) => extract(articles[i]!.text, { referenceDate: articles[i]!.referenceDate }), memory, 1)();
  const extractMemory = memory.snapshot();

  const sampler = new MemorySampler();
  const timings = timeRoundsInChunks(
    chunks,
    (chunk): Task[] => {
      const prepared = chunk.map(prepare);
      const n = chunk.length;
      return [
        { name: 'scan', run: overArticles(n, (i) => chunk[i]!.text.match(wordScan), undefined, 16, plan.repeat) },
        { name: 'extract', run: overArticles(n, (i) => extract(chunk[i]!.text, { referenceDate: chunk[i]!.referenceDate }), sampler, 16, plan.repeat) },
        ...stages.map((stage) => ({ name: stage.name, run: overArticles(n, (i) => stage.run(prepared[i]!), sampler, 64, plan.repeat) })),
      ];
    },
    { warmup: plan.warmup, runs: plan.runs },
  );
  const scan = timings.get('scan')!;
  const extractTiming = timings.get('extract')!;
  progress(`${label}: extract() ${extractTiming.medianMs.toFixed(0)} ms per pass, word scan ${scan.medianMs.toFixed(1)} ms (median of ${plan.runs})`);

  const stageResults: Record<string, StageResult> = {};
  for (const stage of stages) stageResults[stage.name] = stageResult(timings.get(stage.name)!, passBytes, passArticles, scan.medianMs);
  const sumOfStagesMs = Object.values(stageResults).reduce((sum, stage) => sum + stage.medianMs, 0);

  return {
    articles: count,
    bytes,
    repeat: plan.repeat,
    chunks: chunks.length,
    runs: plan.runs,
    warmup: plan.warmup,
    scan: { ...throughput(scan.medianMs, passBytes, passArticles), runsMs: scan.runsMs.map(round3) },
    extract: stageResult(extractTiming, passBytes, passArticles, scan.medianMs),
    stages: stageResults,
    sumOfStagesToExtract: sumOfStagesMs / extractTiming.medianMs,
    memory: { extract: extractMemory, duringTiming: sampler.snapshot() },
  };
}

// ---------------------------------------------------------------- English

/**
 * The English fixture sentences (fixtures/english/*.json, news style, full of names, numbers and
 * dates) grouped ten to an article: extract() with the English plug-in against the word scan.
 */
function englishArticles(): Article[] {
  const sentences: string[] = [];
  for (const file of ['claims.json', 'dates.json', 'entities.json']) {
    const { cases } = JSON.parse(readFileSync(join(repoRoot, 'fixtures', 'english', file), 'utf8')) as { cases: { sentence?: string; text?: string }[] };
    for (const item of cases) sentences.push(item.sentence ?? item.text ?? '');
  }
  const articles: Article[] = [];
  for (let at = 0; at < sentences.length; at += 10) {
    articles.push({ name: `english-${articles.length}`, text: sentences.slice(at, at + 10).join(' '), referenceDate: '2022-11-20' });
  }
  return articles;
}

function measureEnglish(plan: { readonly warmup: number; readonly runs: number; readonly repeat: number }) {
  const articles = englishArticles();
  const bytes = totalBytes(articles.map((article) => article.text));
  const timings = timeRounds(
    [
      { name: 'scan', run: overArticles(articles.length, (i) => articles[i]!.text.match(wordScan), undefined, 16, plan.repeat) },
      { name: 'extract', run: overArticles(articles.length, (i) => extract(articles[i]!.text, { referenceDate: articles[i]!.referenceDate, languages: [english] }), undefined, 16, plan.repeat) },
    ],
    plan,
  );
  const scan = timings.get('scan')!;
  const result = stageResult(timings.get('extract')!, bytes * plan.repeat, articles.length * plan.repeat, scan.medianMs);
  progress(`english: extract() ${result.mbPerSecond.toFixed(2)} MB/s, ${result.ratioToScan.toFixed(0)}× the word scan`);
  return { articles: articles.length, bytes, runs: plan.runs, scan: throughput(scan.medianMs, bytes * plan.repeat, articles.length * plan.repeat), extract: result };
}

// ---------------------------------------------------------------- scaling

/**
 * extract() over one article set, 1×, 10× and 100× (as many articles, and joined into one text).
 * Small sizes are repeated so that every timed pass covers at least `minPassBytes`; all points
 * are timed in interleaved rounds. ms per MB that stays flat from 1× to 100× means linear.
 */
function measureScaling(corpus: readonly Article[], config: Config['scaling']) {
  const base = takeBytes(corpus, config.baseBytes);
  const baseBytes = totalBytes(base.map((article) => article.text));
  const baseText = base.map((article) => article.text).join('\n\n');
  const referenceDate = base[0]!.referenceDate;
  const sampler = new MemorySampler();
  interface Point {
    readonly mode: 'articles' | 'oneText';
    readonly multiplier: number;
    readonly texts: number;
    readonly bytes: number;
    readonly repeat: number;
  }
  const points: Point[] = [];
  const tasks: Task[] = [];
  for (const multiplier of config.multipliers) {
    const articles = Array.from({ length: multiplier }, () => base).flat();
    const oneText = Array.from({ length: multiplier }, () => baseText).join('\n\n');
    const repeat = Math.max(1, Math.round(config.minPassBytes / (baseBytes * multiplier)));
    points.push({ mode: 'articles', multiplier, texts: articles.length, bytes: baseBytes * multiplier, repeat });
    tasks.push({
      name: `articles ${multiplier}`,
      run: overArticles(articles.length, (i) => extract(articles[i]!.text, { referenceDate }), sampler, 16, repeat),
      warmup: overArticles(base.length, (i) => extract(base[i]!.text, { referenceDate })),
    });
    points.push({ mode: 'oneText', multiplier, texts: 1, bytes: Buffer.byteLength(oneText, 'utf8'), repeat });
    tasks.push({
      name: `oneText ${multiplier}`,
      run: () => {
        for (let r = 0; r < repeat; r++) {
          keep(extract(oneText, { referenceDate }));
          sampler.sample();
        }
      },
      warmup: () => keep(extract(baseText, { referenceDate })),
    });
  }
  const timings = timeRounds(tasks, { warmup: 1, runs: config.runs });
  const result = (mode: Point['mode']): ScalingPoint[] => {
    const own = points.filter((point) => point.mode === mode);
    const rows = own.map((point) => {
      const timing = timings.get(`${mode} ${point.multiplier}`)!;
      const medianMs = timing.medianMs / point.repeat;
      return {
        multiplier: point.multiplier,
        texts: point.texts,
        bytes: point.bytes,
        repeat: point.repeat,
        medianMs,
        msPerMb: medianMs / (point.bytes / 1e6),
        mbPerSecond: point.bytes / 1e6 / (medianMs / 1000),
        relativeToFirst: 1,
      };
    });
    for (const row of rows) row.relativeToFirst = row.msPerMb / rows[0]!.msPerMb;
    return rows;
  };
  const asArticles = result('articles');
  const asOneText = result('oneText');
  for (const [i, point] of asArticles.entries()) {
    progress(`scaling ${point.multiplier}×: ${point.msPerMb.toFixed(0)} ms/MB as articles, ${asOneText[i]!.msPerMb.toFixed(0)} ms/MB as one text`);
  }
  return { baseArticles: base.length, baseBytes, runs: config.runs, asArticles, asOneText, memory: sampler.snapshot() };
}

interface ScalingPoint {
  multiplier: number;
  /** Articles (or 1 for one text) at this size. */
  texts: number;
  bytes: number;
  /** How many times one timed pass went over this size. */
  repeat: number;
  /** Median time of one extract() over this size (a pass's time / repeat). */
  medianMs: number;
  msPerMb: number;
  mbPerSecond: number;
  /** ms per MB over the 1× figure: 1 means linear. */
  relativeToFirst: number;
}

// ---------------------------------------------------------------- gazetteer size

function measureGazetteer(corpus: readonly Article[], config: Config['gazetteer']) {
  const articles = takeBytes(corpus, config.textBytes);
  const prepared = articles.map(prepare);
  const bytes = totalBytes(articles.map((article) => article.text));
  const variants: { extra: number; gazetteer: ReturnType<typeof buildGazetteer>; buildMs: number; entries: number }[] = [
    { extra: 0, gazetteer: buildGazetteer(), buildMs: 0, entries: 0 },
  ];
  // Every form a word of the text may be looked up by: as written and without its proclitics.
  const textWords = new Set(prepared.flatMap((p) => p.tokens.flatMap((token) => [token.normal, stemKey(token)])));
  for (const size of config.sizes) {
    const entries: GazetteerEntry[] = syntheticEntries(size, textWords);
    const start = performance.now();
    const built = buildGazetteer(entries);
    const buildMs = performance.now() - start;
    variants.push({ extra: size, gazetteer: built, buildMs, entries: entries.length });
    progress(`gazetteer +${size}: built in ${buildMs.toFixed(0)} ms`);
  }
  // Interleaved rounds, so that drift in the machine's speed hits every variant alike.
  const runsMs: number[][] = variants.map(() => []);
  // Counted in the warm-up: equal counts show every variant did the same work but the lookups.
  const entitiesFound: number[] = variants.map(() => 0);
  for (let round = -1; round < config.runs; round++) {
    variants.forEach((variant, index) => {
      const start = process.hrtime.bigint();
      for (const p of prepared) {
        const found = findEntities(p.text, p.tokens, p.numbers, variant.gazetteer);
        if (round === -1) entitiesFound[index]! += found.length;
        keep(found);
      }
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      if (round >= 0) runsMs[index]!.push(ms); // round -1 is the warm-up
    });
  }
  const builtInMs = median(runsMs[0]!);
  return {
    articles: articles.length,
    bytes,
    runs: config.runs,
    variants: variants.map((variant, index) => {
      const medianMs = median(runsMs[index]!);
      return {
        extraEntries: variant.extra,
        buildMs: variant.buildMs,
        entitiesFound: entitiesFound[index]!,
        medianMs,
        mbPerSecond: bytes / 1e6 / (medianMs / 1000),
        ratioToBuiltIn: medianMs / builtInMs,
        runsMs: runsMs[index]!.map(round3),
      };
    }),
  };
}

// ---------------------------------------------------------------- cold start (fresh processes)

const coldChild = `
import { readFileSync } from 'node:fs';
const [textFile, moduleUrl, referenceDate] = process.argv.slice(2);
const text = readFileSync(textFile, 'utf8');
const t0 = performance.now();
const { extract } = await import(moduleUrl);
const t1 = performance.now();
extract(text, { referenceDate });
const t2 = performance.now();
extract(text, { referenceDate });
const t3 = performance.now();
process.stdout.write(JSON.stringify({ bootMs: t0, importMs: t1 - t0, firstCallMs: t2 - t1, secondCallMs: t3 - t2 }));
`;

const gazetteerChild = `
const t0 = performance.now();
const { buildGazetteer } = await import(process.argv[2]);
const t1 = performance.now();
buildGazetteer([]);
const t2 = performance.now();
buildGazetteer();
const t3 = performance.now();
process.stdout.write(JSON.stringify({ importMs: t1 - t0, buildMs: t2 - t1, secondBuildMs: t3 - t2 }));
`;

function spawnJson(args: readonly string[]): { json: Record<string, number>; wallMs: number } {
  const start = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: repoRoot, encoding: 'utf8' });
  const wallMs = performance.now() - start;
  if (child.status !== 0) throw new Error(`bench: child ${args.join(' ')} failed (${child.status}): ${child.stderr}`);
  return { json: child.stdout ? (JSON.parse(child.stdout) as Record<string, number>) : {}, wallMs };
}

function ensureBuilt(): { distFile: string; builtNow: boolean; builtAt: string } {
  const distFile = join(repoRoot, 'dist', 'index.js');
  let builtNow = false;
  const newestSource = Math.max(...readdirSync(join(repoRoot, 'src'), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => statSync(join(entry.parentPath, entry.name)).mtimeMs));
  if (!existsSync(distFile) || statSync(distFile).mtimeMs < newestSource) {
    progress('dist/index.js is missing or older than src/: npm run build');
    const build = spawnSync('npm', ['run', 'build'], { cwd: repoRoot, encoding: 'utf8', shell: process.platform === 'win32' });
    if (build.status !== 0 || !existsSync(distFile)) throw new Error(`bench: npm run build failed:\n${build.stdout}\n${build.stderr}`);
    builtNow = true;
  }
  return { distFile, builtNow, builtAt: statSync(distFile).mtime.toISOString() };
}

function measureColdStart(article: Article, spawns: number) {
  const dist = ensureBuilt();
  const dir = mkdtempSync(join(tmpdir(), 'khabar-bench-'));
  try {
    const coldFile = join(dir, 'cold.mjs');
    const gazetteerFile = join(dir, 'gazetteer.mjs');
    const textFile = join(dir, 'article.txt');
    writeFileSync(coldFile, coldChild);
    writeFileSync(gazetteerFile, gazetteerChild);
    writeFileSync(textFile, article.text);
    const distUrl = pathToFileURL(dist.distFile).href;
    const stagesUrl = pathToFileURL(stagesFile).href;

    const bare: number[] = [];
    const cold: { json: Record<string, number>; wallMs: number }[] = [];
    const gaz: Record<string, number>[] = [];
    spawnJson(['-e', '0']); // let the OS cache the node binary before anything is timed
    for (let i = 0; i < spawns; i++) {
      bare.push(spawnJson(['-e', '0']).wallMs);
      cold.push(spawnJson([coldFile, textFile, distUrl, article.referenceDate]));
      gaz.push(spawnJson([gazetteerFile, stagesUrl]).json);
    }
    const of = (values: readonly (number | undefined)[]): number => median(values.map((value) => value ?? Number.NaN));
    const bareNodeMs = median(bare);
    const processMs = of(cold.map((run) => run.wallMs));
    return {
      spawns,
      article: { name: article.name, bytes: Buffer.byteLength(article.text, 'utf8') },
      dist: { file: 'dist/index.js', builtByBench: dist.builtNow, builtAt: dist.builtAt },
      importMs: of(cold.map((run) => run.json.importMs)),
      firstCallMs: of(cold.map((run) => run.json.firstCallMs)),
      secondCallMs: of(cold.map((run) => run.json.secondCallMs)),
      processMs,
      bareNodeMs,
      processToBareNode: processMs / bareNodeMs,
      gazetteerBuildMs: of(gaz.map((run) => run.buildMs)),
      gazetteerNote: 'buildGazetteer([]) first call in a fresh process, after the import of the bundled stages',
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

// ---------------------------------------------------------------- main

function round3(value: number): number {
  return Math.round(value * 1000) / 1000;
}

const loadAtStart = Math.round(loadavg()[0]! * 100) / 100;

function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    node: process.version,
    v8: process.versions.v8,
    platform: `${process.platform} ${process.arch}`,
    totalMemoryGB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    /** 1-minute load average when the run started and when it ended: other work on the machine. */
    loadAverage: { start: loadAtStart, end: Math.round(loadavg()[0]! * 100) / 100 },
  };
}

function main(): void {
  const options = parseOptions(process.argv.slice(2));
  const config = configFor(options.quick);
  const started = performance.now();
  const previous = options.compare ? loadResults(options.baseline) : undefined;
  if (options.compare && !previous) progress(`--compare: no previous results at ${options.baseline}; nothing to compare with`);

  const fixtures = loadFixtures();
  progress(`generating the corpus (seed ${options.seed}, ${config.corpusBytes.toLocaleString('en')} UTF-8 bytes)`);
  const generated = generateCorpus({ seed: options.seed, targetBytes: config.corpusBytes });

  const fixturesResult = measureSet('fixtures', fixtures, { ...config.fixtures, chunkBytes: Number.POSITIVE_INFINITY });
  const corpusResult = measureSet('corpus', generated.articles, { ...config.corpus, repeat: 1 });
  collectGarbage();
  const englishResult = measureEnglish(config.english);
  collectGarbage();
  const scaling = measureScaling(generated.articles, config.scaling);
  collectGarbage();
  const gazetteerScaling = measureGazetteer(generated.articles, config.gazetteer);
  collectGarbage();
  progress('cold start: spawning node');
  const coldStart = measureColdStart(fixtures[0]!, config.coldStart.spawns);

  const memory: { maxRssBytes: number; extractOverCorpus: MemoryPeaks } = {
    maxRssBytes: maxRssBytes(),
    extractOverCorpus: corpusResult.memory.extract,
  };
  const results: Results = {
    schema: 1,
    date: new Date().toISOString(),
    command: `npm run bench${options.quick ? ' -- --quick' : ''}`,
    quick: options.quick,
    machine: machine(),
    units: 'MB = 10^6 UTF-8 bytes; ratio = stage time / word-scan time over the same articles, same run',
    corpus: { seed: generated.seed, articles: generated.articles.length, bytes: generated.bytes, templates: generated.templates, slots: generated.slots },
    config,
    sets: { fixtures: fixturesResult, corpus: corpusResult },
    english: englishResult,
    memory,
    scaling,
    gazetteer: gazetteerScaling,
    coldStart,
    totalSeconds: (performance.now() - started) / 1000,
    ratios: {} as Record<string, Comparable>,
  };
  results.ratios = comparableFigures(results);

  printSummary(results);
  if (options.compare && previous) printComparison(previous, results);
  if (options.write) {
    mkdirSync(dirname(options.out), { recursive: true });
    writeFileSync(options.out, `${JSON.stringify(results, null, 2)}\n`);
    console.log(`\nwrote ${options.out.startsWith(repoRoot) ? options.out.slice(repoRoot.length) : options.out}`);
  }
}

main();

export type { ScalingPoint };
// Used by report.ts's types only.
export type GazetteerScaling = ReturnType<typeof measureGazetteer>;
export type Scaling = ReturnType<typeof measureScaling>;
export type ColdStart = ReturnType<typeof measureColdStart>;
export type EnglishResult = ReturnType<typeof measureEnglish>;
export type Machine = ReturnType<typeof machine>;
export type BenchConfig = Config;
