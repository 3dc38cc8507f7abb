/**
 * Ranking: Fuse.js scores the few records the index kept, with the query in
 * its extended-search syntax; each score is then weighed by how scattered the
 * query's words are in the record (see spread.ts).
 */
import Fuse, { type IFuseOptions } from 'fuse.js';
import type { Candidates } from './candidates';
import { toFuseQuery, type ParsedQuery, type QueryTerm } from './query';
import type { SearchRecord } from './records';

/** A range of a result's text, end exclusive: what to highlight. */
export interface TextRange {
  readonly start: number;
  readonly end: number;
}

export interface Ranked {
  readonly record: SearchRecord;
  readonly score: number;
  readonly ranges: readonly TextRange[];
  /** Terms of the query the record lacks. */
  readonly missing: readonly QueryTerm[];
}

const FUSE_OPTIONS: IFuseOptions<SearchRecord> = {
  keys: [{ name: 'text', getFn: (record) => record.folded }],
  includeScore: true,
  includeMatches: true,
  ignoreLocation: true,
  // Records and query are folded already (lower case, no accents): spare Fuse.js doing it per record.
  isCaseSensitive: true,
  useExtendedSearch: true,
  threshold: 0.4,
};

/**
 * The `take` records of `candidates` with the best predicted scores (ties in
 * reading order), as positions in `candidates.records`.
 */
export function mostPromising(candidates: Candidates, records: readonly SearchRecord[], take: number): number[] {
  const n = candidates.records.length;
  const worse = (a: number, b: number): boolean =>
    candidates.predicted[a] > candidates.predicted[b]
    || (candidates.predicted[a] === candidates.predicted[b] && records[candidates.records[a]].order > records[candidates.records[b]].order);
  // A max-heap of the best seen so far: its root is the one to drop next.
  const heap: number[] = [];
  const siftDown = (i: number): void => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let top = i;
      if (l < heap.length && worse(heap[l], heap[top])) top = l;
      if (r < heap.length && worse(heap[r], heap[top])) top = r;
      if (top === i) return;
      [heap[i], heap[top]] = [heap[top], heap[i]];
      i = top;
    }
  };
  for (let i = 0; i < n; i++) {
    if (heap.length < take) {
      heap.push(i);
      for (let c = heap.length - 1; c > 0;) {
        const p = (c - 1) >> 1;
        if (!worse(heap[c], heap[p])) break;
        [heap[c], heap[p]] = [heap[p], heap[c]];
        c = p;
      }
    } else if (take > 0 && worse(heap[0], i)) {
      heap[0] = i;
      siftDown(0);
    }
  }
  return heap;
}

/** A record for Fuse.js to rank, with how scattered the query's words are in it (see spread.ts). */
export interface PoolEntry {
  readonly record: SearchRecord;
  readonly spread: number;
  /** Terms of the query the record lacks (a partial match): Fuse.js ranks it on the others. */
  readonly missing: readonly QueryTerm[];
}

/**
 * Fuse.js's ranking of `pool`. Records lacking some terms are ranked on the
 * rest, each missing term then counting as the worst score, 1, in the mean
 * Fuse.js takes over the terms.
 */
export function rankPool(pool: readonly PoolEntry[], query: ParsedQuery, exactly: ReadonlySet<QueryTerm>): Ranked[] {
  const groups = new Map<string, PoolEntry[]>();
  for (const entry of pool) {
    const key = entry.missing.map((term) => term.pattern).join('\u0001');
    groups.set(key, [...(groups.get(key) ?? []), entry]);
  }
  const ranked: Ranked[] = [];
  for (const group of groups.values()) {
    const missing = new Set(group[0].missing);
    const terms = query.alternatives[0].filter((term) => !missing.has(term));
    const fuseQuery = missing.size === 0 ? toFuseQuery(query, exactly) : toFuseQuery({ alternatives: [terms] }, exactly);
    const fuse = new Fuse(group.map((entry) => entry.record), FUSE_OPTIONS);
    for (const result of fuse.search(fuseQuery)) {
      const { record, spread, missing: lacking } = group[result.refIndex];
      const all = query.alternatives[0].length;
      const score = missing.size === 0 ? result.score ?? 1 : withMissing(result.score ?? 1, record.norm, all - missing.size, missing.size);
      const ranges = (result.matches?.[0]?.indices ?? [])
        .map(([start, end]) => ({ start, end: Math.min(record.text.length, end + 1) }))
        .filter((range) => range.start < range.end);
      ranked.push({ record, score: Math.min(1, score * spread), ranges, missing: lacking });
    }
  }
  return ranked;
}

/** Fuse.js's score (mean^norm) over `present` terms, redone with `missing` more terms scoring 1. */
function withMissing(score: number, norm: number, present: number, missing: number): number {
  const mean = Math.pow(score, 1 / norm);
  return Math.pow((mean * present + missing) / (present + missing), norm);
}
