/**
 * Quotation checking in the editor: problems as the writer types, quick
 * fixes, hovers and Go to Definition on citations and quotations, coverage
 * for the tree, and the commands "Check Quotations in This Document" and
 * "Find Citations of a Paragraph in the Workspace".
 */
import * as vscode from 'vscode';
import { checkedKinds, kindNames } from '../core/kinds';
import type { Pause } from '../core/asYouType';
import type { Finding } from '../core/check';
import { checkedLanguage, CheckedDocuments, SETTINGS } from './checkedDocuments';
import { Commands } from './commands';
import { checkingEnabled, DiagnosticsPublisher } from './diagnostics';
import { findCitationsCommand } from './findCitations';
import { registerNavigation } from './navigation';
import { registerQuickFixCommands, registerQuickFixes } from './quickFixes';
import type { Services } from './services';

const KIND_NAMES: Readonly<Record<Finding['kind'], [string, string]>> = {
  misquotation: ['misquotation', 'misquotations'],
  'wrong-locator': ['wrong locator', 'wrong locators'],
  uncited: ['quotation without a citation', 'quotations without a citation'],
  'not-found': ['quotation not found in the text', 'quotations not found in the text'],
  'wrong-text': ['quotation cited as the wrong text', 'quotations cited as the wrong text'],
  'missing-locator': ['quotation without a locator', 'quotations without a locator'],
  'joined-parts': ['quotation joined without an ellipsis', 'quotations joined without an ellipsis'],
  'hidden-character': ['hidden character in a quotation', 'hidden characters in quotations'],
};

export function registerChecking(services: Services): void {
  const checks = new CheckedDocuments(services);
  // Problems, quick fixes, hovers and the paused notice listen to every
  // checked kind of document: they are wired a moment after activation (or on
  // the first command that needs them), so that activation returns at once.
  let diagnostics: DiagnosticsPublisher | undefined;
  const wire = (): DiagnosticsPublisher => {
    if (diagnostics) return diagnostics;
    diagnostics = new DiagnosticsPublisher(services, checks);
    services.context.subscriptions.push(diagnostics, new PausedNotice(services, checks), registerQuickFixes(services, checks), registerNavigation(services, checks));
    return diagnostics;
  };
  const wiring = setTimeout(wire, 0);
  services.context.subscriptions.push(
    checks,
    { dispose: () => clearTimeout(wiring) },
    registerQuickFixCommands(services, checks),
    vscode.commands.registerCommand(Commands.checkQuotations, () => checkNow(services, checks, wire())),
    vscode.commands.registerCommand(Commands.findCitations, (argument?: unknown, options?: unknown) => findCitationsCommand(services, argument, options)),
  );
}

/** What a pause means, in the writer's words, naming the setting that sets it. */
function pauseReason(pause: Pause): string {
  const n = (x: number) => x.toLocaleString('en');
  return pause.reason === 'document'
    ? `it has ${n(pause.size)} characters, more than ${SETTINGS.maxDocumentSize} (${n(pause.limit)})`
    : `one of its paragraphs (a block of lines without a blank line) has ${n(pause.size)} characters, more than ${SETTINGS.maxBlockSize} (${n(pause.limit)})`;
}

/**
 * Says that a document is too long to check as you type: once per document
 * in a message, and in the status bar while it is the active one, with
 * Check Now a click away.
 */
class PausedNotice implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem('cpcRelations.checkPaused', vscode.StatusBarAlignment.Left, 0);
  private readonly paused = new Map<string, Pause>();
  private readonly told = new Set<string>();
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly services: Services, checks: CheckedDocuments) {
    this.item.name = 'CPC Relations: Quotation Checking Paused';
    this.item.text = '$(debug-pause) Quotations not checked';
    this.item.command = Commands.checkQuotations;
    this.subscriptions = [
      this.item,
      checks.onDidChangePause(({ document, pause }) => this.changed(document, pause)),
      vscode.window.onDidChangeActiveTextEditor(() => this.show()),
      vscode.workspace.onDidCloseTextDocument((document) => {
        this.paused.delete(document.uri.toString());
        this.show();
      }),
    ];
  }

  private changed(document: vscode.TextDocument, pause: Pause | undefined): void {
    const key = document.uri.toString();
    if (pause) this.paused.set(key, pause);
    else this.paused.delete(key);
    this.show();
    if (!pause || this.told.has(key)) return;
    this.told.add(key);
    const message = `Quotations in “${documentName(document)}” are not checked as you type: ${pauseReason(pause)}. Check Now checks it once; raise the setting to check it as you type.`;
    void vscode.window.showInformationMessage(message, 'Check Now', 'Open Setting').then((choice) => {
      if (choice === 'Check Now') void vscode.commands.executeCommand(Commands.checkQuotations);
      if (choice === 'Open Setting') void vscode.commands.executeCommand('workbench.action.openSettings', pause.reason === 'document' ? SETTINGS.maxDocumentSize : SETTINGS.maxBlockSize);
    });
  }

  private show(): void {
    const uri = this.services.writerEditor()?.document.uri.toString();
    const pause = uri === undefined ? undefined : this.paused.get(uri);
    if (!pause) {
      this.item.hide();
      return;
    }
    this.item.tooltip = `Quotations in this document are not checked as you type: ${pauseReason(pause)}. Click to check them now.`;
    this.item.show();
  }

  dispose(): void {
    vscode.Disposable.from(...this.subscriptions).dispose();
  }
}

function documentName(document: vscode.TextDocument): string {
  return document.isUntitled ? document.uri.path : document.uri.path.split('/').pop() ?? document.uri.path;
}

/** Checks the writer's document now and says what was found; returns the number of problems. */
async function checkNow(services: Services, checks: CheckedDocuments, diagnostics: DiagnosticsPublisher): Promise<number | undefined> {
  const document = services.writerEditor()?.document;
  if (!document) {
    void vscode.window.showInformationMessage(`No document is open: open a document (${kindNames(checkedKinds())}) to check its quotations of the text.`);
    return undefined;
  }
  const name = documentName(document);
  if (!checkedLanguage(document)) {
    void vscode.window.showInformationMessage(`“${name}” is ${document.languageId}: quotations are checked in ${kindNames(checkedKinds())} documents.`);
    return undefined;
  }
  // A document too long to check as you type takes a while: say so before the editor waits.
  const checked = checks.pauseFor(document)
    ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: `Checking the quotations in “${name}”…` }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return checks.resultFor(document, { evenIfPaused: true });
    })
    : checks.resultFor(document);
  if (!checked) return undefined;
  diagnostics.publish(checked, true);
  const { findings, quotations } = checked.result;
  const pause = checks.pauseFor(document);
  const off = !checkingEnabled() ? ' (Checking as you type is off: cpcRelations.check.enabled.)' : pause ? ` (Not checked as you type: ${pauseReason(pause)}.)` : '';
  if (findings.length === 0) {
    const quoted = quotations.length === 0 ? 'it quotes nothing from the text' : `${quotations.length === 1 ? 'its quotation' : `all ${quotations.length} quotations`} of the text ${quotations.length === 1 ? 'is' : 'are'} faithful and cited`;
    void vscode.window.showInformationMessage(`No problems in “${name}”: ${quoted}.${off}`);
    return 0;
  }
  const counts = new Map<Finding['kind'], number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${n} ${KIND_NAMES[kind][n === 1 ? 0 : 1]}`);
  void vscode.window.showWarningMessage(`${findings.length} ${findings.length === 1 ? 'problem' : 'problems'} with quotations in “${name}”: ${parts.join(', ')}. See the Problems panel for quick fixes.${off}`);
  return findings.length;
}
