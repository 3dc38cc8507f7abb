/**
 * The changes a writer makes to the notes, each a new list from the old one,
 * so that the same change applies to the file as it is when written.
 */
import type { Anchor, Colour, StudyNote } from './model';

/**
 * Highlights `anchor` in `colour`: a highlight of exactly these words takes
 * the colour (undefined when it has it already); otherwise a new note.
 */
export function highlight(notes: readonly StudyNote[], anchor: Anchor, colour: Colour, id: string): { notes: StudyNote[]; id: string } | undefined {
  const same = notes.find((n) => sameAnchor(n, anchor));
  if (same?.colour === colour) return undefined;
  if (same) return { notes: notes.map((n) => (n === same ? { ...n, colour } : n)), id: same.id };
  return { notes: [...notes, { id, ...pick(anchor), colour, note: '', replies: [] }], id };
}

/** Writes `text` as the note on `anchor`: on the note there already (of these very words), else a new note without a colour. */
export function annotate(notes: readonly StudyNote[], anchor: Anchor, text: string, id: string): { notes: StudyNote[]; id: string } {
  const same = notes.find((n) => sameAnchor(n, anchor) && n.note === '');
  if (same) return { notes: notes.map((n) => (n === same ? { ...n, note: text } : n)), id: same.id };
  return { notes: [...notes, { id, ...pick(anchor), colour: null, note: text, replies: [] }], id };
}

/** The note `id` changed by `change`; undefined when there is no such note. */
export function changeNote(notes: readonly StudyNote[], id: string, change: (note: StudyNote) => StudyNote): StudyNote[] | undefined {
  const at = notes.findIndex((n) => n.id === id);
  if (at < 0) return undefined;
  return notes.map((n, i) => (i === at ? change(n) : n));
}

/** Without the note `id`; undefined when there is no such note. */
export function deleteNote(notes: readonly StudyNote[], id: string): StudyNote[] | undefined {
  return notes.some((n) => n.id === id) ? notes.filter((n) => n.id !== id) : undefined;
}

function sameAnchor(a: Anchor, b: Anchor): boolean {
  return a.text === b.text && a.paragraph === b.paragraph && a.start === b.start && a.end === b.end;
}

function pick(anchor: Anchor): Anchor {
  return { text: anchor.text, paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, quote: anchor.quote };
}
