/**
 * How a result reads in a one-line list: where it is, the stretch of text
 * around what matched, and the words that matched (which, with typos, are
 * not always the words typed).
 */
import { ENGLISH, type SearchMessages } from '../messages';
import { paragraphLabel } from '../passage';
import type { TextRange } from './rank';
import type { SearchResult } from './textSearch';

/** "¶ 4, sentence 2", or "¶ 4" for a paragraph taken whole. */
export function resultLocation(result: SearchResult, words: SearchMessages = ENGLISH.search): string {
  const paragraph = paragraphLabel(result.paragraphNumber, result.paragraphNumber);
  return result.sentenceNumber === undefined ? paragraph : words.sentenceAt(paragraph, result.sentenceNumber);
}

/**
 * The text from a little before its first match, so that a list that cuts
 * long lines still shows what matched: "…the CPC has invited major political
 * parties from "hot regions" to visit China…".
 */
export function excerpt(text: string, matches: readonly TextRange[], lead = 40): string {
  const first = matches[0];
  if (!first || first.start <= lead + 10) return text;
  const space = text.lastIndexOf(' ', first.start - lead);
  return space < 0 ? text : `…${text.slice(space + 1)}`;
}

/** The distinct whole words holding the matches, in order: what the query found. */
export function matchedWords(text: string, matches: readonly TextRange[], most = 5): string[] {
  const words: string[] = [];
  const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}'’-]/u.test(c);
  for (const { start, end } of matches) {
    if (end - start < 2) continue;
    let from = start;
    let to = end;
    while (from > 0 && isWordChar(text[from - 1])) from--;
    while (to < text.length && isWordChar(text[to])) to++;
    const word = text.slice(from, to).replace(/^['’-]+|['’-]+$/g, '');
    if (word && !words.some((w) => w.toLowerCase() === word.toLowerCase())) words.push(word);
    if (words.length === most) break;
  }
  return words;
}

/**
 * What the list should say when its results hold only some of the words
 * typed: "Not every word was found: no passage holds “coexistence”."
 */
export function missingWordsNote(results: readonly Pick<SearchResult, 'missing'>[], say: SearchMessages = ENGLISH.search): string | undefined {
  if (results.length === 0 || results.every((r) => r.missing.length === 0)) return undefined;
  // The words no result holds; failing that, those the best result lacks.
  const lackedByAll = results[0].missing.filter((word) => results.every((r) => r.missing.includes(word)));
  const words = (lackedByAll.length > 0 ? lackedByAll : results[0].missing).map((w) => `“${w}”`);
  const list = say.eitherOf(words);
  return lackedByAll.length > 0 ? say.noPassageHolds(list) : say.bestLacks(list);
}
