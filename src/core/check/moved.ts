/**
 * A check moved across an edit. Most keystrokes fall in the writer's own
 * prose, between the quotations and citations: every quotation, citation and
 * note stays as it was, and so does which citation each quotation goes
 * with. Then the check's result is the last one with its offsets moved past
 * the edit, and nothing is aligned or reported again.
 *
 * That this holds is proved for each edit, not guessed, in one of two ways:
 *
 * - by the block: the edit falls in one block of prose, every other block
 *   is the same string as before, the edited block reads afresh to the same
 *   citations, notes and quotations, and the quotations and bare locators
 *   near the edit pair as before (the only reading that crosses blocks).
 *   Nothing else of the document is read: the last full reading stays, with
 *   the edits since kept in order to find its offsets now;
 * - by the document: the edited document is resolved afresh (its blocks
 *   read and its citations paired, as a check does) and compared with the
 *   last one, offset for offset.
 *
 * Anything the report reads besides its quotations and citations rules the
 * move out: an edit inside any of them (but for a quotation of another
 * text), a line break typed or deleted (comments silence findings by
 * line), a line holding a silencing comment, the end of the document (where
 * notes are appended), and citations written for uncited quotations in a
 * style that reads the whole document (note numbers).
 */
import type { BlockAnalysis } from './analysis';
import { changedSpan, type ChangedSpan, type ProseBlock } from './blocks';
import type { FoundCitation, FoundNote } from './citations';
import { mapLocator, type FoundLocator } from './locator';
import { firstFrom, LOCATOR_REACH, pairAround, type AnalysedBlock, type ResolvedDocument } from './resolve';
import { UNCITED_MIN_WORDS } from './report';
import { DISABLE_MARK, IGNORE_MARK } from './suppress';
import type { CheckResult, Citation, Finding, Quotation, TextEdit, TextRange, WrittenLocator } from './types';

/** What a checker keeps of its last check to move it. */
export interface LastCheck {
  readonly text: string;
  readonly result: CheckResult;
  /** An uncited quotation's citation was written reading the whole document. */
  readonly readsDocument: boolean;
  /** The blocks of prose of `text`, as `proseBlocks` gave them, and each one's analysis now (changed in place as the check moves). */
  readonly blocks: readonly ProseBlock[];
  readonly analyses: BlockAnalysis[];
  /** The document as last resolved in full, and the edits moved across since, in order: its offsets now are found through them. */
  readonly document: ResolvedDocument;
  readonly moves: readonly Move[];
  /** Per block, the index in `document.quotes` of its first quotation. */
  readonly firstQuote: Int32Array;
  /** The longest quotation of `document`, in characters. */
  readonly longest: number;
  /** Where the uncited quotations another text holds start (see QuotationChecker.check), in `text`. */
  readonly claimed: readonly number[];
}

/** What a check keeps after resolving `text` in full. */
export function lastCheck(
  text: string, result: CheckResult, readsDocument: boolean, blocks: readonly ProseBlock[], analysed: readonly AnalysedBlock[], document: ResolvedDocument, claimed: readonly number[],
): LastCheck {
  const firstQuote = new Int32Array(analysed.length);
  let quotes = 0;
  analysed.forEach(({ analysis }, i) => {
    firstQuote[i] = quotes;
    quotes += analysis.quotes.length;
  });
  let longest = 0;
  for (const { quote } of document.quotes) longest = Math.max(longest, quote.end - quote.start);
  return { text, result, readsDocument, blocks, analyses: analysed.map((a) => a.analysis), document, moves: [], firstQuote, longest, claimed };
}

/** Edits moved across before a full reading again: each offset of the last reading is found through all of them. */
const MOST_MOVES = 64;

/**
 * Where offsets go: `[start, oldEnd)` of the last text became `[start,
 * newEnd)`. A start at the edit moves with what follows it, an end at the
 * edit stays with what precedes it; an offset inside the edit has no place
 * (NaN), which fails every comparison.
 */
