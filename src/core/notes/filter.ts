/**
 * Choosing notes: by colour and by tag for the Notes view, and by words for
 * the search, which finds notes as well as paragraphs.
 */
import type { Section, Work } from '../model';
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
    const haystack = haystackOf(n);
    return words.every((w) => haystack.includes(w));
  });
}

/** Each note's words in lower case, made once per note: the search asks on every keystroke. */
const haystacks = new WeakMap<StudyNote, string>();

function haystackOf(note: StudyNote): string {
  let haystack = haystacks.get(note);
  if (haystack === undefined) haystacks.set(note, (haystack = [note.note, ...note.replies, note.quote].join('\n').toLowerCase()));
  return haystack;
}

/**
 * The placed notes of `notes` under each section of `work` that has any, in
 * the sections' order, each section's notes in the order given: one pass
 * over the sections and one over the notes.
 */
export function notesBySection<T extends PlacedNote>(work: Work, notes: readonly T[]): { section: Section; notes: T[] }[] {
  const sectionsOf = new Map<number, number[]>();
  work.sections.forEach((section, index) => {
    for (const p of section.paragraphs) {
      const list = sectionsOf.get(p.number);
      if (!list) sectionsOf.set(p.number, [index]);
      else if (list[list.length - 1] !== index) list.push(index);
    }
  });
  const bySection = new Map<number, T[]>();
  for (const placed of notes) {
    if (!placed.placement.placed) continue;
    for (const index of sectionsOf.get(placed.placement.paragraph) ?? []) {
      const list = bySection.get(index);
      if (list) list.push(placed);
      else bySection.set(index, [placed]);
    }
  }
  return [...bySection.keys()].sort((a, b) => a - b).map((index) => ({ section: work.sections[index], notes: bySection.get(index) ?? [] }));
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
