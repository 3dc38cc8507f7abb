/**
 * What search looks through: every sentence, and every paragraph of more than
 * one sentence as a whole (so that words spread over its sentences still find
 * it). Works from the bundled text or from any list of paragraphs a user
 * brings.
 */
import type { Work } from '../model';
import { sectionOf } from '../model';
import type { Passage } from '../passage';
import { splitSentences } from '../sentences';
import { fieldNorm, foldForSearch } from './text';

/** A paragraph as search needs it: where it is, what it says, its sentences. */
export interface SearchableParagraph {
  /** The work it belongs to, so that results from several works stay apart. */
  readonly workId: string;
  /** 1-based number through its work. */
  readonly number: number;
  /** What a reader calls its section: the heading, or "Introduction". */
  readonly sectionLabel: string;
  readonly text: string;
  /** Its sentences in order, each with its offset in `text` where known; split from `text` when absent. */
  readonly sentences?: readonly { readonly number: number; readonly text: string; readonly start?: number }[];
}

/** One thing a search can find: a sentence, or a paragraph taken whole. */
export interface SearchRecord {
  readonly kind: 'sentence' | 'paragraph';
  readonly paragraph: SearchableParagraph;
  /** Set for sentences of paragraphs that have several. */
  readonly sentenceNumber: number | undefined;
  /** The exact text, as a passage quotes it. */
  readonly text: string;
  /** The same text folded for search (see `foldForSearch`): what the index and Fuse.js read. */
  readonly folded: string;
  /** Fuse.js's field-length norm of the text. */
  readonly norm: number;
  /** Position in reading order, for stable ties. */
  readonly order: number;
}

/** The paragraphs of `work` in reading order, ready to search. */
export function paragraphsOfWork(work: Work): SearchableParagraph[] {
  const labels = new Map(work.sections.map((section) => [section.id, section.label]));
  return work.paragraphs.map((paragraph) => ({
    workId: work.id,
    number: paragraph.number,
    sectionLabel: labels.get(paragraph.sectionId) ?? sectionOf(work, paragraph).label,
    text: paragraph.text,
    sentences: paragraph.sentences,
  }));
}

/**
 * Records in two runs: first the sentence-level units (a sentence, or a
 * paragraph of one sentence), which the index lists, then the paragraphs of
 * several sentences, whole. `parentOf[unit]` is the record of the paragraph
 * a sentence belongs to, or -1.
 */
export interface RecordSet {
  readonly records: SearchRecord[];
  readonly unitCount: number;
  readonly parentOf: Int32Array;
  /** For each record, its first unit and the unit after its last: a unit is its own range. */
  readonly firstUnit: Int32Array;
  readonly endUnit: Int32Array;
}

/** Collects records paragraph by paragraph; `result` puts the units first. */
export class RecordsBuilder {
  private readonly units: SearchRecord[] = [];
  private readonly wholes: SearchRecord[] = [];
  /** For each unit, the index in `wholes` of its paragraph, or -1. */
  private readonly unitWhole: number[] = [];
  private order = 0;

  add(paragraph: SearchableParagraph): void {
    const sentences = paragraph.sentences ?? splitSentences(paragraph.text).map((s, i) => ({ number: i + 1, text: s.text, start: s.start }));
    // The paragraph is folded once; a sentence's folded text is the part at its offset (folding keeps every offset).
    const folded = foldForSearch(paragraph.text);
    if (sentences.length <= 1) {
      this.units.push(record('paragraph', paragraph, undefined, paragraph.text, folded, this.order++));
      this.unitWhole.push(-1);
      return;
    }
    const whole = this.wholes.length;
    this.wholes.push(record('paragraph', paragraph, undefined, paragraph.text, folded, this.order++));
    for (const sentence of sentences) {
      const { start, text } = sentence;
      const at = start !== undefined && paragraph.text.startsWith(text, start) ? start : -1;
      const foldedSentence = at < 0 ? foldForSearch(text) : folded.slice(at, at + text.length);
      this.units.push(record('sentence', paragraph, sentence.number, text, foldedSentence, this.order++));
      this.unitWhole.push(whole);
    }
  }

  result(): RecordSet {
    // Plain loops: this runs in one go, even for a very large text.
    const unitCount = this.units.length;
    const records = this.units.concat(this.wholes);
    const parentOf = new Int32Array(unitCount);
    const firstUnit = new Int32Array(records.length);
    const endUnit = new Int32Array(records.length);
    for (let i = 0; i < records.length; i++) {
      firstUnit[i] = i;
      endUnit[i] = i + 1;
    }
    for (let unit = unitCount - 1; unit >= 0; unit--) {
      const whole = this.unitWhole[unit];
      parentOf[unit] = whole < 0 ? -1 : unitCount + whole;
      if (whole < 0) continue;
      const parent = unitCount + whole;
      firstUnit[parent] = unit;
      if (endUnit[parent] === parent + 1) endUnit[parent] = unit + 1;
    }
    return { records, unitCount, parentOf, firstUnit, endUnit };
  }
}

function record(kind: SearchRecord['kind'], paragraph: SearchableParagraph, sentenceNumber: number | undefined, text: string, folded: string, order: number): SearchRecord {
  return { kind, paragraph, sentenceNumber, text, folded, norm: fieldNorm(text), order };
}

/** The passage a record stands for: its paragraph, quoting the record's exact text. */
export function passageOf(record: SearchRecord): Passage {
  const n = record.paragraph.number;
  return { work: record.paragraph.workId, locator: { kind: 'paragraphs', first: n, last: n }, text: record.text };
}
