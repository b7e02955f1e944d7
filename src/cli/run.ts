import { extract } from '../index.js';
import { parseCommand, UsageError, type Command, type ExtractCommand } from './args.js';
import { formatJson, formatNdjsonLine, type FileResult } from './format-json.js';
import { formatPretty } from './format-pretty.js';
import type { CliIo } from './io.js';
import { describeReadError, firstLine, inputLabel, inputName, readInput } from './read-input.js';
import { USAGE, VERSION } from './usage.js';

/** Exit status: success. */
const EXIT_OK = 0;
/** Exit status: an input could not be read or processed; the others were. */
const EXIT_INPUT = 1;
/** Exit status: a mistake in the command line; nothing was read. */
const EXIT_USAGE = 2;

/**
 * Runs the command line `argv` (without the node and script paths) against `io` and resolves to
 * the exit status. Every failure is reported as one "khabar: …" line on `io.stderr`.
 */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  let command: Command;
  try {
    command = parseCommand(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`khabar: ${error.message}\n`);
    return EXIT_USAGE;
  }
  switch (command.kind) {
    case 'help':
      io.stdout.write(USAGE);
      return EXIT_OK;
    case 'version':
      io.stdout.write(`${VERSION}\n`);
      return EXIT_OK;
    case 'extract':
      return runExtract(command, io);
  }
}

async function runExtract(command: ExtractCommand, io: CliIo): Promise<number> {
  const forJson: FileResult[] = [];
  let status = EXIT_OK;
  let extracted = 0;
  for (const file of command.files) {
    const result = await extractOne(file, command, io);
    if (result === undefined) {
      status = EXIT_INPUT;
      continue;
    }
    // ndjson and pretty print as they go, so a long list of files shows progress and is not held in memory.
    if (command.format === 'json') forJson.push(result);
    else if (command.format === 'ndjson') io.stdout.write(formatNdjsonLine(result));
    else io.stdout.write((extracted > 0 ? '\n' : '') + formatPretty(inputName(file), result.result));
    extracted++;
  }
  // Printed even when every input failed, so the output is always one valid JSON document.
  if (command.format === 'json') io.stdout.write(formatJson(forJson));
  return status;
}

/** One input's result, or undefined after reporting on stderr why there is none. */
async function extractOne(file: string, command: ExtractCommand, io: CliIo): Promise<FileResult | undefined> {
  let text: string;
  try {
    text = await readInput(file, io);
  } catch (error) {
    io.stderr.write(`khabar: cannot read ${inputLabel(file)}: ${describeReadError(error)}\n`);
    return undefined;
  }
  try {
    return { file, result: extract(text, command.options) };
  } catch (error) {
    // Options were checked up front and the text is a string, so this is a fault in khabar itself.
    const reason = firstLine(error instanceof Error ? error.message : String(error));
    io.stderr.write(`khabar: internal error while reading ${inputLabel(file)}: ${reason}\n`);
    return undefined;
  }
}
