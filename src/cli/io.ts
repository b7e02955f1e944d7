import { readFile } from 'node:fs/promises';

/** Everything the CLI touches outside itself, so tests can run it in-process with fakes. */
export interface CliIo {
  stdin: AsyncIterable<string | Buffer>;
  stdout: { write(text: string): void };
  stderr: { write(text: string): void };
  /** The file's whole text, decoded as UTF-8. */
  readFile(path: string): Promise<string>;
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

/** The real process's streams and file system. */
export const nodeIo: CliIo = {
  // A getter: touching process.stdin opens it, which only reading "-" should do.
  get stdin() {
    return process.stdin;
  },
  stdout: process.stdout,
  stderr: process.stderr,
  readFile: async (path) => decodeUtf8(await readFile(path)),
};
