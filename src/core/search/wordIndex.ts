/**
 * The inverted index: each distinct word of the text, and the sentence-level
 * units it occurs in. Built in steps that each stop at a deadline, so that a
 * large text can be indexed without holding the host for long.
 *
 * The whole index is a handful of typed arrays, not an array per word: a
 * book has tens of thousands of distinct words, and a typed array or a list
 * for each would weigh more than the numbers it holds. Words are looked up
 * while the text is read, through a hash table of their ids, so that no
 * string is made for a word the vocabulary has already.
 */
import type { SearchRecord } from './records';
import { isWordUnit } from './text';

export interface WordIndex {
  /** Every distinct word, as an index key; a word's id is its position here. */
  readonly vocabulary: readonly string[];
  /** The units holding word `id`, ascending, each once: `postingUnits[postingStart[id]]` up to `postingStart[id + 1]`. */
  readonly postingStart: Int32Array;
  readonly postingUnits: Int32Array;
  /** The word ids of every unit in order: unit u's are `unitWords[wordStart[u]]` up to `wordStart[u + 1]`. */
  readonly unitWords: Int32Array;
  readonly wordStart: Int32Array;
}

/** FNV-1a, over UTF-16 units. */
const HASH_SEED = 0x811c9dc5;
const HASH_PRIME = 0x01000193;
/** Units read between looks at the clock. */
const UNITS_PER_CHECK = 32;
/** Word positions counted or filed between looks at the clock. */
const POSITIONS_PER_CHECK = 1 << 16;

/** Builds a word index one slice at a time: `step` until `done`, then `result`. */
export class WordIndexBuilder {
  private readonly vocabulary: string[] = [];
  private hashes: Int32Array = new Int32Array(1024);
  /** Open addressing: word id + 1 at the slot of its hash (or a later one), 0 for a free slot. */
  private table = new Int32Array(2048);
  private unitWords: Int32Array = new Int32Array(1024);
  private wordCount = 0;
  private readonly wordStart: Int32Array;
  private nextUnit = 0;
  /** After reading the units: counting each word's units, then filing them. */
  private phase: 'read' | 'count' | 'file' | 'done' = 'read';
  private lastUnit = new Int32Array(0);
  private postingStart = new Int32Array(0);
  private postingUnits = new Int32Array(0);
  private cursor = new Int32Array(0);

  constructor(private readonly units: readonly SearchRecord[]) {
    this.wordStart = new Int32Array(units.length + 1);
  }

  get done(): boolean {
    return this.phase === 'done';
  }

  /** Works until `deadline` (a `performance.now()` time) passes or all is done. */
  step(deadline: number): void {
    if (this.phase === 'read') {
      while (this.nextUnit < this.units.length) {
        this.readUnit(this.nextUnit++);
        if (this.nextUnit % UNITS_PER_CHECK === 0 && performance.now() > deadline) return;
      }
      this.unitWords = this.unitWords.slice(0, this.wordCount);
      this.hashes = new Int32Array(0);
      this.table = new Int32Array(0);
      this.lastUnit = new Int32Array(this.vocabulary.length).fill(-1);
      this.postingStart = new Int32Array(this.vocabulary.length + 1);
      this.nextUnit = 0;
      this.phase = 'count';
    }
    if (this.phase === 'count') {
      if (!this.eachNewPair(deadline, (id) => this.postingStart[id + 1]++)) return;
      for (let id = 0; id < this.vocabulary.length; id++) this.postingStart[id + 1] += this.postingStart[id];
      this.postingUnits = new Int32Array(this.postingStart[this.vocabulary.length]);
      this.cursor = this.postingStart.slice(0, this.vocabulary.length);
      this.lastUnit.fill(-1);
      this.nextUnit = 0;
      this.phase = 'file';
    }
    if (this.phase === 'file') {
      if (!this.eachNewPair(deadline, (id, unit) => (this.postingUnits[this.cursor[id]++] = unit))) return;
      this.lastUnit = new Int32Array(0);
      this.cursor = new Int32Array(0);
      this.phase = 'done';
    }
  }

  result(): WordIndex {
    this.step(Infinity);
    return {
      vocabulary: this.vocabulary,
      postingStart: this.postingStart,
      postingUnits: this.postingUnits,
      unitWords: this.unitWords,
      wordStart: this.wordStart,
    };
  }

  /**
   * Calls `visit` once for each word of each unit, units in order, from
   * `nextUnit` on; false when the deadline stopped it before the end.
   */
  private eachNewPair(deadline: number, visit: (id: number, unit: number) => void): boolean {
    const { unitWords, wordStart, lastUnit } = this;
    let since = 0;
    while (this.nextUnit < this.units.length) {
      const unit = this.nextUnit++;
      for (let position = wordStart[unit]; position < wordStart[unit + 1]; position++) {
        const id = unitWords[position];
        if (lastUnit[id] === unit) continue;
        lastUnit[id] = unit;
        visit(id, unit);
      }
      since += wordStart[unit + 1] - wordStart[unit];
      if (since >= POSITIONS_PER_CHECK) {
        since = 0;
        if (performance.now() > deadline) return false;
      }
    }
    return true;
  }

  private readUnit(unit: number): void {
    const text = this.units[unit].folded;
    const length = text.length;
    let i = 0;
    while (i < length) {
      if (!isWordUnit(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      let hash = HASH_SEED;
      for (let c = text.charCodeAt(i); i < length && isWordUnit(c); c = text.charCodeAt(++i)) hash = Math.imul(hash ^ c, HASH_PRIME);
      const id = this.idOf(text, start, i, hash);
      if (this.wordCount === this.unitWords.length) this.unitWords = grown(this.unitWords);
      this.unitWords[this.wordCount++] = id;
    }
    this.wordStart[unit + 1] = this.wordCount;
  }

  /** The id of the word `text` holds from `start` to `end`, added to the vocabulary if new. */
  private idOf(text: string, start: number, end: number, hash: number): number {
    const mask = this.table.length - 1;
    let slot = hash & mask;
    for (let entry = this.table[slot]; entry !== 0; entry = this.table[slot]) {
      const id = entry - 1;
      if (this.hashes[id] === hash && sameWord(this.vocabulary[id], text, start, end)) return id;
      slot = (slot + 1) & mask;
    }
    const id = this.vocabulary.length;
    this.vocabulary.push(text.slice(start, end));
    if (id === this.hashes.length) this.hashes = grown(this.hashes);
    this.hashes[id] = hash;
    this.table[slot] = id + 1;
    // Kept at most half full, so that a look-up finds a free slot soon.
    if (2 * this.vocabulary.length > this.table.length) this.rehash();
    return id;
  }

  private rehash(): void {
    this.table = new Int32Array(this.table.length * 2);
    const mask = this.table.length - 1;
    for (let id = 0; id < this.vocabulary.length; id++) {
      let slot = this.hashes[id] & mask;
      while (this.table[slot] !== 0) slot = (slot + 1) & mask;
      this.table[slot] = id + 1;
    }
  }
}

function sameWord(word: string, text: string, start: number, end: number): boolean {
  if (word.length !== end - start) return false;
  for (let i = 0; i < word.length; i++) if (word.charCodeAt(i) !== text.charCodeAt(start + i)) return false;
  return true;
}

function grown(array: Int32Array): Int32Array {
  const bigger = new Int32Array(array.length * 2);
  bigger.set(array);
  return bigger;
}
