/**
 * The first run: on the extension's first activation on a machine, the Get
 * Started walkthrough opens beside the writer's document and the Text view
 * shows; never again unbidden (Get Started opens it on request).
 */
import * as vscode from 'vscode';
import { Commands, VIEW_ID } from './commands';
import { afterActivation } from './later';
import type { Services } from './services';

/** The walkthrough's id as VS Code knows it: publisher.name#id. */
export const WALKTHROUGH = 'cpc-relations.cpc-relations#start';
const WELCOMED = 'cpcRelations.welcomed';

export function registerFirstRun(services: Services): void {
  const { context } = services;
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.getStarted, () => openWalkthrough(false)),
    vscode.commands.registerCommand(Commands.showText, () => vscode.commands.executeCommand(`${VIEW_ID}.focus`)),
  );
  // Tests run in fresh profiles: a walkthrough opening there would only be in the way.
  if (context.extensionMode === vscode.ExtensionMode.Test) return;
  // After activation has returned: whether this is the first run, and the welcome if it is.
  afterActivation(context, () => {
    if (context.globalState.get<boolean>(WELCOMED)) return;
    void context.globalState.update(WELCOMED, true);
    void welcome();
  });
}

async function welcome(): Promise<void> {
  await vscode.commands.executeCommand(`${VIEW_ID}.focus`);
  const editor = vscode.window.activeTextEditor ?? vscode.window.visibleTextEditors[0];
  if (!editor) {
    await openWalkthrough(false);
    return;
  }
  // Beside the writer's document, which stays in view and keeps the focus. The walkthrough may take
  // the focus after its command has returned: the document gets it back once the walkthrough's group is active.
  const taken = walkthroughGroupActive(editor.viewColumn);
  await openWalkthrough(true);
  await taken;
  await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
}

/** Resolves once another group than `column`'s is the active one, or after WALKTHROUGH_FOCUS_MS. */
function walkthroughGroupActive(column: vscode.ViewColumn | undefined): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      listener.dispose();
      resolve();
    };
    const listener = vscode.window.tabGroups.onDidChangeTabGroups(() => {
      if (vscode.window.tabGroups.activeTabGroup.viewColumn !== column) done();
    });
    const timer = setTimeout(done, WALKTHROUGH_FOCUS_MS);
  });
}

/** How long the walkthrough is given to open and take the focus. */
const WALKTHROUGH_FOCUS_MS = 3_000;

function openWalkthrough(toSide: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, toSide);
}
