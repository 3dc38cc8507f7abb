/**
 * The small set of shared state that adapters receive at activation. Adapters
 * talk to each other only through commands and through this object.
 */
import * as vscode from 'vscode';
import type { Library } from '../core/library';
import type { Work } from '../core/model';
import type { Passage } from '../core/passage';
import { TextSearch } from '../core/search';
import { OWN_SCHEMES } from './commands';
import { LibraryService } from './library';
import { UncheckedDocuments } from './optOut';

export interface Services {
  readonly context: vscode.ExtensionContext;
  /** The bundled work, parsed on first call: what a passage naming no text is from. */
  work(): Work;
  /** Every text: the bundled one first, then the writer's. */
  readonly library: Library;
  /** Loads the writer's texts and tells when they change. */
  readonly texts: LibraryService;
  /** The work a passage is from (the bundled one when it names none); undefined when that text is gone. */
  workOf(passage: Passage): Work | undefined;
  /** The search over every text, indexed on its first search: the search picker and the paragraph picker share it. */
  readonly search: TextSearch;
  /** The search over one text, by key. */
  searchOf(key: string): TextSearch;
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
    editor !== undefined && !OWN_SCHEMES.includes(editor.document.uri.scheme) && editor.document.uri.scheme !== 'output';
  if (isWriter(vscode.window.activeTextEditor)) lastWriter = vscode.window.activeTextEditor;
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      if (isWriter(editor)) lastWriter = editor;
    }),
  );
  const unchecked = new UncheckedDocuments(context.workspaceState);
  const texts = new LibraryService();
  const library = texts.library;
  context.subscriptions.push(unchecked, texts);
  // A change of the texts makes new indexes, each built on its first search.
  let search = TextSearch.ofWorks(() => library.works());
  let searches = new Map<string, TextSearch>();
  context.subscriptions.push(texts.onDidChange(() => {
    search = TextSearch.ofWorks(() => library.works());
    searches = new Map();
    // With texts of the writer's (long books, perhaps), the index builds in the background, in slices, before the first search.
    // A failure here shows again, with its message, on the first search.
    if (library.works().length > 1) void search.prepare({ sliceMs: 20 }).catch(() => undefined);
  }));
  return {
    context,
    unchecked,
    library,
    texts,
    work: () => library.defaultWork(),
    workOf: (passage) => library.get(passage.work),
    get search() {
      return search;
    },
    searchOf(key) {
      let one = searches.get(key);
      if (!one) searches.set(key, (one = TextSearch.ofWorks(() => [library.get(key)].filter((w): w is Work => w !== undefined))));
      return one;
    },
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
