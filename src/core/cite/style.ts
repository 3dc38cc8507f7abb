/**
 * The shape every citation style module has. A style says what each form
 * contains, in which order, with which punctuation, and what is italic or
 * quoted; targets.ts says how that looks in the file being written.
 */
import type { LocatorWords, Pinpoint } from './locator';
import type { Rich } from './rich';
import type { CitedWork } from './work';

export const STYLE_IDS = ['apa', 'mla', 'chicago-notes', 'chicago-author-date', 'harvard', 'gb-t-7714', 'gb-t-7714-author-date'] as const;
export type StyleId = (typeof STYLE_IDS)[number];

/** How long a quotation is: words, and lines of a typical manuscript page (MLA counts lines). */
export interface QuotationLength {
  readonly words: number;
  readonly lines: number;
}

export interface CitationStyle {
  readonly id: StyleId;
  /** "APA 7th edition". */
  readonly label: string;
  /** "APA", for the status bar. */
  readonly short: string;
  /** The heading of the reference list: "References", "Works Cited", "Bibliography". */
  readonly referenceListTitle: string;
  /** The heading in a Chinese document, where the style's manual gives one ("参考文献"). */
  readonly referenceListTitleInChinese?: string;
  /** Outer quotation marks are single (Cite Them Right's British usage), inner ones double. */
  readonly singleQuotes: boolean;
  readonly words: LocatorWords;
  /** Whether a quotation this long is set as a block quotation. */
  isLongQuotation(length: QuotationLength): boolean;
  /** The entry of the reference list (for note styles, the bibliography entry). */
  reference(work: CitedWork): Rich;
  /** The citation in parentheses (for note styles, the full note). */
  parenthetical(work: CitedWork, pinpoint?: Pinpoint): Rich;
  /** The citation that names the work in the sentence (for note styles, the title the note marker follows). */
  narrative(work: CitedWork, pinpoint?: Pinpoint): Rich;
  /** Note styles: the first note on the work, and the later ones. */
  readonly notes?: {
    full(work: CitedWork, pinpoint?: Pinpoint): Rich;
    short(work: CitedWork, pinpoint?: Pinpoint): Rich;
  };
  /** The citation follows the quotation without a space (superscript numbers). */
  readonly attached?: boolean;
  /** Works are numbered in the order the document first cites them (GB/T 7714's numeric system). */
  readonly numbered?: boolean;
  /** In a reference list, the names an entry shares with the entry before become `dash` (MLA, Chicago); `head` gives the names as the entry begins. */
  readonly repeatedNames?: { readonly dash: string; head(work: CitedWork): string | undefined };
}
