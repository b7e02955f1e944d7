import { decodeUtf8, type CliIo } from './io.js';

/** The command-line name of standard input. */
export const STDIN = '-';

/** How an input is named in a report: its path, or "standard input". */
export function inputName(file: string): string {
  return file === STDIN ? 'standard input' : file;
}

/** How an input is named inside a message: its path quoted (paths may hold spaces), or "standard input". */
export function inputLabel(file: string): string {
  return file === STDIN ? inputName(file) : JSON.stringify(file);
}

/** The text of one input: a file, or standard input for "-". */
export async function readInput(file: string, io: CliIo): Promise<string> {
  if (file !== STDIN) return io.readFile(file);
  const chunks: Buffer[] = [];
  for await (const chunk of io.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk);
  // Decoded once at the end: a chunk boundary may fall inside a multi-byte character.
  return decodeUtf8(Buffer.concat(chunks));
}

/** Why an input could not be read, in a few plain words. */
export function describeReadError(error: unknown): string {
  const code = typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  switch (code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'it is a directory';
    case 'ENOTDIR':
      return 'a part of the path is not a directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ERR_ENCODING_INVALID_ENCODED_DATA':
      return 'it is not UTF-8 text (convert it first, e.g. iconv -f WINDOWS-1256 -t UTF-8)';
    default:
      return firstLine(error instanceof Error ? error.message : String(error));
  }
}

/** Messages end up on one stderr line each. */
export function firstLine(text: string): string {
  return text.split(/\r?\n/, 1)[0] ?? '';
}
