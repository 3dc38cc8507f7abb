/**
 * What a concordance is asked for: a word (every form of it: "peace" finds
 * peaceful and peacefully too), a phrase (its words in a row, each in any
 * form), either in quotation marks for the forms exactly as typed, or
 * Chinese, Japanese or Korean characters, found wherever they stand.
 */
import { foldForSearch } from '../search/text';
import { stem } from './stem';
import { hasCjk, wordsIn } from './words';

/** A word of a query: its form, folded, and its group. */
export interface QueryWord {
  readonly form: string;
  readonly key: string;
}

export type ConcordanceQuery =
  | { readonly kind: 'words'; readonly text: string; readonly words: readonly QueryWord[]; readonly exact: boolean }
  | { readonly kind: 'characters'; readonly text: string; readonly folded: string };

/** A form without its possessive ending: "china's" is "china" when forms are compared exactly. */
export function bareForm(form: string): string {
  return form.replace(/'s?$/, '');
}

const QUOTED = /^\s*["“”„](.*)["“”„]\s*$/s;

/** `text` read as a query, or a message saying why it is not one. */
export function parseConcordanceQuery(text: string): ConcordanceQuery | { readonly error: string } {
  const quoted = QUOTED.exec(text);
  const inner = (quoted ? quoted[1] : text).replace(/\s+/g, ' ').trim();
  if (inner === '') return { error: 'Give a word or a phrase to look up, for example peace, "world peace" or 和平.' };
  if (hasCjk(inner)) return { kind: 'characters', text: inner, folded: foldForSearch(inner) };
  const words = wordsIn(inner).map((w) => ({ form: bareForm(w.form), key: stem(w.form) }));
  if (words.length === 0) return { error: `"${inner}" holds no word to look up: give letters or digits, for example peace or "world peace".` };
  return { kind: 'words', text: inner, words, exact: quoted !== null };
}
