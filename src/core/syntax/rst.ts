/**
 * reStructuredText's syntax as the checker reads it: comments and
 * directives (`.. …`, with their indented lines) other than the quoting
 * `.. epigraph::`, `.. pull-quote::` and `.. highlights::`, inline literals
 * and roles are not prose; footnotes (`[1]_` with `.. [1] …` below) read as
 * numbered notes. Literal blocks after `::` are set apart when the document
 * is split into blocks. One pass.
 */

const QUOTING = /^\.\.[ \t]+(?:epigraph|pull-quote|highlights)::/;
const FOOTNOTE_DEFINITION = /^\.\.[ \t]+\[(\d{1,3}|#[\w-]{0,40}|\*)\][ \t]/;

/** `text` with what is not prose blanked, and footnotes written "[1]", same length. */
export function rstMask(text: string): string {
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  /** The indentation of a comment or directive whose indented lines are not prose either. */
  let under: number | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const indent = line.length - line.trimStart().length;
    const body = line.slice(indent);
    if (under !== undefined && body !== '' && body !== '\r' && indent > under) {
      blank(start, end);
    } else if (body.startsWith('..') && (body.length === 2 || /^\.\.[ \t\r]/.test(body))) {
      const footnote = FOOTNOTE_DEFINITION.exec(body);
      if (footnote) {
        // ".. [1] text" reads as "   [1] text": a numbered note.
        blank(start, start + indent + 3);
        under = undefined;
        inline(text, start + indent + 3, end, out, blank);
      } else {
        blank(start, end);
        under = QUOTING.test(body) ? undefined : indent;
      }
    } else {
      if (body !== '' && body !== '\r') under = undefined;
      inline(text, start, end, out, blank);
    }
    start = end + 1;
  }
  return out.join('');
}

/** Roles whose content is prose. */
const PROSE_ROLES = new Set(['sup', 'sub', 'superscript', 'subscript', 'emphasis', 'strong', 'title-reference', 't']);

function inline(text: string, from: number, to: number, out: string[], blank: (from: number, to: number) => void): void {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '`') {
      const double = text[i + 1] === '`';
      const close = text.indexOf(double ? '``' : '`', i + (double ? 2 : 1));
      if (close < 0 || close >= to) {
        if (double) i++;
        continue;
      }
      let end = close + (double ? 2 : 1);
      if (text[end] === '_') end++;
      // A role before it, ":sup:`…`", goes with it.
      const role = /:([\w.+-]{1,40}):$/.exec(text.slice(Math.max(from, i - 42), i));
      if (role && !double && PROSE_ROLES.has(role[1])) {
        // ":sup:`[1]para. 4`": the role and its backticks are markup; what it sets is prose.
        blank(i - role[0].length, i + 1);
        blank(close, end);
      } else {
        blank(role ? i - role[0].length : i, end);
      }
      i = end - 1;
    } else if (c === '[' && /^\[(?:\d{1,3}|#[\w-]{0,40}|\*)\]_/.test(text.slice(i, i + 46))) {
      // A footnote reference "[1]_" reads "[1]".
      const close = text.indexOf(']_', i);
      out[close + 1] = ' ';
      i = close + 1;
    }
  }
}
