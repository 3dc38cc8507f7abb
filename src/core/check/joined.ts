/**
 * Quotations made of pieces of the text joined in the wrong order, or from
 * places apart with no ellipsis between them. Each piece matches the text
 * word for word; only where they meet does the quotation part from it. Such
 * a quotation is reported as joined, and fixed by reordering its pieces or
 * marking the join with an ellipsis, never by rewriting the words.
 */
import type { QuotedWords } from './quoted';
import { idsOf } from './place';
import type { SourceText } from './source';
import type { Word } from './words';

export interface Piece {
  /** The quoted words, first and last (inclusive), in the quotation's offsets. */
  readonly first: Word;
  readonly last: Word;
  /** The source words it matches, first and last (inclusive). */
  readonly sourceFirst: number;
  readonly sourceLast: number;
  /** Whether an ellipsis (the writer's own) comes before it. */
  readonly afterEllipsis: boolean;
}

export interface Joined {
  readonly pieces: readonly Piece[];
  /** True when some piece comes before an earlier one in the text. */
  readonly outOfOrder: boolean;
}

/** A piece shorter than this matches too many places to tell anything. */
const MIN_PIECE = 3;
/** Pieces in order with fewer source words between them are a quotation with words left out, a misquotation. */
const MIN_GAP = 8;
const MAX_PIECES = 4;
/** Positions tried for a piece's first word: a very common word is not worth them all. */
const MAX_STARTS = 400;
const MAX_WORDS = 400;

/**
 * The pieces of `quoted` when it is made of at most four exact runs of the
 * text that are not one run, and are either out of order or joined with no
 * ellipsis across a gap; otherwise undefined.
 */
export function findJoined(quoted: QuotedWords, source: SourceText): Joined | undefined {
  if (quoted.count > MAX_WORDS || quoted.count < 2 * MIN_PIECE) return undefined;
  // Words the writer supplied in brackets stand for the text's: such a quotation is the alignment's to read.
  if (quoted.segments.some((s) => s.gapBefore.some((g) => g))) return undefined;
  const pieces: Piece[] = [];
  for (const segment of quoted.segments) {
    const words = segment.words;
    let i = 0;
    let afterEllipsis = pieces.length > 0;
    while (i < words.length) {
      const run = longestRun(words, i, source, segment.gapBefore);
      if (!run || (run.length < MIN_PIECE && !(i === 0 && run.length === words.length))) return undefined;
      pieces.push({ first: words[i], last: words[i + run.length - 1], sourceFirst: run.start, sourceLast: run.start + run.length - 1, afterEllipsis });
      if (pieces.length > MAX_PIECES) return undefined;
      afterEllipsis = false;
      i += run.length;
    }
  }
  if (pieces.length < 2) return undefined;
  let outOfOrder = false;
  let joinedAcross = false;
  for (let k = 1; k < pieces.length; k++) {
    const previous = pieces[k - 1];
    const piece = pieces[k];
    if (piece.sourceFirst <= previous.sourceLast) outOfOrder = true;
    else if (!piece.afterEllipsis && piece.sourceFirst - previous.sourceLast - 1 >= MIN_GAP) joinedAcross = true;
    else if (!piece.afterEllipsis) return undefined; // a few words left out: a misquotation
  }
  return outOfOrder || joinedAcross ? { pieces, outOfOrder } : undefined;
}

/** The longest exact run of the source starting with `words[from]` (ties: the earliest), not crossing bracketed words. */
function longestRun(words: readonly Word[], from: number, source: SourceText, gapBefore: readonly boolean[]): { start: number; length: number } | undefined {
  const positions = source.positions.get(words[from].key);
  if (!positions || positions.length > MAX_STARTS) return undefined;
  let best: { start: number; length: number } | undefined;
  const ids = idsOf(words, source);
  for (const p of positions) {
    let length = 1;
    while (from + length < words.length && !gapBefore[from + length] && p + length < source.length
      && source.ids[p + length] === ids[from + length]) length++;
    if (!best || length > best.length) best = { start: p, length };
  }
  return best;
}
