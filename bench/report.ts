/**
 * The benchmark's report: the readable tables of a run, the flat list of ratios that runs are
 * compared by, and the comparison of a run with the one before it.
 */
import { existsSync, readFileSync } from 'node:fs';
import type { MemoryPeaks, Throughput } from './measure.js';
import type { BenchConfig, ColdStart, EnglishResult, GazetteerScaling, Machine, Scaling } from './run.js';

export interface StageResult extends Throughput {
  /** Stage time over the word-scan time of the same articles in the same run. */
  readonly ratioToScan: number;
  readonly runsMs: readonly number[];
}

export interface SetResult {
  readonly articles: number;
  readonly bytes: number;
  /** A timed pass went over the articles this many times (figures are per pass). */
  readonly repeat: number;
  /** Timed one chunk at a time, with only that chunk's stage inputs held. */
  readonly chunks: number;
  readonly runs: number;
  readonly warmup: number;
  readonly scan: Throughput & { readonly runsMs: readonly number[] };
  readonly extract: StageResult;
  readonly stages: Readonly<Record<string, StageResult>>;
  /** The stages' medians added up, over extract()'s median (the rest is extract's own glue). */
  readonly sumOfStagesToExtract: number;
  readonly memory: {
    /** One untimed extract() pass, sampled after every article, nothing else held. */
    readonly extract: MemoryPeaks;
    /** The timed rounds, with one chunk's stage inputs held. */
    readonly duringTiming: MemoryPeaks;
  };
}

/** One figure that runs are compared by: a ratio, so that it means the same on any machine. */
export interface Comparable {
  readonly ratio: number;
  readonly label: string;
}

export interface Results {
  readonly schema: 1;
  readonly date: string;
  readonly command: string;
  readonly quick: boolean;
  readonly machine: Machine;
  readonly units: string;
  readonly corpus: {
    readonly seed: number;
    readonly articles: number;
    readonly bytes: number;
    readonly templates: number;
    readonly slots: Readonly<Record<string, number>>;
  };
  readonly config: BenchConfig;
  readonly sets: { readonly fixtures: SetResult; readonly corpus: SetResult };
  /** Absent in results saved before the English path was timed. */
  readonly english?: EnglishResult;
  readonly memory: { readonly maxRssBytes: number; readonly extractOverCorpus: MemoryPeaks };
  readonly scaling: Scaling;
  readonly gazetteer: GazetteerScaling;
  readonly coldStart: ColdStart;
  readonly totalSeconds: number;
  ratios: Record<string, Comparable>;
}

/** Every ratio of a run under a stable key ("corpus.entities", "scaling.oneText.100x", …). */
export function comparableFigures(results: Results): Record<string, Comparable> {
  const figures: Record<string, Comparable> = {};
  for (const [setName, set] of Object.entries(results.sets)) {
    figures[`${setName}.extract`] = { ratio: set.extract.ratioToScan, label: `${setName}: extract() / word scan` };
    for (const [stage, result] of Object.entries(set.stages)) {
      figures[`${setName}.${stage}`] = { ratio: result.ratioToScan, label: `${setName}: ${stage} / word scan` };
    }
  }
  for (const [mode, points] of [
    ['articles', results.scaling.asArticles],
    ['oneText', results.scaling.asOneText],
  ] as const) {
    for (const point of points) {
      if (point.multiplier === 1) continue;
      figures[`scaling.${mode}.${point.multiplier}x`] = {
        ratio: point.relativeToFirst,
        label: `scaling ${mode === 'articles' ? 'as articles' : 'as one text'}: ms/MB at ${point.multiplier}× / at 1×`,
      };
    }
  }
  for (const variant of results.gazetteer.variants) {
    if (variant.extraEntries === 0) continue;
    figures[`gazetteer.${variant.extraEntries}`] = {
      ratio: variant.ratioToBuiltIn,
      label: `entities with +${variant.extraEntries.toLocaleString('en')} entries / built-in only`,
    };
  }
  if (results.english) figures['english.extract'] = { ratio: results.english.extract.ratioToScan, label: 'English: extract() with khabar/en / word scan' };
  figures['coldStart.process'] = { ratio: results.coldStart.processToBareNode, label: 'cold start: node + import + 2 calls / bare node' };
  return figures;
}

export function loadResults(file: string): Results | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<Results>;
    return parsed.schema === 1 && parsed.ratios ? (parsed as Results) : undefined;
  } catch {
    return undefined;
  }
}

// ---------------------------------------------------------------- formatting

