/**
 * Search the Text finds the writer's notes too: notes whose note, replies or
 * quoted words hold every word typed, after the passages, marked as notes.
 */
import * as vscode from 'vscode';
import { colourName, notesMatching } from '../core/notes';
import { paragraphLabel } from '../core/passage';
import { colourNames, type NotesStore } from './notesFile';
import type { MoreResults } from './search';

/** At most this many notes follow the passages. */
const MAX_NOTES = 20;

export function noteResults(store: NotesStore): MoreResults {
  return (query) => {
    const matching = new Set(notesMatching(store.notes, query).slice(0, MAX_NOTES));
    const names = colourNames();
    return store.placed().filter((p) => matching.has(p.note)).map(({ note, placement }) => ({
      label: '$(comment)',
      description: note.note === '' ? `“${note.quote}”` : note.note,
      detail: [
        vscode.l10n.t('Note'),
        placement.placed ? paragraphLabel(placement.paragraph, placement.paragraph) : vscode.l10n.t('unplaced'),
        note.colour ? colourName(note.colour, names) : undefined,
        note.note === '' ? undefined : `“${note.quote.length > 60 ? `${note.quote.slice(0, 60)}…` : note.quote}”`,
      ].filter(Boolean).join(' · '),
      alwaysShow: true,
      passage: placement.placed ? { work: note.text, locator: { kind: 'paragraphs', first: placement.paragraph, last: placement.paragraph }, text: note.quote } : undefined,
    }));
  };
}
