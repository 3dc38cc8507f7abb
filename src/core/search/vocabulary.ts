/**
 * Typo-tolerant lookup of a query word in the index's vocabulary: which
 * words contain it with at most k edits (insertions, deletions or
 * substitutions), the way Fuse.js's Bitap finds a pattern inside a text.
 */

/** Longer query words are cut to this length for the lookup (one machine word of bits). */
export const MAX_PATTERN = 32;

/**
 * Edits a query word of this length may need to still find its word:
 * none up to 3 letters (that is where typing starts), then one, two, three.
 */
export function allowedEdits(length: number, relaxed = false): number {
  if (relaxed) return Math.floor(length * 0.4);
  return length < 4 ? 0 : length < 6 ? 1 : length < 9 ? 2 : 3;
}

/**
 * Myers' bit-parallel edit distance, in its "pattern anywhere in the text"
 * form: the fewest edits turning the pattern into some substring of a word.
 */
export class SubstringDistance {
  private readonly ascii = new Int32Array(128);
  private readonly other = new Map<number, number>();
  private readonly length: number;

  constructor(pattern: string) {
    const p = pattern.slice(0, MAX_PATTERN);
    this.length = p.length;
    for (let i = 0; i < p.length; i++) {
      const c = p.charCodeAt(i);
      if (c < 128) this.ascii[c] |= 1 << i;
      else this.other.set(c, (this.other.get(c) ?? 0) | (1 << i));
    }
  }

  /** The distance, or `limit + 1` once it cannot be `limit` or less. */
  in(word: string, limit: number): number {
    const m = this.length;
    if (m === 0) return 0;
    if (word.length < m - limit) return limit + 1;
    const high = 1 << (m - 1);
    let pv = -1;
    let mv = 0;
    let score = m;
    let best = m;
    for (let j = 0; j < word.length; j++) {
      const c = word.charCodeAt(j);
      const eq = c < 128 ? this.ascii[c] : this.other.get(c) ?? 0;
      const xv = eq | mv;
      const xh = ((((eq & pv) + pv) ^ pv) | eq);
      let ph = mv | ~(xh | pv);
      let mh = pv & xh;
      if (ph & high) score++;
      else if (mh & high) score--;
      // The top row is all zeros (a match may start anywhere): shift in nothing.
      ph <<= 1;
      mh <<= 1;
      pv = mh | ~(xv | ph);
      mv = ph & xv;
      if (score < best) {
        best = score;
        if (best === 0) break;
      }
    }
    return best;
  }
}

/** Words of the vocabulary that contain the pattern with at most `limit` edits, and how many each needs. */
export interface VocabularyMatches {
  readonly words: Int32Array;
  readonly edits: Uint8Array;
}

/**
 * Scans `vocabulary` (or only the word ids in `within`, when the caller knows
 * the answer lies among them) for words holding `pattern`.
 */
export function matchVocabulary(vocabulary: readonly string[], pattern: string, limit: number, within?: Int32Array): VocabularyMatches {
  const words: number[] = [];
  const edits: number[] = [];
  const count = within ? within.length : vocabulary.length;
  if (limit === 0) {
    const p = pattern.slice(0, MAX_PATTERN);
    for (let i = 0; i < count; i++) {
      const id = within ? within[i] : i;
      if (vocabulary[id].includes(p)) {
        words.push(id);
        edits.push(0);
      }
    }
  } else {
    const distance = new SubstringDistance(pattern);
    for (let i = 0; i < count; i++) {
      const id = within ? within[i] : i;
      const d = distance.in(vocabulary[id], limit);
      if (d <= limit) {
        words.push(id);
        edits.push(d);
      }
    }
  }
  return { words: Int32Array.from(words), edits: Uint8Array.from(edits) };
}
