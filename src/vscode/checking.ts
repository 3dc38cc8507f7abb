/**
 * Quotation checking in the editor: problems as the writer types, quick
 * fixes, hovers and Go to Definition on citations and quotations, coverage
 * for the tree, and the commands "Check Quotations in This Document" and
 * "Find Citations of a Paragraph in the Workspace".
 */
import * as vscode from 'vscode';
import type { Finding } from '../core/check';
import { checkedLanguage, CheckedDocuments } from './checkedDocuments';
import { Commands } from './commands';
import { checkingEnabled, DiagnosticsPublisher } from './diagnostics';
import { findCitationsCommand } from './findCitations';
import { registerNavigation } from './navigation';
import { registerQuickFixes } from './quickFixes';
import type { Services } from './services';

const KIND_NAMES: Readonly<Record<Finding['kind'], [string, string]>> = {
  misquotation: ['misquotation', 'misquotations'],
  'wrong-locator': ['wrong locator', 'wrong locators'],
  uncited: ['quotation without a citation', 'quotations without a citation'],
  'not-found': ['quotation not found in the text', 'quotations not found in the text'],
  'missing-locator': ['quotation without a locator', 'quotations without a locator'],
  'joined-parts': ['quotation joined without an ellipsis', 'quotations joined without an ellipsis'],
  'hidden-character': ['hidden character in a quotation', 'hidden characters in quotations'],
};

export function registerChecking(services: Services): void {
  const checks = new CheckedDocuments(services);
  const diagnostics = new DiagnosticsPublisher(services, checks);
  services.context.subscriptions.push(
    checks,
    diagnostics,
    registerQuickFixes(services, checks),
    registerNavigation(services, checks),
    vscode.commands.registerCommand(Commands.checkQuotations, () => checkNow(services, checks, diagnostics)),
    vscode.commands.registerCommand(Commands.findCitations, (argument?: unknown, options?: unknown) => findCitationsCommand(services, argument, options)),
  );
}

/** Checks the writer's document now and says what was found; returns the number of problems. */
function checkNow(services: Services, checks: CheckedDocuments, diagnostics: DiagnosticsPublisher): number | undefined {
  const document = services.writerEditor()?.document;
  if (!document) {
    void vscode.window.showInformationMessage('No document is open: open a Markdown, LaTeX or plain-text document to check its quotations of the text.');
    return undefined;
  }
  const name = document.isUntitled ? document.uri.path : document.uri.path.split('/').pop() ?? document.uri.path;
  if (!checkedLanguage(document)) {
    void vscode.window.showInformationMessage(`“${name}” is ${document.languageId}: quotations are checked in Markdown, LaTeX and plain-text documents.`);
    return undefined;
  }
  const checked = checks.resultFor(document);
  if (!checked) return undefined;
  diagnostics.publish(checked, true);
  const { findings, quotations } = checked.result;
  const off = checkingEnabled() ? '' : ' (Checking as you type is off: cpcRelations.check.enabled.)';
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
