import { isUtf8 } from 'node:buffer';

/** One line of an NDJSON input: its text, or why it could not be read. */
export type Line = {
  /** 1-based, counted in its own input. */
  number: number;
  /** Bytes it took in the input, its line break included: what progress counts. */
  bytes: number;
} & ({ text: string; problem?: undefined } | { text?: undefined; problem: string });

/** No news article comes near this; a longer line is reported and skipped, so memory stays bounded. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

const LF = 0x0a;
const CR = 0x0d;

/**
 * Splits a stream of bytes into lines, reading only as fast as the lines are consumed, so a corpus
 * of any size is read in constant memory (one chunk plus one line).
 *
 * Written over bytes rather than with `readline`, which decodes as it goes: a line that is not
 * UTF-8 is reported on its own (readline would turn it into replacement characters), a line longer
 * than `maxBytes` is dropped as it streams past instead of growing without limit, and each line's
 * size in bytes is known for progress. A final line without a line break still counts; "\r\n"
 * endings lose their "\r".
 */
export async function* readLines(
  chunks: AsyncIterable<string | Buffer>,
  maxBytes: number = MAX_LINE_BYTES,
): AsyncGenerator<Line, void, undefined> {
  let pending: Buffer[] = [];
  let pendingBytes = 0;
  let tooLong = false;
  let number = 0;

  const finish = (last: Buffer, withBreak: boolean): Line => {
    number++;
    const bytes = pendingBytes + last.length + (withBreak ? 1 : 0);
    if (tooLong || pendingBytes + last.length > maxBytes) {
      return { number, bytes, problem: `longer than ${formatSize(maxBytes)}` };
    }
    let line = pending.length === 0 ? last : Buffer.concat([...pending, last]);
    if (line.length > 0 && line[line.length - 1] === CR) line = line.subarray(0, line.length - 1);
    if (!isUtf8(line)) return { number, bytes, problem: 'not UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8)' };
    return { number, bytes, text: line.toString('utf8') };
  };

  for await (const chunk of chunks) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
    let start = 0;
    for (;;) {
      const end = buffer.indexOf(LF, start);
      if (end < 0) break;
      yield finish(buffer.subarray(start, end), true);
      pending = [];
      pendingBytes = 0;
      tooLong = false;
      start = end + 1;
    }
    if (start < buffer.length) {
      const rest = buffer.subarray(start);
      pendingBytes += rest.length;
      if (tooLong || pendingBytes > maxBytes) {
        // Keep counting the bytes, but not the bytes themselves.
        tooLong = true;
        pending = [];
      } else {
        // A copy, so a small tail does not keep a whole chunk alive.
        pending.push(Buffer.from(rest));
      }
    }
  }
  if (pendingBytes > 0) yield finish(Buffer.alloc(0), false);
}

function formatSize(bytes: number): string {
  const megabytes = bytes / (1024 * 1024);
  return megabytes >= 1 ? `${Math.round(megabytes)} MB` : `${bytes} bytes`;
}
