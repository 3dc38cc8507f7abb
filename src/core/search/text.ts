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
  // Runs of ASCII are lower-cased whole; only the other characters are folded one by one.
  let folded = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    folded += text.slice(from, i).toLowerCase() + foldedChar(c);
    from = i + 1;
  }
  return from === 0 ? text.toLowerCase() : folded + text.slice(from).toLowerCase();
}

/** Folded forms of the non-ASCII characters met so far: a text uses few. */
const FOLDED = new Map<number, string>();

function foldedChar(code: number): string {
  let folded = FOLDED.get(code);
  if (folded === undefined) {
    const c = String.fromCharCode(code);
    folded = PUNCTUATION_VARIANTS[c] ?? foldPlain(c);
    FOLDED.set(code, folded);
  }
  return folded;
}

function foldPlain(c: string): string {
  const lower = c.toLowerCase();
  if (lower.length !== 1) return c;
  const parts = lower.normalize('NFD');
  return parts.length > 1 && MARK.test(parts.slice(1)) ? parts[0] : lower;
}

/** For each UTF-16 unit, once asked: 1 when it is a letter or digit, 2 when not. */
const WORD_UNITS = new Uint8Array(65536);

/** Whether the UTF-16 unit `c` belongs to a word: a letter or a digit. */
export function isWordUnit(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
  if (WORD_UNITS[c] === 0) WORD_UNITS[c] = LETTER_OR_DIGIT.test(String.fromCharCode(c)) ? 1 : 2;
  return WORD_UNITS[c] === 1;
}

function isWordChar(text: string, i: number): boolean {
  return isWordUnit(text.charCodeAt(i));
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
