/**
 * The notes file: JSON Lines, one note a line, keys always in the same
 * order, lines sorted by text, paragraph, position and id. Two writers who
 * add notes in git touch different lines, so their merges are clean. A file
 * that cannot be read is reported at its lines and never rewritten.
 */
import { isColour, type StudyNote } from './model';
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

/** Reads a notes file. Blank lines are allowed; anything else that is not a note is a problem at its line. */
export function parseNotes(source: string): NotesParse {
  return atOnce(parsingNotes(source));
}

/** As `parseNotes`, in steps of a few lines. */
export function* parsingNotes(source: string): Steps<NotesParse> {
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
      problems.push({ line, message: 'This line is not a JSON object: each line holds one note, such as {"id":"n1","text":"key","paragraph":4,...}. A merge conflict marker or a cut line is the usual cause.' });
      continue;
    }
    const read = readNote(value);
    if (typeof read === 'string') {
      problems.push({ line, message: read });
      continue;
    }
    const earlier = lineOfId.get(read.id);
    if (earlier !== undefined) {
      problems.push({ line, message: `The id "${read.id}" is already used on line ${earlier}: give one of the notes a new id.` });
      continue;
    }
    lineOfId.set(read.id, line);
    notes.push(read);
  }
  // Sorting a file already in order (as written) is one pass.
  return problems.length > 0 ? { ok: false, problems } : { ok: true, notes: sortNotes(notes) };
}

/** One note from a parsed line, or what is wrong with it. */
function readNote(value: unknown): StudyNote | string {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'This line is not a JSON object: each line holds one note.';
  const v = value as Record<string, unknown>;
  const unknown = Object.keys(v).filter((k) => !(KEYS as readonly string[]).includes(k));
  if (unknown.length > 0) return `Unknown key ${unknown.map((k) => `"${k}"`).join(', ')}: a note has ${KEYS.join(', ')}.`;
  const text = (key: string) => `"${key}" must be text`;
  if (typeof v.id !== 'string' || v.id.trim() === '') return `${text('id')}, not empty.`;
  if (typeof v.text !== 'string' || v.text === '') return `${text('text')}: the key of the text the note is on.`;
  for (const key of ['paragraph', 'start', 'end'] as const) {
    const n = v[key];
    if (!Number.isInteger(n) || (n as number) < (key === 'paragraph' ? 1 : 0)) return `"${key}" must be a whole number${key === 'paragraph' ? ' from 1' : ' from 0'}.`;
  }
  if ((v.end as number) < (v.start as number)) return '"end" must not come before "start".';
  if (typeof v.quote !== 'string') return `${text('quote')}: the quoted words.`;
  if (v.colour !== undefined && v.colour !== null && !isColour(v.colour)) return `"colour" must be one of yellow, green, blue, red, purple, or null.`;
  if (v.note !== undefined && typeof v.note !== 'string') return `${text('note')}.`;
  if (v.replies !== undefined && (!Array.isArray(v.replies) || !v.replies.every((r) => typeof r === 'string'))) return '"replies" must be a list of texts.';
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
