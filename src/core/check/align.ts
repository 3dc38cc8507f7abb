/**
 * Aligns a quotation's words with the source. Each segment (the words between
 * two ellipses) is placed, in order: where the source holds it word for word,
 * there; else by votes (place.ts), and around that place a banded word-level
 * edit distance finds the exact differences. Cost is bounded by the segment's
 * length times the band, whatever the input.
 */
import { idsOf, locate, lowerBound } from './place';
import type { QuotedSegment, QuotedWords } from './quoted';
import type { SourceText } from './source';

export type Step =
  /** The quoted word is the source's word (same key). */
  | { readonly kind: 'same'; readonly quoted: number; readonly source: number }
  /** The quoted word stands where the source has another. */
  | { readonly kind: 'changed'; readonly quoted: number; readonly source: number }
  /** The quoted word is not in the source. */
  | { readonly kind: 'added'; readonly quoted: number }
  /** The source's word is left out without an ellipsis. */
  | { readonly kind: 'left-out'; readonly source: number }
  /** The source's word is replaced by the writer's bracketed words, as allowed. */
  | { readonly kind: 'bracketed'; readonly source: number }
  /** A word of a section heading between two quoted paragraphs: no quotation repeats it. */
  | { readonly kind: 'heading'; readonly source: number };

export interface SegmentAlignment {
  readonly segment: QuotedSegment;
  readonly steps: readonly Step[];
  /**
   * Where the source holds the segment word for word, when it does: quoted
   * word i is source word `exactAt + i`, and every step is "same". Readers
   * of an alignment look here first, and need not make its steps.
   */
  readonly exactAt?: number;
}

/**
 * A segment the source holds word for word. Most quotations are, and a
 * check keeps their alignments for the next: their steps, an object a word,
 * are made only when asked for.
 */
class ExactAlignment implements SegmentAlignment {
  private made: Step[] | undefined;

  constructor(readonly segment: QuotedSegment, readonly exactAt: number) {}

  get steps(): readonly Step[] {
    if (!this.made) {
      const n = this.segment.words.length;
      this.made = new Array<Step>(n);
      for (let i = 0; i < n; i++) this.made[i] = { kind: 'same', quoted: i, source: this.exactAt + i };
    }
    return this.made;
  }
}

export interface Alignment {
  readonly segments: readonly SegmentAlignment[];
  /** Quoted words found at their place in the source. */
  readonly same: number;
  /** Edit cost: changed, added and left-out words. */
  readonly cost: number;
  /** Source positions of the first and last aligned words, when any word is aligned. */
  readonly first?: number;
  readonly last?: number;
}

export interface WordRange {
  readonly start: number;
  readonly end: number;
}
/** How far past the previous segment an ellipsis may skip, in words. */
const MAX_SKIP = 1200;
const MAX_BAND = 64;
/** Free source words that bracketed words may stand for. */
const BRACKET_SPAN = 3;

/**
 * `exact`: first look for each segment word for word (see `exactly`); false
 * places every segment by votes and aligns it by the table, as a test may
 * compare.
 */
