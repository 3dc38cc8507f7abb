/**
 * The extension's log, "CPC Relations" in the Output panel. The channel is
 * made at the first line written, so activation makes none.
 */
import * as vscode from 'vscode';

/** What the extension writes to its log. */
export type Log = Pick<vscode.LogOutputChannel, 'error' | 'warn'>;

export function createLog(context: vscode.ExtensionContext): Log {
  let channel: vscode.LogOutputChannel | undefined;
  const get = (): vscode.LogOutputChannel => {
    if (!channel) {
      channel = vscode.window.createOutputChannel('CPC Relations', { log: true });
      context.subscriptions.push(channel);
    }
    return channel;
  };
  return {
    error: (message, ...args) => get().error(message, ...args),
    warn: (message, ...args) => get().warn(message, ...args),
  };
}
