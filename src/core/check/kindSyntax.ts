/**
 * The checker's reading of the kinds whose syntax is neither Markdown's nor
 * LaTeX's: Typst, Org, and what MDX adds to Markdown. The syntax itself is
 * read by `../syntax`; this file turns it into the checker's masks,
 * quotations, citations and notes.
 */
import { asciidocMask, asciidocQuoteBlocks } from '../syntax/asciidoc';
import { htmlMask, htmlQuotes } from '../syntax/html';
import { mdxNonProse } from '../syntax/mdx';
import { orgCitations, orgFootnoteDefinitions, orgFootnoteReferences, orgNonProse, orgQuoteBlocks } from '../syntax/org';
import { blankRegions } from '../syntax/regions';
import { rstMask } from '../syntax/rst';
import { typstCitations, typstFootnotes, typstNonProse, typstQuotes } from '../syntax/typst';
import type { Add, FoundNote } from './citations';
import { findLocator } from './locator';
import { citesWork, type WorkNames } from './mentions';
import type { FoundQuote } from './quotes';
import type { DocumentLanguage } from './types';

/** `text` with what the kind's own syntax holds that is not prose blanked out, same length. */
export function maskKind(text: string, language: DocumentLanguage): string {
  switch (language) {
    case 'typst':
      return blankRegions(text, typstNonProse(text));
    case 'org':
      return blankRegions(text, orgNonProse(text));
    case 'mdx':
      return blankRegions(text, mdxNonProse(text));
    case 'html':
      return htmlMask(text);
    case 'asciidoc':
      return asciidocMask(text);
    case 'restructuredtext':
      return rstMask(text);
    default:
      return text;
  }
}

/** Typst's and Org's block quotations and quoting commands; undefined for the other kinds. */
export function kindQuotes(text: string, language: DocumentLanguage): { blocks: FoundQuote[]; commands: FoundQuote[] } | undefined {
  if (language === 'typst') {
    const quotes = typstQuotes(text);
    return { blocks: quotes.filter((q) => q.block), commands: quotes.filter((q) => !q.block) };
  }
  if (language === 'org') return { blocks: orgQuoteBlocks(text).map((q) => ({ ...q, block: true })), commands: [] };
  if (language === 'html') {
    const quotes = htmlQuotes(text);
    return { blocks: quotes.filter((q) => q.block), commands: quotes.filter((q) => !q.block) };
  }
  if (language === 'asciidoc') return { blocks: asciidocQuoteBlocks(text).map((q) => ({ ...q, block: true })), commands: [] };
  return undefined;
}

/**
 * Typst's and Org's citations and notes, added as the checker's; false for
 * the other kinds, whose citations the checker reads itself.
 */
export function kindCitations(text: string, language: DocumentLanguage, names: WorkNames, add: Add, notes: FoundNote[], take: (start: number, end: number) => void): boolean {
  // Each is a citation's own supplement, suffix or note: a paged text's page may be a bare number at its end.
  const locatorIn = (from: number, to: number) => findLocator(text, from, to, names, true);
  if (language === 'typst') {
    for (const c of typstCitations(text)) {
      const ours = names.keys.has(c.key);
      add({ start: c.start, end: c.end, target: ours ? 'work' : 'other', locator: ours && c.supplement ? locatorIn(c.supplement.start, c.supplement.end) : undefined });
    }
    // A note that cites the work in words ("“Outstanding Results,” para. 4"); one holding a key citation has it already.
    for (const n of typstFootnotes(text)) {
      if (citesWork(names, text.slice(n.body.start, n.body.end))) add({ start: n.start, end: n.end, target: 'work', locator: locatorIn(n.body.start, n.body.end) });
    }
    return true;
  }
  if (language === 'org') {
    for (const d of orgFootnoteDefinitions(text)) {
      const works = citesWork(names, text.slice(d.body.start, d.body.end));
      notes.push({ label: `fn:${d.label}`, start: d.start, end: d.end, citesWork: works, locator: works ? locatorIn(d.body.start, d.body.end) : undefined });
      take(d.start, d.end);
    }
    for (const c of orgCitations(text)) {
      const ours = c.references.find((r) => names.keys.has(r.key));
      add({ start: c.start, end: c.end, target: ours ? 'work' : 'other', locator: ours ? locatorIn(ours.suffix.start, ours.suffix.end) : undefined });
    }
    for (const r of orgFootnoteReferences(text)) add({ start: r.start, end: r.end, target: 'note', note: `fn:${r.label}` });
    return true;
  }
  if (language === 'asciidoc') {
    // "footnote:[…]": a note that cites the work in words; the formatted citations around are read as the other kinds' are.
    for (let at = text.indexOf('footnote:['); at >= 0; at = text.indexOf('footnote:[', at + 10)) {
      const body = at + 10;
      let end = body;
      while (end < text.length && text[end] !== ']' && text[end] !== '\n') end += text[end] === '\\' ? 2 : 1;
      // Unclosed on its line: another "footnote:[" before the line's end closes no better, so the search goes on past it (one pass, however many there are).
      if (text[end] !== ']') {
        at = end - 9;
        continue;
      }
      if (citesWork(names, text.slice(body, end))) add({ start: at, end: end + 1, target: 'work', locator: locatorIn(body, end) });
      at = end - 9;
    }
  }
  return false;
}
