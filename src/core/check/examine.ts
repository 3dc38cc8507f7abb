/**
 * What the checker concludes about one quotation placed in the work: where
 * it aligns, which paragraphs it comes from, and how it differs. That depends
 * only on the quoted text and the region searched, so an examiner remembers
 * it by those: a quotation already examined, unchanged, in this check or the
 * last, is not aligned again, wherever it moved in the document.
 */
import type { Passage } from '../passage';
import { alignQuoted, mayBeHeldExactly, type Alignment, type WordRange } from './align';
import type { AnalysedQuote, BlockAnalysis } from './analysis';
import { differences, type Difference } from './compare';
import { findJoined, type Joined } from './joined';
import { paragraphOf, sourceSpan, type SourceText } from './source';

export interface Examination {
  readonly alignment: Alignment;
  /** Share of the quoted words found in order: 0 to 1. */
  readonly similarity: number;
  /** Paragraphs holding the aligned words, ascending. */
  readonly paragraphs: readonly number[];
  readonly passage?: Passage;
  /** With edits relative to the start of the quoted words. */
  readonly differences: readonly Difference[];
  /** Pieces of the text joined out of order or across a gap with no ellipsis (then no differences are listed). */
  readonly joined?: Joined;
}

/**
 * Whether the alignment leaves room for pieces joined: more than two words
 * changed or added (pieces out of order align badly), or a long run left out
 * (pieces in order with no ellipsis). Two words changed in place are a misquotation.
 */
function mayBeJoined(alignment: Alignment): boolean {
  let rewritten = 0;
  let leftOut = 0;
  for (const segment of alignment.segments) {
    if (segment.exactAt !== undefined) continue;
    for (const step of segment.steps) {
      if (step.kind === 'changed' || step.kind === 'added') rewritten++;
      else if (step.kind === 'left-out') leftOut++;
    }
  }
  return rewritten > 2 || leftOut >= 8;
}

/**
 * The examination's differences, listed now: they are listed when first
 * read, and reading ahead lists those of the quotations the check will give,
 * so that the check finds them ready.
 */
export function listDifferences(examination: Examination): readonly Difference[] {
  return examination.differences;
}

export class Examiner {
  private previous = new Map<string, Examination>();
  private current = new Map<string, Examination>();
  /**
   * Each quotation's lookup keys, by region: made once per quotation, so that
   * checking again after a keystroke neither copies its words nor hashes them anew.
   */
  private keys = new WeakMap<AnalysedQuote, Map<string, string>>();

  constructor(readonly source: SourceText) {}

  /** Forgets everything: the quotations' words depend on the document's language. */
  forget(): void {
    this.previous = new Map();
    this.current = new Map();
    this.keys = new WeakMap();
  }

  /** Starts a check: what the check before the last did not use is forgotten. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** The examination of quotation `index` of the block, within `region` of the work or the whole of it. */
  examine(analysis: BlockAnalysis, index: number, region?: WordRange): Examination {
    const quote = analysis.quotes[index];
    const key = this.keyOf(analysis, quote, region);
    let found = this.current.get(key) ?? this.previous.get(key);
    if (!found) {
      const { source } = this;
      const alignment = alignQuoted(quote.words, source, region);
      // Pieces of the text in the wrong order or far apart: read from the whole text, as they may lie anywhere in it.
      // A word or two changed or left out is a misquotation, however its pieces might also be read.
      const joined = region === undefined && mayBeJoined(alignment) ? findJoined(quote.words, source) : undefined;
      const paragraphs = matchedParagraphs(alignment, source);
      if (joined) {
        const from = Math.min(...joined.pieces.map((p) => p.sourceFirst));
        const to = Math.max(...joined.pieces.map((p) => p.sourceLast));
        const held = piecesParagraphs(joined, source);
        found = {
          alignment,
          similarity: 1,
          paragraphs: held,
          passage: held.length > 0 ? { locator: { kind: 'paragraphs', first: held[0], last: held[held.length - 1] }, text: sourceSpan(source, from, to) } : undefined,
          differences: [],
          joined,
        };
        this.current.set(key, found);
        return found;
      }
      // Listed only for a quotation the report gives: most of the places tried for a quotation are not the text's.
      const { text, latex } = analysis;
      let listed: readonly Difference[] | undefined;
      found = {
        alignment,
        similarity: alignment.same / Math.max(1, quote.words.count),
        paragraphs,
        passage: passageOf(alignment, source, paragraphs),
        get differences() {
          return (listed ??= differences(alignment, source, text, -quote.contentStart, latex));
        },
      };
    }
    this.current.set(key, found);
    return found;
  }

