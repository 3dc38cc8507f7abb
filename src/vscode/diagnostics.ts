/**
 * Quotation problems as diagnostics, kept up to date as the writer types:
 * each change schedules a check of its document after a short pause (longer
 * for documents that take longer to check), opening a document checks it,
 * closing one clears its problems. The checker re-reads only the edited
 * block, reads a long new document in slices between which the editor runs,
 * and never changes the document.
 */
import * as vscode from 'vscode';
import type { CheckResult } from '../core/check';
import { PROBLEM_DOCS, problemAnchor } from '../core/problemDocs';
import { checkedLanguage, rangeOf, SETTINGS, SLICE_MS, warnSetting, type CheckedDocuments, type Checked } from './checkedDocuments';
import { aboutValue } from './settings';
import { forgetCoverage, publishCoverage, setActiveDocument } from './coverage';
import type { Services } from './services';

/** The `source` of every diagnostic this extension reports. */
export const DIAGNOSTIC_SOURCE = 'CPC Relations';
const PAUSE_MS = 250;
const MAX_PAUSE_MS = 2000;

const SEVERITIES: Readonly<Record<string, vscode.DiagnosticSeverity>> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

export function checkingEnabled(): boolean {
  const value = vscode.workspace.getConfiguration().get<unknown>(SETTINGS.enabled);
  if (value !== undefined && typeof value !== 'boolean') {
    warnSetting(SETTINGS.enabled, value, aboutValue(value,
      (shown) => vscode.l10n.t('The setting {0} is {1}, not true or false: quotations are checked as you type.', SETTINGS.enabled, shown),
      (shown, length) => vscode.l10n.t('The setting {0} is {1}… ({2} characters), not true or false: quotations are checked as you type.', SETTINGS.enabled, shown, length)));
  }
  return value !== false;
}

function severity(): vscode.DiagnosticSeverity {
  const value = vscode.workspace.getConfiguration().get<unknown>(SETTINGS.severity);
  if (value === undefined || (typeof value === 'string' && Object.hasOwn(SEVERITIES, value))) return SEVERITIES[(value as string | undefined) ?? 'warning'];
  warnSetting(SETTINGS.severity, value, aboutValue(value,
    (shown) => vscode.l10n.t('The setting {0} is {1}, which is not one of {2}: using "warning".', SETTINGS.severity, shown, Object.keys(SEVERITIES).join(', ')),
    (shown, length) => vscode.l10n.t('The setting {0} is {1}… ({2} characters), which is not one of {3}: using "warning".', SETTINGS.severity, shown, length, Object.keys(SEVERITIES).join(', '))));
  return vscode.DiagnosticSeverity.Warning;
}

/** The explanation of a problem: its section of docs/checking.md, found from its code alone. */
export function problemDocsUri(extensionUri: vscode.Uri, code: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, PROBLEM_DOCS).with({ fragment: problemAnchor(code) });
}

