/**
 * The citation style chosen for this workspace: a quick pick remembers it
 * (in the workspace's state, so each project keeps its own), the setting
 * applies where none was chosen, and the status bar shows it while a
 * document that can hold citations is active.
 */
import * as vscode from 'vscode';
import { citedWork, holdsCitations, render, STYLE_IDS, STYLES, type StyleId } from '../core/cite';
import { isStyleId } from '../core/cite/styles';
import { Commands, READER_SCHEME } from './commands';
import { onFirstUse } from './later';
import type { Services } from './services';
import { SETTINGS, settingStyle, styleLabel } from './settings';

const STATE_KEY = 'cpcRelations.citation.style';
/** Passed to the command instead of a style id: forget the choice and follow the setting. */
export const FOLLOW_SETTING = 'setting';

export interface StyleChoice {
  /** The style chosen for this workspace, if one was. */
  chosen(): StyleId | undefined;
  /** The short name of the style in force, such as "APA 7". */
  label(): string;
  /** Fires when the style in force may have changed. */
  readonly onDidChange: vscode.Event<void>;
}

export function registerStyleChoice(services: Services): StyleChoice {
  const { context } = services;
  const chosen = (): StyleId | undefined => {
    const value = context.workspaceState.get<unknown>(STATE_KEY);
    return isStyleId(value) ? value : undefined;
  };
  const current = () => (chosen() ? STYLES[chosen() as StyleId] : settingStyle());

  const changed = new vscode.EventEmitter<void>();
  // The status bar item, made at its first update: a moment after activation, which returns at once.
  const statusItem = onFirstUse(context, () => {
    const item = vscode.window.createStatusBarItem('cpcRelations.citationStyle', vscode.StatusBarAlignment.Right, 100);
    item.name = vscode.l10n.t('Citation Style');
    item.command = Commands.chooseStyle;
    return item;
  });
  const update = () => {
    const item = statusItem();
    const style = current();
    item.text = `$(quote) ${style.short}`;
    item.tooltip = chosen()
      ? vscode.l10n.t('Citation style: {0} (chosen for this workspace). Click to choose another.', styleLabel(style))
      : vscode.l10n.t('Citation style: {0}. Click to choose another.', styleLabel(style));
    // Shown wherever the writer may cite: in a document that holds citations,
    // in the reader, and with no editor at all (the tree's commands still cite).
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.uri.scheme === READER_SCHEME || holdsCitations(editor.document.languageId, editor.document.uri.path)) item.show();
    else item.hide();
    changed.fire();
  };

  const choose = async (wanted?: unknown) => {
    if (wanted === FOLLOW_SETTING) {
      await context.workspaceState.update(STATE_KEY, undefined);
    } else if (isStyleId(wanted)) {
      await context.workspaceState.update(STATE_KEY, wanted);
    } else {
      const picked = await pickStyle(services, chosen());
      if (picked !== undefined) await context.workspaceState.update(STATE_KEY, picked === FOLLOW_SETTING ? undefined : picked);
      // Picked from the status bar, focus would stay there: the writer goes back to writing.
      await focusWriter(services);
      if (picked === undefined) return;
    }
    update();
  };

  context.subscriptions.push(
    changed,
    vscode.commands.registerCommand(Commands.chooseStyle, choose),
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.tabGroups.onDidChangeTabs(update),
    vscode.workspace.onDidOpenTextDocument(update),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(SETTINGS.style)) update();
    }),
  );
  // The status bar item shows a moment after activation.
  const first = setTimeout(update, 0);
  context.subscriptions.push({ dispose: () => clearTimeout(first) });
  return { chosen, label: () => current().short, onDidChange: changed.event };
}

/** Focuses the writer's editor, if there is one. */
async function focusWriter(services: Services): Promise<void> {
  const editor = services.writerEditor();
  if (editor && !editor.document.isClosed) await vscode.window.showTextDocument(editor.document, { viewColumn: editor.viewColumn, preserveFocus: false });
}

type StylePick = vscode.QuickPickItem & { readonly id: StyleId | typeof FOLLOW_SETTING };

async function pickStyle(services: Services, chosen: StyleId | undefined): Promise<StyleId | typeof FOLLOW_SETTING | undefined> {
  const work = citedWork(services.work());
  const fromSetting = settingStyle();
  const items: StylePick[] = STYLE_IDS.map((id) => {
    const style = STYLES[id];
    const example = render(style.parenthetical(work, { kind: 'paragraphs', first: 4, last: 4 }), 'plaintext', style.singleQuotes);
    const current = (chosen ?? fromSetting.id) === id;
    return { id, label: `${current ? '$(check) ' : ''}${styleLabel(style)}`, description: id, detail: example };
  });
  if (chosen) items.push({ id: FOLLOW_SETTING, label: vscode.l10n.t('Follow the setting ({0})', styleLabel(fromSetting)), detail: vscode.l10n.t("Forget this workspace's choice and use {0}", SETTINGS.style) });
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Citation Style'), placeHolder: vscode.l10n.t('Cite the text in this style (remembered for this workspace)'), matchOnDescription: true, matchOnDetail: true });
  return picked?.id;
}
