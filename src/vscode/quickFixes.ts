/**
 * Quick fixes for quotation problems: restore the text's wording, correct
 * the locator, insert a citation in the chosen style. Each is one edit of
 * the exact ranges the checker found, so one undo takes it back.
 */
import * as vscode from 'vscode';
import type { Finding, TextEdit } from '../core/check';
import { compose, targetFor } from '../core/cite';
import { isStyleId } from '../core/cite/styles';
import { TARGETS } from '../core/cite/targets';
import type { Passage } from '../core/passage';
import { CHECKED_SELECTOR, rangeOf, type CheckedDocuments } from './checkedDocuments';
import { DIAGNOSTIC_SOURCE } from './diagnostics';
import type { Services } from './services';
import { citeOptions } from './settings';

/** Where the citation commands keep the style chosen for the workspace. */
const CHOSEN_STYLE_STATE = 'cpcRelations.citation.style';

export function registerQuickFixes(services: Services, checks: CheckedDocuments): vscode.Disposable {
  return vscode.languages.registerCodeActionsProvider(CHECKED_SELECTOR, {
    provideCodeActions(document, range, context) {
      const checked = checks.resultFor(document);
      if (!checked) return [];
      const { result } = checked;
      const actions: vscode.CodeAction[] = [];
      for (const finding of result.findings) {
        if (!finding.fix) continue;
        const findingRange = rangeOf(document, finding.range);
        if (!findingRange.intersection(range) && !context.diagnostics.some((d) => d.range.isEqual(findingRange))) continue;
        const passage = finding.quotation === undefined ? undefined : result.quotations[finding.quotation].passage;
        const edits = finding.kind === 'uncited' && passage ? citationInStyle(services, document, finding, passage) : finding.fix.edits;
        const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
        action.edit = new vscode.WorkspaceEdit();
        for (const edit of edits) action.edit.replace(document.uri, rangeOf(document, edit.range), edit.newText);
        action.diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && d.code === finding.kind && d.range.isEqual(findingRange));
        action.isPreferred = true;
        actions.push(action);
      }
      return actions;
    },
  }, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix] });
}

/**
 * The citation the citation commands would insert for the quotation, in the
 * chosen style, with its note appended in a note style; the checker's own
 * (a Pandoc key, \parencite or an author-date parenthetical) if that fails.
 */
function citationInStyle(services: Services, document: vscode.TextDocument, finding: Finding, passage: Passage): readonly TextEdit[] {
  const fallback = finding.fix?.edits ?? [];
  const at = fallback[0]?.range.start;
  if (at === undefined) return fallback;
  try {
    const chosen = services.context.workspaceState.get<unknown>(CHOSEN_STYLE_STATE);
    // After a quotation a citation is parenthetical (or a note), whatever form the commands insert.
    const options = { ...citeOptions(isStyleId(chosen) ? chosen : undefined), form: 'parenthetical' as const };
    const target = targetFor(document.languageId, document.uri.path);
    const text = document.getText();
    const { inserts, append } = compose(services.work(), { kind: 'citation', passage }, options, target, text, [{ start: at, end: at }]);
    const keys = options.output === 'citationKeys' && TARGETS[target].keys !== undefined;
    // As in an inserted quotation: a note or a superscript number follows the closing mark directly.
    const joiner = options.style.notes || (options.style.attached && !keys) ? '' : ' ';
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const lines = (s: string) => s.replace(/\r?\n/g, eol);
    const edits: TextEdit[] = [{ range: { start: at, end: at }, newText: lines(joiner + inserts[0]) }];
    if (append) edits.push({ range: { start: append.offset, end: append.offset }, newText: lines(append.text) });
    return edits;
  } catch {
    return fallback;
  }
}
