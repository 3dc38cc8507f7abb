import type * as vscode from 'vscode';

export function activate(context: vscode.ExtensionContext): { activationMs: number } {
  const started = performance.now();
  void context;
  return { activationMs: performance.now() - started };
}

export function deactivate(): void {}
