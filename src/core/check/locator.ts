/**
 * Paragraph locators as writers and citation styles spell them: "para. 4",
 * "paras. 4–5", "par. 4" (MLA), "¶ 4", "paragraph 4", "para.~4" and
 * "paras.~4--5" (LaTeX), "para.4". Reads them, and rewrites one in the same
 * spelling with other numbers.
 */
import { findSection, type FoundSection, type SectionName } from './sections';
import type { ParagraphSpan, WrittenLocator } from './types';

export interface FoundLocator {
  /** Relative to the text it was found in. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly paragraphs: readonly ParagraphSpan[];
  /** For a section locator: the section, and where its heading's words are. */
  readonly section?: FoundSection;
}

const NUMBER_RANGE = String.raw`\d{1,4}(?:\s*(?:-{1,3}|[–—]|to)\s*\d{1,4})?`;
// "\s" holds the no-break spaces: naming them again would let a run of them backtrack exponentially.
const SEPARATOR = String.raw`(?:\s|~|\\[ ,]){0,20}`;
const WORD = String.raw`paragraphs?|paras?\.?|pars?\.|¶¶?`;
const LOCATOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${WORD})(${SEPARATOR})(${NUMBER_RANGE}(?:\s*(?:,|&|\band\b)\s*${NUMBER_RANGE})*)`,
  'giu',
);
const WHOLE = new RegExp(String.raw`^(${WORD})(${SEPARATOR})(.*)$`, 'isu');

/**
 * The first locator in `text[from, to)`, with offsets into `text`: a
 * paragraph locator, or, given the work's sections, a section locator.
 */
export function findLocator(text: string, from = 0, to = text.length, sections?: readonly SectionName[]): FoundLocator | undefined {
  const paragraph = findParagraphs(text, from, to);
  const section = sections && findSection(text, from, paragraph ? paragraph.start : to, sections);
  if (!section) return paragraph;
  return {
    start: section.start,
    end: section.end,
    text: text.slice(section.start, section.end),
    paragraphs: [{ first: section.section.first, last: section.section.last }],
    section,
  };
}

function findParagraphs(text: string, from: number, to: number): FoundLocator | undefined {
  LOCATOR.lastIndex = 0;
  const slice = text.slice(from, to);
  const m = LOCATOR.exec(slice);
  if (!m) return undefined;
  const paragraphs = readNumbers(m[3]);
  if (paragraphs.length === 0) return undefined;
  return { start: from + m.index, end: from + m.index + m[0].length, text: m[0], paragraphs };
}

/** Whether `text` is nothing but a paragraph locator, give or take "see" and punctuation. */
export function isLocatorOnly(text: string, sections?: readonly SectionName[]): boolean {
  const paragraph = findParagraphs(text, 0, text.length);
  // A section found before a paragraph locator would leave the paragraph's words over: only the paragraph can be all there is.
  if (paragraph) return onlyBesides(text, paragraph) && !(sections && findSection(text, 0, paragraph.start, sections));
  const section = sections && findSection(text, 0, text.length, sections);
  return section !== undefined && onlyBesides(text, section);
}

/** Whether `text` holds nothing but `[start, end)`, give or take "see" and punctuation. */
function onlyBesides(text: string, { start, end }: { start: number; end: number }): boolean {
  return /^[\s,.;:]*(?:(?:see|cf\.|also|emphasis added|italics added)[\s,.;:]*)*$/i.test(text.slice(0, start) + text.slice(end));
}

function readNumbers(list: string): ParagraphSpan[] {
  const spans: ParagraphSpan[] = [];
  for (const part of list.split(/\s*(?:,|&|\band\b)\s*/)) {
    const numbers = part.split(/\s*(?:-{1,3}|[–—]|to)\s*/).map(Number);
    const first = numbers[0];
    const last = numbers[numbers.length - 1];
    if (Number.isInteger(first) && Number.isInteger(last) && first <= last) spans.push({ first, last });
  }
  return spans;
}

const PLURAL: Record<string, string> = { paragraph: 'paragraphs', 'para.': 'paras.', para: 'paras', 'par.': 'pars.', '¶': '¶¶' };
const SINGULAR: Record<string, string> = Object.fromEntries(Object.entries(PLURAL).map(([one, many]) => [many, one]));

/**
 * `written` (a locator as found) rewritten for `span`, keeping its word,
 * spacing and dash: "para. 4" → "paras. 5–6", "paras.~4--5" → "para.~6".
 */
export function rewriteLocator(written: string, span: ParagraphSpan, latex: boolean): string {
  const m = WHOLE.exec(written);
  const word = m?.[1] ?? 'para.';
  const separator = m ? m[2] : ' ';
  const numbers = m?.[3] ?? '';
  const plural = span.first !== span.last;
  const lower = word.toLowerCase();
  const base = plural ? (PLURAL[lower] ?? lower) : (SINGULAR[lower] ?? lower);
  const inflected = word[0] !== lower[0] ? base[0].toUpperCase() + base.slice(1) : base;
  const dash = /-{1,3}|[–—]/.exec(numbers)?.[0] ?? (latex ? '--' : '–');
  return `${inflected}${separator}${plural ? `${span.first}${dash}${span.last}` : span.first}`;
}

/** "para. 4" or "paras. 4–5", for messages. */
export function locatorLabel(span: ParagraphSpan): string {
  return span.first === span.last ? `para. ${span.first}` : `paras. ${span.first}–${span.last}`;
}

/** A found locator as the check reports it. */
export function writtenLocator(found: FoundLocator): WrittenLocator {
  const section = found.section;
  return {
    range: { start: found.start, end: found.end },
    text: found.text,
    paragraphs: found.paragraphs,
    ...(section ? { section: { id: section.section.id, label: section.section.label, heading: { start: section.headingStart, end: section.headingEnd } } } : {}),
  };
}

/** `locator` moved by `offset`, its section's heading with it. */
export function shiftLocator(locator: FoundLocator | undefined, offset: number): FoundLocator | undefined {
  return mapLocator(locator, (at) => at + offset, (at) => at + offset);
}

/** `locator` with each start taken through `start` and each end through `end`, its section's heading with it. */
export function mapLocator(locator: FoundLocator | undefined, start: (at: number) => number, end: (at: number) => number): FoundLocator | undefined {
  if (!locator) return undefined;
  const section = locator.section && { ...locator.section, start: start(locator.section.start), end: end(locator.section.end), headingStart: start(locator.section.headingStart), headingEnd: end(locator.section.headingEnd) };
  return { ...locator, start: start(locator.start), end: end(locator.end), ...(section ? { section } : {}) };
}