/** The code of a diagnostic this extension reported, whether given plain or with its link. */
export function codeOf(diagnostic: vscode.Diagnostic): string | undefined {
  const { code } = diagnostic;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

export function toDiagnostics(document: vscode.TextDocument, result: CheckResult, extensionUri: vscode.Uri): vscode.Diagnostic[] {
  const level = severity();
  return result.findings.map((finding) => {
    const diagnostic = new vscode.Diagnostic(rangeOf(document, finding.range), finding.message, level);
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = { value: finding.kind, target: problemDocsUri(extensionUri, finding.kind) };
    const quotation = finding.quotation === undefined ? undefined : result.quotations[finding.quotation];
    if (finding.kind === 'wrong-locator' && quotation) {
      diagnostic.relatedInformation = [new vscode.DiagnosticRelatedInformation(new vscode.Location(document.uri, rangeOf(document, quotation.content)), vscode.l10n.t('The quotation this locator cites'))];
    }
    return diagnostic;
  });
}

function tabUri(tab: vscode.Tab): vscode.Uri | undefined {
  const input = tab.input;
  if (input instanceof vscode.TabInputText) return input.uri;
  if (input instanceof vscode.TabInputTextDiff) return input.modified;
  return undefined;
}

function shownInTab(uri: vscode.Uri): boolean {
  const key = uri.toString();
  return vscode.window.tabGroups.all.some((group) => group.tabs.some((tab) => tabUri(tab)?.toString() === key));
}

export class DiagnosticsPublisher implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection('cpcRelations.quotations');
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly services: Services, private readonly checks: CheckedDocuments) {
    this.subscriptions.push(
      this.collection,
      checks.onDidCheck((checked) => this.publish(checked)),
      vscode.workspace.onDidOpenTextDocument((document) => this.schedule(document, 0)),
      vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.contentChanges.length === 0) return;
        if (!checkingEnabled()) {
          // Problems found on request go stale with the first edit.
          this.clear(event.document.uri);
          return;
        }
        const last = checks.lastResult(event.document.uri);
        this.schedule(event.document, Math.min(MAX_PAUSE_MS, Math.max(PAUSE_MS, 2 * (last?.duration ?? 0))));
      }),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.clear(document.uri);
        checks.forget(document.uri);
        forgetCoverage(document.uri);
      }),
      // VS Code keeps a document open for a while after its last tab closes: its problems go with the tab.
      vscode.window.tabGroups.onDidChangeTabs((event) => {
        for (const tab of event.closed) {
          const uri = tabUri(tab);
          if (uri && !shownInTab(uri)) this.clear(uri);
        }
        for (const tab of event.opened) {
          const uri = tabUri(tab)?.toString();
          const document = uri && vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
          if (document) this.schedule(document, 0);
        }
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.followActive()),
      services.unchecked.onDidChange((uri) => {
        if (services.unchecked.has(uri)) this.collection.delete(uri);
        const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
        if (document) this.schedule(document, 0);
      }),
      // New or changed texts: every document is checked against the library as it is now.
      services.texts.onDidChange(() => {
        checks.forgetAll();
        this.recheckAll();
      }),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(SETTINGS.citationKeys) || event.affectsConfiguration(SETTINGS.citationKey)) checks.forgetAll();
        if (event.affectsConfiguration('cpcRelations.check') || event.affectsConfiguration(SETTINGS.citationKey)) this.recheckAll();
      }),
    );
    this.recheckAll();
    this.followActive();
  }

  /** Checks `document` after `delay` ms, replacing any check already waiting. */
  schedule(document: vscode.TextDocument, delay: number): void {
    if (!checkedLanguage(document) || !checkingEnabled()) return;
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    const version = document.version;
    const step = (): void => {
      this.timers.delete(key);
      // An edit since schedules its own check.
      if (document.isClosed || document.version !== version) return;
      // Too long to check as you type (CheckedDocuments.pauseFor says so once); problems found before would now be misplaced.
      if (this.checks.pauseFor(document)) {
        this.collection.delete(document.uri);
        return;
      }
      // A long document is read a slice at a time, letting the editor breathe between slices.
      const started = performance.now();
      if (!this.checks.prepare(document, () => performance.now() - started > SLICE_MS)) {
        this.timers.set(key, setTimeout(step, 0));
        return;
      }
      const before = this.checks.lastResult(document.uri);
      const checked = this.checks.resultFor(document);
      // A fresh check publishes itself (onDidCheck); a remembered one, for a document shown again, is published here.
      if (checked && checked === before) this.publish(checked);
    };
    this.timers.set(key, setTimeout(step, delay));
  }

  /** Shows a check's problems; with checking off, only when asked (`always`): hovers check too, but say nothing. */
  publish({ document, result }: Checked, always = false): void {
    if (document.isClosed) return;
    publishCoverage(document.uri, result.coverageByWork);
    if (!always && this.services.unchecked.has(document.uri)) this.collection.delete(document.uri);
    else if (always || checkingEnabled()) this.collection.set(document.uri, toDiagnostics(document, result, this.services.context.extensionUri));
  }

  private clear(uri: vscode.Uri): void {
    clearTimeout(this.timers.get(uri.toString()));
    this.timers.delete(uri.toString());
    this.collection.delete(uri);
  }

  private recheckAll(): void {
    if (!checkingEnabled()) {
      this.collection.clear();
      return;
    }
    for (const document of vscode.workspace.textDocuments) this.schedule(document, 0);
  }

  private followActive(): void {
    const document = this.services.writerEditor()?.document;
    setActiveDocument(document && checkedLanguage(document) ? document.uri : undefined);
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    this.timers.clear();
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}
