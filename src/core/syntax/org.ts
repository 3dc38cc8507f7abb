/**
 * Org's syntax as the checker and the bibliography upkeep read it: what is
 * not prose (comment lines, keyword lines, source and example blocks,
 * verbatim and code, link targets), `#+begin_quote` blocks, org-cite
 * citations (`[cite:@key para. 4]`, `[cite/t:@key]`) and footnotes
 * (`[fn:1]` with `[fn:1] …` below). Every reader makes one pass.
 */
import { matchingPairs, type Region } from './regions';

/** Blocks whose lines are not prose. */
const CODE_BLOCKS = new Set(['src', 'example', 'export', 'comment']);

/**
 * Comment lines ("# …"), keyword lines ("#+title: …") other than a quote
 * block's own, source, example, export and comment blocks, property
 * drawers, =verbatim= and ~code~, and link targets ("[[target][…]]").
 */
export function orgNonProse(text: string): Region[] {
  const regions: Region[] = [];
  let block: { name: string; start: number } | undefined;
  let drawer: number | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const trimmed = line.trimStart();
    const lower = trimmed.slice(0, 20).toLowerCase();
    if (block) {
      if (lower.startsWith(`#+end_${block.name}`)) {
        regions.push({ start: block.start, end });
        block = undefined;
      }
    } else if (drawer !== undefined) {
      if (/^:end:\s*$/i.test(trimmed)) {
        regions.push({ start: drawer, end });
        drawer = undefined;
      }
    } else if (/^:properties:\s*$/i.test(trimmed)) {
      drawer = start;
    } else if (lower.startsWith('#+begin_')) {
      const name = /^#\+begin_(\w+)/.exec(lower)?.[1] ?? '';
      if (CODE_BLOCKS.has(name)) block = { name, start };
      else if (name !== 'quote' && name !== 'verse') regions.push({ start, end });
    } else if (lower.startsWith('#+end_quote') || lower.startsWith('#+end_verse')) {
      // The quote block's own lines stay: they are how a quotation is found.
    } else if (trimmed.startsWith('#+') || trimmed === '#' || trimmed.startsWith('# ')) {
      regions.push({ start, end });
    } else {
      inlineNonProse(text, start, end, regions);
    }
    start = end + 1;
  }
  if (block) regions.push({ start: block.start, end: text.length });
  if (drawer !== undefined) regions.push({ start: drawer, end: text.length });
  return regions.sort((a, b) => a.start - b.start);
}

/** =verbatim= and ~code~ within one line (marks at word boundaries, as Org has them), and link targets. */
function inlineNonProse(text: string, from: number, to: number, regions: Region[]): void {
  for (let i = from; i < to; i++) {
    const c = text[i];
    if ((c === '=' || c === '~') && !/[\p{L}\p{N}]/u.test(text[i - 1] ?? ' ') && /\S/.test(text[i + 1] ?? ' ')) {
      const close = text.indexOf(c, i + 2);
      if (close > 0 && close < to && /\S/.test(text[close - 1]) && !/[\p{L}\p{N}]/u.test(text[close + 1] ?? ' ')) {
        regions.push({ start: i, end: close + 1 });
        i = close;
      }
    } else if (c === '[' && text[i + 1] === '[') {
      const close = text.indexOf(']', i + 2);
      if (close > 0 && close < to) {
        // "[[target][description]]": the target is no prose; the description is.
        regions.push({ start: i, end: close + 1 });
        i = close;
      }
    }
  }
}

/** `#+begin_quote` … `#+end_quote`: the whole block, and its text. */
export function orgQuoteBlocks(text: string): { start: number; end: number; contentStart: number; contentEnd: number }[] {
  const quotes: { start: number; end: number; contentStart: number; contentEnd: number }[] = [];
  const lower = text.toLowerCase();
  for (let at = lower.indexOf('#+begin_quote'); at >= 0; ) {
    const lineEnd = lower.indexOf('\n', at);
    const close = lineEnd < 0 ? -1 : lower.indexOf('#+end_quote', lineEnd);
    const contentStart = lineEnd < 0 ? text.length : lineEnd + 1;
    const contentEnd = close < 0 ? text.length : close;
    const endLine = close < 0 ? text.length : lower.indexOf('\n', close);
    const end = endLine < 0 ? text.length : endLine;
    quotes.push({ start: at, end, contentStart, contentEnd });
    at = close < 0 ? -1 : lower.indexOf('#+begin_quote', end);
  }
  return quotes;
}

