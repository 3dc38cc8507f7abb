/**
 * Document-level reading of the blocks' citations: note references take the
 * target and locator of their note, bare locators join the citation of the
 * work just before them (or a mention of it), and each quotation is paired with its citation: its
 * own, the one right after it in the same sentence, or the one that
 * introduces it.
 */
import type { BlockAnalysis, AnalysedQuote } from './analysis';
import type { Block } from './blocks';
import { onPages, shiftLocator, type FoundLocator, type PageNames } from './locator';
import type { TextRange } from './types';

/** A citation with absolute offsets, its target settled. */
export interface ResolvedCitation {
  readonly start: number;
  readonly end: number;
  readonly target: 'work' | 'other';
  readonly locator?: FoundLocator;
  /** For a note reference: where its note's text is. */
  readonly note?: { readonly start: number; readonly end: number };
}

export interface PlacedQuote {
  readonly quote: AnalysedQuote;
  /** The block's start: add it to the quotation's offsets. */
  readonly offset: number;
  readonly analysis: BlockAnalysis;
  readonly index: number;
}

export interface AnalysedBlock {
  readonly block: Block;
  readonly analysis: BlockAnalysis;
}

export interface ResolvedDocument {
  readonly citations: readonly ResolvedCitation[];
  readonly quotes: readonly PlacedQuote[];
  /** For each quotation (same order), the index of its citation in `citations`. */
  readonly citationOf: readonly (number | undefined)[];
  /** The smallest numeric note label not used yet. */
  readonly nextNoteNumber: number;
}

const NO_INDICES: readonly number[] = [];

