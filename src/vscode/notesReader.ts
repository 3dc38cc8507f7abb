/**
 * Notes in the reader: each highlight in its colour (and in the overview
 * ruler), and each note as a comment thread of VS Code's Comments API,
 * where the writer adds a note (the + in the gutter, on a paragraph or a
 * selection), replies, edits and deletes.
 */
import * as vscode from 'vscode';
import { anchorFromReader, anchorOfParagraph, annotate, changeNote, colourName, COLOURS, deleteNote, inSlices, newNoteId, readerRange, tagsOf, type Colour, type PlacedNote, type Steps, type StudyNote } from '../core/notes';
import { messagesFor } from '../core/messages';
import type { Work } from '../core/model';
import { Commands, READER_SCHEME } from './commands';
import { afterActivation } from './later';
import { colourNames, type NotesStore } from './notesFile';
import { readerLayout, readerUri, readerWork } from './readerDocuments';
import type { Services } from './services';

/** The highlight colours, light enough to read through, and solid in the overview ruler. */
const SHADES: Readonly<Record<Colour, [number, number, number]>> = {
  yellow: [255, 210, 0],
  green: [60, 190, 90],
  blue: [70, 150, 255],
  red: [240, 80, 80],
  purple: [170, 100, 240],
};

/** A comment of a note's thread: the note itself, or a reply. */
class NoteComment implements vscode.Comment {
  mode = vscode.CommentMode.Preview;
  readonly contextValue: string;
  readonly author: vscode.CommentAuthorInformation;

  constructor(public body: string | vscode.MarkdownString, readonly noteId: string, readonly reply: number | undefined, readonly thread: vscode.CommentThread) {
    this.contextValue = reply === undefined ? 'note' : 'reply';
    this.author = { name: reply === undefined ? vscode.l10n.t('Note') : vscode.l10n.t('Reply') };
  }
}

/** What the adapter shows, for tests. */
export interface NotesInReader {
  /** The comment threads of the notes, by note id. */
  threads(): ReadonlyMap<string, vscode.CommentThread>;
}

export function registerNotesInReader(services: Services, store: NotesStore): NotesInReader {
  // The comment controller, the highlights and the threads come a moment after activation (or with the first command).
  const inReader = afterActivation(services.context, () => showNotesInReader(services, store));
  const commentOf = (argument: unknown): NoteComment | undefined => (argument instanceof NoteComment ? argument : undefined);
  services.context.subscriptions.push(
    vscode.commands.registerCommand(Commands.replyToNote, async (reply: vscode.CommentReply) => {
      const id = [...inReader().threads].find(([, t]) => t === reply.thread)?.[0];
      if (id === undefined) return newNote(services, store, reply);
      await store.change((notes) => changeNote(notes, id, (n) => ({ ...n, replies: [...n.replies, reply.text] })));
    }),
    vscode.commands.registerCommand(Commands.editComment, (argument: unknown) => {
      const comment = commentOf(argument);
      if (!comment) return;
      comment.thread.comments = comment.thread.comments.map((c) => {
        if (c === comment) (c as NoteComment).mode = vscode.CommentMode.Editing;
        return c;
      });
    }),
    vscode.commands.registerCommand(Commands.cancelComment, () => inReader().refresh(true)),
    vscode.commands.registerCommand(Commands.saveComment, async (argument: unknown) => {
      const comment = commentOf(argument);
      if (!comment) return;
      const body = typeof comment.body === 'string' ? comment.body : comment.body.value;
      const changed = await store.change((notes) => changeNote(notes, comment.noteId, (n) => (comment.reply === undefined
        ? { ...n, note: body }
        : { ...n, replies: n.replies.map((r, i) => (i === comment.reply ? body : r)) })));
      if (!changed) inReader().refresh(true);
    }),
    vscode.commands.registerCommand(Commands.deleteComment, async (argument: unknown) => {
      const comment = commentOf(argument);
      if (!comment) return;
      // Deleting the note of a highlight keeps the highlight; a note without one goes with its replies.
      await store.change((notes) => {
        const note = notes.find((n) => n.id === comment.noteId);
        if (!note) return undefined;
        if (comment.reply !== undefined) return changeNote(notes, note.id, (n) => ({ ...n, replies: n.replies.filter((_, i) => i !== comment.reply) }));
        if (note.colour) return changeNote(notes, note.id, (n) => ({ ...n, note: '', replies: [] }));
        return deleteNote(notes, note.id);
      });
    }),
  );
  return { threads: () => inReader().threads };
}

