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

/** "1 misquotation", "2 wrong locators": how many problems of a kind, in the interface's language. */
const KIND_COUNTS: Readonly<Record<Finding['kind'], (n: number) => string>> = {
  misquotation: (n) => (n === 1 ? vscode.l10n.t('1 misquotation') : vscode.l10n.t('{0} misquotations', n)),
  'wrong-locator': (n) => (n === 1 ? vscode.l10n.t('1 wrong locator') : vscode.l10n.t('{0} wrong locators', n)),
  uncited: (n) => (n === 1 ? vscode.l10n.t('1 quotation without a citation') : vscode.l10n.t('{0} quotations without a citation', n)),
  'not-found': (n) => (n === 1 ? vscode.l10n.t('1 quotation not found in the text') : vscode.l10n.t('{0} quotations not found in the text', n)),
  'wrong-text': (n) => (n === 1 ? vscode.l10n.t('1 quotation cited as the wrong text') : vscode.l10n.t('{0} quotations cited as the wrong text', n)),
  'missing-locator': (n) => (n === 1 ? vscode.l10n.t('1 quotation without a locator') : vscode.l10n.t('{0} quotations without a locator', n)),
  'joined-parts': (n) => (n === 1 ? vscode.l10n.t('1 quotation joined without an ellipsis') : vscode.l10n.t('{0} quotations joined without an ellipsis', n)),
  'hidden-character': (n) => (n === 1 ? vscode.l10n.t('1 hidden character in a quotation') : vscode.l10n.t('{0} hidden characters in quotations', n)),
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
    ? vscode.l10n.t('it has {0} characters, more than {1} ({2})', n(pause.size), SETTINGS.maxDocumentSize, n(pause.limit))
    : vscode.l10n.t('one of its paragraphs (a block of lines without a blank line) has {0} characters, more than {1} ({2})', n(pause.size), SETTINGS.maxBlockSize, n(pause.limit));
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
    this.item.name = vscode.l10n.t('CPC Relations: Quotation Checking Paused');
    this.item.text = `$(debug-pause) ${vscode.l10n.t('Quotations not checked')}`;
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
    const checkNowLabel = vscode.l10n.t('Check Now');
    const openSetting = vscode.l10n.t('Open Setting');
    const message = vscode.l10n.t('Quotations in “{0}” are not checked as you type: {1}. Check Now checks it once; raise the setting to check it as you type.', documentName(document), pauseReason(pause));
    void vscode.window.showInformationMessage(message, checkNowLabel, openSetting).then((choice) => {
      if (choice === checkNowLabel) void vscode.commands.executeCommand(Commands.checkQuotations);
      if (choice === openSetting) void vscode.commands.executeCommand('workbench.action.openSettings', pause.reason === 'document' ? SETTINGS.maxDocumentSize : SETTINGS.maxBlockSize);
    });
  }

  private show(): void {
    const uri = this.services.writerEditor()?.document.uri.toString();
    const pause = uri === undefined ? undefined : this.paused.get(uri);
    if (!pause) {
      this.item.hide();
      return;
    }
    this.item.tooltip = vscode.l10n.t('Quotations in this document are not checked as you type: {0}. Click to check them now.', pauseReason(pause));
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
    void vscode.window.showInformationMessage(vscode.l10n.t('No document is open: open a document ({0}) to check its quotations of the text.', kindNames(checkedKinds())));
    return undefined;
  }
  const name = documentName(document);
  if (!checkedLanguage(document)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is {1}: quotations are checked in {2} documents.', name, document.languageId, kindNames(checkedKinds())));
    return undefined;
  }
  // A document too long to check as you type takes a while: say so before the editor waits.
  const checked = checks.pauseFor(document)
    ? await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the quotations in “{0}”…', name) }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 50));
      return checks.resultFor(document, { evenIfPaused: true });
    })
    // Edited while it was read: checked as it is now.
    : (await checks.resultSoon(document)) ?? checks.resultFor(document);
  if (!checked) return undefined;
  diagnostics.publish(checked, true);
  const { findings, quotations } = checked.result;
  const pause = checks.pauseFor(document);
  // Why the document is not checked as you type, if it is not, said in the same message.
  const withWhy = (message: string): string => !checkingEnabled()
    ? vscode.l10n.t('{0} (Checking as you type is off: cpcRelations.check.enabled.)', message)
    : pause ? vscode.l10n.t('{0} (Not checked as you type: {1}.)', message, pauseReason(pause)) : message;
  if (findings.length === 0) {
    const message = quotations.length === 0 ? vscode.l10n.t('No problems in “{0}”: it quotes nothing from the text.', name)
      : quotations.length === 1 ? vscode.l10n.t('No problems in “{0}”: its quotation of the text is faithful and cited.', name)
        : vscode.l10n.t('No problems in “{0}”: all {1} quotations of the text are faithful and cited.', name, quotations.length);
    void vscode.window.showInformationMessage(withWhy(message));
    return 0;
  }
  const counts = new Map<Finding['kind'], number>();
  for (const f of findings) counts.set(f.kind, (counts.get(f.kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => KIND_COUNTS[kind](n)).join(vscode.l10n.t(', '));
  const message = findings.length === 1
    ? vscode.l10n.t('1 problem with quotations in “{0}”: {1}. See the Problems panel for quick fixes.', name, parts)
    : vscode.l10n.t('{0} problems with quotations in “{1}”: {2}. See the Problems panel for quick fixes.', findings.length, name, parts);
  void vscode.window.showWarningMessage(withWhy(message));
  return findings.length;
}
