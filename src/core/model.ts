/**
 * The model of a text: a work made of sections, paragraphs and sentences.
 * Every part has a stable id and its exact wording as received.
 */

/**
 * A name as CSL-JSON gives it: `family` and `given` for a person, never
 * inverted; `literal` for an organisation ("State Council Information
 * Office"). An organisation's `family` repeats its name and its `given` is
 * empty, so that whatever reads family names alone still finds it.
 */
export interface CreatorName {
  readonly family: string;
  readonly given: string;
  /** An organisation's name, set only for an organisation. */
  readonly literal?: string;
  /** The name is written family name first and never inverted ("Xi Jinping"): CSL-JSON's `static-ordering`. */
  readonly staticOrdering?: boolean;
}

/** A person's name: the name type before organisations were added, kept for its users. */
export type PersonName = CreatorName;

/** An organisation's name in the model's form. */
export function organisation(literal: string): CreatorName {
  return { family: literal, given: '', literal };
}

/**
 * The kinds of record, named as CSL names its item types: a book, a chapter
 * (or section) in an edited book, a journal article, a web page, a speech,
 * and an official document such as a white paper (CSL's `report`).
 */
export const RECORD_TYPES = ['book', 'chapter', 'article-journal', 'webpage', 'speech', 'report'] as const;
export type RecordType = (typeof RECORD_TYPES)[number];

/** A partial date: year, and month and day where known. */
export interface PartialDate {
  readonly year: number;
  readonly month?: number;
  readonly day?: number;
}

/** The forms of the record exactly as received, kept beside the normalised ones. */
export interface ReceivedForms {
  readonly kicker?: string;
  readonly heading?: string;
  readonly dateline?: string;
  readonly source?: string;
}

/**
 * The bibliographic record of a work. Text fields a type does not use are
 * empty; optional ones are undefined when the record does not give them.
 */
export interface BibRecord {
  /** Stable citation key, used in BibTeX, CSL-JSON and Pandoc citations. */
  readonly key: string;
  readonly type: RecordType;
  readonly title: string;
  /** The book holding a chapter, the journal holding an article, the site holding a web page. */
  readonly containerTitle: string;
  readonly authors: readonly CreatorName[];
  readonly editors: readonly CreatorName[];
  readonly translators: readonly CreatorName[];
  readonly publisher: string;
  readonly place: string;
  readonly issued: PartialDate;
  /** When the text was posted online. */
  readonly posted?: PartialDate;
  /** When a web page was read. */
  readonly accessed?: PartialDate;
  /** "2", for a second edition. */
  readonly edition?: string;
  readonly volume?: string;
  readonly issue?: string;
  /** The pages a chapter or article spans: "23-45". */
  readonly pages?: string;
  readonly doi?: string;
  /** A speech's occasion, "Opening ceremony of ...", and where it was given. */
  readonly event?: string;
  readonly eventPlace?: string;
  /** What kind of document: "White paper", "Speech". */
  readonly genre?: string;
  /** A report's number. */
  readonly number?: string;
  readonly language: string;
  readonly url?: string;
  readonly received: ReceivedForms;
}

export interface Sentence {
  /** Stable id, for example `p4.s2`. */
  readonly id: string;
  /** 1-based number within its paragraph. */
  readonly number: number;
  readonly paragraphNumber: number;
  readonly text: string;
  /** Offset of the sentence's first character within the paragraph text. */
  readonly start: number;
}

export interface Paragraph {
  /** Stable id, for example `p4`. */
  readonly id: string;
  /** 1-based number through the whole work, as a reader cites "para. 4". */
  readonly number: number;
  readonly sectionId: string;
  readonly text: string;
  readonly sentences: readonly Sentence[];
  /** 1-based line in the corpus file where the paragraph starts. */
  readonly line: number;
  /** The printed pages the paragraph falls on, where the text marks them (`{p. 23}`). */
  readonly pages?: PageSpan;
}

/** Pages of a printed source: `first` to `last`, the same for one page. */
export interface PageSpan {
  readonly first: number;
  readonly last: number;
}

export interface Section {
  /** Stable id: `intro` for the untitled opening, then `s1`, `s2`, ... */
  readonly id: string;
  /** 0 for the untitled introduction, then 1, 2, ... for headed sections. */
  readonly number: number;
  /** The heading as received, or undefined for the untitled introduction. */
  readonly heading: string | undefined;
  /** What a reader calls it: the heading, or "Introduction". */
  readonly label: string;
  readonly paragraphs: readonly Paragraph[];
  readonly line: number;
}

export interface Work {
  readonly id: string;
  readonly record: BibRecord;
  readonly sections: readonly Section[];
  /** Every paragraph in reading order; `paragraphs[n - 1].number === n`. */
  readonly paragraphs: readonly Paragraph[];
}

/** The paragraph numbered `n`, or undefined. */
export function paragraphByNumber(work: Work, n: number): Paragraph | undefined {
  return work.paragraphs[n - 1];
}

export function sectionOf(work: Work, paragraph: Paragraph): Section {
  const section = work.sections.find((s) => s.id === paragraph.sectionId);
  if (!section) throw new Error(`Paragraph ${paragraph.id} names unknown section ${paragraph.sectionId}`);
  return section;
}

/** The paragraph range a section covers, for labels such as "¶ 2–5". */
export function paragraphRange(section: Section): { first: number; last: number } | undefined {
  const first = section.paragraphs[0];
  const last = section.paragraphs[section.paragraphs.length - 1];
  return first && last ? { first: first.number, last: last.number } : undefined;
}
