/**
 * How the concordance and the frequency list cut text into words: runs of
 * letters and digits, an apostrophe inside a word kept ("CPC's", "don't"),
 * hyphens and other punctuation between words. Runs of Chinese, Japanese or
 * Korean characters are cut into words by the platform's word segmenter
 * (`Intl.Segmenter`) where it has one, and are otherwise one word each.
 * Offsets are those of the original text; forms are in lower case, curly
 * apostrophes plain.
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
const APOSTROPHE = 39;

/** Whether `c` (one UTF-16 unit or a surrogate pair) is Chinese, Japanese or Korean. */
export function isCjk(c: string): boolean {
  return c.charCodeAt(0) >= 0x2e80 && CJK.test(c);
}

/** Whether `text` holds a Chinese, Japanese or Korean character. */
export function hasCjk(text: string): boolean {
  for (const c of text) if (isCjk(c)) return true;
  return false;
}

const PLAIN_PUNCTUATION: Readonly<Record<string, string>> = { '‘': "'", '’': "'", '‚': "'", '′': "'", '“': '"', '”': '"', '„': '"', '″': '"' };

/**
 * `text` in lower case with curly quotes and primes plain, one UTF-16 unit
 * for one so that offsets stay valid: what the concordance compares. Native
 * string functions do it, as a per-character fold would take seconds on a
 * long book; the rare text whose lower case changes length is folded as
 * search folds it.
 */
export function foldCase(text: string): string {
  const lower = text.toLowerCase();
  if (lower.length !== text.length) return foldForSearch(text);
  return lower.replace(/[‘’‚′“”„″]/g, (c) => PLAIN_PUNCTUATION[c]);
}

/** What the character at `i` is: 0 not part of a word, 1 a letter or digit of a word, 2 (or 3, a surrogate pair) Chinese, Japanese or Korean. */
function kindAt(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 48 && code <= 57) || (code >= 65 && code <= 90) ? 1 : 0;
  const pair = code >= 0xd800 && code <= 0xdbff;
  const c = pair ? text.slice(i, i + 2) : text[i];
  if (code >= 0x2e80 && CJK.test(c)) return pair ? 3 : 2;
  return !pair && LETTER_OR_DIGIT.test(c) ? 1 : 0;
}

let segmenter: Intl.Segmenter | undefined | null;

/**
 * A run is given to the segmenter this many characters at a time: its time
 * grows faster than the run (a run of 40,000 characters with no punctuation,
 * as classical Chinese is written, took a third of a second, one of 80,000
 * seconds).
 */
const SEGMENTED_AT_ONCE = 256;
/**
 * The words of a piece that end within this many characters of its end are
 * segmented again with the next piece, so that a word the piece's end cuts
 * is read whole: a Chinese word is a few characters long.
 */
const SEGMENT_OVERLAP = 32;

function cjkWords(run: string): { index: number; segment: string }[] {
  if (segmenter === undefined) segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;
  if (!segmenter) return [{ index: 0, segment: run }];
  const words: { index: number; segment: string }[] = [];
  let from = 0;
  while (from < run.length) {
    const to = Math.min(run.length, from + SEGMENTED_AT_ONCE);
    let next = to;
    for (const s of segmenter.segment(to - from === run.length ? run : run.slice(from, to))) {
      const at = from + s.index;
      // Near the piece's end, the next piece reads it again from here (the piece's first word is always kept: the run goes on).
      if (to < run.length && at > from && at + s.segment.length > to - SEGMENT_OVERLAP) {
        next = at;
        break;
      }
      if (s.isWordLike !== false) words.push({ index: at, segment: s.segment });
    }
    from = next;
  }
  return words;
}

/** The words of `text`, in order; `folded` is `foldCase(text)`, when the caller has it already. */
export function wordsIn(text: string, folded = foldCase(text)): WordSpan[] {
  const words: WordSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const kind = kindAt(text, i);
    if (kind >= 2) {
      const start = i;
      for (let k = kind; k >= 2; k = i < text.length ? kindAt(text, i) : 0) i += k - 1;
      for (const w of cjkWords(text.slice(start, i))) {
        const from = start + w.index;
        words.push({ start: from, end: from + w.segment.length, form: folded.slice(from, from + w.segment.length), cjk: true });
      }
    } else if (kind === 1) {
      const start = i;
      for (;;) {
        i++;
        if (i >= text.length) break;
        const next = kindAt(text, i);
        if (next === 1) continue;
        if (next === 0 && folded.charCodeAt(i) === APOSTROPHE && i + 1 < text.length && kindAt(text, i + 1) === 1) continue;
        break;
      }
      words.push({ start, end: i, form: folded.slice(start, i), cjk: false });
    } else {
      i++;
    }
  }
  return words;
}
