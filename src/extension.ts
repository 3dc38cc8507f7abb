/**
 * Wiring only: create the shared services, let each adapter register its
 * commands, views and providers, and return. Parsing and indexing wait for
 * first use.
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
import { registerReader } from './vscode/reader';
import { registerSearch } from './vscode/search';
import { createServices } from './vscode/services';
import { registerTree, type TextTree } from './vscode/tree';

export interface ExtensionApi {
  /** How long activate() took, in milliseconds. */
  readonly activationMs: number;
  /** The text tree, for tests and for extensions that build on this one. */
  readonly tree: TextTree;
  /** Every text: the bundled one and the writer's, with their problems. */
  readonly library: Library;
}

export function activate(context: vscode.ExtensionContext): ExtensionApi {
  const started = performance.now();
  const services = createServices(context);
  const tree = registerTree(services);
  registerReader(services);
  const styles = registerCitations(services);
  registerSearch(services, styles);
  // The view's title shows the style citations will take: with one view in
  // the container, the sidebar's own title reads "CPC RELATIONS: TEXT · APA 7".
  const showStyle = () => {
    tree.view.title = `Text · ${styles.label()}`;
    tree.view.description = styles.label();
  };
  showStyle();
  context.subscriptions.push(styles.onDidChange(showStyle));
  registerChecking(services);
  registerFirstRun(services);
  registerConcordance(services);
  // The writer's texts load after activation has returned, one file at a time.
  services.texts.start();
  context.subscriptions.push(vscode.commands.registerCommand(Commands.makeText, (uri?: unknown, answers?: MakeTextAnswers) => makeThisFileAText(services, uri, answers)));
  // Paragraphs the active document quotes or cites are marked in the tree.
  context.subscriptions.push(onDidChangeCoverage(() => tree.provider.setCoverage(activeCoverageCounts())));
  return { activationMs: performance.now() - started, tree, library: services.library };
}

export function deactivate(): void {}
