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

/** A letter or digit of the scripts written without spaces between words: Chinese characters, and Japanese kana. */
const IDEOGRAPH_SOURCE = String.raw`(?=[\p{L}\p{N}\p{M}])[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]`;
/** A letter, digit or mark that is not one of those. */
const SPACED_SOURCE = String.raw`(?:(?!${IDEOGRAPH_SOURCE})[\p{L}\p{N}\p{M}])`;

/**
 * A Chinese character (or kana) with the marks after it: Chinese puts no
 * space between words, so each character is a word, and a quotation is
 * compared character by character ("延续万年" for "延续千年" is one
 * character changed). Else a number with its decimal point ("1.3"), or
 * letters and digits joined by apostrophes, hyphens and en dashes (LaTeX
 * "--" included). An em dash (LaTeX "---") separates words. `readWords`
 * reads what this pattern matches, a character at a time (see `nextWord`);
 * a test holds the two to each other.
 */
export const WORD = new RegExp(
  String.raw`${IDEOGRAPH_SOURCE}\p{M}*|\p{N}+(?:[.,]\p{N}+)+|${SPACED_SOURCE}+(?:(?:--?(?!-)|\u2060{0,10}['’ʼ‘\u2010\u2011\u2012\u2013]|[\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]{1,8})${SPACED_SOURCE}+)*`,
  'gu',
);

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
 * The words of `text[from, to)`, with offsets into `text` plus `shift`. In
 * LaTeX a word right after a backslash is a command name, not a word.
 */
export function readWords(text: string, from = 0, to = text.length, latex = false, shift = 0): Word[] {
  const words: Word[] = [];
  for (let start = nextStart(text, from, to); start < to; start = nextStart(text, scanned.end, to)) {
    const { end, plain } = nextWord(text, start, to);
    if (latex && start > 0 && text.charCodeAt(start - 1) === BACKSLASH) continue;
    const written = text.slice(start, end);
    const form = plain || scanned.ideograph ? written : foldWord(written);
    // Most words are in lower case already: one string for both, as every quoted word is kept; an ASCII word is known to be without a look.
    const lower = (plain && !scanned.upper) || scanned.ideograph ? form : form.toLowerCase();
    words.push({ start: start + shift, end: end + shift, form, key: lower === form ? form : lower });
  }
  return words;
}

/*
 * Reading words a character at a time: the pattern's own engine, with its
 * Unicode classes, takes several times as long per word, and a book has
 * hundreds of thousands of words to read.
 */
const BACKSLASH = 0x5c;
const HYPHEN = 0x2d;
const APOSTROPHE = 0x27;
const WORD_JOINER = 0x2060;
/** Per UTF-16 unit (surrogates are never looked up): 0 not known yet, else KNOWN with LETTER and DIGIT as they apply. */
const classes = new Uint8Array(0x10000);
const KNOWN = 1;
/** `[\p{L}\p{N}\p{M}]`. */
const LETTER = 2;
/** `\p{N}`. */
const DIGIT = 4;
/** A letter or digit written without spaces between words (see `WORD`). */
const IDEOGRAPH = 8;
/** `\p{M}`. */
const MARK = 16;
const IS_LETTER = /^[\p{L}\p{N}\p{M}]$/u;
const IS_DIGIT = /^\p{N}$/u;
const IS_IDEOGRAPH = new RegExp(`^${IDEOGRAPH_SOURCE}$`, 'u');
const IS_MARK = /^\p{M}$/u;
/** Code points past the surrogates' plane, as they are met. */
const astral = new Map<number, number>();

function classOf(code: number): number {
  const known = code < 0x10000 ? classes[code] : astral.get(code);
  if (known) return known;
  const char = String.fromCodePoint(code);
  const found = KNOWN | (IS_LETTER.test(char) ? LETTER : 0) | (IS_DIGIT.test(char) ? DIGIT : 0) | (IS_IDEOGRAPH.test(char) ? IDEOGRAPH : 0) | (IS_MARK.test(char) ? MARK : 0);
  if (code < 0x10000) classes[code] = found;
  else astral.set(code, found);
  return found;
}

