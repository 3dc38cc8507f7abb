/**
 * How search sees text: folded to plain lower-case letters and punctuation
 * without changing any offset (so a match found in the folded text has the
 * same place in the original), and cut into words, runs of letters and digits.
 */

const PUNCTUATION_VARIANTS: Readonly<Record<string, string>> = {
  '\u2018': "'", '\u2019': "'", '\u201a': "'", '\u2032': "'",
  '\u201c': '"', '\u201d': '"', '\u201e': '"', '\u2033': '"',
  '\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
  '\u00a0': ' ', '\u202f': ' ',
};
const MARK = /^\p{M}+$/u;
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/**
 * `text` in lower case, accents removed, curly quotes, primes, dashes and
 * non-breaking spaces in their plain forms: one UTF-16 unit for one, so that
 * offsets stay valid. Characters whose folded form would be longer stay as
 * they are.
 */
export function foldForSearch(text: string): string {
  if (isAscii(text)) return text.toLowerCase();
  let folded = '';
  for (let i = 0; i < text.length; i++) folded += foldChar(text[i]);
  return folded;
}

function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

function foldChar(c: string): string {
  if (c.charCodeAt(0) < 128) return c.toLowerCase();
  const plain = PUNCTUATION_VARIANTS[c];
  if (plain) return plain;
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  const parts = lower.normalize('NFD');
  return parts.length > 1 && MARK.test(parts.slice(1)) ? parts[0] : lower;
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  return LETTER_OR_DIGIT.test(text[i]);
}

/** Calls `visit` with the start and end of each word of `folded` text, in order. */
export function forEachWord(folded: string, visit: (start: number, end: number) => void): void {
  let i = 0;
  while (i < folded.length) {
    while (i < folded.length && !isWordChar(folded, i)) i++;
    const start = i;
    while (i < folded.length && isWordChar(folded, i)) i++;
    if (i > start) visit(start, i);
  }
}

/** The words of `text`, folded. */
export function wordsOf(text: string): string[] {
  const folded = foldForSearch(text);
  const words: string[] = [];
  forEachWord(folded, (start, end) => words.push(folded.slice(start, end)));
  return words;
}

/**
 * The field-length norm Fuse.js gives a text (1/√words, words counted between
 * whitespace, three decimals): the index needs it to predict Fuse's order.
 */
export function fieldNorm(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const separator = (c >= 9 && c <= 13) || c === 32 || c === 160;
    if (!separator && !inWord) words++;
    inWord = !separator;
  }
  return Math.round(1000 / Math.sqrt(Math.max(1, words))) / 1000;
}
