/**
 * What a concordance is asked for: a word (every form of it: "peace" finds
 * peaceful and peacefully too), a phrase (its words in a row, each in any
 * form), either in quotation marks for the forms exactly as typed, or
 * Chinese, Japanese or Korean characters, found wherever they stand.
 */
import { stem } from './stem';
import { foldCase, hasCjk, wordsIn } from './words';

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

/** Why a query cannot be looked up: it is empty, or holds only punctuation (`text`, as typed). */
export type QueryProblem = { readonly problem: 'empty' } | { readonly problem: 'no-words'; readonly text: string };

/** `text` read as a query, or why it is not one. */
export function parseConcordanceQuery(text: string): ConcordanceQuery | QueryProblem {
  const quoted = QUOTED.exec(text);
  const inner = (quoted ? quoted[1] : text).replace(/\s+/g, ' ').trim();
  if (inner === '') return { problem: 'empty' };
  if (hasCjk(inner)) return { kind: 'characters', text: inner, folded: foldCase(inner) };
  const words = wordsIn(inner).map((w) => ({ form: bareForm(w.form), key: stem(w.form) }));
  if (words.length === 0) return { problem: 'no-words', text: inner };
  return { kind: 'words', text: inner, words, exact: quoted !== null };
}
