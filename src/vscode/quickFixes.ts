/**
 * Quick fixes for quotation problems: restore the text's wording, correct
 * the locator, insert a citation in the chosen style. Each is one edit of
 * the exact ranges the checker found, so one undo takes it back. Besides:
 * Fix all in this document (also a `source.fixAll` action, for
 * `editor.codeActionsOnSave`), Ignore this quotation (a comment the checker
 * and the command line honour) and Don't check this document.
 */
import * as vscode from 'vscode';
import { checkedKinds, kindNames } from '../core/kinds';
import { ignoreEdit, type CheckResult, type CitationManner, type Finding, type TextEdit } from '../core/check';
import { compose, targetFor } from '../core/cite';
import { isStyleId } from '../core/cite/styles';
import { TARGETS } from '../core/cite/targets';
import type { Passage } from '../core/passage';
import { CHECKED_SELECTOR, checkedLanguage, rangeOf, type CheckedDocuments } from './checkedDocuments';
import { Commands } from './commands';
import { codeOf, DIAGNOSTIC_SOURCE } from './diagnostics';
import type { Services } from './services';
import { citeOptions } from './settings';

/** Where the citation commands keep the style chosen for the workspace. */
const CHOSEN_STYLE_STATE = 'cpcRelations.citation.style';
/** `source.fixAll.cpcRelations`: what `editor.codeActionsOnSave` names to run Fix all on save. */
export const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append('cpcRelations');

export function registerQuickFixes(services: Services, checks: CheckedDocuments): vscode.Disposable {
  const provider: vscode.CodeActionProvider = {
    // A document not read yet is read in slices first, the editor free between them.
    async provideCodeActions(document, range, context, token) {
      const checked = await checks.resultSoon(document, { token });
      if (!checked) return [];
      const { result } = checked;
      const fixAll = (kind: vscode.CodeActionKind): vscode.CodeAction[] => {
        const edit = fixAllEdit(services, document, result);
        if (!edit) return [];
        const action = new vscode.CodeAction(vscode.l10n.t('Fix all quotation problems in this document'), kind);
        action.edit = edit;
        return [action];
      };
      // Asked for source actions only (on save, or from the Source Action menu): Fix all, nothing else.
      if (context.only && !context.only.intersects(vscode.CodeActionKind.QuickFix)) {
        return context.only.intersects(FIX_ALL_KIND) ? fixAll(FIX_ALL_KIND) : [];
      }
      const actions: vscode.CodeAction[] = [];
      const ignores: vscode.CodeAction[] = [];
      const language = checkedLanguage(document);
      for (const finding of result.findings) {
        const findingRange = rangeOf(document, finding.range);
        if (!findingRange.intersection(range) && !context.diagnostics.some((d) => d.range.isEqual(findingRange))) continue;
        const diagnostics = context.diagnostics.filter((d) => d.source === DIAGNOSTIC_SOURCE && codeOf(d) === finding.kind && d.range.isEqual(findingRange));
        if (finding.fix) {
          const action = new vscode.CodeAction(finding.fix.title, vscode.CodeActionKind.QuickFix);
          action.edit = new vscode.WorkspaceEdit();
          for (const edit of fixEdits(services, document, result, finding)) action.edit.replace(document.uri, rangeOf(document, edit.range), edit.newText);
          action.diagnostics = diagnostics;
          action.isPreferred = true;
          actions.push(action);
        }
        if (language) {
          const ignore = ignoreEdit(document.getText(), language, finding.range.start);
          if (!ignores.some((a) => a.edit?.get(document.uri)[0]?.range.start.isEqual(document.positionAt(ignore.range.start)))) {
            const action = new vscode.CodeAction(vscode.l10n.t('Ignore this quotation'), vscode.CodeActionKind.QuickFix);
            action.edit = new vscode.WorkspaceEdit();
            action.edit.insert(document.uri, document.positionAt(ignore.range.start), ignore.newText);
            action.diagnostics = diagnostics;
            ignores.push(action);
          }
        }
      }
      if (actions.length === 0 && ignores.length === 0) return [];
      const all = result.findings.filter((f) => f.fix).length > 1 ? fixAll(vscode.CodeActionKind.QuickFix) : [];
      const off = new vscode.CodeAction(vscode.l10n.t("Don't check this document"), vscode.CodeActionKind.QuickFix);
      off.command = { command: Commands.stopChecking, title: off.title, arguments: [document.uri] };
      return [...actions, ...all, ...ignores, off];
    },
  };
  return vscode.languages.registerCodeActionsProvider(CHECKED_SELECTOR, provider, { providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND] });
}

