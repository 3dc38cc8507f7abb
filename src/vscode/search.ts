/**
 * Search the Text: a picker whose results follow every keystroke, ranked by
 * the core search. Enter applies the default action to the highlighted
 * result; each result's buttons, and Ctrl+Enter, offer the others. The
 * actions are other features' commands, run with the result's passage.
 */
import * as vscode from 'vscode';
import { excerpt, matchedWords, missingWordsNote, resultLocation, type SearchResult, type TextSearch } from '../core/search';
import type { Passage } from '../core/passage';
import { Commands } from './commands';
import type { Services } from './services';
import { sectionName } from './sections';
import { aboutValue, warnSetting } from './settings';
import type { StyleChoice } from './style';
import { messagesFor } from '../core/messages';

const ACTIONS = [
  { id: 'insertQuotation', command: Commands.insertQuotation, title: () => vscode.l10n.t('Insert Quotation with Citation'), icon: 'quote' },
  { id: 'insertCitation', command: Commands.insertCitation, title: () => vscode.l10n.t('Insert Citation'), icon: 'insert' },
  { id: 'openInReader', command: Commands.openInReader, title: () => vscode.l10n.t('Open in Reader'), icon: 'go-to-file' },
  { id: 'copyQuotation', command: Commands.copyQuotation, title: () => vscode.l10n.t('Copy Quotation with Citation'), icon: 'copy' },
] as const;

type Action = (typeof ACTIONS)[number];

export const DEFAULT_ACTION_SETTING = 'cpcRelations.search.defaultAction';
/** Set while the picker is open, for the Ctrl+Enter keybinding. */
const OPEN_CONTEXT = 'cpcRelations.searchOpen';
/** A selection longer than this is a passage to check, not a query: it does not fill the picker. */
const MAX_SELECTION = 200;

interface ResultItem extends vscode.QuickPickItem {
  readonly result?: SearchResult;
  /** A result from elsewhere (a note), with the passage the actions take. */
  readonly passage?: Passage;
}

/** More results for the words typed, shown after the text's own (the writer's notes). */
export type MoreResults = (query: string) => readonly ResultItem[];

export function registerSearch(services: Services, styles: Pick<StyleChoice, 'label'>, more?: MoreResults): void {
  // Nothing is parsed or indexed until the first search.
  let open: SearchPicker | undefined;
  services.context.subscriptions.push(
    vscode.commands.registerCommand(Commands.search, (query?: unknown) => {
      // Given a query while open, the picker takes it as if it had been typed.
      if (open && typeof query === 'string') {
        open.setQuery(query);
        return;
      }
      open?.close();
      const picker = new SearchPicker(services, typeof query === 'string' ? query : selectedText() ?? '', styles.label(), more);
      open = picker;
      picker.onDidClose(() => {
        if (open === picker) open = undefined;
      });
    }),
    vscode.commands.registerCommand(Commands.searchResultActions, () => open?.chooseAction()),
    { dispose: () => open?.close() },
  );
}

/** The active editor's selection when it makes a query: one line, not too long. */
function selectedText(): string | undefined {
  const editor = vscode.window.activeTextEditor;
  const selection = editor?.selection;
  if (!editor || !selection || selection.isEmpty || !selection.isSingleLine) return undefined;
  const text = editor.document.getText(selection).replace(/\s+/g, ' ').trim();
  return text !== '' && text.length <= MAX_SELECTION ? text : undefined;
}

/** The action the setting names, or Insert Quotation with a warning (once per value) when it names none. */
function defaultAction(): Action {
  const value = vscode.workspace.getConfiguration().get<unknown>(DEFAULT_ACTION_SETTING);
  const action = ACTIONS.find((a) => a.id === value);
  if (action) return action;
  if (value !== undefined) {
    const ids = ACTIONS.map((a) => a.id).join(', ');
    warnSetting(DEFAULT_ACTION_SETTING, value, aboutValue(value,
      (shown) => vscode.l10n.t('The setting {0} is {1}, which is not one of {2}: Enter inserts the quotation with its citation.', DEFAULT_ACTION_SETTING, shown, ids),
      (shown, length) => vscode.l10n.t('The setting {0} is {1}… ({2} characters), which is not one of {3}: Enter inserts the quotation with its citation.', DEFAULT_ACTION_SETTING, shown, length, ids)));
  }
  return ACTIONS[0];
}

