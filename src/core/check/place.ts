/**
 * Where a quoted segment most likely starts in the source. Every quoted word
 * looks up its positions and votes for the diagonal "source position minus
 * quoted position"; the best-voted places are then read word for word. Cost
 * is bounded by the words' positions, whatever the input.
 */
import type { QuotedSegment } from './quoted';
import { wordNumbers, wordNumbersKnown, type SourceText } from './source';
import type { Word } from './words';

/** A word found at more places than this votes only when the segment has no rarer word. */
const COMMON = 40;
/** How many of the best-voted places are read word for word. */
const CANDIDATES = 12;
/**
 * Over a stretch of more words than this (a book, say), a word of the text's own
 * vocabulary is found at hundreds of places and "the" at tens of thousands:
 * letting every word vote would read most of the text for one quotation.
 * There the rarest words vote first, until `VOTE_BUDGET` places have been
 * counted, and a word votes only where a neighbour of it in the quotation
 * is its neighbour in the text too (`neighbourAgrees`): the quotation's place
 * still gets a vote from each of them, chance places hardly any, and only
 * those few votes are put in order. The bundled text is far below this size.
 */
export const BIG_TEXT_WORDS = 100_000;
const VOTE_BUDGET = 1000;
/** However common, this many of the rarest words vote, so that a quotation of common words is placed. */
const MIN_VOTERS = 4;

/** The source position where the segment most likely starts, within `[lo, hi)`, or undefined when none of its words is there. */
export function locate(segment: QuotedSegment, source: SourceText, lo: number, hi: number): number | undefined {
  return locateBy(hi - lo > DENSE_SPAN ? 'sorted' : 'dense', segment, source, lo, hi);
}

/** `locate`, its votes counted in an array as long as the span (`dense`) or in a list put in order (`sorted`): both choose the same place. */
export function locateBy(counting: 'dense' | 'sorted', segment: QuotedSegment, source: SourceText, lo: number, hi: number): number | undefined {
  const { words } = segment;
  const n = words.length;
  const quotedIds = idsOf(words, source);
  const lists = quotedIds.map((id) => (id < 0 ? undefined : source.byId[id]));
  const big = hi - lo > BIG_TEXT_WORDS;
  if (big) keepRarest(lists);
  const paired = big && n >= 3 ? quotedIds : undefined;
  const rare = lists.some((l) => l !== undefined && l.length <= COMMON);
  if (counting === 'sorted') return locateSorted(words, lists, rare, paired, source, lo, hi);
  // Diagonal d = p - i lies in [lo - n + 1, hi - 1]: index d - lo + n.
  const votes = scratchVotes(hi - lo + n + 1);
  const touched: number[] = [];
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (!list || (rare && list.length > COMMON)) continue;
    for (let k = lowerBound(list, lo); k < list.length && list[k] < hi; k++) {
      if (paired && !neighbourAgrees(paired, source.ids, i, list[k], lo, hi)) continue;
      const index = list[k] - i - lo + n;
      if (votes[index]++ === 0) touched.push(index);
    }
  }
  if (touched.length === 0) return undefined;
  // Smooth over neighbouring diagonals: a left-out or added word shifts the rest by one.
  const scores = new Array<number>(touched.length);
  let top = 0;
  for (let t = 0; t < touched.length; t++) {
    const centre = touched[t];
    let window = 0;
    for (let k = Math.max(0, centre - 2); k <= centre + 2 && k < votes.length; k++) window += votes[k];
    scores[t] = window * 4 + votes[centre];
    if (scores[t] > top) top = scores[t];
  }
  for (const index of touched) votes[index] = 0;
  // A phrase the text repeats ("the reform and opening-up") gets the same votes at each place:
  // the best few are read word for word, common words included, and the closest wins.
  const candidates = bestCandidates(touched.length, top, (t) => scores[t], (t) => touched[t]);
  return closest(candidates.map((t) => touched[t] + lo - n), words, source, lo, hi);
}

/**
 * Over a span this long, the votes go to a list kept in order rather than
 * to an array as long as the span: a book's few hundred votes would each
 * land in another part of megabytes of memory.
 */
const DENSE_SPAN = 1 << 16;

/**
 * `locate` over a long span, with the same votes, scores and choice: each
 * vote is its diagonal in a list put in order (each word's votes are in
 * order already, so the words' runs are merged), and a diagonal's votes and
 * its neighbours' are then read in one sweep.
 */