/** One reference of an org-cite citation: its key, and its suffix (where the locator is written). */
export interface OrgReference {
  readonly key: string;
  readonly suffix: Region;
}

/** `[cite:…]` or `[cite/style:…]`: the whole citation and its references. */
export interface OrgCitation {
  readonly start: number;
  readonly end: number;
  readonly references: readonly OrgReference[];
}

const KEY = /@([\p{L}\p{N}_][\p{L}\p{N}_:.#$%&+?<>~/-]*)/uy;

export function orgCitations(text: string): OrgCitation[] {
  const citations: OrgCitation[] = [];
  if (!text.includes('[cite')) return citations;
  const brackets = matchingPairs(text, '[', ']');
  for (let at = text.indexOf('[cite'); at >= 0; at = text.indexOf('[cite', at + 1)) {
    const head = /^\[cite(?:\/[\w/-]{0,40})?:/.exec(text.slice(at, at + 50));
    const close = brackets.get(at);
    if (!head || close === undefined) continue;
    const references: OrgReference[] = [];
    // References are separated by ";"; each is "prefix @key suffix".
    let itemStart = at + head[0].length;
    while (itemStart <= close) {
      let itemEnd = text.indexOf(';', itemStart);
      if (itemEnd < 0 || itemEnd > close) itemEnd = close;
      const keyAt = text.indexOf('@', itemStart);
      if (keyAt >= 0 && keyAt < itemEnd) {
        KEY.lastIndex = keyAt;
        const key = KEY.exec(text);
        if (key) {
          // A trailing "." or ":" ends the key's sentence, not the key.
          const name = key[1].replace(/[.:]+$/, '');
          references.push({ key: name, suffix: { start: keyAt + 1 + name.length, end: itemEnd } });
        }
      }
      itemStart = itemEnd + 1;
    }
    if (references.length > 0) citations.push({ start: at, end: close + 1, references });
    at = close;
  }
  return citations;
}

/** A footnote reference "[fn:1]" (not at the start of a line, where it defines the note). */
export function orgFootnoteReferences(text: string): { start: number; end: number; label: string }[] {
  const found: { start: number; end: number; label: string }[] = [];
  for (let at = text.indexOf('[fn:'); at >= 0; at = text.indexOf('[fn:', at + 4)) {
    const label = /^\[fn:([\w-]{1,200})\]/.exec(text.slice(at, at + 206));
    if (!label || at === 0 || text[at - 1] === '\n') continue;
    found.push({ start: at, end: at + label[0].length, label: label[1] });
  }
  return found;
}

/** Footnote definitions: "[fn:1] text" at the start of a line, to the next definition, heading or two blank lines. */
export function orgFootnoteDefinitions(text: string): { start: number; end: number; label: string; body: Region }[] {
  const heads: { start: number; label: string; body: number }[] = [];
  for (let at = text.indexOf('[fn:'); at >= 0; at = text.indexOf('[fn:', at + 4)) {
    if (at > 0 && text[at - 1] !== '\n') continue;
    const label = /^\[fn:([\w-]{1,200})\][ \t]*/.exec(text.slice(at, at + 210));
    if (label) heads.push({ start: at, label: label[1], body: at + label[0].length });
  }
  return heads.map((head, i) => {
    let end = i + 1 < heads.length ? heads[i + 1].start : text.length;
    const stop = /\n(?:\*+ |\r?\n\r?\n)/.exec(text.slice(head.body, end));
    if (stop) end = head.body + stop.index;
    return { start: head.start, end, label: head.label, body: { start: head.body, end } };
  });
}
