/**
 * The reader: the whole text as one Markdown document with the record, the
 * section headings and every paragraph on a line of its own after its number.
 * The layout remembers where each paragraph sits, so a position or a selection
 * in the reader maps back to paragraphs and exact words.
 */
import type { StyleId } from './cite/style';
import { STYLES } from './cite/styles';
import { render } from './cite/targets';
import { citedWork, fullName } from './cite/work';
import { ENGLISH, type ReaderMessages } from './messages';
import type { Work } from './model';
import type { Passage } from './passage';

export interface ReaderPosition {
  readonly line: number;
  readonly character: number;
}

export interface ParagraphPlacement {
  readonly paragraph: number;
  /** 0-based line of the paragraph in the reader document. */
  readonly line: number;
  /** Column where the paragraph's own text starts, after its number. */
  readonly column: number;
}

export interface ReaderLayout {
  readonly text: string;
  readonly paragraphs: readonly ParagraphPlacement[];
  /** 0-based line of each section's heading, by section id. */
  readonly sectionLines: ReadonlyMap<string, number>;
}

export function paragraphPrefix(n: number): string {
  return `[${n}] `;
}

/**
 * The reader's document; `words` say its opening line in the interface's
 * language (the record's names and titles as written). A text the writer
 * brings is headed by its reference entry in `referenceStyle`.
 */
export function layoutReader(work: Work, words: ReaderMessages = ENGLISH.reader, referenceStyle: StyleId = 'apa'): ReaderLayout {
  const { record } = work;
  const lines: string[] = [];
  const paragraphs: ParagraphPlacement[] = [];
  const sectionLines = new Map<string, number>();
  // Names in the order the citations give them ("Zhong Lianyan").
  const editors = citedWork(work).editors.map(fullName).join(' and ');
  const paged = work.paragraphs.length > 0 && work.paragraphs.every((p) => p.pages !== undefined);
  lines.push(`# ${record.title}`, '');
  // A chapter of an edited book, as the built-in text is, says where it is from; any other text gives its reference entry (without a numbered list's "[1]").
  const from = record.containerTitle && editors
    ? words.source(`*${record.containerTitle}*`, editors, record.place, record.publisher, record.issued.year)
    : render(STYLES[referenceStyle].reference(citedWork(work)), 'markdown').trim().replace(/^\[\d+\]\s*/, '');
  lines.push(`${from}${record.posted ? words.posted(isoDate(record.posted)) : ''}${paged ? words.numberingWithPages : words.numbering}`, '');
  for (const section of work.sections) {
    sectionLines.set(section.id, lines.length);
    lines.push(`## ${section.heading ?? words.introduction}`, '');
    for (const p of section.paragraphs) {
      const prefix = paragraphPrefix(p.number) + (p.pages ? `(${words.pages(p.pages.first, p.pages.last)}) ` : '');
      paragraphs.push({ paragraph: p.number, line: lines.length, column: prefix.length });
      lines.push(prefix + p.text, '');
    }
  }
  return { text: lines.join('\n'), paragraphs, sectionLines };
}

function isoDate(date: { year: number; month?: number; day?: number }): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return [String(date.year), date.month && two(date.month), date.day && two(date.day)].filter(Boolean).join('-');
}

/** The paragraph on `line`, or the nearest one before it (headings belong to what follows). */
export function paragraphAtLine(layout: ReaderLayout, line: number): number | undefined {
  const exact = layout.paragraphs.find((p) => p.line === line);
  if (exact) return exact.paragraph;
  const next = layout.paragraphs.find((p) => p.line > line);
  return next?.paragraph ?? layout.paragraphs[layout.paragraphs.length - 1]?.paragraph;
}

/**
 * The passage a reader selection covers: the selected words of each paragraph
 * it touches (paragraph numbers and headings left out), joined by a space, and
 * the paragraphs they come from. Undefined when no paragraph text is selected.
 */
export function passageFromSelection(layout: ReaderLayout, work: Work, start: ReaderPosition, end: ReaderPosition): Passage | undefined {
  const parts: { paragraph: number; text: string }[] = [];
  for (const placement of layout.paragraphs) {
    if (placement.line < start.line || placement.line > end.line) continue;
    const text = work.paragraphs[placement.paragraph - 1].text;
    const from = placement.line === start.line ? Math.max(0, start.character - placement.column) : 0;
    const to = placement.line === end.line ? Math.min(text.length, end.character - placement.column) : text.length;
    const words = text.slice(from, Math.max(from, to)).trim();
    if (words !== '') parts.push({ paragraph: placement.paragraph, text: words });
  }
  if (parts.length === 0) return undefined;
  return {
    locator: { kind: 'paragraphs', first: parts[0].paragraph, last: parts[parts.length - 1].paragraph },
    text: parts.map((p) => p.text).join(' '),
  };
}

/** Where `text` sits in paragraph `n` of the reader, for revealing a sentence or a quotation. */
export function rangeInReader(layout: ReaderLayout, work: Work, n: number, text?: string): { start: ReaderPosition; end: ReaderPosition } | undefined {
  const placement = layout.paragraphs.find((p) => p.paragraph === n);
  const paragraph = work.paragraphs[n - 1];
  if (!placement || !paragraph) return undefined;
  const at = text ? paragraph.text.indexOf(text) : -1;
  const from = at >= 0 ? at : 0;
  const to = at >= 0 && text ? at + text.length : paragraph.text.length;
  return {
    start: { line: placement.line, character: placement.column + from },
    end: { line: placement.line, character: placement.column + to },
  };
}