export class Move {
  readonly delta: number;

  constructor(readonly start: number, readonly oldEnd: number, readonly newEnd: number) {
    this.delta = newEnd - oldEnd;
  }

  static of(span: ChangedSpan, offset = 0): Move {
    return new Move(span.start - offset, span.oldEnd - offset, span.newEnd - offset);
  }

  /** Where an offset now was before, an offset in the edited text taken to its start: for bounds of a search only. */
  back(offset: number): number {
    return offset >= this.newEnd ? offset - this.delta : offset <= this.start ? offset : this.start;
  }

  from(offset: number): number {
    return offset >= this.oldEnd ? offset + this.delta : offset < this.start ? offset : Number.NaN;
  }

  to(offset: number): number {
    return offset <= this.start ? offset : offset >= this.oldEnd ? offset + this.delta : Number.NaN;
  }

  range(range: TextRange): TextRange {
    const start = range.start === range.end ? this.to(range.start) : this.from(range.start);
    const end = this.to(range.end);
    if (Number.isNaN(start) || Number.isNaN(end)) throw new Unmovable();
    return range.start === start && range.end === end ? range : { start, end };
  }
}

class Unmovable extends Error {}

/** The last check's result moved to `text`, whose resolved document is `document`; undefined when the edit may change more. */
export function movedResult(last: LastCheck, text: string, document: ResolvedDocument, claimed: readonly number[]): CheckResult | undefined {
  if (last.readsDocument) return undefined;
  const span = changedSpan(last.text, text);
  if (!sameClaims(last.claimed, claimed, Move.of(span))) return undefined;
  if (last.text === text) return last.result;
  if (!movableSpan(last.text, text, span)) return undefined;
  if (touches(document, span.start, span.newEnd)) return undefined;
  const move = Move.of(span);
  // The last reading, with its offsets now.
  const before = last.moves.length === 0 ? last.document : movedDocument(last.document, last.moves);
  if (!before || !sameDocument(before, document, move)) return undefined;
  return attempt(() => moveResult(last.result, move));
}

/**
 * The last check moved to `text` by the block the edit falls in (see the
 * head of this file), with what to keep for the next; undefined when that
 * is not proved. `blocks` are `text`'s blocks of prose; `analysisOf` reads one.
 */
export function movedByBlock(
  last: LastCheck, text: string, blocks: readonly ProseBlock[], analysisOf: (block: ProseBlock) => BlockAnalysis, mention: Pick<RegExp, 'test'>, claimed: readonly number[],
): { result: CheckResult; last: LastCheck } | undefined {
  if (last.readsDocument || last.moves.length >= MOST_MOVES) return undefined;
  const span = changedSpan(last.text, text);
  if (!sameClaims(last.claimed, claimed, Move.of(span))) return undefined;
  if (last.text === text) return { result: last.result, last };
  if (!movableSpan(last.text, text, span) || blocks.length !== last.blocks.length) return undefined;
  const i = blockHolding(blocks, span.start, span.newEnd);
  if (i < 0) return undefined;
  const was = last.blocks[i].block;
  const delta = span.newEnd - span.oldEnd;
  if (was.start !== blocks[i].block.start || span.oldEnd > was.end) return undefined;
  // Every other block is the very string it was, where it was or moved by the edit.
  for (let j = 0; j < blocks.length; j++) {
    if (j !== i && (blocks[j].text !== last.blocks[j].text || blocks[j].block.start !== last.blocks[j].block.start + (j > i ? delta : 0))) return undefined;
  }
  const analysis = analysisOf(blocks[i]);
  const { document } = last;
  const first = last.firstQuote[i];
  const passedOver = (k: number, count: number): boolean => ignored(document, first + k, count);
  const local = Move.of(span, was.start);
  if (!sameBlock(last.analyses[i], analysis, local, passedOver) || touchesBlock(analysis, local.start, local.newEnd, passedOver)) return undefined;
  const moves = [...last.moves, Move.of(span)];
  // Not copied: a check that does not move reads the document afresh and keeps none of this.
  const { analyses } = last;
  analyses[i] = analysis;
  if (!locatorsHold(last, text, moves, blocks, analyses, i, span, mention) || !pairsHold(last, text, moves, span)) return undefined;
  const result = attempt(() => moveResult(last.result, Move.of(span)));
  if (!result) return undefined;
  return { result, last: { ...last, text, result, blocks, analyses, moves, claimed } };
}

