/**
 * Which paragraphs of each text the active document quotes or cites, and how
 * often, keyed by (text, paragraph). The quotation checker publishes here after each check; the tree
 * reads it to mark paragraphs ("cited 2×").
 *
 *   onDidChangeCoverage(() => tree.setCoverage(activeCoverageCounts()))
 */
import * as vscode from 'vscode';
import type { ParagraphCoverage } from '../core/check';

/** Per text's key, the paragraphs quoted or cited. */
export type WorkCoverage = ReadonlyMap<string, readonly ParagraphCoverage[]>;

const byDocument = new Map<string, WorkCoverage>();

/** The key of paragraph `n` of the text `work` in the counts. */
export function coverageKey(work: string, n: number): string {
  return `${work}#${n}`;
}
const changed = new vscode.EventEmitter<void>();

/** Fires when the active document's coverage may have changed: after a check, on switching documents, on closing one. */
export const onDidChangeCoverage: vscode.Event<void> = changed.event;

/** The coverage of the document at `uri` as last checked, per text: quoted or cited paragraphs only, in order; empty when unknown. */
export function coverageFor(uri: vscode.Uri): WorkCoverage {
  return byDocument.get(uri.toString()) ?? new Map();
}

/** The coverage of the active editor's document (the last one written in, when the reader or a panel has focus). */
export function activeCoverage(): WorkCoverage {
  return active ? coverageFor(active) : new Map();
}

/**
 * How often the active document uses each paragraph: every citation of it,
 * and every quotation of it that cites nothing (a quotation with its
 * citation counts once). Paragraphs not used are absent.
 */
export function activeCoverageCounts(): ReadonlyMap<string, number> {
  const counts = new Map<string, number>();
  for (const [work, coverage] of activeCoverage()) {
    for (const c of coverage) counts.set(coverageKey(work, c.paragraph), c.citations + c.uncited);
  }
  return counts;
}

let active: vscode.Uri | undefined;

/** For the checker: records a document's coverage and tells listeners when it is the active one's. */
export function publishCoverage(uri: vscode.Uri, coverage: WorkCoverage): void {
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

function sameCoverage(a: WorkCoverage | undefined, b: WorkCoverage): boolean {
  return a !== undefined && a.size === b.size && [...b].every(([work, list]) => sameList(a.get(work), list));
}

function sameList(a: readonly ParagraphCoverage[] | undefined, b: readonly ParagraphCoverage[]): boolean {
  return a !== undefined && a.length === b.length
    && a.every((x, i) => x.paragraph === b[i].paragraph && x.citations === b[i].citations && x.quotations === b[i].quotations && x.uncited === b[i].uncited);
}
