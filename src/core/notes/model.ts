/**
 * A study note: a highlight of some words of a text, in a colour, with the
 * writer's note and its replies. Every note names its text by key, so notes
 * on any text of the library live in one file.
 */
import { ENGLISH } from '../messages';

/** The colours a highlight can take, as the notes file stores them; their names are the writer's (see `colourNames`). */
export const COLOURS = ['yellow', 'green', 'blue', 'red', 'purple'] as const;
export type Colour = (typeof COLOURS)[number];

/** What each colour means unless the writer renames it, in English (`NotesMessages.colourNames` in each language). */
export const DEFAULT_COLOUR_NAMES: Readonly<Record<Colour, string>> = ENGLISH.notes.colourNames;

export function isColour(value: unknown): value is Colour {
  return typeof value === 'string' && (COLOURS as readonly string[]).includes(value);
}

/**
 * Where a note sits: the text's key, the paragraph, and the quoted words with
 * their character offsets in that paragraph. The words let the note be found
 * again when the text changes and the offsets no longer match.
 */
export interface Anchor {
  readonly text: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
  readonly quote: string;
}

export interface StudyNote extends Anchor {
  /** Stable id, unique in the file: merges in git keep each note's line. */
  readonly id: string;
  /** The highlight's colour; null for a note without a highlight. */
  readonly colour: Colour | null;
  /** The writer's note, possibly empty; `#tags` in it tag the note. */
  readonly note: string;
  /** Replies to the note, oldest first. */
  readonly replies: readonly string[];
}

/** A new id: "n" and ten base-36 characters, so two writers adding notes at once do not collide. */
export function newNoteId(random: () => number = Math.random): string {
  let id = 'n';
  for (let i = 0; i < 10; i++) id += Math.floor(random() * 36).toString(36);
  return id;
}

/** The `#tags` of a note and its replies, lower case, in order of first use. */
export function tagsOf(note: Pick<StudyNote, 'note' | 'replies'>): string[] {
  const tags = new Set<string>();
  for (const body of [note.note, ...note.replies]) {
    for (const match of body.matchAll(/(?:^|[^\p{L}\p{N}_&#])#([\p{L}\p{N}_][\p{L}\p{N}_/-]*)/gu)) tags.add(match[1].toLowerCase());
  }
  return [...tags];
}

/** What a colour is called: the writer's name for it, else the default. */
export function colourName(colour: Colour, names: Partial<Record<Colour, string>> = {}): string {
  const name = names[colour]?.trim();
  return name ? name : DEFAULT_COLOUR_NAMES[colour];
}
