/**
 * Splits a document into blocks: runs of lines between blank lines, with
 * code, verbatim text and front matter set apart, and LaTeX quotation
 * environments and indented plain-text quotations kept whole. A block is the
 * unit the checker caches, so an edit re-examines only the block it falls in.
 */
import type { DocumentLanguage } from './types';

export interface Block {
  readonly start: number;
  readonly end: number;
  /** Code, verbatim text or front matter: nothing to check. */
  readonly skip: boolean;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const LATEX_VERBATIM = /\\begin\{(verbatim\*?|Verbatim|lstlisting|minted|comment|filecontents\*?)\}/;
const LATEX_QUOTE_BEGIN = /\\begin\{(quote|quotation|displayquote)\}/;
const NON_BLANK = /\S/g;
const INDENTED = /^(?: {4}|\t)/;

/** A block to check, with its text. */
export interface ProseBlock {
  readonly block: Block;
  readonly text: string;
}

/**
 * The same characters in a string of their own. A part of a string may be
 * kept as a view of the whole: a block remembered between checks, or a key
 * in a cache, would then keep every version of the document it was cut
 * from alive, one per keystroke.
 */
export function detached(part: string): string {
  // Joining makes a new string, copied out whole when it is cut again.
  return ` ${part}`.slice(1);
}

const CHUNK = 1024;

/** Where two versions of a text differ: `[start, oldEnd)` of the old one became `[start, newEnd)` of the new one. */
export interface ChangedSpan {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

let lastSpan: { before: string; text: string; span: ChangedSpan } | undefined;

/**
 * The part of `text` that differs from `before`, between the longest common
 * start and the longest common end that do not overlap. The last answer is
 * remembered, as every text of a library asks it of the same two versions.
 */
export function changedSpan(before: string, text: string): ChangedSpan {
  if (lastSpan?.before === before && lastSpan.text === text) return lastSpan.span;
  const limit = Math.min(before.length, text.length);
  // Compared a thousand characters at a time (the engine compares strings at once), then character by character.
  let same = 0;
  while (same + CHUNK <= limit && before.slice(same, same + CHUNK) === text.slice(same, same + CHUNK)) same += CHUNK;
  while (same < limit && before.charCodeAt(same) === text.charCodeAt(same)) same++;
  let after = 0;
  const most = limit - same;
  while (after + CHUNK <= most && before.slice(before.length - after - CHUNK, before.length - after) === text.slice(text.length - after - CHUNK, text.length - after)) after += CHUNK;
  while (after < most && before.charCodeAt(before.length - 1 - after) === text.charCodeAt(text.length - 1 - after)) after++;
  const span = { start: same, oldEnd: before.length - after, newEnd: text.length - after };
  lastSpan = { before, text, span };
  return span;
}

let lastRead: { text: string; language: DocumentLanguage; blocks: readonly ProseBlock[] } | undefined;

/**
 * The blocks of `text` that hold prose, with their texts. The last text's
 * are remembered: every text of a library is checked against the same
 * document, and after an edit the blocks before and after it keep their
 * strings, found by their place rather than by reading them again, so the
 * checkers' lookups match them at once.
 */
export function proseBlocks(text: string, language: DocumentLanguage): readonly ProseBlock[] {
  if (lastRead?.text === text && lastRead.language === language) return lastRead.blocks;
  const last = lastRead?.language === language ? lastRead : undefined;
  // What the edit left alone: the text up to `same` is as before, and so are its last `after` characters.
  const before = last?.text ?? '';
  const { start: same, oldEnd } = changedSpan(before, text);
  const after = before.length - oldEnd;
  const shift = text.length - before.length;
  // The last text's blocks by their place: those wholly before the edit at the same offsets, those after it moved by `shift`,
  // walked in step with the new ones (both in order of place).
  const known = last?.blocks ?? [];
  const placeOf = (b: ProseBlock): number => (b.block.end <= same ? b.block.start : b.block.start >= before.length - after ? b.block.start + shift : -1);
  let k = 0;
  const blocks: ProseBlock[] = [];
  const prose = splitBlocks(text, language).filter((block) => !block.skip);
  // Read afresh, a document's blocks may be cut from it rather than copied when they are most of it: they keep
  // this one version alive, as their copies would take its room. After an edit only the blocks it changed are new,
  // and are copied, so that no version of the document is kept for one block of it.
  let proseLength = 0;
  for (const block of prose) proseLength += block.end - block.start;
  const cut = same + after < text.length / 2 && 2 * proseLength >= text.length;
  for (const block of prose) {
    while (k < known.length && placeOf(known[k]) < block.start) k++;
    const old = k < known.length && placeOf(known[k]) === block.start ? known[k] : undefined;
    const unchanged = old !== undefined && old.block.end - old.block.start === block.end - block.start
      && (block.end <= same || block.start >= text.length - after);
    if (!unchanged) blocks.push({ block, text: cut ? text.slice(block.start, block.end) : detached(text.slice(block.start, block.end)) });
    // Before the edit, the very same block as last time; after it, the same words in a new place.
    else blocks.push(old.block.start === block.start ? old : { block, text: old.text });
  }
  lastRead = { text, language, blocks };
  return blocks;
}

export function splitBlocks(text: string, language: DocumentLanguage): Block[] {
  // MDX is Markdown with JavaScript besides: its blocks are Markdown's.
  const markdownish = language === 'markdown' || language === 'mdx';
  const blocks: Block[] = [];
  let blockStart = -1;
  let blockEnd = -1;
  let skip = false;
  /** What closes the skipped or unbreakable region we are in, if any. */
  let closer: RegExp | undefined;
  let fence: string | undefined;

  const close = (): void => {
    if (blockStart >= 0) blocks.push({ start: blockStart, end: blockEnd, skip });
    blockStart = -1;
    skip = false;
  };

  /** Plain text sets a block quotation off by indenting it; its paragraphs stay one block. */
  let lastIndented = false;
  let indentedAhead: { until: number; indented: boolean } | undefined;
  const indentedNext = (from: number): boolean => {
    if (indentedAhead && from < indentedAhead.until) return indentedAhead.indented;
    NON_BLANK.lastIndex = from;
    const next = NON_BLANK.exec(text);
    const until = next ? next.index : text.length;
    const lineOfNext = text.lastIndexOf('\n', until - 1) + 1;
    indentedAhead = { until, indented: next !== null && INDENTED.test(text.slice(lineOfNext, until + 1)) };
    return indentedAhead.indented;
  };

  /** reStructuredText: the indentation of the line that opened a literal block, a comment or a directive. */
  let rstLiteral: number | undefined;
  let orgQuoteEnd = -1;
  let orgBlankLine = -1;
  let lineStart = 0;
  let lineNumber = 0;
  let nextBegin = -1;
  let nextComment = -1;
  /** Markdown: inside a list, where indented lines continue an item; else they are code. */
  let inList = false;
  let indentedCode = false;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const contentEnd = lineEnd > lineStart && text.charCodeAt(lineEnd - 1) === 13 ? lineEnd - 1 : lineEnd;
    // Slicing and testing every line would dominate a re-check: look at the first character first.
    const first = firstNonBlank(text, lineStart, contentEnd);
    const blank = first >= contentEnd;
    const lead = text[first];
    if (language === 'latex' && nextBegin < lineStart) {
      nextBegin = text.indexOf('\\begin{', lineStart);
      if (nextBegin < 0) nextBegin = text.length;
    }
    const begins = language === 'latex' && nextBegin < contentEnd;
    if (markdownish && nextComment < lineStart) {
      nextComment = text.indexOf('<!--', lineStart);
      if (nextComment < 0) nextComment = text.length;
    }
    const indent = blank ? 0 : indentation(text, lineStart, first);

    if (fence !== undefined) {
      blockEnd = contentEnd;
      const line = text.slice(first, contentEnd).trimEnd();
      if (line.startsWith(fence) && line.replace(/[`~]/g, '') === '') {
        fence = undefined;
        close();
      }
    } else if (closer) {
      blockEnd = contentEnd;
      if (closer.test(text.slice(lineStart, contentEnd))) {
        closer = undefined;
        // An HTML element or an AsciiDoc quote block held over blank lines: the lines after it (its citation) stay in its block up to a blank line.
        if (skip || !(language === 'html' || language === 'asciidoc')) close();
      }
    } else if (markdownish && lineNumber === 0 && text.slice(lineStart, contentEnd) === '---') {
      close();
      blockStart = lineStart;
      blockEnd = contentEnd;
      skip = true;
      closer = /^(?:---|\.\.\.)\s*$/;
    } else if ((markdownish || (language === 'typst' && lead === '`')) && (lead === '`' || lead === '~') && FENCE.test(text.slice(lineStart, contentEnd))) {
      close();
      blockStart = lineStart;
      blockEnd = contentEnd;
      skip = true;
      fence = FENCE.exec(text.slice(lineStart, contentEnd))?.[1] ?? '```';
    } else if (begins && LATEX_VERBATIM.test(text.slice(lineStart, contentEnd))) {
      const line = text.slice(lineStart, contentEnd);
      close();
      const name = LATEX_VERBATIM.exec(line)?.[1] ?? 'verbatim';
      blockStart = lineStart;
      blockEnd = contentEnd;
      skip = true;
      const end = new RegExp(`\\\\end\\{${name.replace('*', '\\*')}\\}`);
      if (!end.test(line.slice(line.indexOf('\\begin')))) closer = end;
      else close();
    } else if (language === 'org' && lead === '#' && ORG_CODE.test(text.slice(first, Math.min(contentEnd, first + 30)))) {
      // Org's source, example, export and comment blocks: not prose, blank lines and all.
      const name = ORG_CODE.exec(text.slice(first, Math.min(contentEnd, first + 30)))?.[1].toLowerCase() ?? 'src';
      close();
      blockStart = lineStart;
      blockEnd = contentEnd;
      skip = true;
      closer = new RegExp(`^\\s*#\\+end_${name}\\b`, 'i');
    } else if (language === 'asciidoc' && ASCIIDOC_OPAQUE.test(text.slice(lineStart, contentEnd))) {
      // A listing, literal, passthrough or comment block: not prose, blank lines and all.
      const delimiter = text.slice(lineStart, contentEnd).trimEnd();
      close();
      blockStart = lineStart;
      blockEnd = contentEnd;
      skip = true;
      closer = new RegExp(`^${delimiter.replace(/./g, '\\$&')}[ \t]*$`);
    } else if (language === 'restructuredtext' && rstLiteral !== undefined && !blank && indent > rstLiteral) {
      // The indented lines after "::", a comment or a directive: not prose.
      if (blockStart < 0 || !skip) {
        close();
        blockStart = lineStart;
        skip = true;
      }
      blockEnd = contentEnd;
    } else if (blank) {
      if (!(language === 'plaintext' && lastIndented && blockStart >= 0 && indentedNext(lineEnd))) close();
      indentedCode = false;
    } else if (markdownish && indent >= 4 && !inList && (blockStart < 0 || indentedCode)) {
      // An indented code block: it cannot interrupt a paragraph, and inside a list it continues an item.
      if (blockStart < 0) {
        blockStart = lineStart;
        skip = true;
        indentedCode = true;
      }
      blockEnd = contentEnd;
    } else {
      if (indentedCode) {
        close();
        indentedCode = false;
      }
      if (markdownish && indent < 4) {
        if (LIST_ITEM.test(text.slice(first, Math.min(contentEnd, first + 12)))) inList = true;
        else if (blockStart < 0 && lead !== '>') inList = false;
      }
      if (skip) close();
      if (language === 'restructuredtext') rstLiteral = RST_LITERAL_OPENER.test(text.slice(lineStart, contentEnd)) && !RST_QUOTING.test(text.slice(first, contentEnd)) ? indent : undefined;
      if (blockStart < 0) blockStart = lineStart;
      blockEnd = contentEnd;
      lastIndented = first - lineStart >= 4 || text[lineStart] === '\t';
      if (markdownish && nextComment < contentEnd) {
        // An HTML comment left open at the end of the line runs on past blank lines: keep it in one block.
        const open = text.lastIndexOf('<!--', contentEnd - 1);
        const closed = text.indexOf('-->', open + 4);
        if (closed < 0 || closed >= contentEnd) closer = /-->/;
      }
      if (language === 'asciidoc' && lead === '_' && ASCIIDOC_QUOTE.test(text.slice(first, contentEnd))) {
        // A quote block may hold blank lines: keep it in one block up to its closing delimiter.
        closer = new RegExp(`^${text.slice(first, contentEnd).trimEnd()}[ \t]*$`);
      }
      if (language === 'html' && lead === '<' || (language === 'html' && text.slice(lineStart, contentEnd).includes('<'))) {
        // An element that may hold blank lines: keep it in one block up to its end.
        const line = text.slice(lineStart, contentEnd).toLowerCase();
        for (const name of HTML_HOLDING) {
          const open = line.lastIndexOf(name.open);
          if (open >= 0 && line.indexOf(name.close, open) < 0) {
            closer = name.closer;
            break;
          }
        }
      }
      if (language === 'org' && lead === '#' && ORG_QUOTE.test(text.slice(first, Math.min(contentEnd, first + 20)))) {
        // A quote block may hold blank lines: keep it in one block up to its end line.
        orgQuoteEnd = nextMatch(ORG_QUOTE_END, text, lineStart, orgQuoteEnd);
        orgBlankLine = nextMatch(BLANK_LINE, text, lineStart, orgBlankLine);
        if (orgBlankLine < orgQuoteEnd) closer = /^\s*#\+end_quote\b/i;
      }
      if (begins) {
        const line = text.slice(lineStart, contentEnd);
        const begin = LATEX_QUOTE_BEGIN.exec(line);
        if (begin) {
          // A quotation environment may hold blank lines: keep it in one block.
          const end = new RegExp(`\\\\end\\{${begin[1]}\\}`);
          if (!end.test(line.slice(begin.index))) closer = end;
        }
      }
    }
    lineStart = lineEnd + 1;
    lineNumber++;
  }
  if (fence !== undefined || closer) close();
  close();
  return blocks;
}

const ASCIIDOC_OPAQUE = /^(?:\/{4,}|-{4,}|\.{4,}|\+{4,})[ \t]*$/;
const ASCIIDOC_QUOTE = /^_{4,}[ \t]*$/;
/** A line that opens a literal block or a comment or directive with indented content. */
const RST_LITERAL_OPENER = /::[ \t]*$|^[ \t]*\.\.(?:[ \t]|$)/;
/** Directives whose indented content is prose: quotations, and footnotes (".. [1] …"). */
const RST_QUOTING = /^\.\.[ \t]+(?:epigraph::|pull-quote::|highlights::|\[)/;
const HTML_HOLDING = ['blockquote', 'pre', 'script', 'style', 'textarea'].map((name) => ({ open: `<${name}`, close: `</${name}`, closer: new RegExp(`</${name}\\s*>`, 'i') }))
  .concat([{ open: '<!--', close: '-->', closer: /-->/ }]);

const ORG_CODE = /^#\+begin_(src|example|export|comment)\b/i;
const ORG_QUOTE = /^#\+begin_quote\b/i;
const ORG_QUOTE_END = /^[ \t]*#\+end_quote\b/gim;
const BLANK_LINE = /\n[ \t]*\r?\n/g;

/** Where `pattern` (global) next matches at or after `from`, remembered in `known` so that a run of openings reads the text once; the text's length when it does not. */
function nextMatch(pattern: RegExp, text: string, from: number, known: number): number {
  if (known >= from) return known;
  pattern.lastIndex = from;
  const m = pattern.exec(text);
  return m ? m.index : Number.MAX_SAFE_INTEGER;
}

const LIST_ITEM = /^(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** The width of the white space from `lineStart` to `first`, a tab counting as reaching the next multiple of four. */
function indentation(text: string, lineStart: number, first: number): number {
  let width = 0;
  for (let i = lineStart; i < first; i++) width = text.charCodeAt(i) === 9 ? width + 4 - (width % 4) : width + 1;
  return width;
}

/** The index of the first character in `[from, to)` that is not white space, or `to`. */
function firstNonBlank(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9 || c === 11 || c === 12 || c === 13) continue;
    if (c < 128 || !/\s/.test(text[i])) return i;
  }
  return to;
}
