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
const builders = new WeakMap<Work, SourceBuilder>();

/** The work's words and index, built on first use (or finished, when `prepareSource` began it). */
export function sourceText(work: Work): SourceText {
  let source = cache.get(work);
  if (!source) {
    const builder = builders.get(work) ?? new SourceBuilder(work);
    source = builder.build(() => false) as SourceText;
    builders.delete(work);
    cache.set(work, source);
  }
  return source;
}

/**
 * Builds the work's words and index a little at a time, until `enough()`
 * says to stop for now: a book of a million words takes longer than an
 * editor may be held up. True once the index is ready; call again until then.
 * The index is built once per work and shared by every checker.
 */
export function prepareSource(work: Work, enough: () => boolean): boolean {
  if (cache.has(work)) return true;
  let builder = builders.get(work);
  if (!builder) builders.set(work, (builder = new SourceBuilder(work)));
  const source = builder.build(enough);
  if (!source) return false;
  builders.delete(work);
  cache.set(work, source);
  return true;
}

/** How many words or paragraphs are read between two looks at the clock. */
const STRIDE = 2048;

/** The steps of building a SourceText, resumable: the words, paragraph by paragraph, then the index, word by word. */
class SourceBuilder {
  private readonly units: SourceUnit[] = [];
  private readonly words: SourceWord[] = [];
  private readonly paragraphStarts: number[] = [];
  /** The next section and paragraph to read. */
  private section = 0;
  private paragraph = -1;
  private indexed = 0;
  private readonly lists: number[][] = [];
  private readonly idOf = new Map<string, number>();
  private readonly positions = new Map<string, number[]>();
  private ids: Int32Array | undefined;
  private inHeading: Uint8Array | undefined;

  constructor(private readonly work: Work) {}

  /** Goes on building until done (the text) or `enough()` (undefined). */
  build(enough: () => boolean): SourceText | undefined {
    const { work, units, words } = this;
    let read = 0;
    const add = (text: string, paragraph: number, sectionId: string): void => {
      const unit = units.length;
      units.push({ text, paragraph, sectionId, firstWord: words.length });
      for (const word of readWords(text)) words.push({ start: word.start, end: word.end, form: word.form, key: word.key, unit });
      read += text.length;
    };
    // Paragraph -1 is the section's heading.
    for (; this.section < work.sections.length; this.section++, this.paragraph = -1) {
      const section = work.sections[this.section];
      for (; this.paragraph < section.paragraphs.length; this.paragraph++) {
        if (read > STRIDE * 8) {
          if (enough()) return undefined;
          read = 0;
        }
        if (this.paragraph < 0) {
          if (section.heading !== undefined) add(section.heading, 0, section.id);
          continue;
        }
        const paragraph = section.paragraphs[this.paragraph];
        this.paragraphStarts[paragraph.number - 1] = words.length;
        add(paragraph.text, paragraph.number, section.id);
      }
    }
    if (!this.ids) this.paragraphStarts.push(words.length);
    const ids = (this.ids ??= new Int32Array(words.length));
    const inHeading = (this.inHeading ??= new Uint8Array(words.length));
    const { idOf, lists, positions } = this;
    // Each call indexes at least a stride of words, however soon `enough()` says stop.
    const from = this.indexed;
    for (; this.indexed < words.length; this.indexed++) {
      const i = this.indexed;
      if ((i - from) % STRIDE === 0 && i > from && enough()) return undefined;
      const word = words[i];
      let id = idOf.get(word.key);
      if (id === undefined) {
        id = idOf.size;
        idOf.set(word.key, id);
        const list: number[] = [];
        lists.push(list);
        positions.set(word.key, list);
      }
      lists[id].push(i);
      ids[i] = id;
      inHeading[i] = units[word.unit].paragraph === 0 ? 1 : 0;
    }
    return { work, units, words, positions, paragraphStarts: this.paragraphStarts, ids, idOf, inHeading, sections: sectionNames(work) };
  }
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
