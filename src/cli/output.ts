import type { Extraction } from '../index.js';
import { renderReport } from '../report/index.js';
import type { OutputFormat } from './args.js';
import { csvHeader, formatCsvRows, UTF8_BOM } from './format-csv.js';
import { formatNdjsonLine, jsonArrayElement, jsonArrayEnd, type JsonRecord } from './format-json.js';
import { formatPretty } from './format-pretty.js';
import type { BufferedWriter } from './io.js';
import { selectParts, type Part } from './select.js';

/** An input's name in the output: a file's path (or "-"), or an NDJSON article's id. */
export type InputName = { file: string } | { id: string | number };

/** Prints results in one format, each as soon as it is given, in the order given. */
export interface ResultSink {
  /** Prints one input's result; resolves once the output can take more. */
  add(name: InputName, text: string, result: Extraction): Promise<void>;
  /** Prints what closes the output (json's "]"), also after no result at all, and flushes it. */
  end(): Promise<void>;
}

export interface SinkOptions {
  format: OutputFormat;
  only: ReadonlySet<Part> | undefined;
  bom: boolean;
  /** How pretty and html name an input in its heading. */
  label(name: InputName): string;
}

/**
 * The printer for `format`. Every format but html streams: nothing is kept once printed, so memory
 * does not grow with the number of inputs. html is one page of every input, so it keeps them all
 * until the end: it is for a few articles, not a corpus.
 */
export function createSink(out: BufferedWriter, options: SinkOptions): ResultSink {
  const { add, close } = printer(options);
  return {
    add: async (name, text, result) => {
      const printed = add(name, text, result);
      if (printed !== '') await out.write(printed);
    },
    end: async () => {
      const last = close();
      if (last !== '') await out.write(last);
      await out.flush();
    },
  };
}

/** What to print for each result, and at the end. */
function printer({ format, only, bom, label }: SinkOptions): { add(name: InputName, text: string, result: Extraction): string; close(): string } {
  const record = (name: InputName, result: Extraction): JsonRecord => ({ ...name, result: selectParts(result, only) });
  let count = 0;
  switch (format) {
    case 'json':
      return { add: (name, _text, result) => jsonArrayElement(record(name, result), count++), close: () => jsonArrayEnd(count) };
    case 'ndjson':
      return { add: (name, _text, result) => formatNdjsonLine(record(name, result)), close: () => '' };
    case 'pretty':
      return { add: (name, _text, result) => (count++ > 0 ? '\n' : '') + formatPretty(label(name), result), close: () => '' };
    case 'csv': {
      // The header goes out with the first rows, or alone at the end: no claim at all is still a valid CSV.
      const header = (): string => (count++ > 0 ? '' : (bom ? UTF8_BOM : '') + csvHeader());
      return {
        add: (name, _text, result) => header() + formatCsvRows('file' in name ? name.file : name.id, result),
        close: header,
      };
    }
    case 'html': {
      const articles: { text: string; result: Extraction; title: string }[] = [];
      return {
        add: (name, text, result) => {
          articles.push({ text, result, title: label(name) });
          return '';
        },
        close: () => {
          const page = renderReport(articles);
          return page.endsWith('\n') ? page : `${page}\n`;
        },
      };
    }
  }
}
