/** Shared helpers for the integration suites: the extension's API, waiting on conditions, workspace files. */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ExtensionApi } from '../../src/extension';

export const EXTENSION_ID = 'cpc-relations.cpc-relations';

export async function extensionApi(): Promise<ExtensionApi> {
  const extension = vscode.extensions.getExtension<ExtensionApi>(EXTENSION_ID);
  assert.ok(extension, `${EXTENSION_ID} is installed`);
  return extension.activate();
}

/**
 * Polls `condition` until it returns a value other than undefined or false,
 * failing with `what` when the deadline passes. For state VS Code updates
 * asynchronously without an event the test can await.
 */
export async function waitFor<T>(what: string, condition: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await condition();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) assert.fail(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

export function workspaceUri(relative: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the test workspace is open');
  return vscode.Uri.joinPath(folder.uri, relative);
}

/** Opens a new untitled document with `content` in `language` and shows it. */
export async function scratchEditor(content: string, language = 'markdown'): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument({ content, language });
  const editor = await vscode.window.showTextDocument(document);
  // An untitled name freed by an earlier test can come back with that test's
  // text restored from the workbench's backup: start from the content asked for.
  if (document.getText() !== content) {
    await editor.edit((edit) => edit.replace(new vscode.Range(0, 0, document.lineCount, 0), content));
  }
  return editor;
}

/** Closes every editor, discarding unsaved changes, so each test starts clean. */
export async function closeAllEditors(): Promise<void> {
  await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  for (const document of vscode.workspace.textDocuments) {
    if (document.isUntitled && document.isDirty) {
      const editor = await vscode.window.showTextDocument(document);
      await editor.edit((edit) => edit.delete(new vscode.Range(0, 0, document.lineCount, 0)));
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  }
}

export interface ShownMessage {
  readonly severity: 'information' | 'warning' | 'error';
  readonly message: string;
  readonly items: readonly string[];
}

/**
 * Records the messages the extension shows until `stop()`: the extension and
 * the tests share one `vscode` API object, so wrapping its functions sees
 * every call. Each message is still shown, and answered by nobody.
 */
export function recordMessages(): { readonly shown: ShownMessage[]; stop(): void } {
  const shown: ShownMessage[] = [];
  const window = vscode.window as unknown as Record<string, (...args: unknown[]) => unknown>;
  const originals = new Map<string, (...args: unknown[]) => unknown>();
  for (const [name, severity] of [['showInformationMessage', 'information'], ['showWarningMessage', 'warning'], ['showErrorMessage', 'error']] as const) {
    const original = window[name];
    originals.set(name, original);
    window[name] = (...args: unknown[]) => {
      const items = args.slice(1).filter((a): a is string => typeof a === 'string');
      shown.push({ severity, message: String(args[0]), items });
      return original.apply(vscode.window, args);
    };
  }
  return {
    shown,
    stop() {
      for (const [name, original] of originals) window[name] = original;
    },
  };
}
