/**
 * Where a query word occurs: the records holding some vocabulary word that
 * contains it within the allowed edits, each with its best error rate. Kept
 * in a small cache, since while a query is typed every word but the last
 * stays the same, and the last one only grows.
 */
import type { WordIndex } from './wordIndex';
import { matchVocabulary, MAX_PATTERN } from './vocabulary';

export interface WordHits {
  /** Records (sentence-level units, and the paragraphs those belong to), in no particular order. */
  readonly records: Int32Array;
  /** For each of `records`, the fewest edits found divided by the query word's length. */
  readonly errors: Float32Array;
  /** Whether vocabulary word `id` matched: `matched[id] === 1`. */
  readonly matched: Uint8Array;
}

/** Entries (records summed over cached words) the cache may hold. */
const CACHE_BUDGET = 4_000_000;

export class HitFinder {
  private readonly cache = new Map<string, WordHits>();
  private cached = 0;
  private lastScan: { word: string; limit: number; words: Int32Array } | undefined;
  private readonly seen: Int32Array;
  private readonly best: Float32Array;
  private readonly touched: Int32Array;
  private generation = 0;

  constructor(private readonly index: WordIndex, private readonly parentOf: Int32Array, recordCount: number) {
    this.seen = new Int32Array(recordCount);
    this.best = new Float32Array(recordCount);
    this.touched = new Int32Array(recordCount);
  }

  /** The hits of `word` (an index key) allowing `limit` edits. */
  hits(word: string, limit: number): WordHits {
    const key = `${limit}:${word}`;
    const cached = this.cache.get(key);
    if (cached) {
      this.cache.delete(key);
      this.cache.set(key, cached);
      return cached;
    }
    const found = this.compute(word, limit);
    this.remember(key, found);
    return found;
  }

  private compute(word: string, limit: number): WordHits {
    // A word that grew by typing matches only words its shorter form matched.
    const last = this.lastScan;
    const within = last && last.limit === limit && word.startsWith(last.word) ? last.words : undefined;
    const vocabulary = matchVocabulary(this.index.vocabulary, word, limit, within);
    this.lastScan = { word, limit, words: vocabulary.words };

    const generation = ++this.generation;
    const { seen, best, touched, parentOf } = this;
    let count = 0;
    const visit = (record: number, error: number): void => {
      if (seen[record] !== generation) {
        seen[record] = generation;
        best[record] = error;
        touched[count++] = record;
      } else if (error < best[record]) {
        best[record] = error;
      }
    };
    const length = Math.min(word.length, MAX_PATTERN);
    const matched = new Uint8Array(this.index.vocabulary.length);
    for (let i = 0; i < vocabulary.words.length; i++) {
      const id = vocabulary.words[i];
      matched[id] = 1;
      const error = vocabulary.edits[i] / length;
      const { postingStart, postingUnits } = this.index;
      for (let at = postingStart[id]; at < postingStart[id + 1]; at++) {
        const unit = postingUnits[at];
        visit(unit, error);
        const parent = parentOf[unit];
        if (parent >= 0) visit(parent, error);
      }
    }
    const records = touched.slice(0, count);
    const errors = new Float32Array(count);
    for (let i = 0; i < count; i++) errors[i] = best[records[i]];
    return { records, errors, matched };
  }

  private remember(key: string, hits: WordHits): void {
    this.cache.set(key, hits);
    this.cached += hits.records.length;
    for (const [oldKey, old] of this.cache) {
      if (this.cached <= CACHE_BUDGET || oldKey === key) break;
      this.cache.delete(oldKey);
      this.cached -= old.records.length;
    }
  }
}
