/**
 * A passage is what a writer cites: a run of paragraphs (with the exact words
 * quoted from them, if any) or a whole section. Tree items, search results and
 * reader selections all become passages, and every insert or copy command
 * takes one.
 */
import type { Paragraph, Section, Work } from './model';
import { paragraphByNumber } from './model';

export type Locator =
  | { readonly kind: 'paragraphs'; readonly first: number; readonly last: number }
  | { readonly kind: 'section'; readonly sectionId: string; readonly heading: string };

export interface Passage {
  /** The key of the text the passage is from; absent for the bundled text. */
  readonly work?: string;
  readonly locator: Locator;
  /** The exact words quoted from the text; empty when citing without quoting. */
  readonly text: string;
}

export function paragraphPassage(paragraph: Paragraph, work?: Work): Passage {
  return { ...workOf(work), locator: { kind: 'paragraphs', first: paragraph.number, last: paragraph.number }, text: paragraph.text };
}

/** The `work` field of a passage from `work`. */
function workOf(work: Work | undefined): { work?: string } {
  return work ? { work: work.id } : {};
}

/** The key of the text a passage is from, `fallback` (the bundled text's) when it names none. */
export function passageWork(passage: Passage, fallback: string): string {
  return passage.work ?? fallback;
}

export function sentencePassage(work: Work, paragraphNumber: number, sentenceNumber: number): Passage | undefined {
  const sentence = paragraphByNumber(work, paragraphNumber)?.sentences[sentenceNumber - 1];
  if (!sentence) return undefined;
  return { work: work.id, locator: { kind: 'paragraphs', first: paragraphNumber, last: paragraphNumber }, text: sentence.text };
}

export function sectionPassage(section: Section, work?: Work): Passage {
  return { ...workOf(work), locator: { kind: 'section', sectionId: section.id, heading: section.label }, text: '' };
}

/** The paragraphs a passage covers, in order. */
export function paragraphsOf(work: Work, passage: Passage): Paragraph[] {
  const { locator } = passage;
  if (locator.kind === 'section') return [...(work.sections.find((s) => s.id === locator.sectionId)?.paragraphs ?? [])];
  return work.paragraphs.slice(locator.first - 1, locator.last);
}

/** Whether `value` has the shape of a passage, for command arguments from outside. */
export function isPassage(value: unknown): value is Passage {
  if (typeof value !== 'object' || value === null) return false;
  const { locator, text, work } = value as { locator?: unknown; text?: unknown; work?: unknown };
  if (work !== undefined && typeof work !== 'string') return false;
  if (typeof text !== 'string' || typeof locator !== 'object' || locator === null) return false;
  const l = locator as Record<string, unknown>;
  return (l.kind === 'paragraphs' && Number.isInteger(l.first) && Number.isInteger(l.last) && (l.first as number) <= (l.last as number))
    || (l.kind === 'section' && typeof l.sectionId === 'string' && typeof l.heading === 'string');
}

/** "¶ 4" or "¶ 4–5": the compact label the tree and pickers show. */
export function paragraphLabel(first: number, last: number): string {
  return first === last ? `¶ ${first}` : `¶ ${first}–${last}`;
}

/** A passage from a command argument: a Passage, or an object (a tree item, a search result) carrying one. */
export function passageArgument(arg: unknown): Passage | undefined {
  if (isPassage(arg)) return arg;
  if (typeof arg === 'object' && arg !== null && 'passage' in arg) {
    const inner = (arg as { passage: unknown }).passage;
    if (isPassage(inner)) return inner;
  }
  return undefined;
}