export function alignQuoted(quoted: QuotedWords, source: SourceText, region?: WordRange, exact = true): Alignment {
  const lo = region?.start ?? 0;
  const hi = region?.end ?? source.length;
  const segments = quoted.segments;
  const results: (SegmentAlignment | undefined)[] = segments.map(() => undefined);
  // Longer than the work twice over, it cannot be a quotation of it.
  const tooLong = quoted.count > 2 * source.length + 100;
  if (segments.length === 0 || hi <= lo || tooLong) return summarise(segments.map((segment) => ({ segment, steps: addedAll(segment) })));

  let anchor = 0;
  segments.forEach((s, i) => {
    if (s.words.length > segments[anchor].words.length) anchor = i;
  });
  results[anchor] = exact ? exactly(segments[anchor], source, lo, hi) : undefined;
  const anchorPlace = results[anchor] ? firstSource(results[anchor]) : locate(segments[anchor], source, lo, hi);
  if (anchorPlace === undefined) return summarise(segments.map((segment) => ({ segment, steps: addedAll(segment) })));
  results[anchor] ??= alignSegment(segments[anchor], source, anchorPlace, lo, hi);

  /** The segment within `[from, to)`: word for word, else placed by votes (at `unplaced` when none) and aligned by the table. */
  const aligned = (segment: QuotedSegment, from: number, to: number, unplaced: number): SegmentAlignment =>
    (exact ? exactly(segment, source, from, to) : undefined) ?? alignSegment(segment, source, locate(segment, source, from, to) ?? unplaced, from, to);
  let edge = lastSource(results[anchor]) ?? anchorPlace;
  for (let i = anchor + 1; i < segments.length; i++) {
    const from = Math.min(hi, edge + 1);
    const to = Math.min(hi, from + MAX_SKIP + segments[i].words.length * 2);
    results[i] = aligned(segments[i], from, to, from);
    edge = lastSource(results[i]) ?? edge;
  }
  edge = firstSource(results[anchor]) ?? anchorPlace;
  for (let i = anchor - 1; i >= 0; i--) {
    const to = Math.max(lo, edge);
    const from = Math.max(lo, to - MAX_SKIP - segments[i].words.length * 2);
    results[i] = aligned(segments[i], from, to, Math.max(from, to - segments[i].words.length));
    edge = firstSource(results[i]) ?? edge;
  }
  return summarise(results.map((r, i) => r ?? { segment: segments[i], steps: addedAll(segments[i]) }));
}

function addedAll(segment: QuotedSegment): Step[] {
  return segment.words.map((_, quoted) => ({ kind: 'added', quoted }));
}

function summarise(segments: SegmentAlignment[]): Alignment {
  let same = 0;
  let cost = 0;
  let first: number | undefined;
  let last: number | undefined;
  for (const segment of segments) {
    if (segment.exactAt !== undefined) {
      const n = segment.segment.words.length;
      same += n;
      if (n > 0) {
        if (first === undefined || segment.exactAt < first) first = segment.exactAt;
        if (last === undefined || segment.exactAt + n - 1 > last) last = segment.exactAt + n - 1;
      }
      continue;
    }
    for (const step of segment.steps) {
      if (step.kind === 'same') same++;
      else if (step.kind !== 'bracketed' && step.kind !== 'heading') cost++;
      if (step.kind !== 'added') {
        if (first === undefined || step.source < first) first = step.source;
        if (last === undefined || step.source > last) last = step.source;
      }
    }
  }
  return { segments, same, cost, first, last };
}

function lastSource(a: SegmentAlignment | undefined): number | undefined {
  if (a?.exactAt !== undefined) return a.segment.words.length > 0 ? a.exactAt + a.segment.words.length - 1 : undefined;
  const steps = a?.steps ?? [];
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = steps[i];
    if (step.kind === 'same' || step.kind === 'changed') return step.source;
  }
  return undefined;
}

function firstSource(a: SegmentAlignment | undefined): number | undefined {
  if (a?.exactAt !== undefined) return a.segment.words.length > 0 ? a.exactAt : undefined;
  for (const step of a?.steps ?? []) {
    if (step.kind === 'same' || step.kind === 'changed') return step.source;
  }
  return undefined;
}

/**
 * Most quotations are the text's words exactly: a segment found word for
 * word needs neither votes nor a table. Its first place within `[lo, hi)`
 * is found from its rarest word's positions, each read word for word, and
 * aligned as `alignSegment` would align it there: every word the same.
 * Undefined when no place holds it word for word, or when the table could
 * read it otherwise: bracketed words may stand for source words, a heading's
 * words within the band may be left out free, and the same words again
 * further on within the band would end the table's best reading there.
 */
