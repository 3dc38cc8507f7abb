/**
 * Finds the quotations in a block: block quotes (Markdown "> " lines, LaTeX
 * quote environments) and quoted spans ("…", “…”, ‘…’, «…», LaTeX ``…'' and
 * \enquote{…}). Only the outermost quotation counts: a quotation inside
 * another is part of it. Unbalanced marks are left alone. One pass over the
 * block, whatever the marks.
 */
import { Braces } from './braces';
import { kindQuotes } from './kindSyntax';
import type { DocumentLanguage } from './types';

export interface FoundQuote {
  /** The quotation with its marks, relative to the block. */
  readonly start: number;
  readonly end: number;
  /** The quoted words alone. */
  readonly contentStart: number;
  readonly contentEnd: number;
  readonly block: boolean;
}

interface Region {
  readonly start: number;
  readonly end: number;
}

export function findQuotes(text: string, language: DocumentLanguage): FoundQuote[] {
  const own = kindQuotes(text, language);
  const blockQuotes = own ? own.blocks : language === 'latex' ? latexEnvironments(text) : lineBlockQuotes(text, language === 'plaintext' ? PLAIN_INDENT : language === 'restructuredtext' ? RST_INDENT : undefined);
  const commands = own ? own.commands : language === 'latex' ? latexQuoteCommands(text, blockQuotes, new Braces(text)) : [];
  // Most blocks have no block quote and no quoting command: no list is joined, copied or sorted for them.
  const skip: Region[] = inOrder(commands.length === 0 ? blockQuotes : [...blockQuotes, ...commands], byStart);
  const marked = markedQuotes(text, language, skip);
  const inner = outermost(commands.length === 0 ? marked : [...commands, ...marked]);
  const found = blockQuotes.length === 0 ? inner : inOrder([...blockQuotes, ...inner], byStart);
  return found.every((q) => q.contentEnd > q.contentStart) ? found : found.filter((q) => q.contentEnd > q.contentStart);
}

const byStart = (a: Region, b: Region): number => a.start - b.start;

/** `list` sorted by `compare`, in place: as it is when it is in order already, as a stable sort leaves it. */
function inOrder<T>(list: T[], compare: (a: T, b: T) => number): T[] {
  for (let i = 1; i < list.length; i++) if (compare(list[i - 1], list[i]) > 0) return list.sort(compare);
  return list;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } {
  let a = start;
  let b = end;
  while (a < b && /\s/.test(text[a])) a++;
  while (b > a && /\s/.test(text[b - 1])) b--;
  return { start: a, end: b };
}

/**
 * Runs of lines starting with ">" (up to three spaces first) and, in plain
 * text, runs of lines indented by four spaces or a tab, blank lines between
 * them included.
 */
const PLAIN_INDENT = /^(?: {4}|\t)/;
/** reStructuredText sets a block quotation off by any indentation. */
const RST_INDENT = /^[ \t]+\S/;

function lineBlockQuotes(text: string, indented: RegExp | undefined): FoundQuote[] {
  // Without a ">" no line is marked, and where indenting does not quote, no line is quoted.
  if (indented === undefined && !text.includes('>')) return [];
  const quotes: FoundQuote[] = [];
  let start = -1;
  let end = -1;
  let kind: 'marked' | 'indented' = 'marked';
  let lineStart = 0;
  const flush = (): void => {
    if (start < 0) return;
    let contentStart = start;
    // Past the first line's markers.
    while (contentStart < end && /[ \t>]/.test(text[contentStart])) contentStart++;
    const content = trimmed(text, contentStart, end);
    quotes.push({ start, end, contentStart: content.start, contentEnd: content.end, block: true });
    start = -1;
  };
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const lineKind = markedLine(text, lineStart) ? 'marked' : indented?.test(text.slice(lineStart, lineEnd)) ? 'indented' : undefined;
    const blankInside = start >= 0 && kind === 'indented' && text.slice(lineStart, lineEnd).trim() === '';
    if (lineKind !== undefined && (start < 0 || lineKind === kind)) {
      if (start < 0) {
        start = lineStart;
        kind = lineKind;
      }
      end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    } else if (!blankInside) {
      flush();
      if (lineKind !== undefined) {
        start = lineStart;
        kind = lineKind;
        end = text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
      }
    }
    lineStart = lineEnd + 1;
  }
  flush();
  return quotes;
}

