/**
 * Wiring only: create the shared services, let each adapter register its
 * commands, views and providers, and return. Parsing and indexing wait for
 * first use.
 */
import type * as vscode from 'vscode';
import { registerChecking } from './vscode/checking';
import { registerCitations } from './vscode/citations';
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
  // Paragraphs the active document quotes or cites are marked in the tree.
  context.subscriptions.push(onDidChangeCoverage(() => tree.provider.setCoverage(activeCoverageCounts())));
  return { activationMs: performance.now() - started, tree };
}

export function deactivate(): void {}
