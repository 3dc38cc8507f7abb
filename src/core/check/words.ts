/**
 * Words as the checker compares them. Typographic variants fold to one form
 * (curly and straight apostrophes, the hyphen family), punctuation between
 * words is not a word, and the lower-case form is the key for lookups.
 */

/** A word with its offsets in the text it was read from. */
export interface Word {
  readonly start: number;
  readonly end: number;
  /** The word with apostrophes and hyphens folded. */
  readonly form: string;
  /** The lower-case form: what alignment compares. */
  readonly key: string;
  /** Part of it was supplied in square brackets ("[T]he"): its case is free. */
  readonly adjusted?: boolean;
}

/**
 * A number with its decimal point ("1.3"), or letters and digits joined by
 * apostrophes, hyphens and en dashes (LaTeX "--" included). An em dash (LaTeX
 * "---") separates words.
 */
const WORD = /\p{N}+(?:[.,]\p{N}+)+|[\p{L}\p{N}\p{M}]+(?:(?:--?(?!-)|\u2060{0,10}['’ʼ‘\u2010\u2011\u2012\u2013]|[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]{1,8})[\p{L}\p{N}\p{M}]+)*/gu;

/**
 * Characters no reader sees: soft hyphen, zero-width spaces and joiners,
 * word joiner, byte-order mark, and the bidirectional marks, embeddings,
 * overrides and isolates. Inside a word they do not split it (the checker
 * names them instead of calling the word changed).
 */
export const INVISIBLE = /[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff\u061c]/g;

const NON_ASCII = /[\u0080-\uffff]/;

export function foldWord(text: string): string {
  const folded = text.includes('--') ? text.replace(/--/g, '-') : text;
  if (!NON_ASCII.test(folded)) return folded;
  return folded.replace(INVISIBLE, '').normalize('NFC').replace(/['’ʼ‘]/g, "'").replace(/[\u2010\u2011\u2012\u2013]/g, '-');
}

/**
 * The words of `text[from, to)`, with offsets into `text`. In LaTeX a word
 * right after a backslash is a command name, not a word.
 */
export function readWords(text: string, from = 0, to = text.length, latex = false): Word[] {
  const words: Word[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(slice); m !== null; m = WORD.exec(slice)) {
    const start = from + m.index;
    if (latex && start > 0 && text[start - 1] === '\\') continue;
    const form = foldWord(m[0]);
    words.push({ start, end: start + m[0].length, form, key: form.toLowerCase() });
  }
  return words;
}

/** Whether two words agree, allowing a changed initial capital where `initial`, and any case where supplied in brackets. */
export function sameWording(quoted: Word, source: Word, initial: boolean): boolean {
  if (quoted.form === source.form) return true;
  if (quoted.key !== source.key) return false;
  if (quoted.adjusted) return true;
  return initial && quoted.form.slice(1) === source.form.slice(1);
}
