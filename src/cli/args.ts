import { parseArgs } from 'node:util';
import { english } from '../en.js';
import { ExtractOptionsSchema, type ExtractOptions } from '../index.js';
import { firstLine, STDIN } from './read-input.js';
import { PARTS, type Part } from './select.js';

/** The output formats `--format` accepts; json is the default, ndjson with `--ndjson`. */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'csv', 'pretty', 'html'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** The formats that print the Extraction as it is, and so can leave parts of it out (`--only`). */
const JSON_FORMATS: readonly OutputFormat[] = ['json', 'ndjson'];

/** `khabar extract`: the inputs in order ("-" is standard input), how to read and print them, and the library's options. */
export interface ExtractCommand {
  kind: 'extract';
  files: string[];
  /** Each input is NDJSON, one article `{"id", "text", "date"}` per line, rather than one article. */
  ndjson: boolean;
  format: OutputFormat;
  /** The Extraction's lists to print (with `language`); undefined for all of them. */
  only: ReadonlySet<Part> | undefined;
  /** Open CSV output with a UTF-8 byte order mark. */
  bom: boolean;
  /** No progress on stderr, even on a terminal. */
  quiet: boolean;
  options: ExtractOptions;
}

/** What the command line asks for. */
export type Command = { kind: 'help' } | { kind: 'version' } | ExtractCommand;

/** A mistake in the command line; its message is one plain line, without the "khabar: " prefix. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

const optionSpecs = {
  'reference-date': { type: 'string' },
  format: { type: 'string' },
  ndjson: { type: 'boolean' },
  only: { type: 'string' },
  bom: { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof optionSpecs;

/** The options that take no value. */
type FlagName = { [Name in OptionName]: (typeof optionSpecs)[Name]['type'] extends 'boolean' ? Name : never }[OptionName];

function isFlag(name: OptionName): name is FlagName {
  return optionSpecs[name].type === 'boolean';
}

const valueHints: Record<Exclude<OptionName, FlagName>, string> = {
  'reference-date': 'a day written YYYY-MM-DD',
  format: `${OUTPUT_FORMATS.slice(0, -1).join(', ')} or ${OUTPUT_FORMATS.at(-1)}`,
  only: `a comma-separated list of ${PARTS.join(', ')}`,
};

const helpHint = 'run "khabar --help" for usage';

/**
 * Reads the command line (without the node and script paths).
 *
 * @throws UsageError for an unknown command or option, or a missing or bad option value.
 */
export function parseCommand(argv: readonly string[]): Command {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], options: optionSpecs, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explainParseError(argv, error));
  }
  const { values, positionals } = parsed;
  if (values.help) return { kind: 'help' };
  if (values.version) return { kind: 'version' };

  const [name, ...files] = positionals;
  if (name === undefined) throw new UsageError(`no command given; ${helpHint}`);
  if (name !== 'extract') throw new UsageError(`unknown command ${JSON.stringify(name)}; the command is "extract" (${helpHint})`);

  if (files.filter((file) => file === STDIN).length > 1) {
    throw new UsageError('standard input ("-") can be read only once');
  }
  const ndjson = values.ndjson ?? false;
  const format = parseFormat(values.format, ndjson);
  const only = parseOnly(values.only);
  if (only !== undefined && !JSON_FORMATS.includes(format)) {
    const why = format === 'csv' ? 'csv always prints one row per claim' : `${format} always shows every record`;
    throw new UsageError(`--only works with --format json or ndjson (${why})`);
  }
  const bom = values.bom ?? false;
  if (bom && format !== 'csv') throw new UsageError('--bom applies only to --format csv');
  return {
    kind: 'extract',
    files: files.length > 0 ? files : [STDIN],
    ndjson,
    format,
    only,
    bom,
    quiet: values.quiet ?? false,
    options: parseExtractOptions(values['reference-date']),
  };
}

function parseFormat(value: string | undefined, ndjson: boolean): OutputFormat {
  if (value === undefined) return ndjson ? 'ndjson' : 'json';
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (format === undefined) {
    throw new UsageError(`--format must be ${valueHints.format}, not ${JSON.stringify(value)}`);
  }
  return format;
}

function parseOnly(value: string | undefined): ReadonlySet<Part> | undefined {
  if (value === undefined) return undefined;
  const parts = new Set<Part>();
  for (const name of value.split(',').map((item) => item.trim())) {
    const part = PARTS.find((known) => known === name);
    if (part === undefined) {
      const what = name === '' ? 'an empty name' : JSON.stringify(name);
      throw new UsageError(`--only takes ${valueHints.only}; ${what} is not one of them`);
    }
    parts.add(part);
  }
  return parts;
}

/**
 * Checked by the library's own options schema, so the CLI accepts exactly what `extract` does; the
 * message is the CLI's own, as the library's speaks of Date objects a command line cannot pass.
 */
function parseExtractOptions(referenceDate: string | undefined): ExtractOptions {
  // The command line is Node only, where compromise's size costs nothing: English passages are always read.
  if (referenceDate === undefined) return { languages: [english] };
  const result = ExtractOptionsSchema.safeParse({ referenceDate, languages: [english] });
  if (!result.success) {
    throw new UsageError(`--reference-date must be a calendar day written YYYY-MM-DD, e.g. 2022-11-19, not ${JSON.stringify(referenceDate)}`);
  }
  return result.data;
}

/**
 * Names the offending argument in plain words. Node's strict errors carry long English advice,
 * so the arguments are read again leniently and the first bad option is found from its tokens.
 */
function explainParseError(argv: readonly string[], error: unknown): string {
  const { tokens } = parseArgs({ args: [...argv], options: optionSpecs, allowPositionals: true, strict: false, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') continue;
    if (!Object.hasOwn(optionSpecs, token.name)) return `unknown option ${token.rawName}; ${helpHint}`;
    const name = token.name as OptionName;
    if (isFlag(name)) {
      if (token.value !== undefined) return `${token.rawName} takes no value`;
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      // The second case is how strict parsing reads "--format --help": a forgotten value.
      return `${token.rawName} needs a value (${valueHints[name]})`;
    }
  }
  return firstLine(error instanceof Error ? error.message : String(error));
}
