/**
 * A text's body as its reader reads it. A text the writer brings is often
 * Markdown written for the screen: its marks of emphasis, its links, its
 * notes' references, its lists and block quotations are not words of the
 * text. A writer quotes "the report shows", not "the [report](https://…)
 * shows", so the paragraphs are read without them, as Markdown shows them.
 * What Markdown does not mark is kept exactly: the bundled text has no such
 * mark, and its wording is the received one.
 *
 * Every scan is one pass, or a pattern whose repeats stop at the next
 * bracket, parenthesis or line: linear in the paragraph.
 */

/** Any character that may begin an inline mark: a paragraph without one is read as it is. */
const MAY_MARK = /[*_[\]<>`\\]/;

/** Before a line's content: a block quotation's ">" marks, a bullet ("- ", "* ", "+ "), or a note's definition ("[^1]: "). */
const LINE_MARKS = /^ {0,3}(?:(?:> ?)+(?:[-+*][ \t]+)?|[-+*][ \t]+|\[\^[^\]\s]{1,100}\]:[ \t]*)/;

/** A line of three or more "-", "*" or "_" alone: a break between parts, not words. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

/** The line's content, without the marks of a block quotation, a bullet or a note's definition before it. */
export function lineContent(line: string): string {
  // Past up to three spaces, as the marks may stand: no copy of the line, which every line of a book would make.
  let at = 0;
  while (at < 3 && line.charCodeAt(at) === 32) at++;
  const first = line.charCodeAt(at);
  // ">", "-", "*", "+", "[": only these begin a mark.
  if (first !== 62 && first !== 45 && first !== 42 && first !== 43 && first !== 91) return line;
  const marks = LINE_MARKS.exec(line);
  return marks ? line.slice(marks[0].length) : line;
}

/** Whether the line is a thematic break ("---", "* * *"): it separates paragraphs, as a blank line does. */
export function isThematicBreak(line: string): boolean {
  return THEMATIC_BREAK.test(line);
}

const CODE = /`([^`\n]{1,2000})`/g;
/** An image, its description and address: no words of the text. */
const IMAGE = /!\[[^[\]]{0,1000}\]\((?:[^()\s]|\([^()\s]{0,2000}\)){0,2000}(?:\s+(?:"[^"]{0,500}"|'[^']{0,500}'))?\s*\)/g;
/** A link: its words stay, its address goes. Also "[words][label]" and "[words][]". */
const LINK = /\[([^[\]]{1,1000})\](?:\((?:[^()\s]|\([^()\s]{0,2000}\)){0,2000}(?:\s+(?:"[^"]{0,500}"|'[^']{0,500}'))?\s*\)|\[[^[\]]{0,100}\])/g;
const AUTOLINK = /<((?:https?|mailto|ftp):[^<>\s]{1,2000})>/gi;
const NOTE_REFERENCE = /\[\^[^\]\s]{1,100}\]/g;
const TAG = /<\/?[A-Za-z][A-Za-z0-9-]{0,30}(?:\s[^<>]{0,1000})?\/?>/g;
const ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g;

/** `text` (a paragraph or a heading) as Markdown shows it: without its inline marks. */
export function inlineText(text: string): string {
  if (!MAY_MARK.test(text)) return text;
  let read = text;
  if (read.includes('`')) read = read.replace(CODE, '$1');
  if (read.includes('[')) read = read.replace(IMAGE, '').replace(LINK, '$1').replace(NOTE_REFERENCE, '');
  if (read.includes('<')) read = withoutComments(read).replace(AUTOLINK, '$1').replace(TAG, '');
  if (read.includes('*') || read.includes('_')) read = withoutEmphasis(read);
  return read.includes('\\') ? read.replace(ESCAPE, '$1') : read;
}

/** `text` without its HTML comments ("<!-- … -->"); one left open is kept. */
function withoutComments(text: string): string {
  let result = '';
  let from = 0;
  for (let open = text.indexOf('<!--'); open >= 0; open = text.indexOf('<!--', from)) {
    const close = text.indexOf('-->', open + 4);
    // No comment after this one can close either.
    if (close < 0) break;
    result += text.slice(from, open);
    from = close + 3;
  }
  return from === 0 ? text : result + text.slice(from);
}

/** Where a run of "*" or "_" of emphasis begins, and its length. */
interface Run {
  readonly at: number;
  readonly length: number;
}

const STAR = 42;
const UNDERSCORE = 95;

/** Whitespace or punctuation (or the text's edge): where emphasis may open after, or close before. */
function isBoundary(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return true;
  return /[\s\p{P}\p{S}]/u.test(text[i]);
}

/**
 * `text` without the "*" and "_" runs that pair as emphasis: a run opens
 * where a space or punctuation is before it and a word after, and closes
 * where a word is before it and a space or punctuation after; a closer
 * pairs with the nearest opener of its character and length before it.
 * Runs that pair with none ("5 * 3", "a footnote*", "snake_case") stay.
 */
function withoutEmphasis(text: string): string {
  // Openers waiting for their closer, one list per character and length: each run is pushed and taken once.
  const open: Run[][] = [[], [], [], [], [], []];
  const removed: Run[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char !== STAR && char !== UNDERSCORE) continue;
    let end = i + 1;
    while (end < text.length && text.charCodeAt(end) === char) end++;
    const length = end - i;
    const escaped = i > 0 && text.charCodeAt(i - 1) === 92;
    if (length <= 3 && !escaped) {
      const before = isBoundary(text, i - 1);
      const after = isBoundary(text, end);
      const closes = !before && after;
      const opens = before && !after;
      const waiting = open[(char === STAR ? 0 : 3) + length - 1];
      const opener = closes ? waiting.pop() : undefined;
      if (opener) removed.push(opener, { at: i, length });
      else if (opens) waiting.push({ at: i, length });
    }
    i = end - 1;
  }
  if (removed.length === 0) return text;
  removed.sort((a, b) => a.at - b.at);
  let result = '';
  let from = 0;
  for (const run of removed) {
    result += text.slice(from, run.at);
    from = run.at + run.length;
  }
  return result + text.slice(from);
}
