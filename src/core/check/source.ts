/**
 * The work as one stream of words in reading order, headings included, with
 * an index from each word's key to its positions: the quotation checker finds
 * where a quotation may come from by looking its words up here.
 */
import type { Work } from '../model';
import { sectionNames, type SectionName } from './sections';
import { GrowingNumbers } from '../numbers';
import { foldWord, readWords, type Word } from './words';

/** A heading or a paragraph: a run of the source with its own text. */
export interface SourceUnit {
  readonly text: string;
  /** The paragraph number, or 0 for a section heading. */
  readonly paragraph: number;
  readonly sectionId: string;
  /** Position in `SourceText.words` of its first word. */
  readonly firstWord: number;
}

export interface SourceText {
  readonly work: Work;
  readonly units: readonly SourceUnit[];
  /** How many words the work has, headings included. */
  readonly length: number;
  /**
   * Word `i` is `units[unitOf[i]].text.slice(starts[i], ends[i])`. GrowingNumbers in
   * arrays rather than an object per word: a book has millions of words, and
   * so many objects would make every collection of the editor's memory slow.
   */
  readonly unitOf: Int32Array;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Each word's key as a number, for fast comparison: `ids[i]` is the id of word i's key. */
  readonly ids: Int32Array;
  /** The id of each key; a key the work does not use has none. */
  readonly idOf: ReadonlyMap<string, number>;
  /** Positions of each key's words, ascending. */
  readonly positions: ReadonlyMap<string, Int32Array>;
  /** The same by id, with no key to hash: `byId[idOf.get(key)]` is `positions.get(key)`. */
  readonly byId: readonly Int32Array[];
  /** Each key's id here by its number among every text's keys (see `wordNumbers`), -1 for a key this text does not use; shorter than the numbers given after it was built. */
  readonly idOfNumber: Int32Array;
  /** Position of the first word of paragraph n at index n - 1, and one past the last paragraph's end at the end. */
  readonly paragraphStarts: readonly number[];
  /** 1 where the word belongs to a section heading. */
  readonly inHeading: Uint8Array;
  /** The sections that hold paragraphs, with the paragraphs they span. */
  readonly sections: readonly SectionName[];
}

/** Word `i` of the source as the quoted words are: its offsets in its unit's text, its form and key. */
export function sourceWord(source: SourceText, i: number): Word {
  const start = source.starts[i];
  const end = source.ends[i];
  const form = foldWord(source.units[source.unitOf[i]].text.slice(start, end));
  return { start, end, form, key: form.toLowerCase() };
}

/** The paragraph number of word `i`, or 0 in a heading. */
export function paragraphOf(source: SourceText, i: number): number {
  return source.units[source.unitOf[i]].paragraph;
}

const cache = new WeakMap<Work, SourceText>();
const builders = new WeakMap<Work, SourceBuilder>();

/**
 * Every text's word keys, each numbered once for all the texts: a quoted
 * word's key is hashed once (`wordNumbers`), and its id in each text is then
 * read from an array (`idOfNumber`). A library's texts are large maps of
 * keys, and looking each quoted word up in each of them cost more than the
 * alignment. Only texts' keys are numbered, never a document's.
 */
const numbers = new Map<string, number>();

/** The numbers of the words' keys among every text's keys, -1 for a key no text uses. */
export function wordNumbers(words: readonly Word[]): number[] {
  const found = new Array<number>(words.length);
  for (let i = 0; i < words.length; i++) found[i] = numbers.get(words[i].key) ?? -1;
  return found;
}

/** How many keys are numbered: numbers read before a text is built may miss its keys. */
export function wordNumbersKnown(): number {
  return numbers.size;
}

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

/**
 * The steps of building a SourceText, resumable: the words, paragraph by
 * paragraph, each with its key's id; then each key's positions, word by word.
 */
class SourceBuilder {
  private readonly units: SourceUnit[] = [];
  private readonly paragraphStarts: number[] = [];
  private readonly unitOf: GrowingNumbers;
  private readonly starts: GrowingNumbers;
  private readonly ends: GrowingNumbers;
  private readonly ids: GrowingNumbers;
  /** How many words each key has. */
  private readonly counts = new GrowingNumbers(1024);
  private readonly idOf = new Map<string, number>();
  private readonly keys: string[] = [];
  /** The next section and paragraph to read. */
  private section = 0;
  private paragraph = -1;
  private read = false;
  /** Once the words are read: where each key's positions begin in `postings`, and where its next one goes. */
  private index: { offsets: Int32Array; next: Int32Array; postings: Int32Array; inHeading: Uint8Array } | undefined;
  private posted = 0;
  private readonly positions = new Map<string, Int32Array>();
  private readonly byId: Int32Array[] = [];
  /** Each key's number among every text's keys, by id. */
  private readonly numbered: number[] = [];
  private mapped = 0;

