/**
 * The extension's log, "CPC Relations" in the Output panel. The channel is
 * made at the first line written, so activation makes none.
 */
import * as vscode from 'vscode';
import { onFirstUse } from './later';

/** What the extension writes to its log. */
export type Log = Pick<vscode.LogOutputChannel, 'error' | 'warn'>;

export function createLog(context: vscode.ExtensionContext): Log {
  const channel = onFirstUse(context, () => vscode.window.createOutputChannel('CPC Relations', { log: true }));
  return {
    error: (message, ...args) => channel().error(message, ...args),
    warn: (message, ...args) => channel().warn(message, ...args),
  };
}