/** The commands behind the quick fixes: Fix All, and Don't Check / Check This Document. */
export function registerQuickFixCommands(services: Services, checks: CheckedDocuments): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.commands.registerCommand(Commands.fixAll, () => fixAllCommand(services, checks)),
    vscode.commands.registerCommand(Commands.stopChecking, (uri?: unknown) => setChecking(services, uri, false)),
    vscode.commands.registerCommand(Commands.resumeChecking, (uri?: unknown) => setChecking(services, uri, true)),
  );
}

/** The writer's document, or the one named. */
function documentFor(services: Services, uri: unknown): vscode.TextDocument | undefined {
  if (uri instanceof vscode.Uri) return vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  return services.writerEditor()?.document;
}

async function setChecking(services: Services, uri: unknown, checked: boolean): Promise<void> {
  const document = documentFor(services, uri);
  if (!document) {
    void vscode.window.showInformationMessage(vscode.l10n.t('No document is open: open the document whose checking to change.'));
    return;
  }
  await services.unchecked.set(document.uri, !checked);
  const name = document.isUntitled ? document.uri.path : document.uri.path.split('/').pop();
  vscode.window.setStatusBarMessage(checked ? `$(check) ${vscode.l10n.t('Quotations in “{0}” are checked again.', name ?? '')}` : `$(circle-slash) ${vscode.l10n.t('Quotations in “{0}” are no longer checked in this workspace.', name ?? '')}`, 5000);
}

/** Fix all, as a command: says what it did. */
async function fixAllCommand(services: Services, checks: CheckedDocuments): Promise<number> {
  const document = services.writerEditor()?.document;
  // Edited while it was read: checked as it is now.
  const checked = document && ((await checks.resultSoon(document)) ?? checks.resultFor(document));
  if (!document || !checked) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a document ({0}) to fix its quotations.', kindNames(checkedKinds())));
    return 0;
  }
  const fixable = checked.result.findings.filter((f) => f.fix).length;
  const edit = fixAllEdit(services, document, checked.result);
  if (!edit || !(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showInformationMessage(fixable === 0 ? vscode.l10n.t('No quotation problem here has a fix.') : vscode.l10n.t('The fixes could not be applied: the document may be read-only.'));
    return 0;
  }
  return fixable;
}

/**
 * Every finding's fix, in one edit. The fixes are applied one after another
 * to a copy of the text, in document order, so that each (a note numbered
 * after the last, in a note style) sees the ones before it; the edit then
 * replaces only the stretch that changed.
 */
