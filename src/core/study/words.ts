/**
 * How the concordance and the frequency list cut text into words: runs of
 * letters and digits, an apostrophe inside a word kept ("CPC's", "don't"),
 * hyphens and other punctuation between words. Runs of Chinese, Japanese or
 * Korean characters are cut into words by the platform's word segmenter
 * (`Intl.Segmenter`) where it has one, and are otherwise one word each.
 * Offsets are those of the original text.
 */
import { foldForSearch } from '../search/text';

/** A word of a text: where it is, and its form folded to lower case. */
export interface WordSpan {
  readonly start: number;
  readonly end: number;
  /** The word folded: lower case, accents and curly apostrophes plain. */
  readonly form: string;
  /** Chinese, Japanese or Korean: grouped as written, found by substring. */
  readonly cjk: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function isWordChar(c: string): boolean {
  const code = c.charCodeAt(0);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90);
  return LETTER_OR_DIGIT.test(c);
}

/** Whether `c` (one UTF-16 unit or a surrogate pair) is Chinese, Japanese or Korean. */
export function isCjk(c: string): boolean {
  return c.charCodeAt(0) >= 0x2e80 && CJK.test(c);
}

/** Whether `text` holds a Chinese, Japanese or Korean character. */
export function hasCjk(text: string): boolean {
  for (const c of text) if (isCjk(c)) return true;
  return false;
}

let segmenter: Intl.Segmenter | undefined | null;

function cjkWords(run: string): { index: number; segment: string }[] {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return [{ index: 0, segment: run }];
  const words: { index: number; segment: string }[] = [];
  for (const s of segmenter.segment(run)) if (s.isWordLike !== false) words.push({ index: s.index, segment: s.segment });
  return words;
}

/** The character (code point) at `i`, a surrogate pair whole. */
function charAt(text: string, i: number): string {
  const code = text.codePointAt(i) ?? 0;
  return code > 0xffff ? text.slice(i, i + 2) : text[i];
}

/** The words of `text`, in order. */
export function wordsIn(text: string): WordSpan[] {
  const folded = foldForSearch(text);
  const words: WordSpan[] = [];
  const latin = (i: number) => i < text.length && isWordChar(text[i]) && !isCjk(charAt(text, i));
  let i = 0;
  while (i < text.length) {
    if (isCjk(charAt(text, i))) {
      const start = i;
      while (i < text.length && isCjk(charAt(text, i))) i += charAt(text, i).length;
      for (const w of cjkWords(text.slice(start, i))) {
        const from = start + w.index;
        words.push({ start: from, end: from + w.segment.length, form: folded.slice(from, from + w.segment.length), cjk: true });
      }
    } else if (latin(i)) {
      const start = i;
      while (latin(i) || (folded[i] === "'" && i > start && latin(i + 1))) i++;
      words.push({ start, end: i, form: folded.slice(start, i), cjk: false });
    } else {
      i++;
    }
  }
  return words;
}