function locateSorted(
  words: readonly Word[], lists: readonly (Int32Array | undefined)[], rare: boolean, paired: readonly number[] | undefined, source: SourceText, lo: number, hi: number,
): number | undefined {
  const n = words.length;
  // Each word's votes are in order already (its positions ascend): a run each, merged.
  const runs: number[] = [0];
  let cast = 0;
  for (let i = 0; i < n; i++) {
    const list = lists[i];
    if (!list || (rare && list.length > COMMON)) continue;
    for (let k = lowerBound(list, lo); k < list.length && list[k] < hi; k++) {
      if (paired && !neighbourAgrees(paired, source.ids, i, list[k], lo, hi)) continue;
      if (cast === diagonals.length) diagonals = grown(diagonals, cast);
      diagonals[cast++] = list[k] - i;
    }
    if (cast > runs[runs.length - 1]) runs.push(cast);
  }
  if (cast === 0) return undefined;
  const sorted = mergeRuns(runs, cast);
  // Each diagonal once, with its votes.
  if (places.length < cast) {
    places = new Int32Array(diagonals.length);
    votes = new Int32Array(diagonals.length);
    scores = new Int32Array(diagonals.length);
  }
  let distinct = 0;
  for (let v = 0; v < cast; v++) {
    if (v > 0 && sorted[v] === sorted[v - 1]) votes[distinct - 1]++;
    else {
      places[distinct] = sorted[v];
      votes[distinct++] = 1;
    }
  }
  // Smoothed as `locate` does: the votes of the diagonals within two of each.
  let top = 0;
  let from = 0;
  let to = 0;
  let window = 0;
  for (let t = 0; t < distinct; t++) {
    while (to < distinct && places[to] <= places[t] + 2) window += votes[to++];
    while (places[from] < places[t] - 2) window -= votes[from++];
    scores[t] = window * 4 + votes[t];
    if (scores[t] > top) top = scores[t];
  }
  const candidates = bestCandidates(distinct, top, (t) => scores[t], (t) => places[t]);
  return closest(candidates.map((t) => places[t]), words, source, lo, hi);
}

/**
 * Whether quoted word `i`, found at source position `p`, has a neighbour
 * there too: the quoted word after it one or two places on (a word of the
 * source left out between them), or the one after that next to it (a word
 * added), or the same before it. Over a book, where each of a quotation's
 * words is found hundreds of times, a word alone votes mostly for chance
 * places; with its neighbour, for the places that hold some of the
 * quotation. `quotedIds`: the quoted words' ids.
 */
function neighbourAgrees(quotedIds: readonly number[], ids: Int32Array, i: number, p: number, lo: number, hi: number): boolean {
  const n = quotedIds.length;
  if (i + 1 < n) {
    const next = quotedIds[i + 1];
    if (p + 1 < hi && (ids[p + 1] === next || (i + 2 < n && ids[p + 1] === quotedIds[i + 2]))) return true;
    if (p + 2 < hi && ids[p + 2] === next) return true;
  }
  if (i > 0) {
    const previous = quotedIds[i - 1];
    if (p - 1 >= lo && (ids[p - 1] === previous || (i >= 2 && ids[p - 1] === quotedIds[i - 2]))) return true;
    if (p - 2 >= lo && ids[p - 2] === previous) return true;
  }
  return false;
}

/** Of the places a segment may start at, the one where most of its words are the source's, word for word (ties: the first). */
function closest(starts: readonly number[], words: readonly Word[], source: SourceText, lo: number, hi: number): number {
  const ids = source.ids;
  const quotedIds = idsOf(words, source);
  let best = starts[0];
  let bestExact = -1;
  for (const start of starts) {
    let exact = 0;
    for (let i = 0; i < words.length; i++) {
      const p = start + i;
      if (p >= lo && p < hi && ids[p] === quotedIds[i]) exact++;
    }
    if (exact > bestExact) {
      bestExact = exact;
      best = start;
    }
  }
  return best;
}

/**
 * The best-scored of `count` places (ties: the earlier place), as many as
 * `CANDIDATES`, among those scoring at least half the `top` score: kept in a
 * short list as they come, since thousands of places may tie.
 */
function bestCandidates(count: number, top: number, scoreOf: (t: number) => number, placeOf: (t: number) => number): number[] {
  const kept: number[] = [];
  const before = (a: number, b: number): boolean => scoreOf(a) > scoreOf(b) || (scoreOf(a) === scoreOf(b) && placeOf(a) < placeOf(b));
  for (let t = 0; t < count; t++) {
    if (scoreOf(t) * 2 < top) continue;
    if (kept.length === CANDIDATES && !before(t, kept[CANDIDATES - 1])) continue;
    let at = Math.min(kept.length, CANDIDATES - 1);
    if (kept.length < CANDIDATES) kept.push(t);
    while (at > 0 && before(t, kept[at - 1])) {
      kept[at] = kept[at - 1];
      at--;
    }
    kept[at] = t;
  }
  return kept;
}

