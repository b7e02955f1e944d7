import type { MessageStream } from './io.js';

/** Where a run stands. */
export interface ProgressSnapshot {
  /** Articles done (files, or NDJSON lines), skipped ones included. */
  articles: number;
  /** Input bytes read so far. */
  bytes: number;
  /** The whole input's size, when known (files, or standard input redirected from a file). */
  totalBytes: number | undefined;
  elapsedMs: number;
}

/** What the run tells progress; the quiet kind does nothing. */
export interface ProgressReporter {
  /** One more article done, `bytes` long in the input. */
  advance(articles: number, bytes: number): void;
  /** Writes one message line on stderr without tearing the progress line. */
  message(line: string): void;
  /** Clears the progress line for good. */
  end(): void;
}

/** Shown only once a run has lasted this long: short runs print nothing. */
const FIRST_DRAW_MS = 1000;
/** At most four updates a second. */
const REDRAW_MS = 250;
/** Back to the start of the line, then erase to its end. */
const CLEAR_LINE = '\r\u001B[K';

const MB = 1_000_000;
const GB = 1_000_000_000;
const integer = new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/**
 * One progress line, short enough not to wrap on an 80-column terminal:
 * "khabar: 12,345 articles, 45.2 of 200.0 MB (22%), 1.8 MB/s, 1m 26s left".
 */
export function formatProgress({ articles, bytes, totalBytes, elapsedMs }: ProgressSnapshot): string {
  const parts = [`khabar: ${integer.format(articles)} ${articles === 1 ? 'article' : 'articles'}`];
  const rate = elapsedMs > 0 ? bytes / (elapsedMs / 1000) : 0;
  if (totalBytes !== undefined && totalBytes > 0) {
    const percent = Math.min(100, Math.floor((bytes / totalBytes) * 100));
    const [size, unit] = totalBytes >= GB ? [GB, 'GB'] : [MB, 'MB'];
    parts.push(`${oneDecimal.format(bytes / size)} of ${oneDecimal.format(totalBytes / size)} ${unit} (${percent}%)`);
  } else {
    const [size, unit] = bytes >= GB ? [GB, 'GB'] : [MB, 'MB'];
    parts.push(`${oneDecimal.format(bytes / size)} ${unit}`);
  }
  if (rate > 0) parts.push(`${oneDecimal.format(rate / MB)} MB/s`);
  if (rate > 0 && totalBytes !== undefined && totalBytes > 0) {
    parts.push(`${formatDuration(Math.max(0, totalBytes - bytes) / rate)} left`);
  }
  return parts.join(', ');
}

/** "7s", "4m 05s", "2h 03m". */
export function formatDuration(seconds: number): string {
  const whole = Math.ceil(seconds);
  if (whole < 60) return `${whole}s`;
  if (whole < 3600) return `${Math.floor(whole / 60)}m ${String(whole % 60).padStart(2, '0')}s`;
  const minutes = Math.floor(whole / 60);
  return `${Math.floor(minutes / 60)}h ${String(minutes % 60).padStart(2, '0')}m`;
}

/** A progress line on a terminal, redrawn in place. */
export class TerminalProgress implements ProgressReporter {
  private readonly started: number;
  private lastDraw = Number.NEGATIVE_INFINITY;
  private drawn = false;
  private articles = 0;
  private bytes = 0;

  constructor(
    private readonly stream: MessageStream,
    private readonly now: () => number,
    private readonly totalBytes: number | undefined,
  ) {
    this.started = now();
  }

  advance(articles: number, bytes: number): void {
    this.articles += articles;
    this.bytes += bytes;
    const time = this.now();
    if (time - this.started < FIRST_DRAW_MS || time - this.lastDraw < REDRAW_MS) return;
    this.lastDraw = time;
    this.drawn = true;
    const line = formatProgress({ articles: this.articles, bytes: this.bytes, totalBytes: this.totalBytes, elapsedMs: time - this.started });
    this.stream.write(CLEAR_LINE + line);
  }

  message(line: string): void {
    this.clear();
    this.stream.write(line);
  }

  end(): void {
    this.clear();
  }

  private clear(): void {
    if (!this.drawn) return;
    this.stream.write(CLEAR_LINE);
    this.drawn = false;
  }
}

/** No progress: messages written as they are. */
export class QuietProgress implements ProgressReporter {
  constructor(private readonly stream: MessageStream) {}
  advance(): void {}
  message(line: string): void {
    this.stream.write(line);
  }
  end(): void {}
}

/**
 * Progress is shown only when stderr is a terminal, `--quiet` is not given and stdout is not that
 * terminal too (results scrolling past show progress themselves, and would tear the line).
 */
export function progressWanted(stderr: MessageStream, stdout: { readonly isTTY?: boolean }, quiet: boolean): boolean {
  return !quiet && stderr.isTTY === true && stdout.isTTY !== true;
}
