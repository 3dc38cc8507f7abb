/**
 * Highlights and notes: the commands that add, edit and delete them, from
 * the reader's selection, the tree's paragraphs and sentences, or the Notes
 * view. Each change is written to the notes file at once (see notesFile.ts);
 * the reader, the tree and the Notes view follow the file.
 */
import * as vscode from 'vscode';
import {
  anchorFromPassage, anchorFromReader, annotate, changeNote, COLOURS, colourName, deleteNote, highlight, isColour, newNoteId,
  type Anchor, type Colour, type StudyNote,
} from '../core/notes';
import { messagesFor } from '../core/messages';
import { passageArgument } from '../core/passage';
import { Commands, READER_SCHEME } from './commands';
import { colourNames, type NotesStore } from './notesFile';
import { readerLayout, readerWork } from './readerDocuments';
import type { Services } from './services';

/** The note a command argument names: its id, or an object carrying the note (a Notes view row, a comment). */
export function noteIdIn(argument: unknown): string | undefined {
  if (typeof argument === 'string') return argument;
  if (typeof argument !== 'object' || argument === null) return undefined;
  const { note, noteId } = argument as { note?: { id?: unknown }; noteId?: unknown };
  if (typeof noteId === 'string') return noteId;
  return typeof note?.id === 'string' ? note.id : undefined;
}

export function registerNoteCommands(services: Services, store: NotesStore): void {
  /** The words a command is about: the passage given, or the reader's selection. Says why when there are none. */
  async function anchorFor(argument: unknown, what: string): Promise<Anchor | undefined> {
    const passage = passageArgument(argument);
    if (passage) {
      if (passage.work !== undefined && !services.workOf(passage)) await services.texts.ready();
      const work = services.workOf(passage);
      const anchor = work && anchorFromPassage(work, passage);
      if (!anchor) void vscode.window.showInformationMessage(vscode.l10n.t('{0} works on one paragraph or sentence: choose one in the tree, or select words in the reader.', what));
      return anchor;
    }
    const editor = vscode.window.activeTextEditor;
    const work = editor?.document.uri.scheme === READER_SCHEME ? readerWork(services.library, editor.document.uri) : undefined;
    if (!editor || !work) {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0}: select words in the reader (CPC Relations: Open the Reader), or choose a paragraph or sentence in the tree.', what));
      return undefined;
    }
    const anchor = anchorFromReader(readerLayout(work), work, editor.selection.start, editor.selection.end, messagesFor(vscode.env.language).notes);
    if (typeof anchor === 'string') {
      void vscode.window.showInformationMessage(anchor);
      return undefined;
    }
    return anchor;
  }

  async function chooseColour(given: unknown): Promise<Colour | undefined> {
    if (isColour(given)) return given;
    const names = colourNames();
    const picked = await vscode.window.showQuickPick(
      COLOURS.map((colour) => ({ label: colourName(colour, names), description: colour, colour })),
      { title: vscode.l10n.t('Highlight as'), placeHolder: vscode.l10n.t('Choose what the highlight marks (rename the colours in the setting cpcRelations.notes.colourNames)') },
    );
    return picked?.colour;
  }

  async function noteFor(argument: unknown): Promise<StudyNote | undefined> {
    await store.ready();
    const id = noteIdIn(argument);
    const note = id === undefined ? undefined : store.notes.find((n) => n.id === id);
    if (!note) void vscode.window.showInformationMessage(vscode.l10n.t('Choose a note in the Notes view: this one is no longer in the notes file.'));
    return note;
  }

  const { subscriptions } = services.context;
  subscriptions.push(
    vscode.commands.registerCommand(Commands.highlight, async (argument?: unknown, colourArgument?: unknown) => {
      const anchor = await anchorFor(argument, vscode.l10n.t('Highlight'));
      const colour = anchor && (await chooseColour(colourArgument));
      if (!anchor || !colour) return undefined;
      let id: string | undefined;
      await store.change((notes) => {
        const result = highlight(notes, anchor, colour, newNoteId());
        id = result?.id ?? notes.find((n) => n.text === anchor.text && n.paragraph === anchor.paragraph && n.start === anchor.start && n.end === anchor.end)?.id;
        return result?.notes;
      });
      return id;
    }),
    vscode.commands.registerCommand(Commands.addNote, async (argument?: unknown, textArgument?: unknown) => {
      // On a note already there (a Notes view row): its note is edited.
      if (noteIdIn(argument) !== undefined && passageArgument(argument) === undefined) return vscode.commands.executeCommand(Commands.editNote, argument, textArgument);
      const anchor = await anchorFor(argument, vscode.l10n.t('Add Note'));
      if (!anchor) return undefined;
      const text = typeof textArgument === 'string' ? textArgument : await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on “{0}”', shorten(anchor.quote)),
        prompt: vscode.l10n.t('Your note; #words are tags'),
        ignoreFocusOut: true,
      });
      if (text === undefined) return undefined;
      let id: string | undefined;
      await store.change((notes) => {
        const result = annotate(notes, anchor, text, newNoteId());
        id = result.id;
        return result.notes;
      });
      return id;
    }),
    vscode.commands.registerCommand(Commands.editNote, async (argument?: unknown, textArgument?: unknown) => {
      const note = await noteFor(argument);
      if (!note) return false;
      const text = typeof textArgument === 'string' ? textArgument : await vscode.window.showInputBox({
        title: vscode.l10n.t('Note on “{0}”', shorten(note.quote)),
        value: note.note,
        prompt: vscode.l10n.t('Your note; #words are tags'),
        ignoreFocusOut: true,
      });
      if (text === undefined) return false;
      return store.change((notes) => changeNote(notes, note.id, (n) => ({ ...n, note: text })));
    }),
    vscode.commands.registerCommand(Commands.deleteNote, async (argument?: unknown) => {
      const note = await noteFor(argument);
      if (!note) return false;
      return store.change((notes) => deleteNote(notes, note.id));
    }),
    vscode.commands.registerCommand(Commands.openNotesFile, async () => {
      const uri = store.uri();
      if (!uri) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to keep notes: they are written to a file in the workspace.'));
        return;
      }
      await store.ready();
      if (store.state.kind === 'missing') {
        void vscode.window.showInformationMessage(vscode.l10n.t('There are no notes yet: highlight words in the reader, or add a note, and {0} is written.', vscode.workspace.asRelativePath(uri)));
        return;
      }
      await vscode.window.showTextDocument(uri);
    }),
  );
}

function shorten(text: string): string {
  return text.length <= 50 ? text : `${text.slice(0, 50)}…`;
}