function exactly(segment: QuotedSegment, source: SourceText, lo: number, hi: number): SegmentAlignment | undefined {
  const { words, gapBefore } = segment;
  const n = words.length;
  if (n === 0 || hi - lo < n) return undefined;
  for (let i = 1; i <= n; i++) if (gapBefore[i] === true) return undefined;
  const quotedIds = idsOf(words, source);
  const { ids, byId, inHeading } = source;
  let rarest = 0;
  let fewest = Infinity;
  for (let i = 0; i < n; i++) {
    const id = quotedIds[i];
    if (id < 0) return undefined;
    if (byId[id].length < fewest) {
      fewest = byId[id].length;
      rarest = i;
    }
  }
  const list = byId[quotedIds[rarest]];
  let start = -1;
  for (let k = lowerBound(list, lo + rarest); k < list.length; k++) {
    const at = list[k] - rarest;
    if (at + n > hi) break;
    if (wordForWord(quotedIds, ids, at)) {
      start = at;
      break;
    }
  }
  if (start < 0) return undefined;
  const band = bandOf(n);
  const windowStart = Math.max(lo, start - band);
  const windowEnd = Math.min(hi, start + n + band);
  for (let p = windowStart; p < windowEnd; p++) if (inHeading[p] === 1) return undefined;
  for (let at = start + 1; at + n <= windowEnd; at++) if (wordForWord(quotedIds, ids, at)) return undefined;
  return new ExactAlignment(segment, start);
}

/**
 * Whether some place in the source may hold the quoted words with no word
 * changed, added or left out. False only where no alignment of cost 0
 * exists anywhere, whatever the votes: some segment is found word for word
 * nowhere, and no heading's word, which the table passes over free, stands
 * where it breaks off. Bracketed words, which may stand for any source
 * words, answer true.
 */
export function mayBeHeldExactly(quoted: QuotedWords, source: SourceText): boolean {
  for (const segment of quoted.segments) {
    const { words, gapBefore } = segment;
    const n = words.length;
    for (let i = 0; i <= n; i++) if (gapBefore[i] === true) return true;
    const quotedIds = idsOf(words, source);
    let rarest = 0;
    for (let i = 0; i < n; i++) {
      if (quotedIds[i] < 0) return false;
      if (source.byId[quotedIds[i]].length < source.byId[quotedIds[rarest]].length) rarest = i;
    }
    if (n > 0 && !source.byId[quotedIds[rarest]].some((at) => heldAround(quotedIds, rarest, at, source))) return false;
  }
  return true;
}

/**
 * Whether the quoted words run on both sides of quoted word `i` at source
 * word `at`, word for word; or may, a heading's word standing in the way
 * (the table may pass over it, or read it as a quoted word).
 */
function heldAround(quotedIds: readonly number[], i: number, at: number, { ids, inHeading, length }: SourceText): boolean {
  for (let q = i + 1, p = at + 1; q < quotedIds.length; q++, p++) {
    if (p >= length) return false;
    if (ids[p] !== quotedIds[q]) return inHeading[p] === 1;
  }
  for (let q = i - 1, p = at - 1; q >= 0; q--, p--) {
    if (p < 0) return false;
    if (ids[p] !== quotedIds[q]) return inHeading[p] === 1;
  }
  return true;
}

function wordForWord(quotedIds: readonly number[], ids: Int32Array, at: number): boolean {
  for (let i = 0; i < quotedIds.length; i++) if (ids[at + i] !== quotedIds[i]) return false;
  return true;
}

/** How far from the diagonal `alignSegment` looks for a segment of `n` words. */
function bandOf(n: number): number {
  return Math.min(MAX_BAND, 4 + Math.ceil(n / 4));
}

/*
 * Tables, reused from one alignment to the next: allocating typed arrays
 * costs more than the alignment itself.
 */
let costBuffer = new Int32Array(4096);
let backBuffer = new Uint8Array(4096);
/** Larger tables are allocated for the one alignment that needs them and not kept. */
const SCRATCH_LIMIT = 1 << 18;

function scratchTables(size: number): { cost: Int32Array; back: Uint8Array } {
  if (size > SCRATCH_LIMIT) return { cost: new Int32Array(size).fill(INF), back: new Uint8Array(size) };
  if (costBuffer.length < size) {
    costBuffer = new Int32Array(Math.max(size, costBuffer.length * 2));
    backBuffer = new Uint8Array(costBuffer.length);
  }
  costBuffer.fill(INF, 0, size);
  backBuffer.fill(0, 0, size);
  return { cost: costBuffer, back: backBuffer };
}

