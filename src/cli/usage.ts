// The CLI is bundled for Node only, so importing package.json is fine here (never in the library).
import packageJson from '../../package.json' with { type: 'json' };

/** khabar's version, from package.json at build time. */
export const VERSION: string = packageJson.version;

/** The text `khabar --help` prints. */
export const USAGE = `Usage: khabar extract [options] [FILE...]

Reads Arabic news and prints what khabar finds in it: sentences, tokens, named
entities, dates, numeric claims and numbers, each with its exact place in the text.
English passages (a quote, a caption, a whole article) are read too, and their
entities get the same ids as the Arabic names; other languages give only numbers
in digits and YYYY-MM-DD dates.

Command:
  extract FILE...   read each FILE ("-" or no FILE: standard input, as UTF-8);
                    a quoted pattern ("news/*.txt", "corpus/**/*.ndjson") reads
                    every file it matches, in name order

Options:
  --ndjson              read each input as NDJSON, one article a line:
                          {"id": "a1", "text": "…", "date": "2022-11-19"}
                        only "text" is needed; "id" defaults to the line
                        number; "date" (a time may follow it) is the article's
                        --reference-date. Streamed in constant memory, whatever
                        the size; a bad line is reported with its number and
                        skipped, and the run goes on.
  --format FORMAT       how to print the results (default: json; ndjson with
                        --ndjson)
                          json    one JSON array of {"file", "result"} objects
                                  ({"id", "result"} with --ndjson)
                          ndjson  one such object per line
                          csv     one row per claim, with the header
                                  id,value,qualifier,kind,subject,subject_en,
                                  unit,text,sentence (RFC 4180, UTF-8, no BOM)
                          pretty  each sentence with the records found in it
                          html    one self-contained HTML page, each text with
                                  its entities, dates and claims highlighted
                                  (held in memory to the end: for a sample,
                                  not a whole corpus)
  --only LIST           json and ndjson: print only these lists of each result
                        (and "language"), comma-separated, from sentences,
                        tokens, entities, dates, claims, numbers
  --bom                 csv: open with a UTF-8 byte order mark (Excel needs it
                        to read Arabic)
  --reference-date YYYY-MM-DD
                        the day the text was published: relative dates and
                        dates without a year are read against it
  -q, --quiet           no progress line; it is shown on standard error during
                        long runs when that is a terminal and the output is not
  -h, --help            print this help and exit
  --version             print khabar's version and exit

Exit status: 0 when every input was read; 1 when an input (a file, or a line
with --ndjson) could not be read and was skipped, the others still processed;
2 for a mistake in the command line.

Environment:
  KHABAR_REPORT_MAXRSS=1  a debugging aid: at exit, print the peak memory used
                          on standard error ("khabar: maxRSS 81234 kB")

Examples:
  khabar extract article.txt --format pretty
  cat article.txt | khabar extract --reference-date 2022-11-19 > records.json
  khabar extract --ndjson --only entities,claims < corpus.ndjson > out.ndjson
  khabar extract --ndjson --format csv --bom corpus.ndjson > claims.csv
`;
