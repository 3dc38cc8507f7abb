/**
 * Sets of records as the narrowing builds them: those every query word hits,
 * those most words hit, unions and filters of them, each record with the sum
 * of its words' error rates.
 */
import type { Atom, Corpus } from './candidates';

/** A word found in this share of all records narrows nothing worth its cost when rarer words are there. */
const COMMON_SHARE = 0.3;

export interface Found {
  readonly records: Int32Array;
  readonly errorSums: Float32Array;
}

export const NOTHING: Found = { records: new Int32Array(0), errorSums: new Float32Array(0) };

export function allUnits(corpus: Corpus): Found {
  const records = new Int32Array(corpus.unitCount);
  for (let i = 0; i < records.length; i++) records[i] = i;
  return { records, errorSums: new Float32Array(records.length) };
}

/**
 * Records every atom hits, rarest atom first. Very common atoms are left to
 * Fuse.js when a rarer one narrows enough on its own.
 */
export function intersect(atoms: readonly Atom[], corpus: Corpus): Found {
  const sorted = [...atoms].sort((a, b) => a.hits.records.length - b.hits.records.length);
  const common = corpus.records.length * COMMON_SHARE;
  const narrowing = sorted.filter((atom, i) => i === 0 || atom.hits.records.length <= common);
  const first = narrowing[0].hits;
  const counts = new Uint8Array(first.records.length).fill(1);
  const sums = Float32Array.from(first.errors);
  const { scratch } = corpus;
  const generation = ++scratch.generation;
  for (let i = 0; i < first.records.length; i++) {
    scratch.stamp[first.records[i]] = generation;
    scratch.slot[first.records[i]] = i;
  }
  for (let a = 1; a < narrowing.length; a++) {
    const { records, errors } = narrowing[a].hits;
    for (let i = 0; i < records.length; i++) {
      if (scratch.stamp[records[i]] !== generation) continue;
      const at = scratch.slot[records[i]];
      if (counts[at] === a) {
        counts[at]++;
        sums[at] += errors[i];
      }
    }
  }
  return collect(first.records, counts, sums, narrowing.length);
}

/** The records with the most of the words, if that is at least `least`. */
export function quorum(atoms: readonly Atom[], corpus: Corpus, least: number): Found {
  const counts = new Uint8Array(corpus.records.length);
  const sums = new Float32Array(corpus.records.length);
  for (const { hits } of atoms) {
    for (let i = 0; i < hits.records.length; i++) {
      counts[hits.records[i]]++;
      sums[hits.records[i]] += hits.errors[i];
    }
  }
  let most = 0;
  for (const c of counts) most = Math.max(most, c);
  if (most < least) return NOTHING;
  const all = new Int32Array(corpus.records.length);
  for (let i = 0; i < all.length; i++) all[i] = i;
  // A missing word counts as a full error.
  for (let i = 0; i < sums.length; i++) sums[i] += atoms.length - counts[i];
  return collect(all, counts, sums, most);
}

/**
 * Records holding all the words but one, looked for among those holding one
 * of the two rarest words (a record lacking one word has one of these), and
 * only when those are few: otherwise the cost is not worth it.
 */
export function nearlyAll(atoms: readonly Atom[], corpus: Corpus, most: number): Found {
  const rarest = [...atoms].sort((a, b) => a.hits.records.length - b.hits.records.length).slice(0, 2);
  if (rarest.reduce((n, atom) => n + atom.hits.records.length, 0) > most) return NOTHING;
  const records: number[] = [];
  const sums: number[] = [];
  const { index } = corpus;
  for (const record of new Set(rarest.flatMap((atom) => [...atom.hits.records]))) {
    const from = index.wordStart[corpus.firstUnit[record]];
    const to = index.wordStart[corpus.endUnit[record]];
    let missing = 0;
    for (const atom of atoms) {
      let found = false;
      for (let position = from; position < to && !found; position++) found = atom.hits.matched[index.unitWords[position]] === 1;
      if (!found) missing++;
    }
    // Records with every word are complete matches already.
    if (missing !== 1) continue;
    records.push(record);
    // The missing word counts as a full error; the others' are not at hand here, and count as none.
    sums.push(1);
  }
  return { records: Int32Array.from(records), errorSums: Float32Array.from(sums) };
}

/** Records found either way, each with its smaller error sum. */
export function union(a: Found, b: Found): Found {
  if (b.records.length === 0) return a;
  if (a.records.length === 0) return b;
  const sums = new Map<number, number>();
  for (const found of [a, b]) {
    found.records.forEach((record, i) => sums.set(record, Math.min(sums.get(record) ?? Infinity, found.errorSums[i])));
  }
  return { records: Int32Array.from(sums.keys()), errorSums: Float32Array.from(sums.values()) };
}

/** The records counted at least `wanted` times. */
function collect(records: Int32Array, counts: Uint8Array, sums: Float32Array, wanted: number): Found {
  let n = 0;
  for (const c of counts) if (c >= wanted) n++;
  const out = new Int32Array(n);
  const outSums = new Float32Array(n);
  let j = 0;
  for (let i = 0; i < counts.length; i++) {
    if (counts[i] < wanted) continue;
    out[j] = records[i];
    outSums[j++] = sums[i];
  }
  return { records: out, errorSums: outSums };
}

/** A paragraph is offered whole only when no single sentence of it matches every word. */
export function withoutCoveredParagraphs(found: Found, corpus: Corpus): Found {
  // Covered paragraphs are stamped in the scratch space: a set of them would cost more than the rest of a keystroke.
  const { scratch, parentOf, unitCount } = corpus;
  const generation = ++scratch.generation;
  let covered = 0;
  for (const record of found.records) {
    if (record >= unitCount || parentOf[record] < 0) continue;
    scratch.stamp[parentOf[record]] = generation;
    covered++;
  }
  if (covered === 0) return found;
  return filter(found, (record) => scratch.stamp[record] !== generation);
}

export function filter(found: Found, keep: (record: number) => boolean): Found {
  const records = new Int32Array(found.records.length);
  const sums = new Float32Array(found.records.length);
  let n = 0;
  for (let i = 0; i < found.records.length; i++) {
    if (!keep(found.records[i])) continue;
    records[n] = found.records[i];
    sums[n++] = found.errorSums[i];
  }
  return { records: records.slice(0, n), errorSums: sums.slice(0, n) };
}