class SearchPicker {
  private readonly pick = vscode.window.createQuickPick<ResultItem>();
  private readonly disposables: vscode.Disposable[] = [];
  private readonly closed = new vscode.EventEmitter<void>();
  readonly onDidClose = this.closed.event;
  private readonly enterAction = defaultAction();
  private readonly buttons: ReadonlyMap<vscode.QuickInputButton, Action>;

  private readonly baseTitle: string;
  /** The key of the one text searched; every text when undefined. */
  private scope: string | undefined;
  private readonly scopeButton: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon('library'), tooltip: vscode.l10n.t('Search another text (all texts, then each in turn)') };

  private get search(): TextSearch {
    return this.scope === undefined ? this.services.search : this.services.searchOf(this.scope);
  }

  /** "Search the Text" with one text, "Search All Texts" or "Search “Title”" with several. */
  private get title(): string {
    const works = this.services.library.works();
    if (works.length <= 1) return this.baseTitle;
    const scoped = this.scope === undefined ? undefined : this.services.library.get(this.scope);
    const searching = scoped ? vscode.l10n.t('Search “{0}”', scoped.record.title) : vscode.l10n.t('Search All {0} Texts', works.length);
    return vscode.l10n.t('{0} · citing in {1}', searching, this.style);
  }

  constructor(private readonly services: Services, initial: string, private readonly style: string, private readonly more?: MoreResults) {
    const pick = this.pick;
    this.buttons = new Map(ACTIONS.map((action) => [{
      iconPath: new vscode.ThemeIcon(action.icon),
      tooltip: action === this.enterAction ? vscode.l10n.t('{0} (Enter)', action.title()) : action.title(),
    }, action]));
    // The style citations will take, where the writer is about to cite.
    this.baseTitle = vscode.l10n.t('{0} · citing in {1}', vscode.l10n.t('Search the Text'), style);
    pick.title = this.title;
    // With several texts, a button in the title bar narrows the search to one text, then the next, then all again.
    if (services.library.works().length > 1) pick.buttons = [this.scopeButton];
    pick.placeholder = vscode.l10n.t('Words forgive typos; "quoted phrases" match exactly. Enter: {0}; Ctrl+Enter (Cmd+Enter): other actions', this.enterAction.title());
    // The core ranks and filters: the picker must neither filter nor re-sort.
    pick.matchOnDescription = false;
    pick.matchOnDetail = false;
    pick.value = initial;
    this.disposables.push(
      pick,
      this.closed,
      pick.onDidChangeValue(() => this.update()),
      pick.onDidAccept(() => this.accept()),
      pick.onDidTriggerItemButton(({ button, item }) => {
        const action = this.buttons.get(button);
        const chosen = item.result ?? (item.passage && { passage: item.passage });
        if (action && chosen) this.run(action, chosen);
      }),
      pick.onDidHide(() => this.close()),
      pick.onDidTriggerButton((button) => {
        if (button === this.scopeButton) void this.nextScope();
      }),
    );
    void vscode.commands.executeCommand('setContext', OPEN_CONTEXT, true);
    pick.show();
    void this.start();
  }

  /** Builds the index in slices if need be (the picker shows it is busy), then shows the first results. */
  private async start(): Promise<void> {
    if (!this.search.isReady) {
      this.pick.busy = true;
      try {
        await this.search.prepare();
      } catch (error) {
        this.pick.hide();
        void vscode.window.showErrorMessage(vscode.l10n.t('The text could not be searched: {0}', error instanceof Error ? error.message : String(error)));
        return;
      }
      this.pick.busy = false;
    }
    this.update();
  }

  /** Searches the next text, or all texts after the last. */
  async nextScope(): Promise<void> {
    const keys = this.services.library.works().map((w) => w.id);
    const at = this.scope === undefined ? -1 : keys.indexOf(this.scope);
    this.scope = at + 1 < keys.length ? keys[at + 1] : undefined;
    this.pick.title = this.title;
    await this.start();
  }

  setQuery(query: string): void {
    this.pick.value = query;
    this.update();
  }

  private update(): void {
    if (!this.search.isReady) return;
    const query = this.pick.value;
    const results = this.search.search(query);
    const several = this.services.library.works().length > 1;
    const buttons = [...this.buttons.keys()];
    // The note stands in the title, not as an item: Enter must still take the first result.
    const note = missingWordsNote(results, searchWords());
    this.pick.title = note ? `${this.title} · ${note}` : this.title;
    const more = (this.more?.(query) ?? []).map((item) => ({ ...item, buttons }));
    this.pick.items = results.length > 0 || more.length > 0
      ? [...results.map((result) => ({
        label: result.kind === 'sentence' ? '$(quote)' : '$(note)',
        description: excerpt(result.text, result.matches),
        detail: (several ? `${this.services.library.get(result.workId)?.record.title ?? result.workId} · ` : '') + detailOf(result, this.sectionOf(result)),
        alwaysShow: true,
        buttons,
        result,
      })), ...more]
      : query.trim() === '' ? [] : [{ label: '$(info)', description: vscode.l10n.t('No passage matches {0}: try fewer words, or check the spelling.', JSON.stringify(query.trim())), alwaysShow: true }];
  }

  /** What the interface calls the section of `result`. */
  private sectionOf(result: SearchResult): string {
    const work = this.services.library.get(result.workId);
    const section = work?.sections.find((s) => s.id === work.paragraphs[result.paragraphNumber - 1]?.sectionId);
    return section ? sectionName(section) : result.sectionLabel;
  }

  /**
   * The highlighted result. Right after the results change, the highlight
   * VS Code reports may still be one of the previous results: then the first.
   */
  private chosen(): SearchResult | undefined {
    const active = this.pick.activeItems[0];
    return (active && this.pick.items.includes(active) ? active : this.pick.items[0])?.result;
  }

  private accept(): void {
    const active = this.pick.activeItems[0];
    const result = active?.passage && !active.result && this.pick.items.includes(active) ? { passage: active.passage } : this.chosen();
    if (result) this.run(this.enterAction, result);
  }

  /** Ctrl+Enter: the actions for the highlighted result, in a small picker of their own. */
  chooseAction(): void {
    const result = this.chosen();
    if (!result) return;
    this.pick.hide();
    const actions = vscode.window.createQuickPick<vscode.QuickPickItem & { readonly action: Action }>();
    actions.title = vscode.l10n.t('{0}: what to do with it?', resultLocation(result, searchWords()));
    actions.placeholder = excerpt(result.text, result.matches);
    actions.items = ACTIONS.map((action) => ({ label: `$(${action.icon}) ${action.title()}`, description: action === this.enterAction ? vscode.l10n.t('Enter in the search') : undefined, action }));
    actions.onDidAccept(() => {
      const chosen = actions.activeItems[0];
      actions.hide();
      if (chosen) void perform(chosen.action, result);
    });
    actions.onDidHide(() => actions.dispose());
    actions.show();
  }

  private run(action: Action, result: Pick<SearchResult, 'passage'>): void {
    this.pick.hide();
    void perform(action, result);
  }

  close(): void {
    if (this.disposables.length === 0) return;
    void vscode.commands.executeCommand('setContext', OPEN_CONTEXT, false);
    this.closed.fire();
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

/** "¶ 4, sentence 1 · CPC's international relations have … · accelerator, young" */
function detailOf(result: SearchResult, section: string): string {
  const words = matchedWords(result.text, result.matches);
  const lacking = result.missing.length > 0 ? [vscode.l10n.t('lacks {0}', result.missing.join(', '))] : [];
  return [resultLocation(result, searchWords()), section, ...(words.length > 0 ? [words.join(', ')] : []), ...lacking].join(' · ');
}

/** What the search says, in the interface's language. */
function searchWords() {
  return messagesFor(vscode.env.language).search;
}

async function perform(action: Action, result: Pick<SearchResult, 'passage'>): Promise<void> {
  try {
    await vscode.commands.executeCommand(action.command, result.passage);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('{0} failed: {1}', action.title(), error instanceof Error ? error.message : String(error)));
  }
}