/** Whether the other texts hold, after the edit, the same uncited quotations they held before it. */
function sameClaims(before: readonly number[], now: readonly number[], move: Move): boolean {
  return before.length === now.length && before.every((at, k) => move.from(at) === now[k]);
}

function attempt<T>(move: () => T): T | undefined {
  try {
    return move();
  } catch (error) {
    if (error instanceof Unmovable) return undefined;
    throw error;
  }
}

/** An edit that may be moved across: on one line with no silencing comment, and away from the document's end. */
function movableSpan(before: string, text: string, span: ChangedSpan): boolean {
  // Where notes are appended, and whether a blank line goes before them.
  if (span.oldEnd > before.length - 2 || span.newEnd > text.length - 2) return false;
  return withinLine(before, span.start, span.oldEnd) && withinLine(text, span.start, span.newEnd);
}

/** The index of the block holding `[start, end)`, or -1. */
function blockHolding(blocks: readonly ProseBlock[], start: number, end: number): number {
  let a = 0;
  let b = blocks.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (blocks[mid].block.start <= start) a = mid + 1;
    else b = mid;
  }
  const i = a - 1;
  return i >= 0 && end <= blocks[i].block.end ? i : -1;
}

/** Offsets of the last full reading, found now: through every edit since, in order. */
function forward(moves: readonly Move[], offset: number, end: boolean): number {
  let at = offset;
  for (const move of moves) at = end ? move.to(at) : move.from(at);
  return at;
}

function backward(moves: readonly Move[], offset: number): number {
  let at = offset;
  for (let k = moves.length - 1; k >= 0; k--) at = moves[k].back(at);
  return at;
}

/** `document` with its offsets moved through `moves`; undefined when one falls inside an edit. */
function movedDocument(document: ResolvedDocument, moves: readonly Move[]): ResolvedDocument | undefined {
  const from = (x: number): number => forward(moves, x, false);
  const to = (x: number): number => forward(moves, x, true);
  const citations = document.citations.map((c) => ({
    ...c,
    start: from(c.start),
    end: to(c.end),
    ...(c.locator ? { locator: mapLocator(c.locator, from, to) } : {}),
    ...(c.note ? { note: { start: from(c.note.start), end: to(c.note.end) } } : {}),
  }));
  // A quotation's place is its block's start plus its own offsets: moved as its start, its own offsets as they are now.
  const quotes = document.quotes.map((q) => ({ ...q, offset: from(q.quote.start + q.offset) - q.quote.start }));
  if (citations.some((c) => Number.isNaN(c.start) || Number.isNaN(c.end)) || quotes.some((q) => Number.isNaN(q.offset))) return undefined;
  return { ...document, citations, quotes };
}

/**
 * Whether each quotation whose pairing reads the edited stretch, or counts
 * characters across it, still goes with the citation it went with. The
 * citations keep their order, so the one after a quotation is found in the
 * last full reading and its offsets moved.
 */
