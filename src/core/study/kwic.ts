/**
 * Keyword in context: a line per occurrence with the words before it
 * right-aligned, the keyword, and the words after it, so that keywords stand
 * in one column. Widths count columns as a monospaced editor shows them:
 * Chinese, Japanese and Korean characters take two.
 */

/** Columns `c` takes in a monospaced font. */
function charWidth(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  const wide = (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0xa4cf) || (code >= 0xac00 && code <= 0xd7a3)
    || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) || (code >= 0xff00 && code <= 0xff60)
    || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd);
  return wide ? 2 : 1;
}

/** Columns `text` takes in a monospaced font. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const c of text) width += charWidth(c);
  return width;
}

/** The end of `text` that fits in `width` columns, "…" first when cut. */
function lastColumns(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let from = chars.length;
  while (from > 0 && used + charWidth(chars[from - 1]) <= width) used += charWidth(chars[--from]);
  return `…${chars.slice(from).join('').trimStart()}`;
}

/** The start of `text` that fits in `width` columns, "…" last when cut. */
function firstColumns(text: string, width: number): string {
  if (displayWidth(text) <= width) return text;
  const chars = [...text];
  let used = 1;
  let to = 0;
  while (to < chars.length && used + charWidth(chars[to]) <= width) used += charWidth(chars[to++]);
  return `${chars.slice(0, to).join('').trimEnd()}…`;
}

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
  const before = text.slice(Math.max(0, start - reach), start).replace(/\s+/g, ' ').trimEnd();
  const after = text.slice(end, end + reach).replace(/\s+/g, ' ').trimStart();
  const left = lastColumns(start - reach > 0 ? `…${before}` : before, width);
  return {
    left: ' '.repeat(Math.max(0, width - displayWidth(left))) + left,
    keyword: text.slice(start, end).replace(/\s+/g, ' '),
    right: firstColumns(end + reach < text.length ? `${after}…` : after, width).trimEnd(),
  };
}
