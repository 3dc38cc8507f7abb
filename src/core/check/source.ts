/**
 * The work as one stream of words in reading order, headings included, with
 * an index from each word's key to its positions: the quotation checker finds
 * where a quotation may come from by looking its words up here.
 */
import type { Work } from '../model';
import { sectionNames, type SectionName } from './sections';
import { readWords, type Word } from './words';

/** A heading or a paragraph: a run of the source with its own text. */
export interface SourceUnit {
  readonly text: string;
  /** The paragraph number, or 0 for a section heading. */
  readonly paragraph: number;
  readonly sectionId: string;
  /** Position in `SourceText.words` of its first word. */
  readonly firstWord: number;
}

export interface SourceWord extends Word {
  /** Index into `SourceText.units`. */
  readonly unit: number;
}

export interface SourceText {
  readonly work: Work;
  readonly units: readonly SourceUnit[];
  readonly words: readonly SourceWord[];
  /** Positions in `words` of each key, ascending. */
  readonly positions: ReadonlyMap<string, readonly number[]>;
  /** Position of the first word of paragraph n at index n - 1, and one past the last paragraph's end at the end. */
  readonly paragraphStarts: readonly number[];
  /** Each word's key as a number, for fast comparison: `ids[i]` is the id of `words[i].key`. */
  readonly ids: Int32Array;
  /** The id of each key; a key the work does not use has none. */
  readonly idOf: ReadonlyMap<string, number>;
  /** 1 where the word belongs to a section heading. */
  readonly inHeading: Uint8Array;
  /** The sections that hold paragraphs, with the paragraphs they span. */
  readonly sections: readonly SectionName[];
}

const cache = new WeakMap<Work, SourceText>();

export function sourceText(work: Work): SourceText {
  let source = cache.get(work);
  if (!source) {
    source = buildSource(work);
    cache.set(work, source);
  }
  return source;
}

function buildSource(work: Work): SourceText {
  const units: SourceUnit[] = [];
  const words: SourceWord[] = [];
  const paragraphStarts: number[] = [];
  const add = (text: string, paragraph: number, sectionId: string): void => {
    const unit = units.length;
    units.push({ text, paragraph, sectionId, firstWord: words.length });
    for (const word of readWords(text)) words.push({ ...word, unit });
  };
  for (const section of work.sections) {
    if (section.heading !== undefined) add(section.heading, 0, section.id);
    for (const paragraph of section.paragraphs) {
      paragraphStarts[paragraph.number - 1] = words.length;
      add(paragraph.text, paragraph.number, section.id);
    }
  }
  paragraphStarts.push(words.length);
  const positions = new Map<string, number[]>();
  const idOf = new Map<string, number>();
  const ids = new Int32Array(words.length);
  const inHeading = new Uint8Array(words.length);
  words.forEach((word, i) => {
    const list = positions.get(word.key);
    if (list) list.push(i);
    else positions.set(word.key, [i]);
    let id = idOf.get(word.key);
    if (id === undefined) {
      id = idOf.size;
      idOf.set(word.key, id);
    }
    ids[i] = id;
    inHeading[i] = units[word.unit].paragraph === 0 ? 1 : 0;
  });
  return { work, units, words, positions, paragraphStarts, ids, idOf, inHeading, sections: sectionNames(work) };
}

/** The words of paragraphs `first`–`last` as a range of positions `[start, end)`, clipped to the work. */
export function paragraphWords(source: SourceText, first: number, last: number): { start: number; end: number } | undefined {
  const count = source.work.paragraphs.length;
  const a = Math.max(1, first);
  const b = Math.min(count, last);
  if (a > b) return undefined;
  const start = source.paragraphStarts[a - 1];
  // The next paragraph's start, or the end: headings between them hold no paragraph's words but cost nothing.
  const end = source.paragraphStarts[b];
  return { start, end };
}

/** The source's own characters from the start of word `from` to the end of word `to`, joined across units by a space. */
export function sourceSpan(source: SourceText, from: number, to: number): string {
  const a = source.words[from];
  const b = source.words[to];
  if (a.unit === b.unit) return source.units[a.unit].text.slice(a.start, b.end);
  const parts = [source.units[a.unit].text.slice(a.start)];
  for (let u = a.unit + 1; u < b.unit; u++) parts.push(source.units[u].text);
  parts.push(source.units[b.unit].text.slice(0, b.end));
  return parts.join(' ');
}

/** The source's characters between the end of word `after` and the end of word `to` (" word word"). */
export function sourceTail(source: SourceText, after: number, to: number): string {
  const a = source.words[after];
  const b = source.words[to];
  if (a.unit === b.unit) return source.units[a.unit].text.slice(a.end, b.end);
  return ` ${sourceSpan(source, after + 1, to)}`;
}
