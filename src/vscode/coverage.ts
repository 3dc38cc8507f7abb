/**
 * Which paragraphs of the text the active document quotes or cites, and how
 * often. The quotation checker publishes here after each check; the tree
 * reads it to mark paragraphs ("cited 2×").
 *
 *   onDidChangeCoverage(() => tree.setCoverage(activeCoverageCounts()))
 */
import * as vscode from 'vscode';
import type { ParagraphCoverage } from '../core/check';

const byDocument = new Map<string, readonly ParagraphCoverage[]>();
const changed = new vscode.EventEmitter<void>();

/** Fires when the active document's coverage may have changed: after a check, on switching documents, on closing one. */
export const onDidChangeCoverage: vscode.Event<void> = changed.event;

/** The coverage of the document at `uri` as last checked: quoted or cited paragraphs only, in order; empty when unknown. */
export function coverageFor(uri: vscode.Uri): readonly ParagraphCoverage[] {
  return byDocument.get(uri.toString()) ?? [];
}

/** The coverage of the active editor's document (the last one written in, when the reader or a panel has focus). */
export function activeCoverage(): readonly ParagraphCoverage[] {
  return active ? coverageFor(active) : [];
}

/**
 * How often the active document uses each paragraph: every citation of it,
 * and every quotation of it that cites nothing (a quotation with its
 * citation counts once). Paragraphs not used are absent.
 */
export function activeCoverageCounts(): ReadonlyMap<number, number> {
  return new Map(activeCoverage().map((c) => [c.paragraph, c.citations + c.uncited]));
}

let active: vscode.Uri | undefined;

/** For the checker: records a document's coverage and tells listeners when it is the active one's. */
export function publishCoverage(uri: vscode.Uri, coverage: readonly ParagraphCoverage[]): void {
  const key = uri.toString();
  const before = byDocument.get(key);
  byDocument.set(key, coverage);
  if (active?.toString() === key && !sameCoverage(before, coverage)) changed.fire();
}

/** For the checker: the document whose coverage is shown. */
export function setActiveDocument(uri: vscode.Uri | undefined): void {
  if (uri?.toString() === active?.toString()) return;
  active = uri;
  changed.fire();
}

/** For the checker: forgets a closed document. */
export function forgetCoverage(uri: vscode.Uri): void {
  byDocument.delete(uri.toString());
  if (active?.toString() === uri.toString()) changed.fire();
}

function sameCoverage(a: readonly ParagraphCoverage[] | undefined, b: readonly ParagraphCoverage[]): boolean {
  return a !== undefined && a.length === b.length
    && a.every((x, i) => x.paragraph === b[i].paragraph && x.citations === b[i].citations && x.quotations === b[i].quotations && x.uncited === b[i].uncited);
}
