/**
 * Timing and memory helpers for the benchmark: a warm-up, then the median of several runs, and a
 * memory sampler that the timed loops call between articles (a synchronous loop gives a timer no
 * chance to fire, so the sampling has to be done by the loop itself).
 */
import { resourceUsage } from 'node:process';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

/** UTF-8 bytes of a text: the unit every MB/s figure of the benchmark uses (1 MB = 10⁶ bytes). */
export function utf8Bytes(text: string): number {
  return Buffer.byteLength(text, 'utf8');
}

/** UTF-8 bytes of a list of articles. */
export function totalBytes(texts: readonly string[]): number {
  let bytes = 0;
  for (const text of texts) bytes += utf8Bytes(text);
  return bytes;
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/**
 * A full garbage collection, between the phases of the benchmark (before a memory measurement,
 * before building the stages' inputs) — never right before a timed pass: on this code a forced
 * collection made the next pass 2–3× slower (V8 shrinks the young generation and has to grow it
 * again), which is not how the library runs in use. The warm-up rounds after a phase's collection
 * absorb that. `--expose-gc` is switched on at run time, as `npm run bench` starts `tsx` without
 * node flags.
 */
export const collectGarbage: () => void = (() => {
  try {
    setFlagsFromString('--expose-gc');
    const gc = runInNewContext('gc') as unknown;
    if (typeof gc === 'function') return () => (gc as () => void)();
  } catch {
    // No way to force a collection: measurements are still valid, only a little noisier.
  }
  return () => {};
})();

/** The highest RSS and heapUsed seen, sampled by whoever calls `sample()`. */
export class MemorySampler {
  peakRss = 0;
  peakHeapUsed = 0;
  firstRss = 0;
  firstHeapUsed = 0;
  samples = 0;

  sample(): void {
    const { rss, heapUsed } = process.memoryUsage();
    if (this.samples === 0) {
      this.firstRss = rss;
      this.firstHeapUsed = heapUsed;
    }
    if (rss > this.peakRss) this.peakRss = rss;
    if (heapUsed > this.peakHeapUsed) this.peakHeapUsed = heapUsed;
    this.samples++;
  }

  /** Forgets the peaks, e.g. between the phases of the benchmark. */
  reset(): void {
    this.peakRss = 0;
    this.peakHeapUsed = 0;
    this.firstRss = 0;
    this.firstHeapUsed = 0;
    this.samples = 0;
  }

  snapshot(): MemoryPeaks {
    return {
      peakRssBytes: this.peakRss,
      peakHeapUsedBytes: this.peakHeapUsed,
      firstRssBytes: this.firstRss,
      firstHeapUsedBytes: this.firstHeapUsed,
      samples: this.samples,
    };
  }
}

export interface MemoryPeaks {
  readonly peakRssBytes: number;
  readonly peakHeapUsedBytes: number;
  /** The first sample: what the process held before the measured work. */
  readonly firstRssBytes: number;
  readonly firstHeapUsedBytes: number;
  readonly samples: number;
}

/** The process's maximum resident set size so far, in bytes (`resourceUsage().maxRSS` is in KiB). */
export function maxRssBytes(): number {
  return resourceUsage().maxRSS * 1024;
}

export interface Timing {
  /** Median wall time of the timed runs, in milliseconds. */
  readonly medianMs: number;
  readonly minMs: number;
  readonly maxMs: number;
  /** Every timed run, in milliseconds, in the order they ran. */
  readonly runsMs: readonly number[];
}

export interface TimeOptions {
  /** Untimed runs first, to let the JIT compile the hot code (default 1). */
  readonly warmup?: number;
  /** Timed runs (default 5). */
  readonly runs?: number;
  /** A cheaper function for the warm-up than the timed one (e.g. the same work over a slice). */
  readonly warmupWith?: () => void;
}

/** Runs `fn` `warmup` times untimed, then `runs` times timed; the median is the figure to use. */
export function time(fn: () => void, options: TimeOptions = {}): Timing {
  const { warmup = 1, runs = 5, warmupWith = fn } = options;
  for (let i = 0; i < warmup; i++) warmupWith();
  const runsMs: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    fn();
    runsMs.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return { medianMs: median(runsMs), minMs: Math.min(...runsMs), maxMs: Math.max(...runsMs), runsMs };
}

export interface Task {
  readonly name: string;
  /** One timed pass. */
  readonly run: () => void;
  /** A cheaper pass for the warm-up (default: `run`). */
  readonly warmup?: () => void;
}

/**
 * Times several tasks in interleaved rounds (round 1: a, b, c; round 2: a, b, c; …) after
 * `warmup` untimed rounds, so that a change in the machine's speed during the benchmark (another
 * process starting, the CPU clocking down) hits every task alike and their ratios stay true. The
 * garbage a task leaves is collected when V8 decides, possibly during the next task; interleaving
 * spreads that over all of them, as in a real pipeline.
 */
export function timeRounds(tasks: readonly Task[], options: { readonly warmup: number; readonly runs: number }): Map<string, Timing> {
  for (let round = 0; round < options.warmup; round++) for (const task of tasks) (task.warmup ?? task.run)();
  const runs = new Map<string, number[]>(tasks.map((task) => [task.name, []]));
  for (let round = 0; round < options.runs; round++) {
    // Each round starts one task further on, so that no task always follows the same one.
    for (let k = 0; k < tasks.length; k++) {
      const task = tasks[(round + k) % tasks.length]!;
      const start = process.hrtime.bigint();
      task.run();
      runs.get(task.name)!.push(Number(process.hrtime.bigint() - start) / 1e6);
    }
  }
  return new Map([...runs].map(([name, runsMs]) => [name, timingOf(runsMs)]));
}

function timingOf(runsMs: readonly number[]): Timing {
  return { medianMs: median(runsMs), minMs: Math.min(...runsMs), maxMs: Math.max(...runsMs), runsMs };
}

/**
 * `timeRounds` over a large set one chunk at a time: `tasksFor(chunk)` prepares what the chunk's
 * tasks need (untimed), the chunk is timed in interleaved rounds, and a run's time is the sum of
 * that run over all chunks. Only one chunk's prepared inputs are alive at a time, so a big set does
 * not fill the heap and slow every collection down. The warm-up rounds run on the first chunk.
 */
export function timeRoundsInChunks<C>(
  chunks: readonly C[],
  tasksFor: (chunk: C) => readonly Task[],
  options: { readonly warmup: number; readonly runs: number },
): Map<string, Timing> {
  const sums = new Map<string, number[]>();
  chunks.forEach((chunk, index) => {
    const timings = timeRounds(tasksFor(chunk), { warmup: index === 0 ? options.warmup : 0, runs: options.runs });
    for (const [name, timing] of timings) {
      const total = sums.get(name) ?? new Array<number>(options.runs).fill(0);
      timing.runsMs.forEach((ms, run) => (total[run]! += ms));
      sums.set(name, total);
    }
  });
  return new Map([...sums].map(([name, runsMs]) => [name, timingOf(runsMs)]));
}

/**
 * A loop over articles that calls `each(i)` for every article and samples memory every
 * `sampleEvery` articles (and after the last), with the article's result still alive; `repeat`
 * goes over the articles that many times (to make a pass over a few small articles long enough to time). Sampling
 * costs a few microseconds, far below one article's extraction.
 */
export function overArticles(count: number, each: (index: number) => unknown, sampler?: MemorySampler, sampleEvery = 16, repeat = 1): () => void {
  return () => {
    for (let i = 0; i < count * repeat; i++) {
      keep(each(i % count));
      if (sampler && (i % sampleEvery === sampleEvery - 1 || i === count * repeat - 1)) sampler.sample();
    }
  };
}

let sink: unknown;
/** Keeps a value reachable until the next call, so that no work can be skipped as unused. */
export function keep(value: unknown): void {
  sink = value;
}
export function sunk(): unknown {
  return sink;
}

/** Speed figures of one measurement over `bytes` of text in `articles` articles. */
export interface Throughput {
  readonly medianMs: number;
  readonly mbPerSecond: number;
  readonly articlesPerSecond: number;
  /** Milliseconds per MB (10⁶ UTF-8 bytes). */
  readonly msPerMb: number;
}

export function throughput(medianMs: number, bytes: number, articles: number): Throughput {
  const seconds = medianMs / 1000;
  return {
    medianMs,
    mbPerSecond: bytes / 1e6 / seconds,
    articlesPerSecond: articles / seconds,
    msPerMb: medianMs / (bytes / 1e6),
  };
}
