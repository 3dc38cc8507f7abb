/**
 * Placing notes on the texts as they are now. A note sits where its offsets
 * say when the words there are still its quoted words; otherwise it is found
 * again by its words, first in its own paragraph (the occurrence nearest its
 * old place), then in the other paragraphs, nearest first (see find.ts: a
 * note whose words are gone costs one search of its text, or less). A note whose words
 * are nowhere, or whose text left the library, is unplaced: kept and shown as
 * such, never dropped.
 */
import type { UnplacedReason } from '../messages';
import type { Work } from '../model';
import type { Anchor, StudyNote } from './model';
import { atOnce, type Steps } from './slices';
import { nearestElsewhere } from './find';

export type Placement =
  | { readonly placed: true; readonly paragraph: number; readonly start: number; readonly end: number; readonly moved: boolean }
  | { readonly placed: false; readonly reason: UnplacedReason };

export interface PlacedNote {
  readonly note: StudyNote;
  readonly placement: Placement;
}

/** Where `anchor` is in `work` now (undefined: its text is not in the library). */
export function placeAnchor(anchor: Anchor, work: Work | undefined): Placement {
  return atOnce(placingAnchor(anchor, work));
}

/** As `placeAnchor`, in steps: the first note of a text looked for beyond its paragraph lists the text's words. */
export function* placingAnchor(anchor: Anchor, work: Work | undefined): Steps<Placement> {
  if (!work) return { placed: false, reason: { kind: 'textNotInLibrary', text: anchor.text } };
  const own = work.paragraphs[anchor.paragraph - 1];
  if (own && own.text.slice(anchor.start, anchor.end) === anchor.quote) {
    return { placed: true, paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, moved: false };
  }
  if (anchor.quote === '') return { placed: false, reason: { kind: 'noWords' } };
  if (own) {
    const at = nearestOccurrence(own.text, anchor.quote, anchor.start);
    if (at >= 0) return { placed: true, paragraph: anchor.paragraph, start: at, end: at + anchor.quote.length, moved: true };
  }
  const found = yield* nearestElsewhere(work, anchor.quote, anchor.paragraph);
  const elsewhere = found === 'scan' ? scanOutwards(work, anchor) : found;
  if (elsewhere) return { placed: true, paragraph: elsewhere.paragraph, start: elsewhere.start, end: elsewhere.start + anchor.quote.length, moved: true };
  return { placed: false, reason: { kind: 'wordsGone', words: shorten(anchor.quote), title: work.record.title } };
}

/** Every note with its placement; `workOf` finds a text by key. */
export function placeNotes(notes: readonly StudyNote[], workOf: (key: string) => Work | undefined): PlacedNote[] {
  return atOnce(placingNotes(notes, workOf));
}

/** As `placeNotes`, in steps of one note. */
export function* placingNotes(notes: readonly StudyNote[], workOf: (key: string) => Work | undefined): Steps<PlacedNote[]> {
  const placed: PlacedNote[] = [];
  for (const note of notes) {
    placed.push({ note, placement: yield* placingAnchor(note, workOf(note.text)) });
    yield;
  }
  return placed;
}

/**
 * Placements remembered per text and anchor, so that a write of the notes
 * file (which reads every note anew) places again only the notes that
 * changed: a note whose words are gone is looked for once per version of
 * the text, not once per write.
 */
export class Placements {
  private readonly byWork = new WeakMap<Work, Map<string, Placement>>();

  /** As `placeNotes`, from what is remembered where the text and the anchor are unchanged. */
  place(notes: readonly StudyNote[], workOf: (key: string) => Work | undefined): PlacedNote[] {
    return atOnce(this.placing(notes, workOf));
  }

  /** As `place`, in steps of one note. */
  *placing(notes: readonly StudyNote[], workOf: (key: string) => Work | undefined): Steps<PlacedNote[]> {
    const placed: PlacedNote[] = [];
    for (const note of notes) {
      const work = workOf(note.text);
      if (!work) {
        placed.push({ note, placement: placeAnchor(note, undefined) });
        continue;
      }
      let known = this.byWork.get(work);
      if (!known) this.byWork.set(work, (known = new Map()));
      const key = `${note.paragraph}:${note.start}:${note.end}:${note.quote}`;
      let placement = known.get(key);
      if (!placement) {
        placement = yield* placingAnchor(note, work);
        known.set(key, placement);
        yield;
      }
      placed.push({ note, placement });
    }
    return placed;
  }
}

/** The note moved to where it was found, for writing back; unplaced notes keep their anchor. */
export function withPlacement({ note, placement }: PlacedNote): StudyNote {
  if (!placement.placed || !placement.moved) return note;
  return { ...note, paragraph: placement.paragraph, start: placement.start, end: placement.end };
}

function nearestOccurrence(text: string, words: string, near: number): number {
  let best = -1;
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    if (best < 0 || Math.abs(at - near) < Math.abs(best - near)) best = at;
    if (at > near) break;
  }
  return best;
}

/** The nearest paragraph holding `anchor.quote` beyond its own, looked for outwards (for words the word list cannot find). */
function scanOutwards(work: Work, anchor: Anchor): { paragraph: number; start: number } | undefined {
  const count = work.paragraphs.length;
  const farthest = Math.max(anchor.paragraph - 1, count - anchor.paragraph);
  for (let distance = 1; distance <= farthest; distance++) {
    for (const n of [anchor.paragraph - distance, anchor.paragraph + distance]) {
      const at = work.paragraphs[n - 1]?.text.indexOf(anchor.quote) ?? -1;
      if (at >= 0) return { paragraph: n, start: at };
    }
  }
  return undefined;
}

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}