/** A plain-text table: first column left-aligned, the others right-aligned. */
export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((cell, i) => Math.max(cell.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: readonly string[]): string =>
    cells.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]!) : cell.padStart(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((width) => '-'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

export const fixed = (value: number, digits = 2): string => (Number.isFinite(value) ? value.toFixed(digits) : '–');
export const mb = (bytes: number): string => `${(bytes / 1e6).toFixed(1)} MB`;
const ms = (value: number): string => (value >= 100 ? value.toFixed(0) : value.toFixed(1));

function setTable(name: string, set: SetResult): string {
  const row = (label: string, result: Throughput & { ratioToScan?: number }): string[] => [
    label,
    ms(result.medianMs),
    fixed(result.mbPerSecond, result.mbPerSecond >= 100 ? 0 : 2),
    fixed(result.articlesPerSecond, result.articlesPerSecond >= 100 ? 0 : 1),
    result.ratioToScan === undefined ? '1' : fixed(result.ratioToScan, 1),
  ];
  const rows = [
    row('word scan', set.scan),
    row('extract()', set.extract),
    ...Object.entries(set.stages).map(([stage, result]) => row(`  ${stage}`, result)),
  ];
  return [
    `${name}: ${set.articles} articles, ${mb(set.bytes)} (UTF-8), ${set.repeat > 1 ? `${set.repeat} times per pass, ` : ''}median of ${set.runs} interleaved runs; stages add up to ${fixed(set.sumOfStagesToExtract * 100, 0)}% of extract()`,
    table(['', 'ms', 'MB/s', 'articles/s', '× scan'], rows),
  ].join('\n');
}

export function printSummary(results: Results): void {
  const { machine, sets, scaling, gazetteer, coldStart, memory } = results;
  const out: string[] = [];
  out.push(`\nkhabar benchmark — ${results.date.slice(0, 10)}, ${machine.cpu} (${machine.cores} cores), Node ${machine.node}${results.quick ? ' — QUICK' : ''}`);
  out.push(`ratio = time / time of a word scan (text.match(/[^\\s]+/gu)) over the same articles in the same run: compare ratios across machines\n`);
  out.push(setTable('fixtures (the five seeds)', sets.fixtures));
  out.push('');
  out.push(setTable(`corpus (seed ${results.corpus.seed})`, sets.corpus));
  out.push('');
  if (results.english) {
    const { english } = results;
    out.push(
      `English (fixtures/english, ${english.articles} articles, ${fixed(english.bytes / 1e3, 0)} KB): extract() with khabar/en ${fixed(english.extract.mbPerSecond, 2)} MB/s, ` +
        `${fixed(english.extract.articlesPerSecond, 0)} articles/s, ${fixed(english.extract.ratioToScan, 0)}× the word scan (median of ${english.runs})`,
    );
    out.push('');
  }
  const peaks = memory.extractOverCorpus;
  out.push(
    `memory: extract() over the corpus, article by article, peaked at RSS ${mb(peaks.peakRssBytes)} and heapUsed ${mb(peaks.peakHeapUsedBytes)} ` +
      `(from ${mb(peaks.firstRssBytes)} and ${mb(peaks.firstHeapUsedBytes)} before it); process maxRSS ${mb(memory.maxRssBytes)} ` +
      `(the scaling test peaked at RSS ${mb(scaling.memory.peakRssBytes)}, heapUsed ${mb(scaling.memory.peakHeapUsedBytes)}, with one ${fixed((scaling.asOneText.at(-1)?.bytes ?? 0) / 1e6, 1)} MB text's result alive)`,
  );
  out.push('');
  out.push(`scaling: extract() over ${scaling.baseArticles} articles (${fixed(scaling.baseBytes / 1e3, 0)} KB) repeated 1×, 10×, 100×, median of ${scaling.runs} interleaved runs`);
  out.push(
    table(
      ['', 'MB', 'ms', 'ms/MB', 'vs 1×'],
      [
        ...scaling.asArticles.map((p) => [`as ${p.texts} articles (${p.multiplier}×)`, fixed(p.bytes / 1e6, 2), ms(p.medianMs), ms(p.msPerMb), fixed(p.relativeToFirst)]),
        ...scaling.asOneText.map((p) => [`as one text (${p.multiplier}×)`, fixed(p.bytes / 1e6, 2), ms(p.medianMs), ms(p.msPerMb), fixed(p.relativeToFirst)]),
      ],
    ),
  );
  out.push('');
  out.push(`gazetteer size: the entities stage over ${gazetteer.articles} articles (${mb(gazetteer.bytes)}), median of ${gazetteer.runs} interleaved runs`);
  out.push(
    table(
      ['', 'build ms', 'entities', 'ms', 'MB/s', 'vs built-in'],
      gazetteer.variants.map((v) => [
        v.extraEntries === 0 ? 'built-in only' : `+${v.extraEntries.toLocaleString('en')} synthetic`,
        v.extraEntries === 0 ? '–' : ms(v.buildMs),
        String(v.entitiesFound),
        ms(v.medianMs),
        fixed(v.mbPerSecond),
        fixed(v.ratioToBuiltIn),
      ]),
    ),
  );
  out.push('');
  out.push(
    `cold start (median of ${coldStart.spawns} fresh processes, dist/index.js, ${coldStart.article.name}): import ${ms(coldStart.importMs)} ms, ` +
      `first extract() ${ms(coldStart.firstCallMs)} ms, second ${ms(coldStart.secondCallMs)} ms; whole process ${ms(coldStart.processMs)} ms ` +
      `vs bare node ${ms(coldStart.bareNodeMs)} ms (${fixed(coldStart.processToBareNode)}×); building the built-in gazetteer ${ms(coldStart.gazetteerBuildMs)} ms`,
  );
  out.push(`\ntotal ${results.totalSeconds.toFixed(0)} s; load average ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end (${machine.cores} cores)`);
  console.log(out.join('\n'));
}

/** Each ratio of the run before and of this one, and the change in %: + is slower. */
export function printComparison(previous: Results, current: Results): void {
  const keys = [...new Set([...Object.keys(current.ratios), ...Object.keys(previous.ratios)])];
  const rows = keys.map((key) => {
    const old = previous.ratios[key]?.ratio;
    const now = current.ratios[key]?.ratio;
    const change = old !== undefined && now !== undefined ? ((now - old) / old) * 100 : Number.NaN;
    return [key, old === undefined ? '–' : fixed(old, 3), now === undefined ? '–' : fixed(now, 3), Number.isFinite(change) ? `${change >= 0 ? '+' : ''}${change.toFixed(1)}%` : '–'];
  });
  console.log(`\ncompared with ${previous.date} (${previous.machine.cpu}, Node ${previous.machine.node}${previous.quick ? ', quick' : ''}); ratios, + = slower`);
  console.log(table(['figure', 'old ratio', 'new ratio', 'change'], rows));
  if (previous.quick !== current.quick) console.log('note: one run is --quick and the other is not; their sizes and run counts differ');
}
