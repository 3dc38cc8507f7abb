/**
 * What the quotation checker reports. Every position is a UTF-16 offset into
 * the checked text, so an editor adapter only maps offsets to positions and a
 * command line only counts lines.
 */
import type { StyleId } from '../cite/style';
import type { CheckedAs } from '../kinds';
import type { CheckMessages } from '../messages';
import type { Passage } from '../passage';
import { problemAnchor } from '../problemDocs';

/** How the checker reads a document: its syntax family, from the table of document kinds (`../kinds`). */
export type DocumentLanguage = CheckedAs;

/** A half-open range of offsets `[start, end)`. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

/** Replace `range` with `newText`; an insertion has `start === end`. */
export interface TextEdit {
  readonly range: TextRange;
  readonly newText: string;
}

/** A run of paragraphs, 1-based and inclusive. */
export interface ParagraphSpan {
  readonly first: number;
  readonly last: number;
}

/**
 * The kinds of problem, each with a stable code (what `Diagnostic.code` and
 * `--json` carry) and the heading of its section in docs/checking.md.
 */
export const FINDING_KINDS = {
  /** The quoted words differ from the text's (words, capitals, interior punctuation). */
  misquotation: { code: 'misquotation', heading: 'Misquotation' },
  /** The cited paragraph or section does not hold the quotation, or does not exist. */
  'wrong-locator': { code: 'wrong-locator', heading: 'Wrong locator' },
  /** A quotation cited in an author-date form with no paragraph or section, where the style requires one. */
  'missing-locator': { code: 'missing-locator', heading: 'Missing locator' },
  /** A long quotation of the text cites nothing. */
  uncited: { code: 'uncited', heading: 'Quotation without a citation' },
  /** A quotation cited to the text matches no passage of it. */
  'not-found': { code: 'not-found', heading: 'Not found' },
  /** Parts of a quotation joined out of the text's order, or from places apart, with no ellipsis. */
  'joined-parts': { code: 'joined-parts', heading: 'Parts joined without an ellipsis' },
  /** A character no reader sees (soft hyphen, zero-width space, bidirectional control) inside a quotation. */
  'hidden-character': { code: 'hidden-character', heading: 'Hidden character' },
  /** A quotation cited as one text of the library that another text holds. */
  'wrong-text': { code: 'wrong-text', heading: 'Cited as the wrong text' },
} as const;

export type FindingKind = keyof typeof FINDING_KINDS;

/** The anchor of a kind's section in docs/checking.md: its code, set as the section's `<a id>`. */
export function findingAnchor(kind: FindingKind): string {
  return problemAnchor(FINDING_KINDS[kind].code);
}

export interface Fix {
  /** What the quick fix does, in the writer's words. */
  readonly title: string;
  /** Edits on the checked text, in document order and never overlapping. */
  readonly edits: readonly TextEdit[];
}

export interface Finding {
  readonly kind: FindingKind;
  readonly message: string;
  /** Where the problem is shown: the quoted words, the quotation, or the locator. */
  readonly range: TextRange;
  readonly fix?: Fix;
  /** The quotation the finding is about, an index into `CheckResult.quotations`. */
  readonly quotation?: number;
  /** The citation the finding is about, an index into `CheckResult.citations`. */
  readonly citation?: number;
}

/** A locator as written in a citation, such as "para. 4" or "paras.~4--5". */
export interface WrittenLocator {
  readonly range: TextRange;
  readonly text: string;
  readonly paragraphs: readonly ParagraphSpan[];
  /** A page locator: the pages as written (its paragraphs are those on them). */
  readonly pages?: readonly ParagraphSpan[];
  /** A section locator ("sec. “…”", "under “…”"): the section's label and where its heading is written. */
  readonly section?: { readonly id: string; readonly label: string; readonly heading: TextRange };
}

/** A citation of the work found in the text. */
export interface Citation {
  /** The whole citation: "[@key, para. 4]", "(Zhong, 2007, para. 4)", "[^3]", ... */
  readonly range: TextRange;
  /** Its locator, which for a note reference lies in the note's text. */
  readonly locator?: WrittenLocator;
}

/** A quotation found in the text and compared with the work. */
export interface Quotation {
  /** The quotation with its marks: `"…"`, the block quote, the environment. */
  readonly range: TextRange;
  /** The quoted words alone. */
  readonly content: TextRange;
  readonly block: boolean;
  /** Paragraphs holding the matched words (none when nothing matches). */
  readonly paragraphs: readonly number[];
  /** Share of the quoted words found, in order, in the work: 0 to 1. */
  readonly similarity: number;
  /** The citation that goes with it, an index into `CheckResult.citations`. */
  readonly citation?: number;
  /** What the quotation cites: the matched paragraphs and the source's wording of them. */
  readonly passage?: Passage;
}

/** How often the checked text quotes and cites one paragraph. */
export interface ParagraphCoverage {
  readonly paragraph: number;
  /** Citations whose locator includes the paragraph. */
  readonly citations: number;
  /** Quotations of the paragraph, cited or not. */
  readonly quotations: number;
  /** Of those, quotations that cite nothing: `citations + uncited` counts every use once. */
  readonly uncited: number;
}

export interface CheckResult {
  readonly findings: readonly Finding[];
  readonly quotations: readonly Quotation[];
  readonly citations: readonly Citation[];
  /** Only paragraphs that are quoted or cited at least once, in order. */
  readonly coverage: readonly ParagraphCoverage[];
  /** How the document already cites the work, when a quotation lacks a citation and the document has some. */
  readonly manner?: CitationManner;
}

/** How a document cites the work: formatted text in a style, or keys (the key it uses) for Pandoc or biblatex to format. */
export interface CitationManner {
  readonly output: 'formatted' | 'citationKeys';
  readonly style?: StyleId;
  readonly key?: string;
  /** Set when the document counts paragraphs in a style whose default does not (MLA, Chicago). */
  readonly paragraphNumbers?: 'always';
}

/** The citation to insert after an uncited quotation. */
export interface CitationInsertion {
  /** Text inserted right after the quotation, for example " [@key, para. 4]". */
  readonly inline: string;
  /** A note appended at the end of the document, for note styles ("[^1]: …"). */
  readonly note?: string;
}

export interface CheckOptions {
  /**
   * Formats the citation that the "insert citation" fix adds. By default the
   * citation engine writes it in the document's own manner (the style and
   * output of its citations of the work); in a document with none, a Pandoc
   * key in Markdown, `\parencite` in LaTeX and APA in plain text.
   */
  readonly citationFor?: (passage: Passage, language: DocumentLanguage, context: InsertionContext) => CitationInsertion;
  /** Citation keys that also name the work, besides its record's key. */
  readonly keys?: readonly string[];
  /** The words of findings and fixes; English when not given. */
  readonly messages?: CheckMessages;
}

/** What a citation formatter may need to know about the document. */
export interface InsertionContext {
  /** The smallest numeric note label not yet used in the document. */
  readonly nextNoteNumber: number;
}
