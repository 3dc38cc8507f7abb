/**
 * Wiring only: create the shared services, let each adapter register its
 * commands and the Text view, and return. Each adapter sets up the rest of
 * itself (views, providers, the comment controller, the status bar) a moment
 * after activation has returned (see vscode/later.ts); parsing and indexing
 * wait for first use.
 */
import * as vscode from 'vscode';
import type { Library } from './core/library';
import { Commands } from './vscode/commands';
import { makeThisFileAText, type MakeTextAnswers } from './vscode/makeText';
import { registerChecking } from './vscode/checking';
import { registerCitations } from './vscode/citations';
import { registerConcordance } from './vscode/concordance';
import { activeCoverageCounts, onDidChangeCoverage } from './vscode/coverage';
import { registerFirstRun } from './vscode/firstRun';
import { createLog } from './vscode/log';
import { registerReader } from './vscode/reader';
import { countsByParagraph } from './core/notes';
import { registerNoteCommands } from './vscode/notes';
import { registerNotesExport } from './vscode/notesExport';
import { NotesStore } from './vscode/notesFile';
import { registerNotesInReader, type NotesInReader } from './vscode/notesReader';
import { noteResults } from './vscode/notesSearch';
import { registerNotesView, type NotesView } from './vscode/notesView';
import { registerSearch } from './vscode/search';
import { createServices } from './vscode/services';
import { registerTree, type TextTree } from './vscode/tree';

export interface ExtensionApi {
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
  /**
   * The extension host process's processor time during activate(), in
   * milliseconds, where the host tells it (Node, not a web worker): steadier
   * than activationMs on a busy machine, where the host waits its turn.
   */
  readonly activationCpuMs: number | undefined;
  /** The text tree, for tests and for extensions that build on this one. */
  readonly tree: TextTree;
  /** Every text: the bundled one and the writer's, with their problems. */
  readonly library: Library;
  /** The study notes: the notes file, its view, and the notes in the reader. */
  readonly notes: { readonly store: NotesStore; readonly view: NotesView; readonly reader: NotesInReader };
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const startedCpu = cpuMs();
  const services = createServices(context);
  const tree = registerTree(services);
  registerReader(services);
  const styles = registerCitations(services);
  const notes = new NotesStore(services.library, createLog(context));
  context.subscriptions.push(notes);
  registerSearch(services, styles, noteResults(notes));
  // The view's title shows the style citations will take ("TEXT · APA"); the
  // Notes view below it keeps its own title, so no description repeats it.
  const showStyle = () => {
    tree.view.title = vscode.l10n.t('Text · {0}', styles.label());
  };
  showStyle();
  context.subscriptions.push(styles.onDidChange(showStyle));
  registerChecking(services);
  registerFirstRun(services);
  registerConcordance(services);
  registerNoteCommands(services, notes);
  const notesInReader = registerNotesInReader(services, notes);
  const notesView = registerNotesView(services, notes);
  registerNotesExport(services, notes, styles);
  context.subscriptions.push(notes.onDidChange(() => tree.provider.setNoteCounts(countsByParagraph(notes.placed()))));
  // After activation has returned: the notes file and the writer's texts,
  // watched and read (the texts one file at a time).
  const afterActivation = setTimeout(() => {
    notes.start();
    services.texts.start();
  }, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(afterActivation) });
  context.subscriptions.push(vscode.commands.registerCommand(Commands.makeText, (uri?: unknown, answers?: MakeTextAnswers) => makeThisFileAText(services, uri, answers)));
  // Paragraphs the active document quotes or cites are marked in the tree.
  context.subscriptions.push(onDidChangeCoverage(() => tree.provider.setCoverage(activeCoverageCounts())));
  const activationMs = performance.now() - started;
  const endedCpu = cpuMs();
  return {
    activationMs,
    activationCpuMs: startedCpu === undefined || endedCpu === undefined ? undefined : endedCpu - startedCpu,
    tree,
    library: services.library,
    notes: { store: notes, view: notesView, reader: notesInReader },
  };
}

export function deactivate(): void {}

/** The process's processor time so far, in milliseconds; undefined in a web worker. */
function cpuMs(): number | undefined {
  const usage = (globalThis as { process?: { cpuUsage?: () => { user: number; system: number } } }).process?.cpuUsage?.();
  return usage && (usage.user + usage.system) / 1000;
}