/** The + in the gutter makes a thread with no note: the note is written when the writer saves it. */
async function newNote(services: Services, store: NotesStore, reply: vscode.CommentReply): Promise<void> {
  const { thread, text } = reply;
  const work = readerWork(services.library, thread.uri);
  const range = thread.range;
  const anchor = work && range && (range.isEmpty || range.start.line !== range.end.line || range.start.character === 0
    ? anchorOfParagraph(work, readerLayout(work).paragraphs.find((p) => p.line === range.start.line)?.paragraph ?? 0)
    : anchorFromReader(readerLayout(work), work, range.start, range.end, messagesFor(vscode.env.language).notes));
  thread.dispose();
  if (!anchor || typeof anchor === 'string') {
    void vscode.window.showInformationMessage(typeof anchor === 'string' ? anchor : vscode.l10n.t('Add a note on a paragraph of the reader.'));
    return;
  }
  await store.change((notes) => annotate(notes, anchor, text, newNoteId()).notes);
}

/** The notes shown in the reader: their threads by note id, and a way to show them all again. */
interface Shown {
  readonly threads: ReadonlyMap<string, vscode.CommentThread>;
  /** `again`: every thread made anew, leaving any comment being edited. */
  refresh(again?: boolean): void;
}

function showNotesInReader(services: Services, store: NotesStore): Shown {
  const decorations = new Map(COLOURS.map((colour) => {
    const [r, g, b] = SHADES[colour];
    return [colour, vscode.window.createTextEditorDecorationType({
      backgroundColor: `rgba(${r}, ${g}, ${b}, 0.3)`,
      overviewRulerColor: `rgb(${r}, ${g}, ${b})`,
      overviewRulerLane: vscode.OverviewRulerLane.Center,
    })] as const;
  }));
  const controller = vscode.comments.createCommentController('cpcRelations.notes', vscode.l10n.t('CPC Relations notes'));
  controller.options = { prompt: vscode.l10n.t('Add a note'), placeHolder: vscode.l10n.t('Your note on these words; #words are tags') };
  controller.commentingRangeProvider = {
    provideCommentingRanges(document) {
      if (document.uri.scheme !== READER_SCHEME) return [];
      const work = readerWork(services.library, document.uri);
      return work ? readerLayout(work).paragraphs.map((p) => document.lineAt(p.line).range) : [];
    },
  };
  const threads = new Map<string, vscode.CommentThread>();

  const rangeOf = (work: Work, placed: PlacedNote): vscode.Range | undefined => {
    if (!placed.placement.placed) return undefined;
    const r = readerRange(readerLayout(work), placed.placement.paragraph, placed.placement.start, placed.placement.end);
    return r && new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
  };

  const decorate = (editor: vscode.TextEditor) => {
    if (editor.document.uri.scheme !== READER_SCHEME) return;
    const work = readerWork(services.library, editor.document.uri);
    const byColour = new Map<Colour, vscode.DecorationOptions[]>(COLOURS.map((c) => [c, []]));
    const names = colourNames();
    for (const placed of work ? store.placed() : []) {
      const { note } = placed;
      if (!work || note.text !== work.id || !note.colour) continue;
      const range = rangeOf(work, placed);
      if (range) byColour.get(note.colour)?.push({ range, hoverMessage: hoverOf(note, names) });
    }
    for (const [colour, type] of decorations) editor.setDecorations(type, byColour.get(colour) ?? []);
  };

  // The file is the truth: after every change each note's thread is made to match it. A thread whose place and words are
  // unchanged is kept as it is (a thousand-note notebook costs no thousand new threads, and a reply being typed is kept).
  const shown = new Map<string, { thread: vscode.CommentThread; at: string; content: string }>();
  // A step per thread made or changed: a first showing of thousands of notes runs in slices, and a newer showing stops an older one.
  const showingThreads = function* (again: boolean, stale: () => boolean): Steps<void> {
    if (again) {
      for (const { thread } of shown.values()) thread.dispose();
      shown.clear();
      threads.clear();
    }
    const names = colourNames();
    const uris = new Map<Work, vscode.Uri>();
    const seen = new Set<string>();
    let looked = 0;
    for (const placed of store.placed()) {
      if ((++looked & 255) === 0) {
        yield;
        if (stale()) return;
      }
      const { note } = placed;
      if (note.note === '' && note.replies.length === 0) continue;
      const work = services.library.get(note.text);
      const range = work && rangeOf(work, placed);
      if (!work || !range) continue;
      let uri = uris.get(work);
      if (!uri) uris.set(work, (uri = readerUri(services.library, work)));
      const bodies = [note.note, ...note.replies];
      const label = labelOf(note, names);
      const at = `${uri.toString()}#${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;
      const content = JSON.stringify([label, bodies]);
      seen.add(note.id);
      const old = shown.get(note.id);
      if (old?.at === at && old.content === content) continue;
      yield;
      if (stale()) return;
      if (old?.at === at) {
        old.thread.comments = bodies.map((body, i) => new NoteComment(body, note.id, i === 0 ? undefined : i - 1, old.thread));
        old.thread.label = label;
        old.content = content;
        continue;
      }
      old?.thread.dispose();
      const thread = controller.createCommentThread(uri, range, []);
      thread.comments = bodies.map((body, i) => new NoteComment(body, note.id, i === 0 ? undefined : i - 1, thread));
      thread.label = label;
      thread.contextValue = note.id;
      thread.canReply = true;
      thread.collapsibleState = vscode.CommentThreadCollapsibleState.Collapsed;
      shown.set(note.id, { thread, at, content });
      threads.set(note.id, thread);
    }
    for (const [id, { thread }] of shown) {
      if (seen.has(id)) continue;
      thread.dispose();
      shown.delete(id);
      threads.delete(id);
    }
  };

  let showing = 0;
  /** `again`: every thread made anew, leaving any comment being edited. */
  const refresh = (again = false) => {
    const mine = ++showing;
    void inSlices(showingThreads(again, () => mine !== showing)).catch((error: unknown) => store.log.error('Showing the notes in the reader failed', error));
    for (const editor of vscode.window.visibleTextEditors) decorate(editor);
  };

  services.context.subscriptions.push(
    controller,
    ...decorations.values(),
    store.onDidChange(() => refresh()),
    vscode.window.onDidChangeVisibleTextEditors((editors) => editors.forEach(decorate)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('cpcRelations.notes.colourNames')) refresh();
    }),
  );
  refresh();
  return { threads, refresh };
}

function labelOf(note: StudyNote, names: Partial<Record<Colour, string>>): string {
  const tags = tagsOf(note).map((t) => `#${t}`).join(' ');
  return [note.colour ? colourName(note.colour, names) : vscode.l10n.t('Note'), tags].filter(Boolean).join(' · ');
}

function hoverOf(note: StudyNote, names: Partial<Record<Colour, string>>): vscode.MarkdownString {
  const hover = new vscode.MarkdownString();
  hover.appendMarkdown(`**${note.colour ? colourName(note.colour, names) : vscode.l10n.t('Note')}**`);
  if (note.note) hover.appendMarkdown('\n\n').appendText(note.note);
  return hover;
}
