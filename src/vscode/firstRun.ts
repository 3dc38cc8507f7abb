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
  // Beside the writer's document when there is one, which stays in view and keeps the focus.
  await openWalkthrough(vscode.window.activeTextEditor !== undefined);
  const editor = vscode.window.visibleTextEditors[0];
  if (editor) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
}

function openWalkthrough(toSide: boolean): Thenable<unknown> {
  return vscode.commands.executeCommand('workbench.action.openWalkthrough', WALKTHROUGH, toSide);
}
