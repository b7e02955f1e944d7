import { extract, type ExtractOptions, type Extraction } from '../index.js';
import { parseCommand, UsageError, type Command, type ExtractCommand } from './args.js';
import { expandGlob, isGlob } from './expand-globs.js';
import { BufferedWriter, type CliIo } from './io.js';
import { parseArticle } from './ndjson-input.js';
import { createSink, type ResultSink } from './output.js';
import { progressWanted, QuietProgress, TerminalProgress, type ProgressReporter } from './progress.js';
import { describeReadError, firstLine, inputLabel, inputName, readInput, STDIN } from './read-input.js';
import { readLines, type Line } from './read-lines.js';
import { USAGE, VERSION } from './usage.js';

/** Exit status: success. */
const EXIT_OK = 0;
/** Exit status: an input (a file, or a line of NDJSON) could not be read or processed; the others were. */
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

/** What one run shares: where results and messages go. */
interface Run {
  command: ExtractCommand;
  io: CliIo;
  sink: ResultSink;
  progress: ProgressReporter;
  /** Writes "khabar: " + `message` on its own stderr line. */
  report(message: string): void;
}

async function runExtract(given: ExtractCommand, io: CliIo): Promise<number> {
  const { files, unmatched } = await expandFileArguments(given.files);
  for (const pattern of unmatched) io.stderr.write(`khabar: no file matches ${JSON.stringify(pattern)}\n`);
  const command = { ...given, files };
  const progress: ProgressReporter = progressWanted(io.stderr, io.stdout, command.quiet)
    ? new TerminalProgress(io.stderr, () => io.now(), await totalSize(command.files, io))
    : new QuietProgress(io.stderr);
  const sink = createSink(new BufferedWriter(io.stdout), {
    format: command.format,
    only: command.only,
    bom: command.bom,
    label: (name) => ('file' in name ? inputName(name.file) : String(name.id)),
  });
  const context: Run = { command, io, sink, progress, report: (message) => progress.message(`khabar: ${message}\n`) };
  let skipped: Skipped;
  try {
    skipped = command.ndjson ? await extractNdjson(context) : await extractFiles(context);
    skipped.files += unmatched.length;
    // Printed even when every input failed, so json output is always one valid JSON document.
    await sink.end();
  } finally {
    progress.end();
  }
  if (command.ndjson && (skipped.lines > 0 || skipped.files > 0)) {
    io.stderr.write(`khabar: ${describeSkipped(skipped)} skipped\n`);
  }
  return skipped.lines > 0 || skipped.files > 0 ? EXIT_INPUT : EXIT_OK;
}

interface Skipped {
  files: number;
  lines: number;
}

/** "3 lines", "1 file", "2 lines and 1 file". */
function describeSkipped({ files, lines }: Skipped): string {
  const parts = [];
  if (lines > 0) parts.push(`${lines} ${lines === 1 ? 'line' : 'lines'}`);
  if (files > 0) parts.push(`${files} ${files === 1 ? 'file' : 'files'}`);
  return parts.join(' and ');
}

/** The inputs' total size for progress, or undefined when one of them has no known size (a pipe). */
async function totalSize(files: readonly string[], io: CliIo): Promise<number | undefined> {
  let total = 0;
  for (const file of files) {
    const size = await io.inputSize(file);
    if (size === undefined) return undefined;
    total += size;
  }
  return total;
}

/** The command line's files with each glob pattern replaced by the files it matches, and the patterns that matched none. */
async function expandFileArguments(files: readonly string[]): Promise<{ files: string[]; unmatched: string[] }> {
  const expanded: string[] = [];
  const unmatched: string[] = [];
  for (const file of files) {
    if (file === STDIN || !isGlob(file)) {
      expanded.push(file);
      continue;
    }
    const matches = await expandGlob(file);
    if (matches.length === 0) unmatched.push(file);
    expanded.push(...matches);
  }
  return { files: expanded, unmatched };
}

/** Each input is one article. */
async function extractFiles({ command, io, sink, progress, report }: Run): Promise<Skipped> {
  const skipped: Skipped = { files: 0, lines: 0 };
  for (const file of command.files) {
    let text: string;
    try {
      text = await readInput(file, io);
    } catch (error) {
      report(`cannot read ${inputLabel(file)}: ${describeReadError(error)}`);
      skipped.files++;
      continue;
    }
    const result = extractOrReport(text, command.options, `while reading ${inputLabel(file)}`, report);
    progress.advance(1, Buffer.byteLength(text, 'utf8'));
    if (result === undefined) {
      skipped.files++;
      continue;
    }
    // Each result is printed as soon as it is ready, so a long list of files is not held in memory.
    await sink.add({ file }, text, result);
  }
  return skipped;
}

/**
 * Each input is NDJSON, one article per line, read and printed line by line: memory stays the
 * same whatever the corpus size, and a result is printed before the next line is read.
 */
async function extractNdjson({ command, io, sink, progress, report }: Run): Promise<Skipped> {
  const skipped: Skipped = { files: 0, lines: 0 };
  for (const file of command.files) {
    // Standard input's lines are "line 17"; a file's are "\"corpus.ndjson\" line 17".
    const where = file === STDIN ? '' : `${inputLabel(file)} `;
    const lines = readLines(file === STDIN ? io.stdin : io.openFile(file))[Symbol.asyncIterator]();
    let linesRead = 0;
    for (;;) {
      let next: IteratorResult<Line>;
      try {
        next = await lines.next();
      } catch (error) {
        const past = linesRead > 0 ? ` past line ${linesRead}` : '';
        report(`cannot read ${inputLabel(file)}${past}: ${describeReadError(error)}`);
        skipped.files++;
        break;
      }
      if (next.done) break;
      const line = next.value;
      linesRead = line.number;
      const article = line.problem === undefined ? parseArticle(line.text, line.number) : line;
      // A blank line is neither an article nor a mistake.
      progress.advance(article === undefined ? 0 : 1, line.bytes);
      if (article === undefined) continue;
      if ('problem' in article) {
        report(`${where}line ${line.number}: ${article.problem}`);
        skipped.lines++;
        continue;
      }
      const options = article.referenceDate === undefined ? command.options : { ...command.options, referenceDate: article.referenceDate };
      const result = extractOrReport(article.text, options, `on ${where}line ${line.number}`, report);
      if (result === undefined) {
        skipped.lines++;
        continue;
      }
      await sink.add({ id: article.id }, article.text, result);
    }
  }
  return skipped;
}

/** The text's extraction, or undefined after reporting the fault. */
function extractOrReport(text: string, options: ExtractOptions, where: string, report: (message: string) => void): Extraction | undefined {
  try {
    return extract(text, options);
  } catch (error) {
    // Options were checked up front and the text is a string, so this is a fault in khabar itself.
    report(`internal error ${where}: ${firstLine(error instanceof Error ? error.message : String(error))}`);
    return undefined;
  }
}
