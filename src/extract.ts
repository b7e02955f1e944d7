import { findClaims } from './claims/index.js';
import { findDates } from './dates/index.js';
import { buildGazetteer, findEntities } from './entities/index.js';
import { describeValue, KhabarError } from './errors.js';
import { detectLanguage, mainLanguage, routeRecords, sentenceLanguages } from './language/index.js';
import { normalise } from './normalise/index.js';
import type { FoundNumber } from './numbers/index.js';
import { findNumbers } from './numbers/index.js';
import type { Extraction } from './schema/extraction.js';
import type { NumberMention } from './schema/number-mention.js';
import type { ExtractOptions } from './schema/options.js';
import { ExtractOptionsSchema } from './schema/options.js';
import { splitSentences, tokenise } from './tokenise/index.js';

/** Checks the arguments: a caller's mistake is a KhabarError; any string at all is valid text. */
function checkArguments(text: unknown, options: unknown): ExtractOptions {
  if (typeof text !== 'string') {
    throw new KhabarError('invalid_text', ['text'], `khabar: extract() needs the text as a string, but got ${describeValue(text)}.`);
  }
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new KhabarError(
      'invalid_options',
      ['options'],
      `khabar: extract()'s options must be an object such as { referenceDate: '2022-05-27' }, but got ${describeValue(options)}.`,
    );
  }
  const parsed = ExtractOptionsSchema.safeParse(options);
  if (!parsed.success) throw KhabarError.fromZod('invalid_options', 'options', parsed.error);
  return parsed.data;
}

/** The public record of a number: its span, value and, for "6000 ست الاف", both readings. */
function toNumberMention(number: FoundNumber): NumberMention {
  const { text, start, end, value, spelledOut } = number;
  return spelledOut ? { text, start, end, value, spelledOut } : { text, start, end, value };
}

/**
 * Reads one news text and returns what it says, every record pointing back into `text` by its
 * exact span. Synchronous and pure; any string is valid input.
 *
 * @example
 * const result = extract('وتم افتتاح المركز بحضور ممثلي 16 دولة.', { referenceDate: '2022-11-20' });
 * result.sentences[0].text // 'وتم افتتاح المركز بحضور ممثلي 16 دولة.'
 * result.tokens[0]         // { text: 'وتم', kind: 'word', prefixes: ['و'], stem: 'تم', … }
 *
 * // English passages too, with the plug-in of 'khabar/en':
 * // extract(text, { languages: [english] })
 */
export function extract(text: string, options?: ExtractOptions): Extraction {
  const { referenceDate, gazetteer, languages = [] } = checkArguments(text, options);
  const view = normalise(text);
  const tokens = tokenise(text, view);
  const numbers = findNumbers(text, tokens);
  const whole = detectLanguage(text);
  const sentences = splitSentences(text, tokens);
  const codes = sentenceLanguages(text, tokens, sentences, whole);
  const language = mainLanguage(sentences, codes, whole);
  sentences.forEach((sentence, at) => (sentence.language = codes[at]!));
  const dates = findDates(text, tokens, numbers, sentences, referenceDate);
  const records = {
    entities: findEntities(text, tokens, numbers, buildGazetteer(gazetteer)),
    dates,
    claims: findClaims(text, tokens, numbers, dates),
    numbers: numbers.map(toNumberMention),
  };
  // Sentences in other languages: a plug-in's records, or only language-neutral ones.
  const routed = routeRecords(text, sentences, records, languages, {
    ...(referenceDate === undefined ? {} : { referenceDate }),
    ...(gazetteer === undefined ? {} : { gazetteer }),
  });
  return { language, sentences, tokens, ...routed };
}
