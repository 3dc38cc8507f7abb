/**
 * The Notes view: highlights and notes by text and section, notes that can
 * no longer be placed in a group of their own. The writer filters it by
 * colour or tag, opens a note in the reader, and inserts its quotation with
 * its citation into the essay.
 */
import * as vscode from 'vscode';
import { messagesFor } from '../core/messages';
import { allTags, colourName, COLOURS, filterNotes, notesBySection, type NotesFilter, type PlacedNote } from '../core/notes';
import type { Passage } from '../core/passage';
import { Commands, NOTES_VIEW_ID } from './commands';
import { afterActivation } from './later';
import { colourNames, type NotesStore } from './notesFile';
import { sectionName } from './sections';
import type { Services } from './services';

export type NotesNode =
  | { readonly kind: 'problem'; readonly line: number; readonly message: string }
  | { readonly kind: 'text'; readonly key: string; readonly title: string; readonly notes: readonly PlacedNote[] }
  | { readonly kind: 'section'; readonly key: string; readonly label: string; readonly notes: readonly PlacedNote[] }
  | { readonly kind: 'unplaced'; readonly notes: readonly PlacedNote[] }
  | { readonly kind: 'note'; readonly placed: PlacedNote; readonly note: PlacedNote['note']; readonly passage?: Passage };

