import { createReadStream, fstatSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

/** Where results go: a Node writable, or a fake in tests. */
export interface OutputStream {
  /** Returns false when the stream's buffer is full; the writer then waits for 'drain'. */
  write(text: string): boolean | void;
  /** Present on real streams: how a writer learns the buffer has room again. */
  once?(event: 'drain', listener: () => void): unknown;
  /** True when the output is a terminal. */
  readonly isTTY?: boolean;
}

/** Where messages and progress go. */
export interface MessageStream {
  write(text: string): unknown;
  /** True when messages go to a terminal: only then is progress shown. */
  readonly isTTY?: boolean;
}

/** Everything the CLI touches outside itself, so tests can run it in-process with fakes. */
export interface CliIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: OutputStream;
  stderr: MessageStream;
  /** The file's whole text, decoded as UTF-8. */
  readFile(path: string): Promise<string>;
  /** The file's bytes, chunk by chunk, for reading it line by line; a missing file throws on the first read. */
  openFile(path: string): AsyncIterable<Buffer>;
  /** The size in bytes of a file ("-": standard input, when it is a file), or undefined when it cannot be known. */
  inputSize(file: string): Promise<number | undefined>;
  /** A clock in milliseconds, for progress. */
  now(): number;
}

// fatal: Arabic news often comes in Windows-1256; decoding it as UTF-8 would silently give
// replacement characters, so refuse it instead. ignoreBOM: keep a leading BOM, because spans
// index the text exactly as it was given.
const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes UTF-8 bytes without changing a single character, a leading BOM included.
 *
 * @throws TypeError with code `ERR_ENCODING_INVALID_ENCODED_DATA` when the bytes are not UTF-8.
 */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8.decode(bytes);
}

/**
 * Writes results to `stream` in batches of about `batchBytes`, respecting backpressure: once the
 * stream says its buffer is full, the next `write` waits for 'drain', so however fast results come
 * and however slow the reader, no more than a batch or two is held in memory.
 *
 * A batch goes out when it is full, when the event loop next turns (that is, whenever khabar would
 * wait for input: a result is never held back while nothing else is happening), or at `flush`.
 * Batching matters for large corpora: one write per result costs a system call each.
 */
export class BufferedWriter {
  private parts: string[] = [];
  private length = 0;
  private scheduled = false;
  private drained: Promise<void> | undefined;

  constructor(
    private readonly stream: OutputStream,
    private readonly batchBytes = 64 * 1024,
  ) {}

  /** Queues `text`; resolves once the stream can take more. */
  async write(text: string): Promise<void> {
    if (this.drained) await this.drained;
    this.parts.push(text);
    this.length += text.length;
    if (this.length >= this.batchBytes) {
      this.send();
    } else if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => {
        this.scheduled = false;
        this.send();
      });
    }
  }

  /** Writes out everything queued, and waits until the stream has taken it. */
  async flush(): Promise<void> {
    this.send();
    if (this.drained) await this.drained;
  }

  private send(): void {
    if (this.parts.length === 0) return;
    const text = this.parts.length === 1 ? this.parts[0]! : this.parts.join('');
    this.parts = [];
    this.length = 0;
    const { stream } = this;
    if (stream.write(text) === false && stream.once && this.drained === undefined) {
      this.drained = new Promise<void>((resolve) => {
        stream.once?.('drain', () => {
          this.drained = undefined;
          resolve();
        });
      });
    }
  }
}

async function sizeOf(file: string): Promise<number | undefined> {
  try {
    if (file === '-') {
      // Standard input redirected from a file (`< corpus.ndjson`) has a known size; a pipe has none.
      const stats = fstatSync(0);
      return stats.isFile() ? stats.size : undefined;
    }
    const stats = await stat(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** The real process's streams, file system and clock. */
export const nodeIo: CliIo = {
  // A getter: touching process.stdin opens it, which only reading "-" should do.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: async (path) => decodeUtf8(await readFile(path)),
  openFile: (path) => createReadStream(path),
  inputSize: sizeOf,
  now: () => performance.now(),
};
