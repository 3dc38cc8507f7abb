/**
 * AsciiDoc's syntax as the checker reads it: `//` comment lines, `////`
 * comment blocks, `----` listings, `....` literals, `` `code` ``, attribute
 * entries and block attribute lines other than `[quote]`, and attribute
 * references (`{nbsp}`) and the marks of ^superscripts^ are not prose; AsciiDoc's curved quotes ("`…`",
 * '`…`') read as quotation marks; `[quote]` with a `____` block quotes. One pass.
 */
import type { Region } from './regions';

/** Delimiter lines of blocks that are not prose. */
const OPAQUE = /^(\/{4,}|-{4,}|\.{4,}|\+{4,})[ \t]*$/;
const QUOTE_DELIMITER = /^_{4,}[ \t]*$/;
const QUOTE_ATTRIBUTES = /^\[(?:quote|verse)\b/;

/** `text` with what is not prose blanked and curved-quote marks read as quotation marks, same length. */
export function asciidocMask(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  let opaque: { delimiter: string; start: number } | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (opaque) {
      if (line.trimEnd() === opaque.delimiter) {
        blank(opaque.start, end);
        opaque = undefined;
      }
    } else if (OPAQUE.test(line)) {
      opaque = { delimiter: line.trimEnd(), start };
    } else if (line.startsWith('//') || /^:[\w-]{1,100}:/.test(line) || (/^\[[^\]]*\][ \t]*$/.test(line) && !QUOTE_ATTRIBUTES.test(line))) {
      blank(start, end);
    } else {
      inline(text, start, end, out, blank);
    }
    start = end + 1;
  }
  if (opaque) blank(opaque.start, text.length);
  return out.join('');
}

function inline(text: string, from: number, to: number, out: string[], blank: (from: number, to: number) => void): void {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c === '"' || c === "'") && text[i + 1] === '`') {
      // "`…`" and '`…`': AsciiDoc's curved quotes.
      // The mark goes next to the words it opens, or closes.
      out[i] = ' ';
      out[i + 1] = c === '"' ? '“' : '‘';
      i++;
    } else if (c === '`' && (text[i + 1] === '"' || text[i + 1] === "'")) {
      out[i] = text[i + 1] === '"' ? '”' : '’';
      out[i + 1] = ' ';
      i++;
    } else if (c === '`') {
      const close = text.indexOf('`', i + 1);
      if (close < 0 || close >= to) continue;
      if (text[close + 1] === '"' || text[close + 1] === "'") continue;
      blank(i, close + 1);
      i = close;
    } else if ((c === '^' || c === '~') && out[i] === c) {
      // ^superscript^ and ~subscript~: the marks are markup, what they set is prose (and read on).
      const close = text.slice(i + 1, Math.min(to, i + 80)).indexOf(c);
      if (close > 0 && !/\s/.test(text.slice(i + 1, i + 1 + close))) {
        out[i] = ' ';
        out[i + 1 + close] = ' ';
      }
    } else if (c === '{') {
      const close = text.slice(i + 1, Math.min(to, i + 60)).indexOf('}');
      if (close >= 0 && /^[\w-]+$/.test(text.slice(i + 1, i + 1 + close))) {
        blank(i, i + close + 2);
        i += close + 1;
      }
    }
  }
}

/** A `____` block, with the `[quote…]` line before it when there is one. */
export interface AsciidocQuote extends Region {
  readonly contentStart: number;
  readonly contentEnd: number;
}

export function asciidocQuoteBlocks(text: string): AsciidocQuote[] {
  const quotes: AsciidocQuote[] = [];
  let open: { start: number; contentStart: number; delimiter: string } | undefined;
  let previous = -1;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).replace(/\r$/, '');
    if (QUOTE_DELIMITER.test(line)) {
      if (!open) {
        const attributes = previous >= 0 && QUOTE_ATTRIBUTES.test(text.slice(previous, start));
        open = { start: attributes ? previous : start, contentStart: Math.min(end + 1, text.length), delimiter: line.trimEnd() };
      } else if (line.trimEnd() === open.delimiter) {
        quotes.push({ start: open.start, end, contentStart: open.contentStart, contentEnd: start });
        open = undefined;
      }
    }
    previous = start;
    start = end + 1;
  }
  return quotes;
}
