/**
 * Choosing notes: by colour and by tag for the Notes view, and by words for
 * the search, which finds notes as well as paragraphs.
 */
import type { PlacedNote } from './anchor';
import { tagsOf, type Colour, type StudyNote } from './model';

export interface NotesFilter {
  readonly colour?: Colour;
  /** A tag without its "#", any case. */
  readonly tag?: string;
}

/** The notes of `notes` that have the filter's colour and tag. */
export function filterNotes<T extends { readonly note: StudyNote }>(notes: readonly T[], filter: NotesFilter): T[] {
  const tag = filter.tag?.replace(/^#/, '').toLowerCase();
  return notes.filter(({ note }) => (filter.colour === undefined || note.colour === filter.colour) && (tag === undefined || tag === '' || tagsOf(note).includes(tag)));
}

/** Every tag used in `notes`, sorted. */
export function allTags(notes: readonly StudyNote[]): string[] {
  return [...new Set(notes.flatMap(tagsOf))].sort();
}

/**
 * The notes whose note, replies or quoted words hold every word of `query`
 * (any case), in file order; none for an empty query.
 */
export function notesMatching(notes: readonly StudyNote[], query: string): StudyNote[] {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  return notes.filter((n) => {
    const haystack = [n.note, ...n.replies, n.quote].join('\n').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/** How many highlights and notes a paragraph has. */
export interface NoteCount {
  readonly highlights: number;
  readonly notes: number;
}

/** The highlights and notes of each paragraph, by text key and paragraph number; unplaced notes are not counted. */
export function countsByParagraph(placed: readonly PlacedNote[]): Map<string, Map<number, NoteCount>> {
  const counts = new Map<string, Map<number, NoteCount>>();
  for (const { note, placement } of placed) {
    if (!placement.placed) continue;
    const ofText = counts.get(note.text) ?? new Map<number, NoteCount>();
    counts.set(note.text, ofText);
    const count = ofText.get(placement.paragraph) ?? { highlights: 0, notes: 0 };
    ofText.set(placement.paragraph, {
      highlights: count.highlights + (note.colour ? 1 : 0),
      notes: count.notes + (note.note !== '' || note.replies.length > 0 ? 1 : 0),
    });
  }
  return counts;
}
