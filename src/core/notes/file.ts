/**
 * The notes file: JSON Lines, one note a line, keys always in the same
 * order, lines sorted by text, paragraph, position and id. Two writers who
 * add notes in git touch different lines, so their merges are clean. A file
 * that cannot be read is reported at its lines and never rewritten.
 */
import { ENGLISH, type NotesMessages } from '../messages';
import { COLOURS, isColour, type StudyNote } from './model';
import { atOnce, type Steps } from './slices';

/** Why a line of the notes file cannot be read, at its 1-based line. */
export interface NotesProblem {
  readonly line: number;
  readonly message: string;
}

export type NotesParse =
  | { readonly ok: true; readonly notes: StudyNote[] }
  | { readonly ok: false; readonly problems: NotesProblem[] };

const KEYS = ['id', 'text', 'paragraph', 'start', 'end', 'quote', 'colour', 'note', 'replies'] as const;
/** The opening of a note as the file writes it, for the message about a line that is not one. */
const EXAMPLE = '{"id":"n1","text":"key","paragraph":4,...}';

/**
 * Reads a notes file. Blank lines are allowed; anything else that is not a
 * note is a problem at its line, said in the language of `words`.
 */
export function parseNotes(source: string, words: NotesMessages = ENGLISH.notes): NotesParse {
  return atOnce(parsingNotes(source, words));
}

/** As `parseNotes`, in steps of a few lines. */
export function* parsingNotes(source: string, words: NotesMessages = ENGLISH.notes): Steps<NotesParse> {
  const notes: StudyNote[] = [];
  const problems: NotesProblem[] = [];
  const lineOfId = new Map<string, number>();
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  for (let index = 0; index < lines.length; index++) {
    if ((index & 15) === 15) yield;
    const raw = lines[index];
    const line = index + 1;
    if (raw.trim() === '') continue;
    let value: unknown;
    try {
      value = JSON.parse(raw);
    } catch {
      problems.push({ line, message: words.notJson(EXAMPLE) });
      continue;
    }
    const read = readNote(value, words);
    if (typeof read === 'string') {
      problems.push({ line, message: read });
      continue;
    }
    const earlier = lineOfId.get(read.id);
    if (earlier !== undefined) {
      problems.push({ line, message: words.idUsed(read.id, earlier) });
      continue;
    }
    lineOfId.set(read.id, line);
    notes.push(read);
  }
  // Sorting a file already in order (as written) is one pass.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, notes: sortNotes(notes) };
}

/** One note from a parsed line, or what is wrong with it. */
function readNote(value: unknown, words: NotesMessages): StudyNote | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return words.notAnObject;
  const v = value as Record<string, unknown>;
  const unknown = Object.keys(v).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) return words.unknownKeys(unknown, KEYS);
  if (typeof v.id !== 'string' || v.id.trim() === '') return words.idEmpty;
  if (typeof v.text !== 'string' || v.text === '') return words.textKey;
  for (const key of ['paragraph', 'start', 'end'] as const) {
    const n = v[key];
    const from = key === 'paragraph' ? 1 : 0;
    if (!Number.isInteger(n) || (n as number) < from) return words.wholeNumber(key, from);
  }
  if ((v.end as number) < (v.start as number)) return words.endBeforeStart;
  if (typeof v.quote !== 'string') return words.quoteText;
  if (v.colour !== undefined && v.colour !== null && !isColour(v.colour)) return words.colourOneOf(COLOURS);
  if (v.note !== undefined && typeof v.note !== 'string') return words.noteText;
  if (v.replies !== undefined && (!Array.isArray(v.replies) || !v.replies.every((r) => typeof r === 'string'))) return words.repliesList;
  return {
    id: v.id,
    text: v.text,
    paragraph: v.paragraph as number,
    start: v.start as number,
    end: v.end as number,
    quote: v.quote,
    colour: (v.colour as StudyNote['colour'] | undefined) ?? null,
    note: (v.note as string | undefined) ?? '',
    replies: (v.replies as string[] | undefined) ?? [],
  };
}

/** The notes in the file's order: by text, paragraph, start, end, then id. */
export function sortNotes(notes: readonly StudyNote[]): StudyNote[] {
  const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return [...notes].sort((a, b) => cmp(a.text, b.text) || a.paragraph - b.paragraph || a.start - b.start || a.end - b.end || cmp(a.id, b.id));
}

/** The file's text: one line per note, sorted, keys in fixed order, ending with a line break (empty for no notes). */
export function serializeNotes(notes: readonly StudyNote[]): string {
  return atOnce(serializingNotes(notes));
}

/** As `serializeNotes`, in steps of a few notes. */
export function* serializingNotes(notes: readonly StudyNote[]): Steps<string> {
  const sorted = sortNotes(notes);
  const lines: string[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const n = sorted[i];
    lines.push(`${JSON.stringify({ id: n.id, text: n.text, paragraph: n.paragraph, start: n.start, end: n.end, quote: n.quote, colour: n.colour, note: n.note, replies: n.replies })}\n`);
    if ((i & 15) === 15) yield;
  }
  return lines.join('');
}