  constructor(private readonly work: Work) {
    // About one word in six characters: grown if need be, trimmed at the end.
    const estimate = Math.ceil(work.paragraphs.reduce((n, p) => n + p.text.length, 0) / 6);
    this.unitOf = new GrowingNumbers(estimate);
    this.starts = new GrowingNumbers(estimate);
    this.ends = new GrowingNumbers(estimate);
    this.ids = new GrowingNumbers(estimate);
  }

  /** Goes on building until done (the text) or `enough()` (undefined). */
  build(enough: () => boolean): SourceText | undefined {
    if (!this.read) {
      if (!this.readWords(enough)) return undefined;
      this.read = true;
    }
    const ids = this.ids.array;
    const length = this.ids.length;
    if (!this.index) {
      const counts = this.counts.array;
      const offsets = new Int32Array(this.keys.length + 1);
      for (let id = 0; id < this.keys.length; id++) offsets[id + 1] = offsets[id] + counts[id];
      this.index = { offsets, next: offsets.slice(0, this.keys.length), postings: new Int32Array(length), inHeading: new Uint8Array(length) };
    }
    const { offsets, next, postings, inHeading } = this.index;
    const { units } = this;
    const unitOf = this.unitOf.array;
    // Each call goes a stride further at least, however soon `enough()` says stop.
    for (let from = this.posted; this.posted < length; this.posted++) {
      const i = this.posted;
      if ((i - from) % (STRIDE * 16) === 0 && i > from && enough()) return undefined;
      postings[next[ids[i]]++] = i;
      inHeading[i] = units[unitOf[i]].paragraph === 0 ? 1 : 0;
    }
    for (let from = this.mapped; this.mapped < this.keys.length; this.mapped++) {
      const id = this.mapped;
      if ((id - from) % STRIDE === 0 && id > from && enough()) return undefined;
      const key = this.keys[id];
      const list = postings.subarray(offsets[id], offsets[id + 1]);
      this.positions.set(key, list);
      this.byId.push(list);
      let number = numbers.get(key);
      if (number === undefined) numbers.set(key, (number = numbers.size));
      this.numbered.push(number);
    }
    const idOfNumber = new Int32Array(numbers.size).fill(-1);
    this.numbered.forEach((number, id) => {
      idOfNumber[number] = id;
    });
    this.paragraphStarts.push(length);
    return {
      work: this.work, units, length,
      unitOf: this.unitOf.done(), starts: this.starts.done(), ends: this.ends.done(), ids: this.ids.done(),
      idOf: this.idOf, positions: this.positions, byId: this.byId, idOfNumber, paragraphStarts: this.paragraphStarts, inHeading, sections: sectionNames(this.work),
    };
  }

  /** Reads the words of every heading and paragraph; false when `enough()` stopped it first. */
  private readWords(enough: () => boolean): boolean {
    const { work } = this;
    let read = 0;
    // Paragraph -1 is the section's heading.
    for (; this.section < work.sections.length; this.section++, this.paragraph = -1) {
      const section = work.sections[this.section];
      for (; this.paragraph < section.paragraphs.length; this.paragraph++) {
        if (read > STRIDE * 8) {
          if (enough()) return false;
          read = 0;
        }
        if (this.paragraph < 0) {
          if (section.heading !== undefined) read += this.add(section.heading, 0, section.id);
          continue;
        }
        const paragraph = section.paragraphs[this.paragraph];
        this.paragraphStarts[paragraph.number - 1] = this.ids.length;
        read += this.add(paragraph.text, paragraph.number, section.id);
      }
    }
    return true;
  }

  private add(text: string, paragraph: number, sectionId: string): number {
    const unit = this.units.length;
    this.units.push({ text, paragraph, sectionId, firstWord: this.ids.length });
    const { idOf, keys, counts } = this;
    for (const word of readWords(text)) {
      let id = idOf.get(word.key);
      if (id === undefined) {
        id = keys.length;
        idOf.set(word.key, id);
        keys.push(word.key);
        counts.push(0);
      }
      counts.array[id]++;
      this.unitOf.push(unit);
      this.starts.push(word.start);
      this.ends.push(word.end);
      this.ids.push(id);
    }
    return text.length;
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
  const a = source.unitOf[from];
  const b = source.unitOf[to];
  if (a === b) return source.units[a].text.slice(source.starts[from], source.ends[to]);
  const parts = [source.units[a].text.slice(source.starts[from])];
  for (let u = a + 1; u < b; u++) parts.push(source.units[u].text);
  parts.push(source.units[b].text.slice(0, source.ends[to]));
  return parts.join(' ');
}

/** The source's characters between the end of word `after` and the end of word `to` (" word word"). */
export function sourceTail(source: SourceText, after: number, to: number): string {
  const unit = source.unitOf[after];
  if (unit === source.unitOf[to]) return source.units[unit].text.slice(source.ends[after], source.ends[to]);
  return ` ${sourceSpan(source, after + 1, to)}`;
}