/** Whether the line at `at` opens with ">" after up to three spaces. */
function markedLine(text: string, at: number): boolean {
  let i = at;
  while (i < at + 3 && text.charCodeAt(i) === 0x20) i++;
  return text.charCodeAt(i) === 0x3e;
}

const ENVIRONMENT = /\\begin\{(quote|quotation|displayquote)\}((?:\s{0,20}\[[^[\]]{0,300}\]){0,2})/g;

function latexEnvironments(text: string): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  ENVIRONMENT.lastIndex = 0;
  for (let m = ENVIRONMENT.exec(text); m !== null; m = ENVIRONMENT.exec(text)) {
    const endTag = `\\end{${m[1]}}`;
    const close = text.indexOf(endTag, m.index + m[0].length);
    const end = close < 0 ? text.length : close + endTag.length;
    const content = trimmed(text, m.index + m[0].length, close < 0 ? text.length : close);
    quotes.push({ start: m.index, end, contentStart: content.start, contentEnd: content.end, block: true });
    ENVIRONMENT.lastIndex = end;
  }
  return quotes;
}

const QUOTE_COMMAND = /\\(?:enquote|textquote|blockquote|foreignquote|foreignblockquote|hyphenquote|hybridblockquote)\*?/g;

/** csquotes commands: optional arguments (the citation, punctuation), then the quoted text in braces. */
function latexQuoteCommands(text: string, inside: readonly Region[], braces: Braces): FoundQuote[] {
  const quotes: FoundQuote[] = [];
  QUOTE_COMMAND.lastIndex = 0;
  let region = 0;
  for (let m = QUOTE_COMMAND.exec(text); m !== null; m = QUOTE_COMMAND.exec(text)) {
    while (region < inside.length && inside[region].end <= m.index) region++;
    if (region < inside.length && inside[region].start <= m.index) continue;
    let at = m.index + m[0].length;
    // \foreignquote{lang}{text}: the language comes first.
    if (m[0].startsWith('\\foreign') || m[0].startsWith('\\hyphen')) at = skipGroup(text, at, '{', '}', braces);
    for (let k = 0; k < 2; k++) at = skipGroup(text, at, '[', ']', braces);
    while (at < text.length && /\s/.test(text[at])) at++;
    if (text[at] !== '{') continue;
    const close = braces.closing(at);
    if (close < 0) continue;
    quotes.push({ start: m.index, end: close + 1, contentStart: at + 1, contentEnd: close, block: false });
    QUOTE_COMMAND.lastIndex = close + 1;
  }
  return quotes;
}

/** Skips whitespace and one group opened by `open`, if there is one (an optional argument is short). */
function skipGroup(text: string, from: number, open: string, close: string, braces: Braces): number {
  let at = from;
  while (at < text.length && /\s/.test(text[at])) at++;
  if (text[at] !== open) return from;
  if (open === '{') {
    const end = braces.closing(at);
    return end < 0 ? from : end + 1;
  }
  let depth = 0;
  for (let i = at; i < text.length && i < at + 300; i++) {
    if (text[i] === open) depth++;
    else if (text[i] === close && --depth === 0) return i + 1;
  }
  return from;
}

type Mark = '"' | '“' | '‘' | '«' | '``' | "'" | '`' | '「' | '『';
const MARK_INDEX: Readonly<Record<Mark, number>> = { '"': 0, '“': 1, '‘': 2, '«': 3, '``': 4, "'": 5, '`': 6, '「': 7, '『': 8 };
/** Counts of open marks by `MARK_INDEX`: one array, reset for each block. */
const OPEN_MARKS = new Int32Array(9);