/** The code point at `i` of `text[.., to)`, a surrogate pair read as one (its two units' length in `scanned.width`), or -1 at `to`. */
function codeAt(text: string, i: number, to: number): number {
  if (i >= to) return -1;
  const unit = text.charCodeAt(i);
  if (unit >= 0xd800 && unit < 0xdc00 && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low < 0xe000) {
      scanned.width = 2;
      return (unit - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
    }
  }
  scanned.width = 1;
  return unit;
}

/**
 * Scratch results of the scan, so that reading a word makes no object but
 * the word. `plain`: nothing in it for `foldWord` to fold (so only ASCII);
 * `upper`: a capital A to Z in it; `ideograph`: one character that is its
 * own folded and lower-case form.
 */
const scanned = { width: 1, end: 0, plain: true, upper: false, ideograph: false };

/** Whether the code point (-1 at the end) has the class `bit`; lone surrogates have none, as the pattern reads them. */
function hasClass(code: number, bit: number): boolean {
  return code >= 0 && !(code >= 0xd800 && code < 0xe000) && (classOf(code) & bit) !== 0;
}

function isLetter(code: number): boolean {
  return hasClass(code, LETTER);
}

/** A letter of `WORD`'s letters-and-digits run: not an ideograph, which is a word alone. */
function isSpacedLetter(code: number): boolean {
  return code >= 0 && !(code >= 0xd800 && code < 0xe000) && (classOf(code) & (LETTER | IDEOGRAPH)) === LETTER;
}

function isDigit(code: number): boolean {
  return hasClass(code, DIGIT);
}

/** `[A-Za-z0-9]`, the letters of most text, by UTF-16 unit below 0x80: `ASCII_CAPITAL` for A to Z, 1 for the others. */
const ASCII_CAPITAL = 2;
const ASCII_LETTER = new Uint8Array(0x80).map((_, unit) => (/[A-Z]/.test(String.fromCharCode(unit)) ? ASCII_CAPITAL : /[a-z0-9]/.test(String.fromCharCode(unit)) ? 1 : 0));

/** Where the next word of `text[from, to)` starts (its first letter), or `to`. */
function nextStart(text: string, from: number, to: number): number {
  let i = from;
  while (i < to) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) {
      if (ASCII_LETTER[unit] !== 0) return i;
      i++;
      continue;
    }
    if (isLetter(codeAt(text, i, to))) return i;
    i += scanned.width;
  }
  return to;
}

/** The end of letters from `i` on (`i` itself when none). */
function lettersFrom(text: string, i: number, to: number): number {
  let at = i;
  while (at < to) {
    const unit = text.charCodeAt(at);
    if (unit < 0x80) {
      const letter = ASCII_LETTER[unit];
      if (letter === 0) break;
      if (letter === ASCII_CAPITAL) scanned.upper = true;
      at++;
      continue;
    }
    if (!isSpacedLetter(codeAt(text, at, to))) break;
    scanned.plain = false;
    at += scanned.width;
  }
  return at;
}

function digitsFrom(text: string, i: number, to: number): number {
  let at = i;
  while (at < to) {
    const code = codeAt(text, at, to);
    if (!isDigit(code)) break;
    at += scanned.width;
  }
  return at;
}

function isApostrophe(unit: number): boolean {
  return unit === APOSTROPHE || unit === 0x2019 || unit === 0x2bc || unit === 0x2018 || (unit >= 0x2010 && unit <= 0x2013);
}

function isInvisible(unit: number): boolean {
  return unit === 0xad || (unit >= 0x200b && unit <= 0x200f) || (unit >= 0x202a && unit <= 0x202e) || (unit >= 0x2060 && unit <= 0x2064) || (unit >= 0x2066 && unit <= 0x2069) || unit === 0xfeff;
}