class NotesTreeProvider implements vscode.TreeDataProvider<NotesNode> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  filter: NotesFilter = {};

  constructor(private readonly services: Services, private readonly store: NotesStore) {}

  refresh(): void {
    this.changed.fire();
  }

  getChildren(node?: NotesNode): NotesNode[] {
    if (!node) return this.roots();
    if (node.kind === 'text') return this.sections(node);
    if (node.kind === 'section' || node.kind === 'unplaced') return node.notes.map((placed) => this.noteNode(placed));
    return [];
  }

  private roots(): NotesNode[] {
    const state = this.store.state;
    const problems: NotesNode[] = state.kind === 'unreadable' ? state.problems.map((p) => ({ kind: 'problem', ...p })) : [];
    const shown = filterNotes(this.store.placed(), this.filter);
    const texts: NotesNode[] = [];
    for (const work of this.services.library.works()) {
      const notes = shown.filter((n) => n.placement.placed && n.note.text === work.id);
      if (notes.length > 0) texts.push({ kind: 'text', key: work.id, title: work.record.title, notes });
    }
    const unplaced = shown.filter((n) => !n.placement.placed);
    return [...problems, ...texts, ...(unplaced.length > 0 ? [{ kind: 'unplaced' as const, notes: unplaced }] : [])];
  }

  private sections(node: Extract<NotesNode, { kind: 'text' }>): NotesNode[] {
    const work = this.services.library.get(node.key);
    if (!work) return [];
    return notesBySection(work, node.notes).map(({ section, notes }): NotesNode => ({ kind: 'section', key: work.id, label: sectionName(section), notes }));
  }

  private noteNode(placed: PlacedNote): NotesNode {
    const { note, placement } = placed;
    const passage: Passage | undefined = placement.placed
      ? { work: note.text, locator: { kind: 'paragraphs', first: placement.paragraph, last: placement.paragraph }, text: note.quote }
      : undefined;
    return { kind: 'note', placed, note, passage };
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    switch (node.kind) {
      case 'problem': {
        const item = new vscode.TreeItem(vscode.l10n.t('The notes file cannot be read at line {0}', node.line));
        item.description = node.message;
        item.tooltip = vscode.l10n.t('Fix the line (see the Problems panel): until then nothing is written to the file. {0}', node.message);
        item.iconPath = new vscode.ThemeIcon('error');
        item.command = { command: Commands.openNotesFile, title: vscode.l10n.t('Open the Notes File') };
        return item;
      }
      case 'text':
        return group(`text:${node.key}`, node.title, node.notes.length, 'book');
      case 'section':
        return group(`section:${node.key}:${node.label}`, node.label, node.notes.length, 'symbol-namespace');
      case 'unplaced': {
        const item = group('unplaced', vscode.l10n.t('Unplaced'), node.notes.length, 'warning');
        item.tooltip = vscode.l10n.t('Notes whose words are no longer in their text, or whose text left the library. They stay in the notes file.');
        return item;
      }
      case 'note':
        return noteItem(node);
    }
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

function group(id: string, label: string, count: number, icon: string): vscode.TreeItem {
  const item = new vscode.TreeItem(label, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `notes:${id}`;
  item.description = String(count);
  item.iconPath = new vscode.ThemeIcon(icon);
  return item;
}

function noteItem(node: Extract<NotesNode, { kind: 'note' }>): vscode.TreeItem {
  const { note, placed } = node;
  const names = colourNames();
  const item = new vscode.TreeItem(`“${note.quote.length > 70 ? `${note.quote.slice(0, 70)}…` : note.quote}”`, vscode.TreeItemCollapsibleState.None);
  item.id = `notes:note:${note.id}`;
  item.contextValue = node.passage ? 'note' : 'unplacedNote';
  const colour = note.colour ? colourName(note.colour, names) : undefined;
  item.description = [placed.placement.placed ? `¶ ${placed.placement.paragraph}` : undefined, colour, note.note.split('\n')[0]].filter(Boolean).join(' · ');
  item.iconPath = new vscode.ThemeIcon(note.note || note.replies.length > 0 ? 'comment' : 'symbol-color', note.colour ? new vscode.ThemeColor(`charts.${note.colour}`) : undefined);
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${colour ?? vscode.l10n.t('Note')}**${placed.placement.placed ? '' : ` · ${vscode.l10n.t('unplaced')}`}\n\n`);
  tooltip.appendText(`“${note.quote}”`);
  if (note.note) tooltip.appendMarkdown('\n\n').appendText(note.note);
  for (const reply of note.replies) tooltip.appendMarkdown('\n\n').appendText(`— ${reply}`);
  if (!placed.placement.placed) tooltip.appendMarkdown('\n\n').appendText(messagesFor(vscode.env.language).notes.unplaced(placed.placement.reason));
  item.tooltip = tooltip;
  if (node.passage) item.command = { command: Commands.openNote, title: vscode.l10n.t('Open in Reader'), arguments: [node] };
  return item;
}

export interface NotesView {
  readonly view: vscode.TreeView<NotesNode>;
  readonly provider: { getChildren(node?: NotesNode): NotesNode[]; getTreeItem(node: NotesNode): vscode.TreeItem; filter: NotesFilter };
}

export function registerNotesView(services: Services, store: NotesStore): NotesView {
  const provider = new NotesTreeProvider(services, store);
  // The view is made a moment after activation: VS Code waits for its provider, so it shows no less for that.
  const made = afterActivation(services.context, () => {
    const view = vscode.window.createTreeView(NOTES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
    services.context.subscriptions.push(view, store.onDidChange(() => provider.refresh()));
    return view;
  });
  const names = () => colourNames();
  const showFilter = () => {
    const { colour, tag } = provider.filter;
    made().description = [colour && colourName(colour, names()), tag && `#${tag}`].filter(Boolean).join(' · ') || undefined;
    void vscode.commands.executeCommand('setContext', 'cpcRelations.notesFiltered', colour !== undefined || tag !== undefined);
    provider.refresh();
  };
  const passageOf = (argument: unknown): Passage | undefined => (typeof argument === 'object' && argument !== null ? (argument as { passage?: Passage }).passage : undefined);
  services.context.subscriptions.push(
    provider,
    vscode.commands.registerCommand(Commands.filterNotes, async (filter?: NotesFilter) => {
      if (filter && typeof filter === 'object') {
        provider.filter = { colour: filter.colour, tag: filter.tag?.replace(/^#/, '').toLowerCase() };
        showFilter();
        return;
      }
      await store.ready();
      type Choice = vscode.QuickPickItem & { filter?: NotesFilter };
      const choices: Choice[] = [
        { label: vscode.l10n.t('All notes'), filter: {} },
        { label: vscode.l10n.t('Colours'), kind: vscode.QuickPickItemKind.Separator },
        ...COLOURS.map((colour) => ({ label: colourName(colour, names()), description: colour, filter: { colour } })),
        { label: vscode.l10n.t('Tags'), kind: vscode.QuickPickItemKind.Separator },
        ...allTags(store.notes).map((tag) => ({ label: `#${tag}`, filter: { tag } })),
      ];
      const picked = await vscode.window.showQuickPick(choices, { title: vscode.l10n.t('Show the notes of a colour or tag') });
      if (!picked?.filter) return;
      provider.filter = picked.filter;
      showFilter();
    }),
    vscode.commands.registerCommand(Commands.clearNotesFilter, () => {
      provider.filter = {};
      showFilter();
    }),
    vscode.commands.registerCommand(Commands.openNote, (argument?: unknown) => {
      const passage = passageOf(argument);
      if (!passage) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This note cannot be placed in its text: its words are no longer there. Its words and note stay in the notes file.'));
        return undefined;
      }
      return vscode.commands.executeCommand(Commands.openInReader, passage);
    }),
    vscode.commands.registerCommand(Commands.insertNoteQuotation, (argument?: unknown, insertOptions?: unknown) => {
      const passage = passageOf(argument);
      if (!passage) {
        void vscode.window.showInformationMessage(vscode.l10n.t('This note cannot be placed in its text, so its quotation cannot be cited: choose a placed note.'));
        return undefined;
      }
      return vscode.commands.executeCommand(Commands.insertQuotation, passage, insertOptions);
    }),
  );
  return {
    get view() {
      return made();
    },
    provider,
  };
}
