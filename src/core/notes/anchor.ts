/**
 * Placing notes on the texts as they are now. A note sits where its offsets
 * say when the words there are still its quoted words; otherwise it is found
 * again by its words, first in its own paragraph (the occurrence nearest its
 * old place), then in the other paragraphs, nearest first. A note whose words
 * are nowhere, or whose text left the library, is unplaced: kept and shown as
 * such, never dropped.
 */
import type { Work } from '../model';
import type { Anchor, StudyNote } from './model';

export type Placement =
  | { readonly placed: true; readonly paragraph: number; readonly start: number; readonly end: number; readonly moved: boolean }
  | { readonly placed: false; readonly reason: string };

export interface PlacedNote {
  readonly note: StudyNote;
  readonly placement: Placement;
}

/** Where `anchor` is in `work` now (undefined: its text is not in the library). */
export function placeAnchor(anchor: Anchor, work: Work | undefined): Placement {
  if (!work) return { placed: false, reason: `The text "${anchor.text}" is not in the library.` };
  const own = work.paragraphs[anchor.paragraph - 1];
  if (own && own.text.slice(anchor.start, anchor.end) === anchor.quote) {
    return { placed: true, paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, moved: false };
  }
  if (anchor.quote === '') return { placed: false, reason: 'The note quotes no words, and its place is gone.' };
  if (own) {
    const at = nearestOccurrence(own.text, anchor.quote, anchor.start);
    if (at >= 0) return { placed: true, paragraph: anchor.paragraph, start: at, end: at + anchor.quote.length, moved: true };
  }
  // Then outwards from the old paragraph, so a note stays near where it was.
  const count = work.paragraphs.length;
  for (let distance = 1; distance <= count; distance++) {
    for (const n of [anchor.paragraph - distance, anchor.paragraph + distance]) {
      const paragraph = work.paragraphs[n - 1];
      if (!paragraph) continue;
      const at = paragraph.text.indexOf(anchor.quote);
      if (at >= 0) return { placed: true, paragraph: n, start: at, end: at + anchor.quote.length, moved: true };
    }
  }
  return { placed: false, reason: `The words "${shorten(anchor.quote)}" are no longer in "${work.record.title}".` };
}

/** Every note with its placement; `workOf` finds a text by key. */
export function placeNotes(notes: readonly StudyNote[], workOf: (key: string) => Work | undefined): PlacedNote[] {
  return notes.map((note) => ({ note, placement: placeAnchor(note, workOf(note.text)) }));
}

/**
 * Placements remembered per text and anchor, so that a write of the notes
 * file (which reads every note anew) places again only the notes that
 * changed: a note whose words are gone costs a scan of its whole text once
 * per version of the text, not once per write.
 */
export class Placements {
  private readonly byWork = new WeakMap<Work, Map<string, Placement>>();

  /** As `placeNotes`, from what is remembered where the text and the anchor are unchanged. */
  place(notes: readonly StudyNote[], workOf: (key: string) => Work | undefined): PlacedNote[] {
    return notes.map((note) => {
      const work = workOf(note.text);
      if (!work) return { note, placement: placeAnchor(note, undefined) };
      let known = this.byWork.get(work);
      if (!known) this.byWork.set(work, (known = new Map()));
      const key = `${note.paragraph}:${note.start}:${note.end}:${note.quote}`;
      let placement = known.get(key);
      if (!placement) known.set(key, (placement = placeAnchor(note, work)));
      return { note, placement };
    });
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

function shorten(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 60)}…`;
}
