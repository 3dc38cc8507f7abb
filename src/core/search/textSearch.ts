/**
 * Search over the sentences and paragraphs of one or more works, or of any
 * list of paragraphs. The index is built on the first search (or ahead of it
 * with `prepare`, in slices); each search then narrows through the index and
 * lets Fuse.js rank what is left.
 */
import type { Work } from '../model';
import type { Passage } from '../passage';
import { candidatesFor, missingTerms, type Corpus } from './candidates';
import { HitFinder } from './hits';
import { parseQuery, type QueryTerm } from './query';
import { RecordsBuilder, paragraphsOfWork, passageOf, type SearchableParagraph, type SearchRecord } from './records';
import { mostPromising, rankPool, type PoolEntry, type TextRange } from './rank';
import { spreadFactor } from './spread';
import { WordIndexBuilder } from './wordIndex';
import { SlicedBuild, type PrepareOptions } from '../slices';

export interface SearchResult {
  /** The sentence (or whole paragraph) found, quoted exactly, ready for the insert and copy commands. */
  readonly passage: Passage;
  readonly kind: 'sentence' | 'paragraph';
  readonly workId: string;
  readonly paragraphNumber: number;
  /** Set when the result is one sentence of a paragraph that has several. */
  readonly sentenceNumber: number | undefined;
  readonly sectionLabel: string;
  /** The result's exact text (the passage's text). */
  readonly text: string;
  /** 0 for a perfect match, up to 1: Fuse.js's score, weighed by how close the words stand. */
  readonly score: number;
  /** What matched, as ranges of `text`, in order. */
  readonly matches: readonly TextRange[];
  /**
   * Words (or quoted phrases) of the query that the result lacks, as typed
   * but folded: set when no passage holds every word, and the results are
   * those holding the most of them.
   */
  readonly missing: readonly string[];
}

export interface SearchOptions {
  /** How many results at most; 20 unless given. */
  readonly limit?: number;
}

export type { PrepareOptions } from '../slices';

export const DEFAULT_LIMIT = 20;

/** How many records beyond the limit Fuse.js gets to rank, so that its order, not the index's guess, decides. */
const POOL_MARGIN = 5;

interface Ready {
  readonly corpus: Corpus;
}

export class TextSearch {
  private readonly index: SlicedBuild<Ready>;

  /** `paragraphs` may be a function, called once when the index is first needed. */
  constructor(paragraphs: readonly SearchableParagraph[] | (() => readonly SearchableParagraph[])) {
    this.index = new SlicedBuild((clock) => build(typeof paragraphs === 'function' ? paragraphs() : paragraphs, clock));
  }

  static ofWorks(works: readonly Work[] | (() => readonly Work[])): TextSearch {
    return new TextSearch(() => (typeof works === 'function' ? works() : works).flatMap(paragraphsOfWork));
  }

  /** Whether the index is built, so that a search will not first build it. */
  get isReady(): boolean {
    return this.index.isReady;
  }

  /**
   * Builds the index ahead of the first search, in slices of at most
   * `sliceMs` with a pause between them. A search meanwhile finishes the
   * build at once.
   */
  async prepare(options: PrepareOptions = {}): Promise<void> {
    await this.index.prepare(options);
  }

  /** The best matches for `query`, best first; none for an empty query. */
  search(query: string, options: SearchOptions = {}): SearchResult[] {
    const limit = Math.max(0, Math.floor(options.limit ?? DEFAULT_LIMIT));
    const parsed = parseQuery(query);
    if (parsed.alternatives.length === 0 || limit === 0) return [];
    const { corpus } = this.index.get();
    const take = limit + POOL_MARGIN;
    const pool = new Map<number, PoolEntry>();
    let exactly = new Set<QueryTerm>();
    // With alternatives, Fuse.js tries each on every record: only a lone one may be adapted per record.
    const lone = parsed.alternatives.length === 1;
    for (const terms of parsed.alternatives) {
      const candidates = candidatesFor(terms, corpus);
      const chosen = mostPromising(candidates, corpus.records, take);
      for (const i of chosen) {
        const id = candidates.records[i];
        if (pool.has(id)) continue;
        const missing = lone && candidates.partial ? missingTerms(terms, candidates.atoms, corpus, id) : [];
        const known = candidates.spread[i];
        const spread = Number.isNaN(known) ? spreadFactor(corpus.index, corpus.firstUnit[id], corpus.endUnit[id], candidates.atoms) : known;
        pool.set(id, { record: corpus.records[id], spread, missing });
      }
      if (lone) exactly = exactEverywhere(terms, chosen.map((i) => corpus.records[candidates.records[i]]));
    }
    const ranked = rankPool([...pool.values()], parsed, exactly);
    ranked.sort((a, b) => a.score - b.score || a.record.order - b.record.order);
    return ranked.slice(0, limit).map(({ record, score, ranges, missing }) => ({
      passage: passageOf(record),
      kind: record.kind,
      workId: record.paragraph.workId,
      paragraphNumber: record.paragraph.number,
      sentenceNumber: record.sentenceNumber,
      sectionLabel: record.paragraph.sectionLabel,
      text: record.text,
      score,
      matches: ranges,
      missing: missing.map((term) => term.pattern),
    }));
  }

}

/**
 * Fuzzy terms that every chosen record contains exactly: Fuse.js's fuzzy
 * matching would find them exactly too, so an exact include ranks alike.
 */
function exactEverywhere(terms: readonly QueryTerm[], chosen: readonly SearchRecord[]): Set<QueryTerm> {
  return new Set(terms.filter((term) => term.kind === 'fuzzy' && chosen.every((record) => record.folded.includes(term.pattern))));
}

/** The build, pausing (yielding) whenever `clock.deadline` has passed. */
function* build(paragraphs: readonly SearchableParagraph[], clock: { deadline: number }): Generator<void, Ready> {
  const records = new RecordsBuilder();
  for (let i = 0; i < paragraphs.length; i++) {
    records.add(paragraphs[i]);
    if ((i & 15) === 15 && performance.now() > clock.deadline) yield;
  }
  const set = records.result();
  const words = new WordIndexBuilder(set.records.slice(0, set.unitCount));
  for (;;) {
    words.step(clock.deadline);
    if (words.done) break;
    yield;
  }
  const index = words.result();
  const size = set.records.length;
  const corpus: Corpus = {
    records: set.records,
    unitCount: set.unitCount,
    parentOf: set.parentOf,
    firstUnit: set.firstUnit,
    endUnit: set.endUnit,
    index,
    finder: new HitFinder(index, set.parentOf, size),
    scratch: { slot: new Int32Array(size), stamp: new Int32Array(size), generation: 0 },
  };
  return { corpus };
}
