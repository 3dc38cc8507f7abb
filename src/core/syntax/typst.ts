/**
 * Typst's syntax as the checker and the bibliography upkeep read it: what
 * is not prose (comments, raw text, code lines), quotations written with
 * `#quote`, citations (`@key[…]`, `#cite(<key>, supplement: […])`) and notes
 * (`#footnote[…]`). Every reader makes one pass, whatever the text holds.
 */
import { matchingPairs, type Region } from './regions';

const IDENTIFIER = /[\p{L}_][\p{L}\p{N}_-]*/uy;
/** Calls whose arguments the checker reads: quotations, citations and notes. */
const READ_CALLS = new Set(['quote', 'cite', 'footnote']);

/** Code lines that hold no prose: settings, definitions, imports and the bibliography. */
const CODE_LINE = /^[ \t]*#(?:set|let|show|import|include|bibliography|pagebreak|outline|v|h)\b/;

/**
 * Comments (`// …`, `/* … *\/`), raw text (`` `…` ``, ```` ``` … ``` ````),
 * the backslash of an escaped character (`\#`; the character too unless
 * `escapedAsText`), labels (`<intro>`) and, unless `codeLines` is false, code
 * lines and the names of calls other than `#quote`, `#cite` and `#footnote`
 * (`#emph` of `#emph[…]`), in order. A "//" right after ":" is a URL's, not a comment.
 */
export function typstNonProse(text: string, { codeLines = true, escapedAsText = true } = {}): Region[] {
  const regions: Region[] = [];
  const endOf = (found: number, length: number): number => (found < 0 ? text.length : found + length);
  let lineStart = 0;
  let nextGreater = -1;
  let i = 0;
  while (i < text.length) {
    if (codeLines && i === lineStart) {
      const lineEnd = endOf(text.indexOf('\n', i), 0);
      if (CODE_LINE.test(text.slice(i, Math.min(lineEnd, i + 40)))) {
        regions.push({ start: i, end: lineEnd });
        i = lineEnd;
        continue;
      }
    }
    const c = text[i];
    let end = i + 1;
    if (c === '\n') {
      lineStart = i + 1;
    } else if (c === '\\') {
      // The escaped character is text ("\[1\]" reads "[1]"), unless asked otherwise: "\#bibliography" calls nothing.
      end = Math.min(i + 2, text.length);
      regions.push({ start: i, end: escapedAsText ? i + 1 : end });
    } else if (c === '/' && text[i + 1] === '/' && text[i - 1] !== ':') {
      end = endOf(text.indexOf('\n', i), 0);
      regions.push({ start: i, end });
    } else if (c === '/' && text[i + 1] === '*') {
      end = endOf(text.indexOf('*/', i + 2), 2);
      regions.push({ start: i, end });
    } else if (c === '`') {
      let run = i;
      while (text[run] === '`') run++;
      const fence = run - i;
      // "``" is empty raw text; one backtick, or three and more, open raw text that the same run closes.
      end = fence === 2 ? run : endOf(text.indexOf('`'.repeat(fence), run), fence);
      regions.push({ start: i, end });
    } else if (c === '#' && codeLines && /[\p{L}_]/u.test(text[i + 1] ?? '')) {
      // A call's name is no prose ("#emph[Book]" reads "Book"); the quoting, citing and note calls stay for their readers.
      IDENTIFIER.lastIndex = i + 1;
      const name = IDENTIFIER.exec(text)?.[0] ?? '';
      end = i + 1 + name.length;
      if (!READ_CALLS.has(name)) regions.push({ start: i, end });
    } else if (c === '<' && /[\p{L}_]/u.test(text[i + 1] ?? '') && text[i - 1] !== '(') {
      // The next ">" is remembered: a run of "<a<a<a…" must not search the rest of the text once per "<".
      if (nextGreater !== -2 && nextGreater <= i) nextGreater = text.indexOf('>', i + 1) < 0 ? -2 : text.indexOf('>', i + 1);
      const close = nextGreater;
      if (close > 0 && close - i < 200 && /^[\p{L}\p{N}_:.-]+$/u.test(text.slice(i + 1, close))) {
        end = close + 1;
        regions.push({ start: i, end });
      }
    }
    // A region that ran past line breaks starts the next line's check at the right place.
    if (end > i + 1) {
      // Within the region only: searching back from its end could read the whole text once per region.
      const newline = text.slice(i, end).lastIndexOf('\n');
      if (newline >= 0) lineStart = i + newline + 1;
    }
    i = end;
  }
  return regions;
}

/** A quotation written with `#quote[…]`, a block one with `#quote(block: true)[…]`. */
export interface TypstQuote {
  readonly start: number;
  readonly end: number;
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly block: boolean;
}

/** Arguments longer than this are read as no citation's or quotation's: nested calls must not be read once per level. */
const MAX_ARGUMENTS = 1000;

