/**
 * The reader: each text as a read-only Markdown document under the
 * extension's own URI scheme (see readerDocuments.ts). Opening a passage reveals and highlights it; moving the
 * cursor selects the matching paragraph in the tree; Cite selection sends the
 * selected words, verbatim, to the writer's editor.
 */
import * as vscode from 'vscode';
import type { Work } from '../core/model';
import { passageArgument, type Passage } from '../core/passage';
import { paragraphAtLine, passageFromSelection, rangeInReader } from '../core/readerLayout';
import { Commands, READER_PATH, READER_SCHEME } from './commands';
import { onFirstUse } from './later';
import { readerLayout, readerUri, readerWork } from './readerDocuments';
import type { Services } from './services';

/** The bundled text's reader. */
export const READER_URI = vscode.Uri.from({ scheme: READER_SCHEME, path: READER_PATH });

export function registerReader(services: Services): void {
  // The highlight of the passage just opened, made when the reader first needs it.
  const highlight = onFirstUse(services.context, () => vscode.window.createTextEditorDecorationType({
    backgroundColor: new vscode.ThemeColor('editor.findMatchHighlightBackground'),
    isWholeLine: false,
  }));
  let lastRevealed: string | undefined;

  async function open(passage: Passage | undefined): Promise<vscode.TextEditor | undefined> {
    if (passage?.work !== undefined && !services.workOf(passage)) await services.texts.ready();
    const found = passage ? services.workOf(passage) : services.work();
    if (!found) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The text "{0}" is no longer in the library: its file was removed or changed its key.', passage?.work ?? ''));
      return undefined;
    }
    const work: Work = found;
    const getLayout = () => readerLayout(work);
    const document = await vscode.workspace.openTextDocument(readerUri(services.library, work));
    const editor = await vscode.window.showTextDocument(document, { preview: false, preserveFocus: false });
    if (!passage) return editor;
    const range = passage.locator.kind === 'section' ? sectionRange(passage.locator.sectionId) : passageRange(passage);
    if (range) {
      editor.selection = new vscode.Selection(range.start, range.end);
      editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
      editor.setDecorations(highlight(), [range]);
    }
    function sectionRange(sectionId: string): vscode.Range | undefined {
      const line = getLayout().sectionLines.get(sectionId);
      return line === undefined ? undefined : document.lineAt(line).range;
    }
    function passageRange(p: Passage): vscode.Range | undefined {
      if (p.locator.kind !== 'paragraphs') return undefined;
      const first = rangeInReader(getLayout(), work, p.locator.first, p.locator.first === p.locator.last ? p.text : undefined);
      const last = rangeInReader(getLayout(), work, p.locator.last);
      if (!first || !last) return undefined;
      return new vscode.Range(first.start.line, first.start.character, (p.locator.first === p.locator.last ? first : last).end.line, (p.locator.first === p.locator.last ? first : last).end.character);
    }
    return editor;
  }

  services.context.subscriptions.push(
    vscode.workspace.registerTextDocumentContentProvider(READER_SCHEME, {
      provideTextDocumentContent: (uri) => {
        const work = readerWork(services.library, uri);
        return work ? readerLayout(work).text : vscode.l10n.t('This text is no longer in the library: its file was removed or changed its key.');
      },
    }),
    vscode.commands.registerCommand(Commands.openReader, (arg?: unknown) => {
      // From a text's row in the tree: that text, from its start.
      const root = typeof arg === 'object' && arg !== null && (arg as { kind?: unknown }).kind === 'work' ? (arg as { work?: { id?: unknown } }).work?.id : undefined;
      if (typeof root === 'string') return open({ work: root, locator: { kind: 'paragraphs', first: 1, last: 1 }, text: '' });
      return open(passageArgument(arg));
    }),
    vscode.commands.registerCommand(Commands.openInReader, async (arg?: unknown) => {
      const passage = passageArgument(arg);
      if (!passage) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Choose a paragraph or sentence in the CPC Relations view (or a search result) to open it in the reader.'));
        return undefined;
      }
      return open(passage);
    }),
    vscode.commands.registerCommand(Commands.citeSelection, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.uri.scheme !== READER_SCHEME) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Cite selection works in the reader: open it with "CPC Relations: Open the Reader", select some words, then run it again.'));
        return;
      }
      const selection = editor.selection;
      const work = readerWork(services.library, editor.document.uri);
      const found = work && passageFromSelection(readerLayout(work), work, selection.start, selection.end);
      const passage = found && work ? { ...found, work: work.id } : undefined;
      if (!passage) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Select some words of a paragraph in the reader to cite them (headings and paragraph numbers are not quoted).'));
        return;
      }
      if (editor.selections.length > 1) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Only the first selection is cited: cite one passage at a time.'));
      }
      await vscode.commands.executeCommand(Commands.insertQuotation, passage);
    }),
    vscode.window.onDidChangeTextEditorSelection((event) => {
      if (event.textEditor.document.uri.scheme !== READER_SCHEME) return;
      const work = readerWork(services.library, event.textEditor.document.uri);
      const n = work && paragraphAtLine(readerLayout(work), event.selections[0].active.line);
      if (n === undefined || !work || `${work.id}#${n}` === lastRevealed) return;
      lastRevealed = `${work.id}#${n}`;
      // The highlight belongs to the passage just opened; once the reader moves on it goes.
      if (event.kind !== undefined) event.textEditor.setDecorations(highlight(), []);
      void vscode.commands.executeCommand(Commands.revealInTree, n, work.id);
    }),
  );
}
