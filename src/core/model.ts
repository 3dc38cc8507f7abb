/**
 * The model of a text: a work made of sections, paragraphs and sentences.
 * Every part has a stable id and its exact wording as received.
 */

/** A person's name, never inverted: `family` is the family name. */
export interface PersonName {
  readonly family: string;
  readonly given: string;
}

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

/** The bibliographic record of a work: a chapter in an edited book. */
export interface BibRecord {
  /** Stable citation key, used in BibTeX, CSL-JSON and Pandoc citations. */
  readonly key: string;
  readonly type: 'chapter';
  readonly title: string;
  readonly containerTitle: string;
  readonly editors: readonly PersonName[];
  readonly authors: readonly PersonName[];
  readonly publisher: string;
  readonly place: string;
  readonly issued: PartialDate;
  /** When the text was posted online. */
  readonly posted?: PartialDate;
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
