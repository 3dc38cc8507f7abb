/**
 * Notes in the reader: the words a reader selection covers as an anchor, and
 * where a placed note shows in the reader document.
 */
import { ENGLISH, type NotesMessages } from '../messages';
import type { Work } from '../model';
import type { Passage } from '../passage';
import type { ParagraphPlacement, ReaderLayout, ReaderPosition } from '../readerLayout';
import type { Anchor } from './model';

/** The anchor of a selection in the reader, or why it cannot be one (a message for the writer, in the language of `words`). */
export function anchorFromReader(layout: ReaderLayout, work: Work, start: ReaderPosition, end: ReaderPosition, words: NotesMessages = ENGLISH.notes): Anchor | string {
  const placement = layout.paragraphs.find((p) => p.line === start.line);
  if (!placement) return words.selectInParagraph;
  if (end.line !== start.line) return words.selectOneParagraph;
  const text = work.paragraphs[placement.paragraph - 1].text;
  let from = Math.max(0, start.character - placement.column);
  let to = Math.min(text.length, end.character - placement.column);
  if (to <= from) return anchorOfParagraph(work, placement.paragraph) ?? words.selectWords;
  // Spaces at either end of a selection are not part of what is quoted.
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /\s/.test(text[to - 1])) to--;
  return { text: work.id, paragraph: placement.paragraph, start: from, end: to, quote: text.slice(from, to) };
}

/** The anchor of a whole paragraph. */
export function anchorOfParagraph(work: Work, n: number): Anchor | undefined {
  const paragraph = work.paragraphs[n - 1];
  return paragraph && { text: work.id, paragraph: n, start: 0, end: paragraph.text.length, quote: paragraph.text };
}

/**
 * The anchor of a passage of one paragraph: its quoted words (a sentence)
 * where the paragraph holds them, else the whole paragraph. Undefined for a
 * section or several paragraphs.
 */
export function anchorFromPassage(work: Work, passage: Passage): Anchor | undefined {
  const { locator } = passage;
  if (locator.kind !== 'paragraphs' || locator.first !== locator.last) return undefined;
  const paragraph = work.paragraphs[locator.first - 1];
  if (!paragraph) return undefined;
  const at = passage.text === '' ? -1 : paragraph.text.indexOf(passage.text);
  if (at < 0) return anchorOfParagraph(work, locator.first);
  return { text: work.id, paragraph: locator.first, start: at, end: at + passage.text.length, quote: passage.text };
}

/** Where the words at `start`–`end` of paragraph `n` are in the reader; undefined when the paragraph is not there. */
export function readerRange(layout: ReaderLayout, n: number, start: number, end: number): { start: ReaderPosition; end: ReaderPosition } | undefined {
  const placement = paragraphsOf(layout).get(n);
  if (!placement) return undefined;
  return { start: { line: placement.line, character: placement.column + start }, end: { line: placement.line, character: placement.column + end } };
}

/** Each paragraph's place in the reader by number, made once per layout: the reader shows every note's range at once. */
const byNumber = new WeakMap<ReaderLayout, ReadonlyMap<number, ParagraphPlacement>>();

function paragraphsOf(layout: ReaderLayout): ReadonlyMap<number, ParagraphPlacement> {
  let map = byNumber.get(layout);
  if (!map) {
    const made = new Map<number, ParagraphPlacement>();
    // The first placement of a number wins, as a search from the top would find it.
    for (const p of layout.paragraphs) if (!made.has(p.paragraph)) made.set(p.paragraph, p);
    byNumber.set(layout, (map = made));
  }
  return map;
}