/** A reader of one text's calls: each `#name(…)[…]` with its arguments and content, brackets matched once. */
class Calls {
  private readonly parens: Map<number, number>;
  private readonly brackets: Map<number, number>;

  constructor(private readonly text: string) {
    this.parens = matchingPairs(text, '(', ')');
    this.brackets = matchingPairs(text, '[', ']');
  }

  /** Each call of `#name`: its arguments' region (inside the parentheses) and its content block's (inside the brackets). */
  *of(name: string): Generator<{ start: number; end: number; args?: Region; content?: Region }> {
    const text = this.text;
    const head = `#${name}`;
    for (let at = text.indexOf(head); at >= 0; at = text.indexOf(head, at + head.length)) {
      let i = at + head.length;
      if (/[\p{L}\p{N}_-]/u.test(text[i] ?? '') || text[at - 1] === '\\') continue;
      let args: Region | undefined;
      if (text[i] === '(') {
        const close = this.parens.get(i);
        if (close === undefined) continue;
        args = { start: i + 1, end: close };
        i = close + 1;
      }
      let content: Region | undefined;
      if (text[i] === '[') {
        const close = this.brackets.get(i);
        if (close === undefined) continue;
        content = { start: i + 1, end: close };
        i = close + 1;
      }
      if (args || content) yield { start: at, end: i, args, content };
    }
  }

  /** The content of the `name: […]` argument among `args`; arguments longer than any citation's are not read. */
  argumentContent(args: Region, name: string): Region | undefined {
    const text = this.text;
    if (args.end - args.start > MAX_ARGUMENTS) return undefined;
    const at = text.slice(args.start, args.end).search(new RegExp(`(?:^|[,\\s])${name}\\s{0,20}:\\s{0,20}\\[`));
    if (at < 0) return undefined;
    const open = text.indexOf('[', args.start + at);
    const close = this.brackets.get(open);
    return close === undefined || close > args.end ? undefined : { start: open + 1, end: close };
  }

  closingBracket(open: number): number | undefined {
    return this.brackets.get(open);
  }
}

export function typstQuotes(text: string): TypstQuote[] {
  if (!text.includes('#quote')) return [];
  const calls = new Calls(text);
  const quotes: TypstQuote[] = [];
  for (const call of calls.of('quote')) {
    if (!call.content) continue;
    const args = call.args && call.args.end - call.args.start <= MAX_ARGUMENTS ? text.slice(call.args.start, call.args.end) : '';
    quotes.push({ start: call.start, end: call.end, contentStart: call.content.start, contentEnd: call.content.end, block: /\bblock\s*:\s*true\b/.test(args) });
  }
  return quotes;
}

/** A citation: `@key`, `@key[supplement]` or `#cite(<key>, …)`, with where its supplement (the locator) is written. */
export interface TypstCitation {
  readonly start: number;
  readonly end: number;
  readonly key: string;
  readonly supplement?: Region;
}

/** A label's characters; a trailing "." or ":" ends the sentence, not the label. */
const LABEL = /[\p{L}\p{N}_](?:[\p{L}\p{N}_-]|[:.](?=[\p{L}\p{N}_]))*/uy;

export function typstCitations(text: string): TypstCitation[] {
  const citations: TypstCitation[] = [];
  const calls = text.includes('#cite') || text.includes('@') ? new Calls(text) : undefined;
  if (!calls) return citations;
  for (const call of calls.of('cite')) {
    if (!call.args || call.args.end - call.args.start > MAX_ARGUMENTS) continue;
    const args = text.slice(call.args.start, call.args.end);
    const key = /^\s*(?:<([^<>\s]{1,200})>|label\(\s*"([^"\n]{1,200})"\s*\))/.exec(args);
    if (!key) continue;
    citations.push({ start: call.start, end: call.end, key: key[1] ?? key[2], supplement: calls.argumentContent(call.args, 'supplement') });
  }
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    // In an e-mail address or a word, "@" is no reference.
    if (/[\p{L}\p{N}_\\]/u.test(text[at - 1] ?? '')) continue;
    LABEL.lastIndex = at + 1;
    const label = LABEL.exec(text);
    if (!label) continue;
    let end = LABEL.lastIndex;
    let supplement: Region | undefined;
    const close = text[end] === '[' ? calls.closingBracket(end) : undefined;
    if (close !== undefined) {
      supplement = { start: end + 1, end: close };
      end = close + 1;
    }
    citations.push({ start: at, end, key: label[0], supplement });
  }
  return citations.sort((a, b) => a.start - b.start);
}

/** Each `#footnote[…]`: the whole note and its text. */
export function typstFootnotes(text: string): { start: number; end: number; body: Region }[] {
  if (!text.includes('#footnote')) return [];
  const notes: { start: number; end: number; body: Region }[] = [];
  for (const call of new Calls(text).of('footnote')) if (call.content) notes.push({ start: call.start, end: call.end, body: call.content });
  return notes;
}
