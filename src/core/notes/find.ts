/**
 * Finding a note's words anywhere in its text, nearest its old paragraph.
 * The paragraphs are joined into one string, one per line, so that looking
 * for the words is one native search of the whole text, not one per
 * paragraph. When many notes of a text must be looked for (the text was
 * rewritten), a list of the text's words with their places is made once,
 * and each note's words are then tried only where its rarest whole word
 * stands. A text gets a few hundred searches first: listing its words costs
 * about as much as they do.
 */
import { lineIndex, type LinePlace } from '../lines';
import type { Work } from '../model';
import type { Steps } from './slices';

const WORD = /[\p{L}\p{N}]+/gu;

/** How many searches of the whole text a text gets before its words are listed. */
const SEARCHES_BEFORE_LISTING = 256;

/** About how many characters are listed between two steps. */
const LISTED_PER_STEP = 16_384;

/** Where words were found: the paragraph (1-based) and the offset in it. */
export interface Found {
  readonly paragraph: number;
  readonly start: number;
}

class TextFinder {
  private readonly joined: string;
  private readonly placeOf: (offset: number) => LinePlace;
  private searchesLeft = SEARCHES_BEFORE_LISTING;
  private places: Map<string, number[]> | undefined;

  constructor(work: Work) {
    this.joined = work.paragraphs.map((p) => p.text).join('\n');
    this.placeOf = lineIndex(this.joined);
  }

  /** The occurrence of `quote` in the paragraph nearest `own` but not in it (the earlier of two as near), its first there. */
  *nearest(quote: string, own: number): Steps<Found | undefined> {
    if (this.searchesLeft > 0 && !this.places) {
      this.searchesLeft--;
      return this.search(quote, own);
    }
    const places = this.places ?? (yield* this.listWords());
    let rarest: readonly number[] | undefined;
    let offset = 0;
    for (const match of quote.matchAll(WORD)) {
      // A word touching either end of the quote may be part of a longer word in the text.
      if (match.index === 0 || match.index + match[0].length === quote.length) continue;
      const list = places.get(match[0]);
      if (!list) return undefined;
      if (!rarest || list.length < rarest.length) {
        rarest = list;
        offset = match.index;
      }
    }
    if (!rarest) return this.search(quote, own);
    let best: Found | undefined;
    let bestDistance = Infinity;
    for (const at of rarest) {
      const start = at - offset;
      // Places come in text order: the first found at a distance is in the earlier paragraph, and the first there.
      const place = this.placeOf(Math.max(0, start));
      const paragraph = place.line + 1;
      const distance = Math.abs(paragraph - own);
      if (paragraph === own || distance >= bestDistance) continue;
      if (start < 0 || !this.joined.startsWith(quote, start)) continue;
      best = { paragraph, start: place.column };
      bestDistance = distance;
    }
    return best;
  }

  /** One search of the whole text, occurrence after occurrence, stopping once they are farther than the nearest. */
  private search(quote: string, own: number): Found | undefined {
    let best: Found | undefined;
    let bestDistance = Infinity;
    for (let at = this.joined.indexOf(quote); at >= 0; at = this.joined.indexOf(quote, at + 1)) {
      const place = this.placeOf(at);
      const paragraph = place.line + 1;
      const distance = Math.abs(paragraph - own);
      if (paragraph > own && distance >= bestDistance) break;
      if (paragraph === own || distance >= bestDistance) continue;
      best = { paragraph, start: place.column };
      bestDistance = distance;
    }
    return best;
  }

  private *listWords(): Steps<Map<string, number[]>> {
    const places = new Map<string, number[]>();
    const word = new RegExp(WORD.source, WORD.flags);
    let stepEnd = LISTED_PER_STEP;
    for (let match = word.exec(this.joined); match; match = word.exec(this.joined)) {
      const list = places.get(match[0]);
      if (list) list.push(match.index);
      else places.set(match[0], [match.index]);
      if (match.index > stepEnd) {
        stepEnd = match.index + LISTED_PER_STEP;
        yield;
      }
    }
    this.places = places;
    return places;
  }
}

const finders = new WeakMap<Work, TextFinder | null>();

/**
 * Where `quote` stands in `work` outside paragraph `own` (1-based): the
 * paragraph nearest `own` (the earlier of two as near), its first
 * occurrence there; undefined when it is nowhere else. "scan" when the text
 * or the quote holds a line break, which the joined text cannot tell from a
 * paragraph's end.
 */
export function* nearestElsewhere(work: Work, quote: string, own: number): Steps<Found | undefined | 'scan'> {
  if (quote.includes('\n')) return 'scan';
  let finder = finders.get(work);
  if (finder === undefined) {
    finder = work.paragraphs.some((p) => p.text.includes('\n')) ? null : new TextFinder(work);
    finders.set(work, finder);
  }
  if (!finder) return 'scan';
  return yield* finder.nearest(quote, own);
}
