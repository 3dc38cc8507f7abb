/**
 * Keyword in context: a line per occurrence with the words before it
 * right-aligned, the keyword, and the words after it, so that keywords stand
 * in one column. Widths count columns as a monospaced editor shows them:
 * Chinese, Japanese and Korean characters take two.
 */

/** Columns the character with code point `code` takes in a monospaced font. */
function columnsOf(code: number): number {
  if (code < 0x1100) return 1;
  const wide = code <= 0x115f || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Columns `text` takes in a monospaced font. */
export function displayWidth(text: string): number {
  let width = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.codePointAt(i) ?? 0;
    if (code > 0xffff) i++;
    width += columnsOf(code);
  }
  return width;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/** The end of `text` that fits in `width` columns, "…" first when it is cut or `cut` already; and the columns it takes. */
function lastColumns(text: string, width: number, cut: boolean): { text: string; columns: number } {
  let used = 0;
  let from = text.length;
  while (from > 0) {
    const at = from > 1 && isLowSurrogate(text.charCodeAt(from - 1)) ? from - 2 : from - 1;
    const columns = columnsOf(text.codePointAt(at) ?? 0);
    // Room for the "…" unless everything fits.
    if (used + columns > width - (at > 0 || cut ? 1 : 0)) break;
    used += columns;
    from = at;
  }
  if (from === 0 && !cut) return { text, columns: used };
  const kept = text.slice(from).trimStart();
  return { text: `…${kept}`, columns: used - (text.length - from - kept.length) + 1 };
}

/** The start of `text` that fits in `width` columns, "…" last when it is cut or `cut` already. */
function firstColumns(text: string, width: number, cut: boolean): string {
  let used = 0;
  let to = 0;
  while (to < text.length) {
    const code = text.codePointAt(to) ?? 0;
    const next = to + (code > 0xffff ? 2 : 1);
    if (used + columnsOf(code) > width - (next < text.length || cut ? 1 : 0)) break;
    used += columnsOf(code);
    to = next;
  }
  return to === text.length && !cut ? text : `${text.slice(0, to).trimEnd()}…`;
}

/** Whitespace other than single spaces: what must be collapsed before a context is shown. */
const SPACING = /\s\s|[^\S ]/;
const collapse = (text: string) => (SPACING.test(text) ? text.replace(/\s+/g, ' ') : text);

/** An occurrence in context: the words before, the keyword as written, the words after. */
export interface KeywordInContext {
  /** Right-aligned: padded with spaces to the context width; no space at either end of `left` or `right`. */
  readonly left: string;
  readonly keyword: string;
  readonly right: string;
}

/**
 * The occurrence at `start`–`end` of `text` in context, with `width`
 * columns each side. Line breaks and runs of spaces read as one space. Only
 * the characters near the occurrence are read, so a long paragraph costs no more.
 */
export function keywordInContext(text: string, start: number, end: number, width: number): KeywordInContext {
  // A column is at least one character; one more tells whether the context was cut.
  const reach = width + 2;
  const before = collapse(text.slice(Math.max(0, start - reach), start)).trimEnd();
  const after = collapse(text.slice(end, end + reach)).trimStart();
  const left = lastColumns(before, width, start - reach > 0);
  return {
    left: ' '.repeat(Math.max(0, width - left.columns)) + left.text,
    keyword: collapse(text.slice(start, end)),
    right: firstColumns(after, width, end + reach < text.length).trimEnd(),
  };
}