/** How far a bare locator may follow the citation it completes. */
export const LOCATOR_REACH = 600;
const SENTENCE_END = /[.!?]["”’)\]]*\s+["“‘([]?\p{Lu}/u;

/**
 * `mention` finds a mention of the work (see mentions.ts); `pages` are its
 * pages, where it marks them: a page locator read in a block that does not
 * name it cites the paragraphs on those pages (see `onPages`).
 */
export function resolveDocument(text: string, blocks: readonly AnalysedBlock[], mention: Pick<RegExp, 'test'>, pages?: PageNames): ResolvedDocument {
  const shift = (locator: FoundLocator | undefined, offset: number): FoundLocator | undefined => onPages(shiftLocator(locator, offset), pages);
  const notes = new Map<string, { citesWork: boolean; locator?: FoundLocator; start: number; end: number }>();
  let nextNoteNumber = 1;
  const noteNumber = (label: string | undefined): void => {
    const n = Number(/^(?:fn|num):(\d+)$/.exec(label ?? '')?.[1]);
    if (Number.isInteger(n) && n >= nextNoteNumber) nextNoteNumber = n + 1;
  };
  for (const { block, analysis } of blocks) {
    for (const note of analysis.notes) {
      noteNumber(note.label);
      if (!notes.has(note.label)) notes.set(note.label, { citesWork: note.citesWork, locator: shift(note.locator, block.start), start: note.start + block.start, end: note.end + block.start });
    }
  }

  const citations: ResolvedCitation[] = [];
  /** Per block, the index in `citations` of each of its citations (or -1). */
  const placed: (readonly number[])[] = [];
  for (const { block, analysis } of blocks) {
    // Most blocks cite nothing: they share one empty list.
    if (analysis.citations.length === 0) {
      placed.push(NO_INDICES);
      continue;
    }
    const indices: number[] = [];
    for (const c of analysis.citations) {
      noteNumber(c.note);
      const start = c.start + block.start;
      const end = c.end + block.start;
      let resolved: ResolvedCitation | undefined;
      if (c.target === 'note') {
        const note = notes.get(c.note ?? '');
        if (note) resolved = { start, end, target: note.citesWork ? 'work' : 'other', locator: shift(c.locator, block.start) ?? note.locator, note: { start: note.start, end: note.end } };
        // "[1]para. 4" before the reference list is written: a numbered citation with a paragraph is the work's.
        else if (c.note?.startsWith('num:') && shift(c.locator, block.start)) resolved = { start, end, target: 'work', locator: shift(c.locator, block.start) };
        // A note whose text is nowhere to be read cites something unknown: its quotation is not called uncited.
        else resolved = { start, end, target: 'other' };
      } else if (c.target === 'locator') {
        // "Zhong (2007) writes that "…" (para. 4)", or in MLA "Zhong argues that "…" (par. 4)". A page is no locator of a text without pages.
        const previous = citations[citations.length - 1];
        if (c.locator?.pages && !pages) {
          indices.push(-1);
          continue;
        }
        const recent = previous && start - previous.end <= LOCATOR_REACH ? previous : undefined;
        if (recent ? recent.target === 'work' : mention.test(text.slice(Math.max(0, start - LOCATOR_REACH), start))) {
          resolved = { start, end, target: 'work', locator: shift(c.locator, block.start) };
        }
      } else {
        resolved = { start, end, target: c.target, locator: shift(c.locator, block.start) };
      }
      indices.push(resolved ? citations.push(resolved) - 1 : -1);
    }
    placed.push(indices);
  }

  const quotes: PlacedQuote[] = [];
  const citationOf: (number | undefined)[] = [];
  for (let b = 0; b < blocks.length; b++) {
    const { block, analysis } = blocks[b];
    for (let index = 0; index < analysis.quotes.length; index++) {
      const quote = analysis.quotes[index];
      quotes.push({ quote, offset: block.start, analysis, index });
      const own = quote.ownCitation === undefined ? -1 : placed[b][quote.ownCitation];
      citationOf.push(own >= 0 ? own : pairedCitation(text, citations, quote.start + block.start, quote.end + block.start, quote.block));
    }
  }
  return { citations, quotes, citationOf, nextNoteNumber };
}

/** What may stand between a block quotation and its citation: white space, Markdown's ">", a dash, HTML tags ("</blockquote>\n<p>"). */
const BLOCK_GAP = /^(?:[\s>—–-]|<\/?[A-Za-z][^<>]{0,100}>)*$/;

/** The citation right after the quotation in the same sentence, else the one introducing it. */
function pairedCitation(text: string, citations: readonly ResolvedCitation[], start: number, end: number, block: boolean): number | undefined {
  const after = firstFrom(citations, end);
  return pairAround(text, start, end, block, after, citations[after], citations[after - 1]);
}

/**
 * `pairedCitation` given the citations around the quotation `[start, end)`:
 * `next`, the first starting at or after its end (index `after`), and
 * `previous`, the one before that. Returns `after`, `after - 1` or undefined.
 */
export function pairAround(text: string, start: number, end: number, block: boolean, after: number, next: TextRange | undefined, previous: TextRange | undefined): number | undefined {
  if (next && next.start - end <= 200) {
    const gap = text.slice(end, next.start);
    // The quotation's own last characters tell whether its sentence ended inside it: '… relations." And …'.
    const tail = text.slice(Math.max(start, end - 4), next.start);
    const near = block
      ? BLOCK_GAP.test(gap)
      : gap.length <= 120 && !SENTENCE_END.test(tail) && !/\n[ \t>]*\r?\n/.test(gap);
    if (near) return after;
  }
  if (previous && previous.end <= start && start - previous.end <= 300) {
    const gap = text.slice(previous.end, start);
    const head = text.slice(previous.end, start + 2);
    const near = block
      ? !SENTENCE_END.test(head)
      : gap.length <= 150 && !SENTENCE_END.test(head) && !/\n[ \t>]*\r?\n/.test(gap);
    if (near) return after - 1;
  }
  return undefined;
}

/** The index of the first citation starting at or after `at`. */
export function firstFrom(citations: readonly TextRange[], at: number): number {
  let a = 0;
  let b = citations.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (citations[mid].start < at) a = mid + 1;
    else b = mid;
  }
  return a;
}
