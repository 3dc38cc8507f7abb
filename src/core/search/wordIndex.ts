/**
 * The inverted index: each distinct word of the text, and the sentence-level
 * units it occurs in. Built in steps that each stop at a deadline, so that a
 * large text can be indexed without holding the host for long.
 */
import type { SearchRecord } from './records';
import { forEachWord } from './text';

export interface WordIndex {
  /** Every distinct word, as an index key; a word's id is its position here. */
  readonly vocabulary: readonly string[];
  readonly idOf: ReadonlyMap<string, number>;
  /** For each word id, the units holding it, ascending, each once. */
  readonly postings: readonly Int32Array[];
  /** The word ids of every unit in order: unit u's are `unitWords[wordStart[u]]` up to `wordStart[u + 1]`. */
  readonly unitWords: Int32Array;
  readonly wordStart: Int32Array;
}

/** Builds a word index one slice at a time: `step` until `done`, then `result`. */
export class WordIndexBuilder {
  private readonly idOf = new Map<string, number>();
  private readonly vocabulary: string[] = [];
  private readonly lists: number[][] = [];
  /** The last unit each word was recorded for, so a word repeated in a unit is listed once. */
  private readonly lastUnit: number[] = [];
  private readonly postings: Int32Array[] = [];
  private unitWords = new Int32Array(1024);
  private wordCount = 0;
  private readonly wordStart: Int32Array;
  private nextUnit = 0;

  constructor(private readonly units: readonly SearchRecord[]) {
    this.wordStart = new Int32Array(units.length + 1);
  }

  get done(): boolean {
    return this.nextUnit >= this.units.length && this.postings.length === this.lists.length;
  }

  /** Works until `deadline` (a `performance.now()` time) passes or all is done. */
  step(deadline: number): void {
    while (this.nextUnit < this.units.length) {
      this.indexUnit(this.nextUnit++);
      if ((this.nextUnit & 31) === 0 && performance.now() > deadline) return;
    }
    // Then pack each word's list into a typed array, a quarter of the memory.
    while (this.postings.length < this.lists.length) {
      const id = this.postings.length;
      this.postings.push(Int32Array.from(this.lists[id]));
      this.lists[id] = [];
      if ((id & 255) === 0 && performance.now() > deadline) return;
    }
  }

  result(): WordIndex {
    this.step(Infinity);
    return {
      vocabulary: this.vocabulary,
      idOf: this.idOf,
      postings: this.postings,
      unitWords: this.unitWords.slice(0, this.wordCount),
      wordStart: this.wordStart,
    };
  }

  private indexUnit(unit: number): void {
    const text = this.units[unit].folded;
    forEachWord(text, (start, end) => {
      const word = text.slice(start, end);
      let id = this.idOf.get(word);
      if (id === undefined) {
        id = this.vocabulary.length;
        this.idOf.set(word, id);
        this.vocabulary.push(word);
        this.lists.push([]);
        this.lastUnit.push(-1);
      }
      if (this.lastUnit[id] !== unit) {
        this.lastUnit[id] = unit;
        this.lists[id].push(unit);
      }
      if (this.wordCount === this.unitWords.length) {
        const grown = new Int32Array(this.unitWords.length * 2);
        grown.set(this.unitWords);
        this.unitWords = grown;
      }
      this.unitWords[this.wordCount++] = id;
    });
    this.wordStart[unit + 1] = this.wordCount;
  }
}
