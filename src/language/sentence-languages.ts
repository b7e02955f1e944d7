import { franc, francAll } from 'franc-min';
import { functionWords as functionWordTable } from '../generated/function-words.js';
import type { Language } from '../schema/language.js';
import type { Sentence } from '../schema/sentence.js';
import type { Token } from '../schema/token.js';
import { arabicScriptLanguages, latinLanguages, minimumLetters, persianOrUrduLetter, sample } from './detect-language.js';

/** Below this many letters franc's answer for one sentence is mostly noise: the passage decides. */
const shortSentence = 25;
/** Up to this many letters a sentence keeps its passage's language if franc rates it nearly as high. */
const fairlyShortSentence = 60;
/** How close (franc's scores run 0 … 1, the best at 1) the passage's language must come. */
const closeEnough = 0.8;
/** The Latin-script languages Arab papers quote most. */
const pressLanguages = ['eng', 'fra'];

type Script = 'arabic' | 'latin' | 'other' | 'none';

/**
 * Function words only one Latin language of the Arab press uses: in a short sentence full of names
 * franc's trigrams go astray, two or three of these words do not.
 */
const functionWords: ReadonlyMap<string, string> = new Map(functionWordTable);

/**
 * The language two or more function words agree on, twice as many as any other's; in a short
 * sentence one is enough if no other language has one ("Interpol sent experts from Lyon."); or null.
 */
