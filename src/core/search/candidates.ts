/**
 * Narrowing: from the index alone, the records that can match a query and a
 * prediction of how Fuse.js will score them, so that Fuse.js only ranks the
 * most promising few instead of scanning everything.
 */
import type { HitFinder, WordHits } from './hits';
import { isExclusion, type QueryTerm } from './query';
import type { SearchRecord } from './records';
import { allUnits, filter, intersect, nearlyAll, NOTHING, quorum, union, withoutCoveredParagraphs, type Found } from './recordSets';
import { spreadFactor } from './spread';
import { allowedEdits, MAX_PATTERN } from './vocabulary';
import type { WordIndex } from './wordIndex';

/** One query word looked up in the index. */
export interface Atom {
  readonly word: string;
  readonly hits: WordHits;
}

/** The records an alternative of the query can match, with their predicted scores. */
export interface Candidates {
  readonly atoms: readonly Atom[];
  readonly records: Int32Array;
  /** Fuse.js's score as the index foresees it, spread included. */
  readonly predicted: Float64Array;
  /** How scattered the query's words are in each record (see spread.ts); NaN where not weighed yet. */
  readonly spread: Float32Array;
  /** Whether some records lack some of the words (see `missingTerms`). */
  readonly partial: boolean;
}

export interface Corpus {
  readonly records: readonly SearchRecord[];
  readonly unitCount: number;
  readonly parentOf: Int32Array;
  readonly firstUnit: Int32Array;
  readonly endUnit: Int32Array;
  readonly index: WordIndex;
  readonly finder: HitFinder;
  /** Scratch space, one slot per record, reused by every query. */
  readonly scratch: { readonly slot: Int32Array; readonly stamp: Int32Array; generation: number };
}

/** From this many words on, a query may match with one of them missing. */
const LONG_QUERY = 6;
/** How many records holding its rarest words a long query looks through for near matches. */
const NEARLY_ALL_POOL = 2_000;
/** Past this many candidates, the spread of the words is weighed only for those Fuse.js ranks. */
export const SPREAD_CANDIDATES = 2_000;

export function candidatesFor(terms: readonly QueryTerm[], corpus: Corpus): Candidates {
  let atoms = atomsOf(terms, corpus, false);
  let complete = atoms.length === 0 ? allUnits(corpus) : intersect(atoms, corpus);
  let partial = NOTHING;
  if (complete.records.length === 0 && atoms.length > 0) {
    // A worse typo than usual: allow more edits; failing that, a word that is
    // not there: the records holding the most of the words, however few.
    const strict = atoms;
    atoms = atomsOf(terms, corpus, true);
    complete = intersect(atoms, corpus);
    // Only a query of several terms can match in part: a lone phrase matches whole or not at all.
    if (complete.records.length === 0 && terms.filter((term) => !isExclusion(term)).length > 1) {
      atoms = strict;
      partial = quorum(atoms, corpus, 1);
    }
  } else if (atoms.length >= LONG_QUERY) {
    // A long query is often a pasted quotation, which may have a word changed.
    partial = nearlyAll(atoms, corpus, NEARLY_ALL_POOL);
  }
  const kept = union(keepMatching(withoutCoveredParagraphs(complete, corpus), terms, corpus, false), keepMatching(partial, terms, corpus, true));
  const predicted = new Float64Array(kept.records.length);
  const weighSpread = atoms.length > 1 && kept.records.length <= SPREAD_CANDIDATES;
  const spread = new Float32Array(kept.records.length).fill(atoms.length > 1 && !weighSpread ? NaN : 1);
  const count = Math.max(1, atoms.length);
  for (let i = 0; i < kept.records.length; i++) {
    const record = kept.records[i];
    if (weighSpread) spread[i] = spreadFactor(corpus.index, corpus.firstUnit[record], corpus.endUnit[record], atoms);
    predicted[i] = predictScore(kept.errorSums[i] / count, corpus.records[record].norm) * (weighSpread ? spread[i] : 1);
  }
  return { atoms, records: kept.records, predicted, spread, partial: partial.records.length > 0 };
}

/**
 * The terms of `terms` a record lacks: those with a word none of the
 * record's words matched. Only records of a partial match lack any.
 */
export function missingTerms(terms: readonly QueryTerm[], atoms: readonly Atom[], corpus: Corpus, record: number): QueryTerm[] {
  const { index } = corpus;
  const present = new Set<string>();
  for (let position = index.wordStart[corpus.firstUnit[record]]; position < index.wordStart[corpus.endUnit[record]]; position++) {
    for (const atom of atoms) if (atom.hits.matched[index.unitWords[position]] === 1) present.add(atom.word);
  }
  return terms.filter((term) => !isExclusion(term) && term.words.some((word) => !present.has(word)));
}

/** Fuse.js's score: the mean error over the query's parts, raised to the field-length norm. */
function predictScore(meanError: number, norm: number): number {
  return Math.pow(meanError === 0 ? Number.EPSILON : Math.max(0.001, meanError), norm);
}

function atomsOf(terms: readonly QueryTerm[], corpus: Corpus, relaxed: boolean): Atom[] {
  const atoms: Atom[] = [];
  const seen = new Set<string>();
  for (const term of terms) {
    if (isExclusion(term)) continue;
    for (const word of term.words) {
      const limit = term.kind === 'fuzzy' ? allowedEdits(Math.min(word.length, MAX_PATTERN), relaxed) : 0;
      const key = `${limit}:${word}`;
      if (seen.has(key)) continue;
      seen.add(key);
      atoms.push({ word, hits: corpus.finder.hits(word, limit) });
    }
  }
  return atoms;
}

/**
 * Exact operators and exclusions, checked on the text itself as Fuse.js will
 * check them; a partial match only needs to respect the exclusions.
 */
function keepMatching(found: Found, terms: readonly QueryTerm[], corpus: Corpus, partial: boolean): Found {
  const checks = terms.filter((t) => (partial ? isExclusion(t) : t.kind !== 'fuzzy' && !indexed(t))).map(check);
  if (checks.length === 0) return found;
  return filter(found, (record) => checks.every((ok) => ok(corpus.records[record].folded)));
}

/** An include of a single word (or part of one): the index found exactly that, no need to look again. */
function indexed(term: QueryTerm): boolean {
  return term.kind === 'include' && term.words.length === 1 && term.words[0] === term.pattern && term.pattern.length <= MAX_PATTERN;
}

function check(term: QueryTerm): (text: string) => boolean {
  const p = term.pattern;
  switch (term.kind) {
    case 'exact': return (text) => text === p;
    case 'prefix': return (text) => text.startsWith(p);
    case 'suffix': return (text) => text.endsWith(p);
    case 'excludeInclude': return (text) => !text.includes(p);
    case 'excludePrefix': return (text) => !text.startsWith(p);
    case 'excludeSuffix': return (text) => !text.endsWith(p);
    default: return (text) => text.includes(p);
  }
}
