/**
 * A text's word frequencies: its words grouped with their inflected forms
 * (peace, peaceful, peacefully), stop words, numbers and single letters left
 * out, most frequent first. Chinese, Japanese and Korean words are grouped
 * as written.
 */
import type { WordIndex } from './wordIndex';
import { isStopWord } from './stopWords';

/** A group of forms and how often the text uses them. */
export interface FrequencyEntry {
  /** The group's most frequent form: what the list shows, and what its concordance looks up. */
  readonly word: string;
  readonly count: number;
  /** Every form of the group in the text, most frequent first. */
  readonly forms: readonly { readonly form: string; readonly count: number }[];
}

const NOT_A_WORD = /^(\p{N}+|\p{L})$/u;

/** The entries for the words `first` up to `end` of `index`. */
export function wordFrequencies(index: WordIndex, first: number, end: number): FrequencyEntry[] {
  const formCounts = new Int32Array(index.forms.length);
  for (let t = first; t < end; t++) formCounts[index.wordForm[t]]++;
  const groups = new Map<number, { form: string; count: number }[]>();
  for (let f = 0; f < formCounts.length; f++) {
    const count = formCounts[f];
    const form = index.forms[f];
    if (count === 0) continue;
    if (isStopWord(form) || NOT_A_WORD.test(form)) continue;
    const key = index.formKey[f];
    let forms = groups.get(key);
    if (!forms) groups.set(key, (forms = []));
    forms.push({ form, count });
  }
  const entries: FrequencyEntry[] = [];
  for (const forms of groups.values()) {
    forms.sort((a, b) => b.count - a.count || a.form.length - b.form.length || (a.form < b.form ? -1 : 1));
    entries.push({ word: forms[0].form, count: forms.reduce((n, f) => n + f.count, 0), forms });
  }
  return entries.sort((a, b) => b.count - a.count || (a.word < b.word ? -1 : 1));
}