/** LaTeX also writes single quotation marks `…': a grave accent opens, an apostrophe not between letters closes. */
/** Corner brackets 「…」 and 『…』 quote in Chinese (traditional characters, and in Hong Kong and Taiwan) and in Japanese. */
const MARKS = /``|''|`|'|["“”«»‘’「」『』]/g;
const MARKS_NOT_LATEX = /["“”«»‘’'「」『』]/g;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** What may stand before an opening straight single mark: a space, an opening bracket, a dash or another mark. */
const OPENS_BEFORE = /[\s([{\u2014\u2013"“«]/;

/** Quotation marks paired with a stack: each closing mark closes the nearest open mark of its kind. */
function markedQuotes(text: string, language: DocumentLanguage, skip: readonly Region[]): FoundQuote[] {
  const pattern = language === 'latex' ? MARKS : MARKS_NOT_LATEX;
  pattern.lastIndex = 0;
  // Most blocks of prose have no mark at all.
  const first = pattern.exec(text);
  if (first === null) return [];
  const pairs: FoundQuote[] = [];
  const stack: number[] = [];
  // How many marks of each kind are open.
  const open = OPEN_MARKS.fill(0);
  // The open marks' offsets and kinds side by side: tens of thousands of unclosed marks make no objects.
  const marks: Mark[] = [];
  const push = (mark: Mark, at: number): void => {
    stack.push(at);
    marks.push(mark);
    open[MARK_INDEX[mark]]++;
  };
  const close = (mark: Mark, at: number, length: number): boolean => {
    if (open[MARK_INDEX[mark]] === 0) return false;
    while (stack.length > 0) {
      const topAt = stack.pop() as number;
      const topMark = marks.pop() as Mark;
      open[MARK_INDEX[topMark]]--;
      if (topMark === mark) {
        const openLength = mark === '``' ? 2 : 1;
        pairs.push({ start: topAt, end: at + length, contentStart: topAt + openLength, contentEnd: at, block: false });
        return true;
      }
    }
    return false;
  };
  let region = 0;
  for (let m: RegExpExecArray | null = first; m !== null; m = pattern.exec(text)) {
    const at = m.index;
    while (region < skip.length && skip[region].end <= at) region++;
    if (region < skip.length && skip[region].start <= at) {
      pattern.lastIndex = skip[region].end;
      continue;
    }
    const before = text[at - 1] ?? ' ';
    const after = text[at + m[0].length] ?? ' ';
    switch (m[0]) {
      case '“':
      case '«':
      case '``':
        push(m[0], at);
        break;
      case '”':
        close('“', at, 1);
        break;
      case '»':
        close('«', at, 1);
        break;
      case '「':
      case '『':
        push(m[0], at);
        break;
      case '」':
        close('「', at, 1);
        break;
      case '』':
        close('『', at, 1);
        break;
      case "''":
        close('``', at, 2);
        break;
      case '"':
        if (!close('"', at, 1) && !/\s/.test(after)) push('"', at);
        break;
      case '‘':
        if (!WORD_CHAR.test(before) && !/\s/.test(after)) push('‘', at);
        break;
      case '’':
        // Between letters it is an apostrophe.
        if (!WORD_CHAR.test(after)) close('‘', at, 1);
        break;
      case '`':
        if (!WORD_CHAR.test(before) && WORD_CHAR.test(after)) push('`', at);
        break;
      case "'":
        if (language === 'latex') {
          if (!(WORD_CHAR.test(before) && WORD_CHAR.test(after)) && !WORD_CHAR.test(after)) close('`', at, 1);
          break;
        }
        // A straight single mark opens after a space or an opening bracket and before a word; it closes after
        // a word (or punctuation) and before a space or punctuation. Between letters ("CPC's") it is an apostrophe,
        // and a closing one with no opening one before it ("parties' role") is one too.
        if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) break;
        if (!/\s/.test(before) && !WORD_CHAR.test(after) && close("'", at, 1)) break;
        if (OPENS_BEFORE.test(before) && WORD_CHAR.test(after)) push("'", at);
        break;
    }
  }
  return pairs;
}

/** The quotations not inside another, in order (`quotes` is sorted in place). */
function outermost(quotes: FoundQuote[]): FoundQuote[] {
  if (quotes.length < 2) return quotes;
  const sorted = inOrder(quotes, (a, b) => a.start - b.start || b.end - a.end);
  const kept: FoundQuote[] = [];
  let reach = -1;
  for (const q of sorted) {
    if (q.start < reach) continue;
    kept.push(q);
    reach = q.end;
  }
  return kept;
}