  /**
   * The examination a cited quotation is judged by: within `region` (the
   * paragraphs its citation names) when they hold it word for word, or as
   * well as any place in the whole work does (ties go to the cited
   * paragraphs); or the whole work's, when it reads the quotation as pieces
   * joined. With no region, the whole work's.
   *
   * One word off in the cited paragraphs, it is looked for in the whole work
   * only where the work may hold it word for word: nowhere else can it do
   * better, and a word changed is a misquotation, not pieces joined.
   */
  examineCited(analysis: BlockAnalysis, index: number, region: WordRange | undefined): Examination {
    if (!region) return this.examine(analysis, index);
    const within = this.examine(analysis, index, region);
    const cost = within.alignment.cost;
    if (cost === 0 || (cost === 1 && !mayBeHeldExactly(analysis.quotes[index].words, this.source))) return within;
    const whole = this.examine(analysis, index);
    return cost <= whole.alignment.cost && !whole.joined ? within : whole;
  }

  private keyOf(analysis: BlockAnalysis, quote: AnalysedQuote, region: WordRange | undefined): string {
    let byRegion = this.keys.get(quote);
    if (!byRegion) this.keys.set(quote, (byRegion = new Map()));
    const label = region ? `${region.start}-${region.end}` : '';
    let key = byRegion.get(label);
    if (key === undefined) {
      const content = analysis.text.slice(quote.contentStart, quote.contentEnd);
      key = region ? `${label}\u0000${content}` : content;
      byRegion.set(label, key);
    }
    return key;
  }
}

function piecesParagraphs(joined: Joined, source: SourceText): number[] {
  const found = new Set<number>();
  for (const piece of joined.pieces) {
    for (let w = piece.sourceFirst; w <= piece.sourceLast; w++) {
      const paragraph = paragraphOf(source, w);
      if (paragraph > 0) found.add(paragraph);
    }
  }
  return [...found].sort((a, b) => a - b);
}

function matchedParagraphs(alignment: Alignment, source: SourceText): number[] {
  // The steps go through the text in order, as a rule: their paragraphs are listed as they come, each once.
  const found: number[] = [];
  let ordered = true;
  const add = (word: number): void => {
    const paragraph = paragraphOf(source, word);
    const last = found.length > 0 ? found[found.length - 1] : 0;
    if (paragraph <= 0 || paragraph === last) return;
    if (paragraph < last) ordered = false;
    found.push(paragraph);
  };
  for (const segment of alignment.segments) {
    if (segment.exactAt !== undefined) {
      for (let i = 0; i < segment.segment.words.length; i++) add(segment.exactAt + i);
      continue;
    }
    for (const step of segment.steps) if (step.kind === 'same' || step.kind === 'changed') add(step.source);
  }
  return ordered ? found : [...new Set(found)].sort((a, b) => a - b);
}

function passageOf(alignment: Alignment, source: SourceText, paragraphs: readonly number[]): Passage | undefined {
  if (alignment.first === undefined || alignment.last === undefined) return undefined;
  const text = sourceSpan(source, alignment.first, alignment.last);
  if (paragraphs.length > 0) {
    return { locator: { kind: 'paragraphs', first: paragraphs[0], last: paragraphs[paragraphs.length - 1] }, text };
  }
  const unit = source.units[source.unitOf[alignment.first]];
  const section = source.work.sections.find((s) => s.id === unit.sectionId);
  return section && { locator: { kind: 'section', sectionId: section.id, heading: section.label }, text: '' };
}
