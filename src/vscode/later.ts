/**
 * What activation leaves for later. activate() registers commands and the
 * Text view and returns; the rest of a feature (a view, a provider, a
 * controller, a listener) is set up a moment after activation has returned,
 * or at once when one of its commands runs sooner; a status bar item, a
 * decoration type or the log is made at its first use.
 */
import type * as vscode from 'vscode';

/**
 * Runs `setUp` once: after activation has returned, or at the first call of
 * the returned function if that comes sooner. The returned function gives
 * what `setUp` made.
 */
export function afterActivation<T>(context: vscode.ExtensionContext, setUp: () => T): () => T {
  let made: { readonly value: T } | undefined;
  const get = (): T => (made ??= { value: setUp() }).value;
  const timer = setTimeout(get, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(timer) });
  return get;
}

/** Makes a disposable at the first call of the returned function, disposed with the extension; later calls give the same one. */
export function onFirstUse<T extends vscode.Disposable>(context: vscode.ExtensionContext, make: () => T): () => T {
  let made: T | undefined;
  return () => {
    if (!made) {
      made = make();
      context.subscriptions.push(made);
    }
    return made;
  };
}