/** Merges the ascending runs of `diagonals` (run k is `[runs[k], runs[k + 1])`), pairwise, into one ascending array. */
function mergeRuns(runs: number[], cast: number): Int32Array {
  if (spare.length < diagonals.length) spare = new Int32Array(diagonals.length);
  let from = diagonals;
  let into = spare;
  while (runs.length > 2) {
    const merged: number[] = [0];
    for (let r = 0; r + 1 < runs.length; r += 2) {
      const aEnd = runs[r + 1];
      const bEnd = r + 2 < runs.length ? runs[r + 2] : aEnd;
      let a = runs[r];
      let b = aEnd;
      let out = runs[r];
      while (a < aEnd && b < bEnd) into[out++] = from[a] <= from[b] ? from[a++] : from[b++];
      while (a < aEnd) into[out++] = from[a++];
      while (b < bEnd) into[out++] = from[b++];
      merged.push(bEnd);
    }
    runs = merged;
    [from, into] = [into, from];
  }
  // The buffers swap roles as they merge: keep the names pointing at what they hold.
  diagonals = from === diagonals ? diagonals : from;
  spare = into;
  return from.subarray(0, cast);
}

/** Scratch for `locateSorted`, grown when a book's words cast more votes than ever before. */
let diagonals: Int32Array = new Int32Array(4096);
let spare: Int32Array = new Int32Array(4096);
let places = new Int32Array(4096);
let votes = new Int32Array(4096);
let scores = new Int32Array(4096);

function grown(array: Int32Array, used: number): Int32Array {
  const larger = new Int32Array(array.length * 2);
  larger.set(array.subarray(0, used));
  return larger;
}

/**
 * Leaves in `lists` only the rarest words' positions (the others become
 * undefined): words by rarity until the budget of places is spent, and at
 * least `MIN_VOTERS` of them.
 */
function keepRarest(lists: (Int32Array | undefined)[]): void {
  const order: number[] = [];
  for (let i = 0; i < lists.length; i++) if (lists[i] !== undefined) order.push(i);
  order.sort((a, b) => (lists[a] as Int32Array).length - (lists[b] as Int32Array).length || a - b);
  let spent = 0;
  let voters = 0;
  for (const i of order) {
    const length = (lists[i] as Int32Array).length;
    if (voters >= MIN_VOTERS && spent + length > VOTE_BUDGET) lists[i] = undefined;
    else {
      spent += length;
      voters++;
    }
  }
}

/** Votes, cleared after use: allocating typed arrays costs more than the voting itself. */
let votesBuffer = new Int32Array(4096);

function scratchVotes(size: number): Int32Array {
  if (votesBuffer.length < size) votesBuffer = new Int32Array(Math.max(size, votesBuffer.length * 2));
  return votesBuffer;
}

/**
 * The source ids of a segment's words (-1 for a word the work does not
 * use), remembered with the segment for each text; and the words' numbers
 * among every text's keys, read once for all texts (while no text is built
 * that numbers more keys).
 */
const segmentIds = new WeakMap<readonly Word[], { numbers: readonly number[]; known: number; bySource: Map<SourceText, number[]> }>();

export function idsOf(words: readonly Word[], source: SourceText): number[] {
  let remembered = segmentIds.get(words);
  if (!remembered || (remembered.known !== wordNumbersKnown() && remembered.numbers.includes(-1))) {
    remembered = { numbers: wordNumbers(words), known: wordNumbersKnown(), bySource: new Map() };
    segmentIds.set(words, remembered);
  }
  let ids = remembered.bySource.get(source);
  if (!ids) {
    const { idOfNumber } = source;
    const { numbers } = remembered;
    ids = new Array<number>(numbers.length);
    for (let i = 0; i < numbers.length; i++) ids[i] = numbers[i] >= 0 && numbers[i] < idOfNumber.length ? idOfNumber[numbers[i]] : -1;
    remembered.bySource.set(source, ids);
  }
  return ids;
}

/** The index of the first item of the ascending `list` at or above `value` (its length when none). */
export function lowerBound(list: ArrayLike<number>, value: number): number {
  let a = 0;
  let b = list.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (list[mid] < value) a = mid + 1;
    else b = mid;
  }
  return a;
}