function pairsHold(last: LastCheck, text: string, moves: readonly Move[], span: ChangedSpan): boolean {
  const { document } = last;
  const slack = moves.reduce((n, m) => n + Math.abs(m.delta), 0);
  // A pairing reads up to 300 characters before a quotation and 200 after it.
  const low = span.start - 210 - slack;
  const high = span.newEnd + 310 + slack;
  const lowest = backward(moves, low) - last.longest - slack;
  const highest = backward(moves, high);
  const from = (x: number): number => forward(moves, x, false);
  const to = (x: number): number => forward(moves, x, true);
  const starts = document.quotes;
  let k = 0;
  let b = starts.length;
  while (k < b) {
    const mid = (k + b) >>> 1;
    if (starts[mid].quote.start + starts[mid].offset < lowest) k = mid + 1;
    else b = mid;
  }
  for (; k < starts.length && starts[k].quote.start + starts[k].offset <= highest; k++) {
    const { quote, offset, analysis } = starts[k];
    const start = from(quote.start + offset);
    const end = to(quote.end + offset);
    if (Number.isNaN(start) || Number.isNaN(end)) return false;
    if (start > high || end < low) continue;
    if (quote.ownCitation !== undefined) {
      // Its own citation goes with it, unless it is a bare locator that may not resolve.
      if (analysis.citations[quote.ownCitation].target === 'locator') return false;
      continue;
    }
    const after = firstFrom(document.citations, quote.end + offset);
    const around = (c: TextRange | undefined): TextRange | undefined => c && { start: from(c.start), end: to(c.end) };
    if (pairAround(text, start, end, quote.block, after, around(document.citations[after]), around(document.citations[after - 1])) !== document.citationOf[k]) return false;
  }
  return true;
}

/**
 * Whether each bare locator ("(para. 4)") after the edit, near enough that
 * the edit is in the stretch it looks back over for a citation or a mention
 * to complete, still completes one (or still does not).
 */
function locatorsHold(last: LastCheck, text: string, moves: readonly Move[], blocks: readonly ProseBlock[], analyses: readonly BlockAnalysis[], i: number, span: ChangedSpan, mention: Pick<RegExp, 'test'>): boolean {
  const { citations } = last.document;
  const reach = span.newEnd + LOCATOR_REACH + 10 + Math.abs(span.newEnd - span.oldEnd);
  for (let j = i; j < blocks.length && blocks[j].block.start <= reach; j++) {
    const offset = blocks[j].block.start;
    for (const c of analyses[j].citations) {
      const start = c.start + offset;
      if (c.target !== 'locator' || start < span.start || start > reach) continue;
      // Where it was at the last full reading, and whether it completed a citation then.
      const was = backward(moves, start);
      const at = firstFrom(citations, was);
      const resolved = citations[at]?.start === was;
      const previous = citations[at - 1];
      const previousEnd = previous && forward(moves, previous.end, true);
      const recent = previous && start - (previousEnd as number) <= LOCATOR_REACH ? previous : undefined;
      const resolves = recent ? recent.target === 'work' : mention.test(text.slice(Math.max(0, start - LOCATOR_REACH), start));
      if (resolves !== resolved) return false;
    }
  }
  return true;
}

/** Whether `now` reads as `before` with its offsets moved (both relative to the block): the same citations, notes and quotations. */
function sameBlock(before: BlockAnalysis, now: BlockAnalysis, move: Move, passedOver: (quote: number, count: number) => boolean): boolean {
  if (before === now) return true;
  if (before.citations.length !== now.citations.length || before.notes.length !== now.notes.length || before.quotes.length !== now.quotes.length) return false;
  if (!before.citations.every((a, k) => sameCitation(a, now.citations[k], move))) return false;
  if (!before.notes.every((a, k) => sameNote(a, now.notes[k], move))) return false;
  return before.quotes.every((a, k) => {
    const b = now.quotes[k];
    if (a.block !== b.block || a.ownCitation !== b.ownCitation) return false;
    // Words typed at the edge of a quotation the report passes over are its words: only its marks must stay in place.
    const over = passedOver(k, a.words.count) && passedOver(k, b.words.count);
    if (a.words.count !== b.words.count && !over) return false;
    if (b.start !== move.from(a.start) || b.end !== move.to(a.end)) return false;
    return over || (b.contentStart === move.from(a.contentStart) && b.contentEnd === move.to(a.contentEnd));
  });
}

