// The CLI is bundled for Node only, so importing package.json is fine here (never in the library).
import packageJson from '../../package.json' with { type: 'json' };

/** khabar's version, from package.json at build time. */
export const VERSION: string = packageJson.version;

/** The text `khabar --help` prints. */
export const USAGE = `Usage: khabar extract [options] [FILE...]

Reads Arabic news and prints what khabar finds in it: sentences, tokens, named
entities, dates, numeric claims and numbers, each with its exact place in the text.

Command:
  extract FILE...   read each FILE ("-" or no FILE: standard input, as UTF-8)

Options:
  --format FORMAT               how to print the results (default: json)
                                  json    one JSON array of {"file", "result"} objects
                                  ndjson  one {"file", "result"} object per line
                                  pretty  each sentence with the records found in it
  --reference-date YYYY-MM-DD   the day the text was published: relative dates
                                and dates without a year are read against it
  -h, --help                    print this help and exit
  --version                     print khabar's version and exit

Exit status: 0 when every input was read, 1 when an input could not be read
(the others are still processed), 2 for a mistake in the command line.

Examples:
  khabar extract article.txt --format pretty
  cat article.txt | khabar extract --reference-date 2022-11-19 > records.json
`;