const START = 1;
const SAME = 2;
const CHANGED = 3;
const ADDED = 4;
const LEFT_OUT = 5;
const HEADING = 6;
/** BRACKETED + t - 1: t source words stand for bracketed words. */
const BRACKETED = 7;
const INF = 1 << 29;
/*
 * A word changed or added costs twice a word left out, so that a quotation
 * missing a word ("to a display") aligns as that word left out rather than
 * as its last word added; on a tie a changed word wins over an added one,
 * so a misspelt word is corrected rather than deleted.
 */
const CHANGE_COST = 2;
const ADD_COST = 2;

/**
 * Semi-global alignment in a band around the diagonal `place`: the whole
 * segment is aligned, source words before and after it are free. Exported
 * for tests that compare `exactly` with it.
 */
export function alignSegment(segment: QuotedSegment, source: SourceText, place: number, lo: number, hi: number): SegmentAlignment {
  const { words, gapBefore } = segment;
  const n = words.length;
  const band = bandOf(n);
  const ws = Math.max(lo, place - band);
  const we = Math.max(ws, Math.min(hi, place + n + band));
  const m = we - ws;
  const width = 2 * band + 1;
  const { cost, back } = scratchTables((n + 1) * width);
  const offset = place - ws - band; // j = offset + i + k
  const { ids, inHeading } = source;
  const quotedIds = idsOf(words, source);

  for (let k = 0; k < width; k++) {
    const j = offset + k;
    if (j >= 0 && j <= m) {
      cost[k] = 0;
      back[k] = START;
    }
  }
  for (let i = 1; i <= n; i++) {
    const row = i * width;
    const prev = row - width;
    const id = quotedIds[i - 1];
    const bracket = gapBefore[i] === true;
    for (let k = 0; k < width; k++) {
      const j = offset + i + k;
      if (j < 0 || j > m) continue;
      let best = INF;
      let code = 0;
      if (j >= 1 && cost[prev + k] < INF) {
        const same = ids[ws + j - 1] === id;
        best = cost[prev + k] + (same ? 0 : CHANGE_COST);
        code = same ? SAME : CHANGED;
      }
      if (k + 1 < width && cost[prev + k + 1] + ADD_COST < best) {
        best = cost[prev + k + 1] + ADD_COST;
        code = ADDED;
      }
      if (k >= 1 && j >= 1 && cost[row + k - 1] < INF) {
        // Leaving out a heading's word is free once a quotation runs past the end of a section.
        const heading = i < n && inHeading[ws + j - 1] === 1;
        const left = cost[row + k - 1] + (heading ? 0 : 1);
        if (left < best) {
          best = left;
          code = heading ? HEADING : LEFT_OUT;
        }
      }
      if (bracket) {
        for (let t = 1; t <= BRACKET_SPAN && k - t >= 0; t++) {
          const from = row + k - t;
          if (back[from] >= BRACKETED || back[from] === 0) continue;
          if (cost[from] < best) {
            best = cost[from];
            code = BRACKETED + t - 1;
          }
        }
      }
      cost[row + k] = best;
      back[row + k] = code;
    }
  }

  let end = -1;
  const last = n * width;
  // Among equally good ends, the one that reads furthest: "peeple" is "people" changed, not a word added after the quotation ends.
  for (let k = 0; k < width; k++) {
    if (back[last + k] !== 0 && (end < 0 || cost[last + k] <= cost[last + end])) end = k;
  }
  if (end < 0) return { segment, steps: addedAll(segment) };

  const steps: Step[] = [];
  let i = n;
  let k = end;
  while (i > 0) {
    const code = back[i * width + k];
    const j = offset + i + k;
    if (code === SAME || code === CHANGED) {
      steps.push({ kind: code === SAME ? 'same' : 'changed', quoted: i - 1, source: ws + j - 1 });
      i--;
    } else if (code === ADDED) {
      steps.push({ kind: 'added', quoted: i - 1 });
      i--;
      k++;
    } else if (code === LEFT_OUT || code === HEADING) {
      steps.push({ kind: code === HEADING ? 'heading' : 'left-out', source: ws + j - 1 });
      k--;
    } else if (code >= BRACKETED) {
      const t = code - BRACKETED + 1;
      for (let s = 0; s < t; s++) steps.push({ kind: 'bracketed', source: ws + j - 1 - s });
      k -= t;
    } else {
      break;
    }
  }
  steps.reverse();
  return { segment, steps };
}
