/**
 * A check moved across an edit. Most keystrokes fall in the writer's own
 * prose, between the quotations and citations: every quotation, citation and
 * note stays as it was, and so does which citation each quotation goes
 * with. Then the check's result is the last one with its offsets moved past
 * the edit, and nothing is aligned or reported again.
 *
 * That this holds is proved for each edit, not guessed: the edited document
 * is resolved afresh (its blocks read and its citations paired, as a check
 * does) and compared with the last one, offset for offset. Anything the
 * report reads besides its quotations and citations rules the move out: an
 * edit inside any of them, a line break typed or deleted (comments silence
 * findings by line), a line holding a silencing comment, the end of the
 * document (where notes are appended), and citations written for uncited
 * quotations in a style that reads the whole document (note numbers).
 */
import { changedSpan } from './blocks';
import type { FoundLocator } from './locator';
import type { ResolvedDocument } from './resolve';
import { UNCITED_MIN_WORDS } from './report';
import { DISABLE_MARK, IGNORE_MARK } from './suppress';
import type { CheckResult, Citation, Finding, Quotation, TextEdit, TextRange, WrittenLocator } from './types';

/** What a checker keeps of its last check to move it. */
export interface LastCheck {
  readonly text: string;
  readonly document: ResolvedDocument;
  readonly result: CheckResult;
  /** An uncited quotation's citation was written reading the whole document. */
  readonly readsDocument: boolean;
}

/**
 * Where offsets go: `[start, oldEnd)` of the last text became `[start,
 * newEnd)`. A start at the edit moves with what follows it, an end at the
 * edit stays with what precedes it; an offset inside the edit has no place
 * (NaN), which fails every comparison.
 */
class Move {
  readonly delta: number;

  constructor(readonly start: number, readonly oldEnd: number, readonly newEnd: number) {
    this.delta = newEnd - oldEnd;
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
export function movedResult(last: LastCheck, text: string, document: ResolvedDocument): CheckResult | undefined {
  if (last.readsDocument) return undefined;
  if (last.text === text) return last.result;
  const span = changedSpan(last.text, text);
  const move = new Move(span.start, span.oldEnd, span.newEnd);
  // Where notes are appended, and whether a blank line goes before them.
  if (span.oldEnd > last.text.length - 2 || span.newEnd > text.length - 2) return undefined;
  if (!withinLine(last.text, span.start, span.oldEnd) || !withinLine(text, span.start, span.newEnd)) return undefined;
  if (!sameDocument(last.document, document, move) || touches(document, span.start, span.newEnd)) return undefined;
  try {
    return moveResult(last.result, move);
  } catch (error) {
    if (error instanceof Unmovable) return undefined;
    throw error;
  }
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
  const inside = start === end
    ? (from: number, to: number) => from < start && to > start
    : (from: number, to: number) => from < end && to > start;
  for (const c of document.citations) {
    if (inside(c.start, c.end) || (c.note && inside(c.note.start, c.note.end))) return true;
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
    if (qa.words.count !== qb.words.count && !(ignored(before, i, qa.words.count) && ignored(now, i, qb.words.count))) return false;
    if (qb.start + b.offset !== move.from(qa.start + a.offset) || qb.end + b.offset !== move.to(qa.end + a.offset)) return false;
    if (qb.contentStart + b.offset !== move.from(qa.contentStart + a.offset) || qb.contentEnd + b.offset !== move.to(qa.contentEnd + a.offset)) return false;
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