function sameCitation(a: FoundCitation, b: FoundCitation, move: Move): boolean {
  return a.target === b.target && a.note === b.note && b.start === move.from(a.start) && b.end === move.to(a.end) && sameLocator(a.locator, b.locator, move);
}

function sameNote(a: FoundNote, b: FoundNote, move: Move): boolean {
  return a.label === b.label && a.citesWork === b.citesWork && b.start === move.from(a.start) && b.end === move.to(a.end) && sameLocator(a.locator, b.locator, move);
}

/** Whether `[from, to)` holds text the edit typed at `[start, end)`, or, for a deletion (`start === end`), the place it deleted at. */
function overlapsEdit(start: number, end: number): (from: number, to: number) => boolean {
  return start === end ? (from, to) => from < start && to > start : (from, to) => from < end && to > start;
}

/** `touches` within one block, its offsets relative to the block. */
function touchesBlock(analysis: BlockAnalysis, start: number, end: number, passedOver: (quote: number, count: number) => boolean): boolean {
  const inside = overlapsEdit(start, end);
  // Another work's citation, and a note that cites none of this text, are read for their place alone.
  if (analysis.citations.some((c) => c.target !== 'other' && inside(c.start, c.end)) || analysis.notes.some((n) => n.citesWork && inside(n.start, n.end))) return true;
  return analysis.quotes.some((q, k) => inside(q.start, q.end) && !passedOver(k, q.words.count));
}

/** Whether `[start, end)` holds no line break and its line no silencing comment. */
function withinLine(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return false;
  }
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const newline = text.indexOf('\n', end);
  const line = text.slice(lineStart, newline < 0 ? text.length : newline);
  return !line.includes(IGNORE_MARK) && !line.includes(DISABLE_MARK);
}

/**
 * Whether the edited text `[start, end)` of the new document (empty for a
 * deletion) falls inside a citation, a note, or a quotation the report
 * reads (see `ignored`).
 */
function touches(document: ResolvedDocument, start: number, end: number): boolean {
  const inside = overlapsEdit(start, end);
  for (const c of document.citations) {
    if (c.target !== 'other' && (inside(c.start, c.end) || (c.note && inside(c.note.start, c.note.end)))) return true;
  }
  for (let i = 0; i < document.quotes.length; i++) {
    const { quote, offset } = document.quotes[i];
    if (inside(quote.start + offset, quote.end + offset) && !ignored(document, i, quote.words.count)) return true;
  }
  return false;
}

/**
 * Whether the report passes over the quotation whatever its words: it
 * cites another text, or it cites nothing and is too short to be called
 * uncited. Another text's quotation can be typed in without this text's
 * check changing.
 */
function ignored(document: ResolvedDocument, index: number, count: number): boolean {
  const c = document.citationOf[index];
  return c === undefined ? count < UNCITED_MIN_WORDS : document.citations[c].target === 'other';
}

/** Whether `now` is `before` with its offsets moved: the same citations, targets, locators, notes, quotations and pairs. */
function sameDocument(before: ResolvedDocument, now: ResolvedDocument, move: Move): boolean {
  if (before.nextNoteNumber !== now.nextNoteNumber) return false;
  if (before.citations.length !== now.citations.length || before.quotes.length !== now.quotes.length) return false;
  for (let i = 0; i < now.citations.length; i++) {
    const a = before.citations[i];
    const b = now.citations[i];
    if (b.start !== move.from(a.start) || b.end !== move.to(a.end) || a.target !== b.target) return false;
    if (!sameLocator(a.locator, b.locator, move)) return false;
    if (a.note || b.note) {
      if (!a.note || !b.note || b.note.start !== move.from(a.note.start) || b.note.end !== move.to(a.note.end)) return false;
    }
  }
  for (let i = 0; i < now.quotes.length; i++) {
    const a = before.quotes[i];
    const b = now.quotes[i];
    if (before.citationOf[i] !== now.citationOf[i]) return false;
    const qa = a.quote;
    const qb = b.quote;
    if (qa.block !== qb.block) return false;
    const over = ignored(before, i, qa.words.count) && ignored(now, i, qb.words.count);
    if (qa.words.count !== qb.words.count && !over) return false;
    if (qb.start + b.offset !== move.from(qa.start + a.offset) || qb.end + b.offset !== move.to(qa.end + a.offset)) return false;
    if (!over && (qb.contentStart + b.offset !== move.from(qa.contentStart + a.offset) || qb.contentEnd + b.offset !== move.to(qa.contentEnd + a.offset))) return false;
  }
  return true;
}

