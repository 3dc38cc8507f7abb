/**
 * Export Notes: the literature note of the highlights and notes, written
 * into the document the writer is working on (in its kind: Markdown, LaTeX,
 * Typst…) or into a new document of the kind they choose.
 */
import * as vscode from 'vscode';
import { type CiteOptions } from '../core/cite';
import { DOCUMENT_KINDS, kindById, kindOfDocument, type DocumentKind } from '../core/kinds';
import { messagesFor } from '../core/messages';
import type { Work } from '../core/model';
import { exportingNotes, inSlices, type NotesFilter } from '../core/notes';
import { Commands } from './commands';
import { insert } from './insert';
import { colourNames, type NotesStore } from './notesFile';
import type { Services } from './services';
import { citeOptions } from './settings';
import type { StyleChoice } from './style';

/** What Export Notes takes as its argument, for callers that know: a kind (`--format`'s names), a filter, a title. */
export interface ExportRequest {
  readonly format?: string;
  readonly filter?: NotesFilter;
  readonly title?: string;
}

/** A kind's name as the picker shows it: the names of formats stay as they are, plain text is said in the interface's language. */
function kindName(kind: DocumentKind): string {
  return kind.id === 'plaintext' ? vscode.l10n.t('plain text') : kind.name;
}

export function registerNotesExport(services: Services, store: NotesStore, styles: Pick<StyleChoice, 'chosen'>): void {
  const citeFor = (work: Work): CiteOptions => {
    const chosen = citeOptions(styles.chosen());
    // The citation key setting names the bundled text's key only.
    return work === services.work() ? chosen : { ...chosen, key: undefined };
  };
  // Written in slices: a literature note of thousands of notes is long work, and the editor goes on meanwhile.
  const literatureNote = (kind: DocumentKind, request: ExportRequest) => inSlices(exportingNotes(store.placed(), (key) => services.library.get(key), {
    cite: citeFor,
    target: kind.citations.shaping,
    colourNames: colourNames(),
    filter: request.filter,
    title: request.title,
    words: messagesFor(vscode.env.language),
  }));

  services.context.subscriptions.push(vscode.commands.registerCommand(Commands.exportNotes, async (argument?: unknown) => {
    const request: ExportRequest = typeof argument === 'object' && argument !== null ? (argument as ExportRequest) : {};
    await Promise.all([store.ready(), services.texts.ready()]);
    if (store.placed().length === 0) {
      void vscode.window.showInformationMessage(vscode.l10n.t('There are no notes to export yet: highlight words in the reader, or add a note.'));
      return undefined;
    }
    const given = request.format === undefined ? undefined : kindById(request.format);
    if (request.format !== undefined && !given) {
      void vscode.window.showErrorMessage(vscode.l10n.t('Export Notes writes {0}, not "{1}".', DOCUMENT_KINDS.map((k) => k.id).join(', '), request.format));
      return undefined;
    }
    const editor = services.writerEditor();
    const editorKind = editor && kindOfDocument(editor.document.languageId, editor.document.uri.path);
    type Destination = vscode.QuickPickItem & { documentKind: DocumentKind; into: boolean };
    let destination: Destination | undefined = given && { label: '', documentKind: given, into: false };
    if (!destination) {
      const items: Destination[] = [
        ...(editor && editorKind ? [{ label: vscode.l10n.t('Insert into {0}', vscode.workspace.asRelativePath(editor.document.uri)), description: kindName(editorKind), documentKind: editorKind, into: true }] : []),
        ...DOCUMENT_KINDS.map((kind) => ({ label: vscode.l10n.t('New {0} document', kindName(kind)), documentKind: kind, into: false })),
      ];
      destination = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Export Notes as a literature note') });
    }
    if (!destination) return undefined;
    const kind = destination.documentKind;
    const text = await literatureNote(kind, request);
    if (destination.into) {
      await insert(services, {
        what: vscode.l10n.t('literature note'),
        compose: () => ({ inserts: [text] }),
        standalone: () => text,
      });
    } else {
      const document = await vscode.workspace.openTextDocument({ language: kind.languageIds[0], content: text });
      await vscode.window.showTextDocument(document);
    }
    return text;
  }));
}
