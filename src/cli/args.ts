import { parseArgs } from 'node:util';
import { ExtractOptionsSchema, type ExtractOptions } from '../index.js';
import { firstLine, STDIN } from './read-input.js';

/** The output formats `--format` accepts; the first is the default. */
export const OUTPUT_FORMATS = ['json', 'ndjson', 'pretty'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

/** `khabar extract`: the inputs in order ("-" is standard input), the output format and the library's options. */
export interface ExtractCommand {
  kind: 'extract';
  files: string[];
  format: OutputFormat;
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
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean' },
} as const;

type OptionName = keyof typeof optionSpecs;

const valueHints: Record<Exclude<OptionName, 'help' | 'version'>, string> = {
  'reference-date': 'a day written YYYY-MM-DD',
  format: 'json, ndjson or pretty',
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
  return {
    kind: 'extract',
    files: files.length > 0 ? files : [STDIN],
    format: parseFormat(values.format),
    options: parseExtractOptions(values['reference-date']),
  };
}

function parseFormat(value: string | undefined): OutputFormat {
  if (value === undefined) return OUTPUT_FORMATS[0];
  const format = OUTPUT_FORMATS.find((known) => known === value);
  if (format === undefined) {
    throw new UsageError(`--format must be ${valueHints.format}, not ${JSON.stringify(value)}`);
  }
  return format;
}

/**
 * Checked by the library's own options schema, so the CLI accepts exactly what `extract` does; the
 * message is the CLI's own, as the library's speaks of Date objects a command line cannot pass.
 */
function parseExtractOptions(referenceDate: string | undefined): ExtractOptions {
  if (referenceDate === undefined) return {};
  const result = ExtractOptionsSchema.safeParse({ referenceDate });
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
    if (name === 'help' || name === 'version') {
      if (token.value !== undefined) return `${token.rawName} takes no value`;
    } else if (token.value === undefined || (!token.inlineValue && token.value.startsWith('-'))) {
      // The second case is how strict parsing reads "--format --help": a forgotten value.
      return `${token.rawName} needs a value (${valueHints[name]})`;
    }
  }
  return firstLine(error instanceof Error ? error.message : String(error));
}
