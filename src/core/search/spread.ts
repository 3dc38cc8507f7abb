/**
 * How far apart a record holds the query's words: 1 when they stand side by
 * side in the order typed, rising towards 1 + SPREAD_PENALTY as the shortest
 * stretch holding them all grows or their order differs. Scores are
 * multiplied by it, so that among similar matches the one that reads like
 * the query comes first.
 */
import type { Atom } from './candidates';
import type { WordIndex } from './wordIndex';

/** How much scattered words can weigh down a score: 1.5 is half as bad again. */
export const SPREAD_PENALTY = 0.5;

export function spreadFactor(index: WordIndex, firstUnit: number, endUnit: number, atoms: readonly Atom[]): number {
  if (atoms.length < 2) return 1;
  const positions: number[] = [];
  const atomAt: number[] = [];
  const from = index.wordStart[firstUnit];
  const to = index.wordStart[endUnit];
  for (let position = from; position < to; position++) {
    const id = index.unitWords[position];
    for (let a = 0; a < atoms.length; a++) {
      if (atoms[a].hits.matched[id] !== 1) continue;
      positions.push(position);
      atomAt.push(a);
    }
  }
  const present = new Set(atomAt).size;
  if (present < 2) return 1;
  // The shortest window of positions holding every atom present.
  const inWindow = new Array<number>(atoms.length).fill(0);
  let covered = 0;
  let best = { length: Infinity, left: 0, right: 0 };
  for (let left = 0, right = 0; right < positions.length; right++) {
    if (inWindow[atomAt[right]]++ === 0) covered++;
    while (covered === present) {
      const length = positions[right] - positions[left] + 1;
      if (length < best.length) best = { length, left, right };
      if (--inWindow[atomAt[left]] === 0) covered--;
      left++;
    }
  }
  const gaps = Math.max(0, best.length - present);
  return 1 + SPREAD_PENALTY * ((gaps + disorder(atomAt.slice(best.left, best.right + 1))) / (gaps + present + atoms.length));
}

/** Pairs of atoms, by first appearance in the window, that stand in the other order than in the query. */
function disorder(window: readonly number[]): number {
  const order = [...new Set(window)];
  let swapped = 0;
  for (let i = 0; i < order.length; i++) {
    for (let j = i + 1; j < order.length; j++) if (order[i] > order[j]) swapped++;
  }
  return swapped;
}
