/**
 * Puts composed text into the writer's document without losing anything:
 * every selection is replaced (every cursor gets the text) in one edit, so
 * one undo takes it all back; line breaks follow the document's own; a
 * read-only document is left as it is; with no editor at all the writer
 * chooses a new Markdown document or the clipboard. Whether the document
 * really changed is read from the document, never from the edit's answer.
 */
import * as vscode from 'vscode';
import { targetFor, type Composition, type InsertionPoint, type TargetId } from '../core/cite';
import { READER_SCHEME } from './commands';
import type { Services } from './services';

/** What to do when no editor is open; the commands take it as their second argument, for callers that know. */
export interface InsertOptions {
  readonly whenNoEditor?: 'ask' | 'newDocument' | 'clipboard';
}

/** Documents of these schemes are views, never edited: the reader, output channels, git's versions. */
const READ_ONLY_SCHEMES = new Set([READER_SCHEME, 'output', 'git', 'gitfs']);

const newDocumentChoice = () => vscode.l10n.t('Open a new Markdown document and insert there');
const clipboardChoice = () => vscode.l10n.t('Copy to the clipboard');
/** The button on a message saying nothing was inserted. */
const copyButton = () => vscode.l10n.t('Copy');

export interface Insertion {
  /** What the text is, for messages: "citation", "quotation", in the interface's language. */
  readonly what: string;
  /** The text for each selection of a document in `target`, and what to append; or why nothing needs inserting. */
  compose(target: TargetId, document: string, points: readonly InsertionPoint[]): Composition | { readonly unneeded: string };
  /** The same, standing alone, for the clipboard. */
  standalone(target: TargetId): string;
}

/** Inserts into the writer's editor; true when the document was changed. */
export async function insert(services: Services, insertion: Insertion, options: InsertOptions = {}): Promise<boolean> {
  let editor = await openWriterEditor(services);
  if (!editor) {
    const newDocument = newDocumentChoice();
    const clipboard = clipboardChoice();
    const answer = options.whenNoEditor === 'newDocument' ? newDocument : options.whenNoEditor === 'clipboard' ? clipboard
      : await vscode.window.showQuickPick([newDocument, clipboard], { title: vscode.l10n.t('No editor is open: where should the {0} go?', insertion.what), ignoreFocusOut: true });
    if (answer === clipboard) {
      await copy(insertion.standalone('plaintext'), insertion.what);
      return false;
    }
    if (answer !== newDocument) return false;
    const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
    editor = await vscode.window.showTextDocument(document);
  }
  const { document } = editor;
  const readOnly = readOnlyReason(document);
  if (readOnly) {
    offerCopy(vscode.l10n.t('{0}: the {1} was not inserted. Copy it instead, or insert into a document you can edit.', readOnly, insertion.what), insertion, targetFor(document.languageId, document.uri.path));
    return false;
  }
  const text = document.getText();
  const selections = [...editor.selections].sort((a, b) => a.start.compareTo(b.start));
  const points = selections.map((s) => ({ start: document.offsetAt(s.start), end: document.offsetAt(s.end) }));
  const composed = insertion.compose(targetFor(document.languageId, document.uri.path), text, points);
  if ('unneeded' in composed) {
    void vscode.window.showInformationMessage(composed.unneeded);
    return false;
  }
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const lines = (s: string) => s.replace(/\r?\n/g, eol);
  const version = document.version;
  const done = await editor.edit(
    (edit) => {
      selections.forEach((selection, i) => edit.replace(selection, lines(composed.inserts[i])));
      if (composed.append) edit.insert(document.positionAt(composed.append.offset), lines(composed.append.text));
    },
    { undoStopBefore: true, undoStopAfter: true },
  );
  // A document made read-only by files.readonlyInclude or "Set Active Editor
  // Read-only in Session" reports the edit as done and keeps its text: only
  // the document itself tells.
  const changed = done && (document.version !== version || document.getText() !== text);
  if (!changed) offerCopy(vscode.l10n.t('{0} could not be changed (it is read-only): the {1} was not inserted.', name(document), insertion.what), insertion, targetFor(document.languageId, document.uri.path));
  return changed;
}

/** Says why nothing was inserted, with a button that copies the text instead. */
function offerCopy(message: string, insertion: Insertion, target: TargetId): void {
  // Not awaited: the command is done, whether or not the writer ever answers.
  const button = copyButton();
  void vscode.window.showWarningMessage(message, button).then((choice) => {
    if (choice === button) void copy(insertion.standalone(target), insertion.what);
  });
}

/** The tab showing `document`, if one does: the writer's document may wait in a background tab, behind the reader. */
function tabOf(document: vscode.TextDocument): vscode.Tab | undefined {
  const uri = document.uri.toString();
  return vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => t.input instanceof vscode.TabInputText && t.input.uri.toString() === uri);
}

/** The writer's editor while its document is still shown or in a tab; a closed one's editor lingers a while. */
export function liveWriterEditor(services: Services): vscode.TextEditor | undefined {
  const editor = services.writerEditor();
  if (!editor || vscode.window.visibleTextEditors.includes(editor)) return editor;
  return !editor.document.isClosed && tabOf(editor.document) ? editor : undefined;
}

/** The writer's editor, brought forward if it waits in a background tab. */
async function openWriterEditor(services: Services): Promise<vscode.TextEditor | undefined> {
  const editor = liveWriterEditor(services);
  if (!editor || vscode.window.visibleTextEditors.includes(editor)) return editor;
  return vscode.window.showTextDocument(editor.document, { viewColumn: tabOf(editor.document)?.group.viewColumn, selection: editor.selection });
}

/** Copies `text` and says so in the status bar. */
export async function copy(text: string, what: string): Promise<void> {
  await vscode.env.clipboard.writeText(text);
  const preview = text.length > 60 ? `${text.slice(0, 60).replace(/\s+/g, ' ')}…` : text.replace(/\s+/g, ' ');
  vscode.window.setStatusBarMessage(`$(check) ${vscode.l10n.t('Copied the {0}: {1}', what, preview)}`, 5000);
}

/** Why a document cannot be edited, or undefined. */
export function readOnlyReason(document: vscode.TextDocument): string | undefined {
  const { scheme } = document.uri;
  if (scheme === READER_SCHEME) return vscode.l10n.t('The reader is read-only');
  if (READ_ONLY_SCHEMES.has(scheme) || vscode.workspace.fs.isWritableFileSystem(scheme) === false) return vscode.l10n.t('{0} is read-only', name(document));
  return undefined;
}

function name(document: vscode.TextDocument): string {
  return `“${document.isUntitled ? document.uri.path : document.uri.path.split('/').pop()}”`;
}