export function fixAllEdit(services: Services, document: vscode.TextDocument, result: CheckResult): vscode.WorkspaceEdit | undefined {
  const original = document.getText();
  const start = (f: Finding) => f.fix?.edits[0]?.range.start ?? 0;
  const findings = result.findings.filter((f) => f.fix && f.fix.edits.length > 0).sort((a, b) => start(a) - start(b));
  if (findings.length === 0) return undefined;
  let text = original;
  // Each edit made so far, as an original offset and a change in length: where an original offset now is.
  const shifts: { at: number; delta: number }[] = [];
  const now = (offset: number) => offset + shifts.reduce((sum, s) => (s.at <= offset ? sum + s.delta : sum), 0);
  for (const finding of findings) {
    const own = finding.fix?.edits ?? [];
    const passage = finding.quotation === undefined ? undefined : result.quotations[finding.quotation].passage;
    // In the copy's offsets: the citation in style, composed for the copy (its note numbered after those before), or the checker's own edits moved.
    const styled = finding.kind === 'uncited' && passage ? citationInStyle(services, document, text, passage, now(own[0].range.start), result.manner) : undefined;
    const edits = styled
      ? styled.map((e, i) => ({ start: e.range.start, end: e.range.end, newText: e.newText, origin: i === 0 ? own[0].range.start : original.length }))
      : own.map((e) => ({ start: now(e.range.start), end: now(e.range.end), newText: e.newText, origin: e.range.end }));
    for (const e of [...edits].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + e.newText + text.slice(e.end);
    for (const e of edits) shifts.push({ at: e.origin, delta: e.newText.length - (e.end - e.start) });
  }
  if (text === original) return undefined;
  let head = 0;
  while (head < original.length && head < text.length && original[head] === text[head]) head++;
  let tail = 0;
  while (tail < original.length - head && tail < text.length - head && original[original.length - 1 - tail] === text[text.length - 1 - tail]) tail++;
  const edit = new vscode.WorkspaceEdit();
  edit.replace(document.uri, rangeOf(document, { start: head, end: original.length - tail }), text.slice(head, text.length - tail));
  return edit;
}

/**
 * A finding's edits: the checker's own, or for a quotation without a
 * citation, the citation in the chosen style.
 */
function fixEdits(services: Services, document: vscode.TextDocument, result: CheckResult, finding: Finding): readonly TextEdit[] {
  const passage = finding.quotation === undefined ? undefined : result.quotations[finding.quotation].passage;
  const own = finding.fix?.edits ?? [];
  const at = own[0]?.range.start;
  if (finding.kind !== 'uncited' || !passage || at === undefined) return own;
  return citationInStyle(services, document, document.getText(), passage, at, result.manner) ?? own;
}

/**
 * The citation the citation commands would insert for the quotation, in the
 * document's own manner (the style and output of its citations of the work)
 * or else the chosen style, with its note appended in a note style;
 * undefined (the checker's own then: a Pandoc key, \parencite or an
 * author-date parenthetical) if that fails.
 */
function citationInStyle(services: Services, document: vscode.TextDocument, text: string, passage: Passage, at: number, manner: CitationManner | undefined): TextEdit[] | undefined {
  try {
    const chosen = services.context.workspaceState.get<unknown>(CHOSEN_STYLE_STATE);
    // After a quotation a citation is parenthetical (or a note), whatever form the commands insert.
    const work = services.workOf(passage) ?? services.work();
    const style = manner?.style ?? (isStyleId(chosen) ? chosen : undefined);
    const chosenOptions = citeOptions(style);
    const options = {
      ...chosenOptions,
      form: 'parenthetical' as const,
      ...(manner ? { output: manner.output, key: manner.key ?? chosenOptions.key } : {}),
      ...(manner?.paragraphNumbers ? { paragraphNumbers: manner.paragraphNumbers } : {}),
      // The key of the settings names the bundled text only; another text is cited under its own.
      ...(work === services.work() ? {} : { key: undefined }),
    };
    const target = targetFor(document.languageId, document.uri.path);
    const { inserts, append } = compose(work, { kind: 'citation', passage }, options, target, text, [{ start: at, end: at }]);
    const keys = options.output === 'citationKeys' && TARGETS[target].keys !== undefined;
    // As in an inserted quotation: a note or a superscript number follows the closing mark directly.
    const joiner = options.style.notes || (options.style.attached && !keys) ? '' : ' ';
    const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
    const lines = (s: string) => s.replace(/\r?\n/g, eol);
    const edits: TextEdit[] = [{ range: { start: at, end: at }, newText: lines(joiner + inserts[0]) }];
    if (append) edits.push({ range: { start: append.offset, end: append.offset }, newText: lines(append.text) });
    return edits;
  } catch {
    return undefined;
  }
}
