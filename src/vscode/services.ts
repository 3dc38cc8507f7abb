/**
 * The small set of shared state that adapters receive at activation. Adapters
 * talk to each other only through commands and through this object.
 */
import * as vscode from 'vscode';
import { bundledWork } from '../core/corpus';
import type { Work } from '../core/model';
import { TextSearch } from '../core/search';
import { READER_SCHEME } from './commands';
import { UncheckedDocuments } from './optOut';

export interface Services {
  readonly context: vscode.ExtensionContext;
  /** The bundled work, parsed on first call. */
  work(): Work;
  /** The search over the work, indexed on its first search: the search picker and the paragraph picker share it. */
  readonly search: TextSearch;
  /** Documents the writer asked not to be checked in this workspace. */
  readonly unchecked: UncheckedDocuments;
  /**
   * The editor the writer last typed in: the active one, or the last active
   * one that is not the reader, so that commands run from the tree, the
   * reader or a picker insert where the writer was.
   */
  writerEditor(): vscode.TextEditor | undefined;
}

export function createServices(context: vscode.ExtensionContext): Services {
  let lastWriter: vscode.TextEditor | undefined;
  const isWriter = (editor: vscode.TextEditor | undefined): editor is vscode.TextEditor =>
    editor !== undefined && editor.document.uri.scheme !== READER_SCHEME && editor.document.uri.scheme !== 'output';
  if (isWriter(vscode.window.activeTextEditor)) lastWriter = vscode.window.activeTextEditor;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (isWriter(editor)) lastWriter = editor;
    }),
  );
  const unchecked = new UncheckedDocuments(context.workspaceState);
  context.subscriptions.push(unchecked);
  return {
    context,
    unchecked,
    work: bundledWork,
    search: TextSearch.ofWorks(() => [bundledWork()]),
    writerEditor() {
      const active = vscode.window.activeTextEditor;
      if (isWriter(active)) return active;
      if (lastWriter && !lastWriter.document.isClosed) {
        // The editor object may be stale after a tab switch: prefer the visible one for the same document.
        return vscode.window.visibleTextEditors.find((e) => e.document === lastWriter?.document) ?? lastWriter;
      }
      return undefined;
    },
  };
}