function functionWordVote(text: string, short: boolean): string | null {
  const counts = new Map<string, number>();
  for (const match of text.toLowerCase().matchAll(/[\p{L}'’]+/gu)) {
    const word = match[0];
    const code = functionWords.get(word) ?? (/^[ld]['’]\p{L}/u.test(word) ? 'fra' : undefined);
    if (code) counts.set(code, (counts.get(code) ?? 0) + 1);
  }
  const [best, second] = [...counts].sort((a, b) => b[1] - a[1]);
  if (!best || (best[1] < 2 && !(short && !second)) || (second && best[1] < 2 * second[1])) return null;
  return best[0];
}

/** Letters of a sentence by script, read off its tokens: the tokeniser has already told them apart. */
function scriptOf(tokens: readonly Token[], first: number, last: number): Script {
  let arabic = 0;
  let latin = 0;
  let other = 0;
  for (let at = first; at < last; at++) {
    const token = tokens[at]!;
    if (token.kind === 'word') arabic += token.end - token.start;
    else if (token.kind === 'latin') latin += token.end - token.start;
    else if (token.kind === 'other') other += token.end - token.start;
  }
  if (arabic + latin + other === 0) return 'none';
  if (arabic >= latin && arabic >= other) return 'arabic';
  return latin >= other ? 'latin' : 'other';
}

/**
 * The words franc should read: capitalised words are mostly names ("Abdellatif Hammouchi", "Qatar"),
 * whose letters say nothing of the sentence's language and often mislead franc; they are left out
 * unless too little would be left.
 */
function withoutNames(text: string): string {
  const rest = text.replace(/(?<![\p{L}\p{M}'’])\p{Lu}[\p{L}\p{M}'’.-]*/gu, ' ');
  return letterCount(rest) >= minimumLetters ? rest : text;
}

function letterCount(text: string): number {
  return text.match(/\p{L}/gu)?.length ?? 0;
}

/**
 * franc among the Latin-script languages, except that a short text franc gives to a language seldom
 * quoted in Arab news, but nearly as well to English or French, is English or French: "deployed
 * police officers" reads as Romanian.
 */
function francLatin(excerpt: string): string {
  const scores = francAll(excerpt, { only: latinLanguages, minLength: minimumLetters });
  const [best] = scores;
  if (!best) return 'und';
  if (letterCount(excerpt) < fairlyShortSentence && !pressLanguages.includes(best[0])) {
    const [likely] = scores.filter(([code]) => pressLanguages.includes(code));
    if (likely && likely[1] >= closeEnough) return likely[0];
  }
  return best[0];
}

/** The language of a run of Latin-script sentences, read from a bounded sample of all of them. */
function passageLanguage(sentences: readonly Sentence[]): string {
  const joined = sample(sentences.map((sentence) => sentence.text).join(' '));
  return functionWordVote(joined, letterCount(joined) < fairlyShortSentence) ?? francLatin(withoutNames(joined));
}

/**
 * One Latin-script sentence: franc on it alone, unless it is too short to tell or its passage's
 * language scores nearly as high ("It is a proud day." alone reads as Portuguese).
 */
function latinSentenceLanguage(sentence: Sentence, passage: string): string {
  const vote = functionWordVote(sample(sentence.text), letterCount(sentence.text) < fairlyShortSentence);
  if (vote) return vote;
  const excerpt = withoutNames(sample(sentence.text));
  const letters = letterCount(excerpt);
  if (letters < shortSentence && passage !== 'und') return passage;
  if (letters < minimumLetters) return 'und';
  if (letters < fairlyShortSentence && passage !== 'und') {
    const passageScore = francAll(excerpt, { only: latinLanguages, minLength: minimumLetters }).find(([code]) => code === passage)?.[1] ?? 0;
    if (passageScore >= closeEnough) return passage;
  }
  const code = francLatin(excerpt);
  return code === 'und' ? passage : code;
}

function arabicSentenceLanguage(sentence: Sentence): string {
  const excerpt = sample(sentence.text);
  if (!persianOrUrduLetter.test(excerpt)) return 'arb';
  const code = franc(excerpt, { only: arabicScriptLanguages, minLength: minimumLetters });
  return code === 'und' ? 'arb' : code;
}

/**
 * The language of each sentence (ISO 639-3, as franc names it), in order. A sentence whose letters
 * are mostly Arabic is Arabic without asking franc (unless it has letters only Persian or Urdu
 * use); mostly Latin, franc decides among the Latin-script languages, a short sentence taking the
 * language of the Latin sentences around it; a sentence without letters ("2022-11-20", "6,000")
 * takes its neighbours' language. Linear in the text: franc reads each non-Arabic sentence once,
 * and a bounded sample of each.
 *
 * @example
 * sentenceLanguages(text, tokens, splitSentences(text, tokens), detectLanguage(text))
 * // 'قال المدير: "We are ready." ثم غادر.' → ['arb', 'eng', 'arb'] when the quote is its own sentence
 */
export function sentenceLanguages(text: string, tokens: readonly Token[], sentences: readonly Sentence[], whole: Language): string[] {
  const mayBePersian = persianOrUrduLetter.test(text);
  const scripts: Script[] = [];
  let onlyArabic = true;
  let token = 0;
  for (const sentence of sentences) {
    while (token < tokens.length && tokens[token]!.start < sentence.start) token++;
    const first = token;
    while (token < tokens.length && tokens[token]!.start < sentence.end) token++;
    const script = scriptOf(tokens, first, token);
    scripts.push(script);
    if (script === 'latin' || script === 'other') onlyArabic = false;
  }
  // The common case, an Arabic article: no franc at all.
  if (onlyArabic && !mayBePersian) {
    const code = scripts.includes('arabic') ? 'arb' : whole.code;
    return sentences.map(() => code);
  }

  const codes: (string | null)[] = sentences.map(() => null);
  for (let at = 0; at < sentences.length; at++) {
    if (scripts[at] === 'arabic') codes[at] = mayBePersian ? arabicSentenceLanguage(sentences[at]!) : 'arb';
    else if (scripts[at] === 'other') codes[at] = franc(sample(sentences[at]!.text), { minLength: minimumLetters });
  }
  // Runs of Latin sentences within a paragraph (letterless ones in between do not break a run, a
  // line break does: an English quote and a French paragraph are two runs): each run is read as a
  // whole first, then sentence by sentence.
  const sameParagraph = (at: number): boolean => !/[\n\r\u2028\u2029]/u.test(text.slice(sentences[at - 1]!.end, sentences[at]!.start));
  for (let at = 0; at < sentences.length; at++) {
    if (scripts[at] !== 'latin') continue;
    let end = at;
    while (end + 1 < sentences.length && (scripts[end + 1] === 'latin' || scripts[end + 1] === 'none') && sameParagraph(end + 1)) end++;
    const run = sentences.slice(at, end + 1).filter((_, index) => scripts[at + index] === 'latin');
    const passage = passageLanguage(run);
    for (let index = at; index <= end; index++) {
      if (scripts[index] === 'latin') codes[index] = latinSentenceLanguage(sentences[index]!, passage);
    }
    at = end;
  }
  // Sentences without letters take the language of the sentence before them, else after them.
  let previous: string | null = null;
  for (let at = 0; at < codes.length; at++) {
    if (codes[at] === null) codes[at] = previous;
    else previous = codes[at]!;
  }
  let next: string | null = null;
  for (let at = codes.length - 1; at >= 0; at--) {
    if (codes[at] === null) codes[at] = next;
    else next = codes[at]!;
  }
  return codes.map((code) => code ?? whole.code);
}

/**
 * The text's language from its sentences' ones: the language of most of its letters (sentence
 * lengths stand for them). franc on the whole text reads a mostly-English quote with an Arabic
 * frame as French; the sentences, with their function-word votes, do not. Falls back to `whole`
 * when no sentence could be told.
 */
export function mainLanguage(sentences: readonly Sentence[], codes: readonly string[], whole: Language): Language {
  const lengths = new Map<string, number>();
  sentences.forEach((sentence, at) => {
    const code = codes[at];
    if (code && code !== 'und') lengths.set(code, (lengths.get(code) ?? 0) + sentence.end - sentence.start);
  });
  let best: string | undefined;
  for (const [code, length] of lengths) if (best === undefined || length > lengths.get(best)!) best = code;
  return best === undefined || best === whole.code ? whole : { ...whole, code: best };
}