/**
 * The word starting at the letter at `start`, as `WORD` matches it there:
 * a number with its decimal points if there is one, else letters joined by
 * what may join them. `plain`: nothing in it for `foldWord` to fold.
 */
function nextWord(text: string, start: number, to: number): typeof scanned {
  scanned.plain = true;
  scanned.upper = false;
  scanned.ideograph = false;
  const first = codeAt(text, start, to);
  if (first >= 0x3005 && hasClass(first, IDEOGRAPH)) {
    // A character of a script written without spaces is a word alone, with the marks after it.
    let at = start + scanned.width;
    // Compatibility ideographs (U+F900 to U+FAFF) and characters past the surrogates fold to another form.
    scanned.ideograph = scanned.width === 1 && (first < 0xf900 || first > 0xfaff);
    while (hasClass(codeAt(text, at, to), MARK)) {
      at += scanned.width;
      scanned.ideograph = false;
    }
    scanned.plain = false;
    scanned.end = at;
    return scanned;
  }
  // A number with a decimal point or thousands separator: digits, then at least one [.,] and digits.
  if (isDigit(first)) {
    let at = digitsFrom(text, start, to);
    let groups = 0;
    for (;;) {
      const unit = at < to ? text.charCodeAt(at) : -1;
      if (unit !== 0x2e && unit !== 0x2c) break;
      const after = digitsFrom(text, at + 1, to);
      if (after === at + 1) break;
      at = after;
      groups++;
    }
    if (groups > 0) {
      scanned.plain = !NON_ASCII.test(text.slice(start, at));
      scanned.end = at;
      return scanned;
    }
  }
  let end = lettersFrom(text, start, to);
  for (;;) {
    const joined = joinerEnd(text, end, to);
    if (joined < 0) break;
    const after = lettersFrom(text, joined, to);
    if (after === joined) break;
    // A hyphen or a straight apostrophe is its own folded form; every other joiner is folded.
    const unit = text.charCodeAt(end);
    if (joined - end !== 1 || (unit !== HYPHEN && unit !== APOSTROPHE)) scanned.plain = false;
    end = after;
  }
  scanned.end = end;
  return scanned;
}

/**
 * Where a joiner at `i` ends when a letter follows it, else -1: one or two
 * hyphens not followed by a third, word joiners before an apostrophe or a
 * hyphen of the Unicode family, or up to eight invisible characters.
 */
function joinerEnd(text: string, i: number, to: number): number {
  const unit = unitAt(text, i, to);
  if (unit === HYPHEN) {
    if (unitAt(text, i + 1, to) === HYPHEN) return unitAt(text, i + 2, to) !== HYPHEN && letterAt(text, i + 2, to) ? i + 2 : -1;
    return letterAt(text, i + 1, to) ? i + 1 : -1;
  }
  let joiners = 0;
  while (joiners <= 10 && unitAt(text, i + joiners, to) === WORD_JOINER) joiners++;
  if (joiners <= 10 && isApostrophe(unitAt(text, i + joiners, to)) && letterAt(text, i + joiners + 1, to)) return i + joiners + 1;
  // Else invisible characters (word joiners among them) before a letter, which "ʼ" is.
  let invisible = 0;
  while (invisible <= 8 && isInvisible(unitAt(text, i + invisible, to))) invisible++;
  return invisible >= 1 && invisible <= 8 && letterAt(text, i + invisible, to) ? i + invisible : -1;
}

function unitAt(text: string, i: number, to: number): number {
  return i < to ? text.charCodeAt(i) : -1;
}

function letterAt(text: string, i: number, to: number): boolean {
  return isLetter(codeAt(text, i, to));
}

/** Whether two words agree, allowing a changed initial capital where `initial`, and any case where supplied in brackets. */
export function sameWording(quoted: Word, source: Word, initial: boolean): boolean {
  if (quoted.form === source.form) return true;
  if (quoted.key !== source.key) return false;
  if (quoted.adjusted) return true;
  return initial && quoted.form.slice(1) === source.form.slice(1);
}
