/**
 * Choosing notes: by colour and by tag for the Notes view, and by words for
 * the search, which finds notes as well as paragraphs.
 */
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
