/**
 * Pinpoints: which part of the work a citation points to (one paragraph, a
 * range, a section by its heading, or, in a text that marks its printed
 * pages, the pages), and how each style words it.
 */
import type { Work } from '../model';
import type { Locator } from '../passage';
import { NBSP, quoted, typographic, type Rich } from './rich';

export type Pinpoint =
  | { readonly kind: 'paragraphs'; readonly first: number; readonly last: number }
  /** `heading` is undefined for the untitled introduction. */
  | { readonly kind: 'section'; readonly heading: string | undefined }
  /** Printed pages, where the text marks them (`{p. 23}`): "p. 23", "pp. 23–24" as each style words them. */
  | { readonly kind: 'pages'; readonly first: number; readonly last: number };

/**
 * How a style points to paragraphs the source does not number (the reader
 * counts them): by their count ("para. 4"), by the heading of the section
 * holding them ("under “Heading”"), or not at all (the work as a whole).
 */
export type UnnumberedParagraphs = 'count' | 'section' | 'none';

/** Whether counted paragraph numbers follow each style's manual, or are always given (an instructor may ask for them). */
export type ParagraphNumbers = 'style' | 'always';
export const PARAGRAPH_NUMBERS: readonly ParagraphNumbers[] = ['style', 'always'];

/** A style's words for pinpoints: "para."/"paras." (MLA "par."/"pars."), its range dash, how it names a section. */
export interface LocatorWords {
  /** How the style cites a paragraph of this text, whose paragraphs are not numbered in the source. */
  readonly unnumbered: UnnumberedParagraphs;
  readonly paragraph: string;
  readonly paragraphs: string;
  /** En dash in most manuals; MLA and GB/T 7714 print a hyphen. */
  readonly dash: string;
  section(heading: Rich): Rich;
  /** "p." and "pp." before page numbers; empty where the style prints the bare numbers (MLA, Chicago, GB/T 7714). */
  readonly page: string;
  readonly pages: string;
  /** The untitled introduction has no heading to quote. */
  readonly introduction: string;
}

/** The passage's pinpoint: its pages where the text marks them, else its paragraphs or section. */
export function pinpointOf(work: Work, locator: Locator): Pinpoint {
  const pages = pagesOf(work, locator);
  if (pages) return pages;
  if (locator.kind === 'paragraphs') return { kind: 'paragraphs', first: locator.first, last: Math.max(locator.first, locator.last) };
  const section = work.sections.find((s) => s.id === locator.sectionId);
  return { kind: 'section', heading: section ? section.heading : locator.heading };
}

/** The pages a passage's paragraphs fall on, when the text marks its pages. */
function pagesOf(work: Work, locator: Locator): Pinpoint | undefined {
  const paragraphs = locator.kind === 'paragraphs'
    ? work.paragraphs.slice(locator.first - 1, Math.max(locator.first, locator.last))
    : work.sections.find((s) => s.id === locator.sectionId)?.paragraphs ?? [];
  const first = paragraphs[0]?.pages;
  const last = paragraphs[paragraphs.length - 1]?.pages;
  return first && last ? { kind: 'pages', first: first.first, last: last.last } : undefined;
}

/**
 * The pinpoint a style gives: paragraphs as they are where the style counts
 * them (or `numbers` is "always"); else the section holding them (when one
 * section holds them all), or none.
 */
export function stylePinpoint(work: Work, words: LocatorWords, pinpoint: Pinpoint | undefined, numbers: ParagraphNumbers = 'style'): Pinpoint | undefined {
  if (pinpoint?.kind !== 'paragraphs' || numbers === 'always' || words.unnumbered === 'count') return pinpoint;
  if (words.unnumbered === 'none') return undefined;
  const sectionOf = (n: number) => work.paragraphs.find((p) => p.number === n)?.sectionId;
  const id = sectionOf(pinpoint.first);
  const section = work.sections.find((s) => s.id === id);
  // Paragraphs across two sections have no one heading to cite: they keep their numbers.
  if (!section || sectionOf(pinpoint.last) !== id) return pinpoint;
  return { kind: 'section', heading: section.heading };
}

/** "para. 4", "paras. 4–5", "“Heading” section", in the style's words. */
export function locatorRich(words: LocatorWords, pinpoint: Pinpoint | undefined): Rich {
  if (!pinpoint) return [];
  if (pinpoint.kind === 'section') {
    return pinpoint.heading === undefined ? [words.introduction] : words.section([typographic(pinpoint.heading)]);
  }
  const { first, last } = pinpoint;
  if (pinpoint.kind === 'pages') {
    const numbers = first === last ? `${first}` : `${first}${words.dash}${last}`;
    const word = first === last ? words.page : words.pages;
    return [word ? `${word}${NBSP}${numbers}` : numbers];
  }
  return first === last ? [`${words.paragraph}${NBSP}${first}`] : [`${words.paragraphs}${NBSP}${first}${words.dash}${last}`];
}

/** The paragraph numbers alone: "4", "4–5". */
export function paragraphNumbers(words: LocatorWords, pinpoint: Pinpoint | undefined): string {
  if (!pinpoint || pinpoint.kind !== 'paragraphs') return '';
  return pinpoint.first === pinpoint.last ? `${pinpoint.first}` : `${pinpoint.first}${words.dash}${pinpoint.last}`;
}

/**
 * The locator of a Pandoc citation: Pandoc recognises only CSL's terms
 * ("para.", "paras.", "sec."), and the CSL style then words it its own way.
 */
export function pandocLocator(pinpoint: Pinpoint | undefined): string {
  if (!pinpoint) return '';
  if (pinpoint.kind === 'section') return `sec. ${pinpoint.heading === undefined ? 'Introduction' : pinpoint.heading.replace(/[\];]/g, '')}`;
  if (pinpoint.kind === 'pages') return pinpoint.first === pinpoint.last ? `p. ${pinpoint.first}` : `pp. ${pinpoint.first}–${pinpoint.last}`;
  return pinpoint.first === pinpoint.last ? `para. ${pinpoint.first}` : `paras. ${pinpoint.first}–${pinpoint.last}`;
}

export const sectionInQuotes = (after: string, before = '') => (heading: Rich): Rich =>
  [...(before ? [before] : []), quoted(...heading), ...(after ? [after] : [])];