function sameLocator(a: FoundLocator | undefined, b: FoundLocator | undefined, move: Move): boolean {
  if (!a || !b) return a === b;
  if (a.text !== b.text || b.start !== move.from(a.start) || b.end !== move.to(a.end)) return false;
  if (a.paragraphs.length !== b.paragraphs.length || a.paragraphs.some((s, i) => s.first !== b.paragraphs[i].first || s.last !== b.paragraphs[i].last)) return false;
  if (!a.section || !b.section) return a.section === b.section;
  return a.section.section === b.section.section
    && b.section.start === move.from(a.section.start) && b.section.end === move.to(a.section.end)
    && b.section.headingStart === move.from(a.section.headingStart) && b.section.headingEnd === move.to(a.section.headingEnd);
}

/**
 * `result`, checked on `before`, moved to `text`: for a check that holds
 * others (a library's) once each of them has moved. Undefined when an offset
 * falls inside the edit.
 */
export function movedAcross<R extends CheckResult>(result: R, before: string, text: string): R | undefined {
  const span = changedSpan(before, text);
  try {
    return moveResult(result, new Move(span.start, span.oldEnd, span.newEnd));
  } catch (error) {
    if (error instanceof Unmovable) return undefined;
    throw error;
  }
}

function moveResult<R extends CheckResult>(result: R, move: Move): R {
  return {
    ...result,
    findings: result.findings.map((f) => moveFinding(f, move)),
    quotations: result.quotations.map((q) => moveQuotation(q, move)),
    citations: result.citations.map((c) => moveCitation(c, move)),
  };
}

function moveFinding(finding: Finding, move: Move): Finding {
  const range = move.range(finding.range);
  const edits = finding.fix && moveEdits(finding.fix.edits, move);
  if (range === finding.range && edits === finding.fix?.edits) return finding;
  return { ...finding, range, ...(finding.fix && edits ? { fix: { ...finding.fix, edits } } : {}) };
}

/** The same array when no edit moves. */
function moveEdits(edits: readonly TextEdit[], move: Move): readonly TextEdit[] {
  let moved: TextEdit[] | undefined;
  edits.forEach((edit, i) => {
    const range = move.range(edit.range);
    if (range === edit.range && !moved) return;
    moved ??= edits.slice(0, i);
    moved.push(range === edit.range ? edit : { range, newText: edit.newText });
  });
  return moved ?? edits;
}

function moveQuotation(quotation: Quotation, move: Move): Quotation {
  const range = move.range(quotation.range);
  const content = move.range(quotation.content);
  return range === quotation.range && content === quotation.content ? quotation : { ...quotation, range, content };
}

function moveCitation(citation: Citation, move: Move): Citation {
  const range = move.range(citation.range);
  const locator = citation.locator && moveLocator(citation.locator, move);
  if (range === citation.range && locator === citation.locator) return citation;
  return { ...citation, range, ...(locator ? { locator } : {}) };
}

function moveLocator(locator: WrittenLocator, move: Move): WrittenLocator {
  const range = move.range(locator.range);
  const heading = locator.section && move.range(locator.section.heading);
  if (range === locator.range && heading === locator.section?.heading) return locator;
  return { ...locator, range, ...(locator.section && heading ? { section: { ...locator.section, heading } } : {}) };
}
