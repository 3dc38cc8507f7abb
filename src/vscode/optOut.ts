/**
 * Documents the writer asked not to be checked in this workspace ("Don't
 * Check This Document"), remembered in the workspace's state so that the
 * file itself is left alone. A comment in the file does the same for
 * everyone (see src/core/check/suppress.ts).
 */
import * as vscode from 'vscode';

const STATE_KEY = 'cpcRelations.check.uncheckedDocuments';

export class UncheckedDocuments implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the document whose checking was turned off or on. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly state: vscode.Memento) {}

  private list(): string[] {
    const value = this.state.get<unknown>(STATE_KEY);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  }

  has(uri: vscode.Uri): boolean {
    return this.list().includes(uri.toString());
  }

  async set(uri: vscode.Uri, unchecked: boolean): Promise<void> {
    const key = uri.toString();
    const others = this.list().filter((k) => k !== key);
    await this.state.update(STATE_KEY, unchecked ? [...others, key] : others);
    this.changed.fire(uri);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
