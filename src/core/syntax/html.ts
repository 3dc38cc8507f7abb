/**
 * HTML's syntax as the checker reads it: tags, attributes, comments,
 * `<script>`, `<style>`, `<pre>` and `<code>` are not prose; `<q>` and
 * `<blockquote>` quote; character references read as their characters; the
 * tool's own numbered notes read as numbered notes. One pass.
 */
import type { Region } from './regions';

/** Elements whose content is not prose. */
const RAW_ELEMENTS = ['script', 'style', 'pre', 'code', 'textarea'];
/** Tags kept (attributes blanked) so that quotations are found by them. */
const QUOTING = /^<(\/?)(q|blockquote)(?![\w-])/i;
const ENTITIES: Readonly<Record<string, string>> = {
  quot: '"', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', apos: "'", laquo: '«', raquo: '»', bdquo: '„',
  amp: '&', nbsp: ' ', hellip: '…', mdash: '—', ndash: '–', lt: '<', gt: '>',
};
const WORD_CHAR = /[\p{L}\p{N}]/u;
const OPENING = '“‘«„';
const NOTE_MARKER = /^<sup><a href="#note-(\d{1,3})" id="note-ref-\d{1,3}">\d{1,3}<\/a><\/sup>/;
const NOTE_DEFINITION = /^<p id="note-(\d{1,3})"><a href="#note-ref-\d{1,3}">\d{1,3}<\/a>\.[ \t]/;

/**
 * `text` with what is not prose blanked, same length: quoting tags are kept
 * bare ("<q>", "</blockquote>"), a character reference is its character, and
 * the tool's note markers and note paragraphs read "[1]".
 */
export function htmlMask(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  const out = text.split('');
  const blank = (from: number, to: number): void => {
    for (let i = from; i < to; i++) if (out[i] !== '\n' && out[i] !== '\r') out[i] = ' ';
  };
  const put = (at: number, s: string): void => {
    for (let k = 0; k < s.length; k++) out[at + k] = s[k];
  };
  const lower = text.toLowerCase();
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '&') {
      // Within ten characters: a run of "&" without ";" is read once.
      const semi = text.slice(i + 1, i + 11).indexOf(';') + i + 1;
      if (semi === i) continue;
      const name = text.slice(i + 1, semi);
      const ch = entity(name);
      if (ch === undefined || ch.length !== 1) continue;
      blank(i, semi + 1);
      if (/[’'‘]/.test(ch) && WORD_CHAR.test(text[i - 1] ?? '') && WORD_CHAR.test(text[semi + 1] ?? '')) {
        // An apostrophe inside a word ("China&rsquo;s"): word joiners, which the checker reads as nothing, keep the word whole.
        for (let k = i; k < semi; k++) out[k] = '\u2060';
        out[semi] = ch;
      } else {
        // An opening mark next to the words it opens, any other character where the reference starts.
        put(OPENING.includes(ch) ? semi : i, ch);
      }
      i = semi;
      continue;
    }
    if (c !== '<') continue;
    if (text.startsWith('<!--', i)) {
      const close = text.indexOf('-->', i + 4);
      const end = close < 0 ? text.length : close + 3;
      blank(i, end);
      i = end - 1;
      continue;
    }
    const marker = text[i + 1] === 's' || text[i + 1] === 'p' ? NOTE_MARKER.exec(text.slice(i, i + 80)) ?? NOTE_DEFINITION.exec(text.slice(i, i + 80)) : null;
    if (marker) {
      blank(i, i + marker[0].length);
      put(i, `[${marker[1]}]`);
      i += marker[0].length - 1;
      continue;
    }
    const name = /^<\/?([a-z][a-z0-9-]{0,30})/i.exec(text.slice(i, i + 33));
    if (!name && text[i + 1] !== '!' && text[i + 1] !== '?') continue;
    const close = text.indexOf('>', i + 1);
    const end = close < 0 ? text.length : close + 1;
    const element = name?.[1].toLowerCase() ?? '';
    if (name && !name[0].startsWith('</') && RAW_ELEMENTS.includes(element)) {
      const closing = lower.indexOf(`</${element}`, end);
      const closingEnd = closing < 0 ? text.length : text.indexOf('>', closing) + 1 || text.length;
      blank(i, closingEnd);
      i = closingEnd - 1;
      continue;
    }
    blank(i, end);
    const quoting = QUOTING.exec(text.slice(i, i + 12));
    if (quoting && end - i >= quoting[0].length + 1) put(i, `<${quoting[1]}${quoting[2].toLowerCase()}>`);
    i = end - 1;
  }
  return out.join('');
}

/** A quotation: `<q>…</q>` inline, `<blockquote>…</blockquote>` a block one. */
export interface HtmlQuote extends Region {
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly block: boolean;
}

/** The outermost `<q>` and `<blockquote>` elements of masked text (`htmlMask`), where the tags are bare. */
export function htmlQuotes(masked: string): HtmlQuote[] {
  const quotes: HtmlQuote[] = [];
  for (const [name, block] of [['q', false], ['blockquote', true]] as const) {
    const open = `<${name}>`;
    const close = `</${name}>`;
    for (let at = masked.indexOf(open); at >= 0; ) {
      const end = masked.indexOf(close, at + open.length);
      if (end < 0) break;
      quotes.push({ start: at, end: end + close.length, contentStart: at + open.length, contentEnd: end, block });
      at = masked.indexOf(open, end + close.length);
    }
  }
  quotes.sort((a, b) => a.start - b.start);
  const outer: HtmlQuote[] = [];
  for (const q of quotes) if (outer.length === 0 || q.start >= outer[outer.length - 1].end) outer.push(q);
  return outer;
}

/** The character a reference names ("rsquo", "#8217", "#x2019"), when it is one UTF-16 unit. */
function entity(name: string): string | undefined {
  let ch: string | undefined = ENTITIES[name];
  if (ch === undefined && /^#\d{1,6}$/.test(name)) ch = String.fromCodePoint(Number(name.slice(1)) % 0x110000);
  else if (ch === undefined && /^#x[0-9a-f]{1,5}$/i.test(name)) ch = String.fromCodePoint(parseInt(name.slice(2), 16) % 0x110000);
  return ch;
}

/** `text` with its character references ("&rsquo;", "&#8217;") read as their characters. */
export function decodeEntities(text: string): string {
  return text.includes('&') ? text.replace(/&(#\d{1,6}|#x[0-9a-fA-F]{1,5}|[a-z]{2,8});/g, (whole, name: string) => entity(name) ?? whole) : text;
}
