/**
 * The texts as a tree: one root per text of the library, its sections with
 * the paragraphs they cover, each paragraph's sentences. Ids and coverage
 * are keyed by (text, locator). Nodes are built on first display and kept, so
 * their identity is stable for reveal and their ids keep the expanded state.
 */
import * as vscode from 'vscode';
import { citedWork } from '../core/cite';
import { fullName } from '../core/cite/work';
import { messagesFor } from '../core/messages';
import type { Paragraph, Section, Sentence, Work } from '../core/model';
import type { NoteCount } from '../core/notes';
import { paragraphRange } from '../core/model';
import { paragraphLabel, paragraphPassage, sectionPassage, type Passage } from '../core/passage';
import { sectionShortLabels } from '../core/sectionLabels';
import { Commands, VIEW_ID } from './commands';
import { coverageKey } from './coverage';
import { afterActivation } from './later';
import { sectionName } from './sections';
import type { Services } from './services';

export type TextNode =
  | { readonly kind: 'work'; readonly work: Work }
  | { readonly kind: 'section'; readonly work: Work; readonly section: Section; readonly passage: Passage }
  | { readonly kind: 'paragraph'; readonly work: Work; readonly paragraph: Paragraph; readonly passage: Passage }
  | { readonly kind: 'sentence'; readonly work: Work; readonly sentence: Sentence; readonly passage: Passage };

const OPENING_WORDS = 5;

/** "¶ 4 · As an "accelerator," party-to-party relations…" */
export function paragraphItemLabel(paragraph: Paragraph): string {
  const words = paragraph.text.split(' ');
  const opening = words.slice(0, OPENING_WORDS).join(' ').replace(/[,;:.]$/, '');
  return `${paragraphLabel(paragraph.number, paragraph.number)} · ${opening}${words.length > OPENING_WORDS ? '…' : ''}`;
}

class TextTreeProvider implements vscode.TreeDataProvider<TextNode> {
  private readonly _onDidChangeTreeData = new vscode.EventEmitter<TextNode | undefined>();
  readonly onDidChangeTreeData = this._onDidChangeTreeData.event;
  private nodes: { roots: TextNode[]; children: Map<TextNode, TextNode[]>; parents: Map<TextNode, TextNode>; byParagraph: Map<string, TextNode> } | undefined;
  private coverage: ReadonlyMap<string, number> = new Map();
  private noteCounts: ReadonlyMap<string, ReadonlyMap<number, NoteCount>> = new Map();
  private failed = false;

  constructor(private readonly services: Services) {
    services.context.subscriptions.push(services.texts.onDidChange(() => {
      this.nodes = undefined;
      this.labels.clear();
      this.refresh();
    }));
  }

  refresh(): void {
    this._onDidChangeTreeData.fire(undefined);
  }

  dispose(): void {
    this._onDidChangeTreeData.dispose();
  }

  /** Citation counts by (text, paragraph) (see `coverageKey`), shown as "cited 2×". */
  setCoverage(coverage: ReadonlyMap<string, number>): void {
    this.coverage = coverage;
    this.refresh();
  }

  /** Highlights and notes by text key and paragraph, shown after the citation count. */
  setNoteCounts(counts: ReadonlyMap<string, ReadonlyMap<number, NoteCount>>): void {
    this.noteCounts = counts;
    this.refresh();
  }

  private readonly labels = new Map<string, ReadonlyMap<string, string>>();

  private shortLabels(work: Work): ReadonlyMap<string, string> {
    let labels = this.labels.get(work.id);
    if (!labels) this.labels.set(work.id, (labels = sectionShortLabels(work.sections)));
    return labels;
  }

  /** Citations of the section's paragraphs in the active document. */
  sectionCoverage(work: string, section: Section): number {
    return section.paragraphs.reduce((n, p) => n + (this.coverage.get(coverageKey(work, p.number)) ?? 0), 0);
  }

  /** How often the active document cites paragraph `n` of the text `work`. */
  paragraphCoverage(work: string, n: number): number {
    return this.coverage.get(coverageKey(work, n)) ?? 0;
  }

  /** The section with this id in the text `work`, for its badge. */
  section(work: string, id: string): Section | undefined {
    return this.services.library.get(work)?.sections.find((s) => s.id === id);
  }

  paragraphNode(work: string, n: number): TextNode | undefined {
    const built = this.build();
    const key = coverageKey(work, n);
    const known = built.byParagraph.get(key);
    if (known) return known;
    // Make the nodes on the way to it: its text's sections, then its section's paragraphs.
    const root = built.roots.find((r) => r.work.id === work);
    const paragraph = root?.work.paragraphs[n - 1];
    const section = root && paragraph && this.childrenOf(root).find((s) => s.kind === 'section' && s.section.id === paragraph.sectionId);
    if (section) this.childrenOf(section);
    return built.byParagraph.get(key);
  }

  getChildren(node?: TextNode): TextNode[] {
    let built: ReturnType<TextTreeProvider['build']>;
    try {
      built = this.build();
    } catch (error) {
      // The view then shows its welcome content, which says so.
      if (!this.failed) void vscode.window.showErrorMessage(vscode.l10n.t('The text could not be loaded: {0}', error instanceof Error ? error.message : String(error)));
      this.failed = true;
      void vscode.commands.executeCommand('setContext', 'cpcRelations.textFailed', true);
      return [];
    }
    return node ? this.childrenOf(node) : built.roots;
  }

  getParent(node: TextNode): TextNode | undefined {
    return this.build().parents.get(node);
  }

  getTreeItem(node: TextNode): vscode.TreeItem {
    switch (node.kind) {
      case 'work': return workItem(node.work, this.build().roots[0] === node);
      case 'section': return sectionItem(node.work, node.section, node.section.heading === undefined ? sectionName(node.section) : this.shortLabels(node.work).get(node.section.id) ?? node.section.label, this.sectionCoverage(node.work.id, node.section));
      case 'paragraph': return paragraphItem(node.work, node.paragraph, node.passage, this.paragraphCoverage(node.work.id, node.paragraph.number), this.noteCounts.get(node.work.id)?.get(node.paragraph.number));
      case 'sentence': return sentenceItem(node.work, node.sentence, node.passage);
    }
  }

  /** The roots, one per text; each node's children are made when first asked for, so a long book costs nothing until opened. */
  private build() {
    if (this.nodes) return this.nodes;
    const roots: TextNode[] = this.services.library.works().map((work) => ({ kind: 'work', work }));
    this.nodes = { roots, children: new Map(), parents: new Map(), byParagraph: new Map() };
    return this.nodes;
  }

  private childrenOf(node: TextNode): TextNode[] {
    const built = this.build();
    let kids = built.children.get(node);
    if (kids) return kids;
    const { work } = node;
    switch (node.kind) {
      case 'work':
        kids = work.sections.map((section) => ({ kind: 'section', work, section, passage: sectionPassage(section, work) }));
        break;
      case 'section':
        kids = node.section.paragraphs.map((paragraph) => ({ kind: 'paragraph', work, paragraph, passage: paragraphPassage(paragraph, work) }));
        for (const kid of kids) if (kid.kind === 'paragraph') built.byParagraph.set(coverageKey(work.id, kid.paragraph.number), kid);
        break;
      case 'paragraph':
        kids = node.paragraph.sentences.map((sentence) => ({
          kind: 'sentence',
          work,
          sentence,
          passage: { work: work.id, locator: { kind: 'paragraphs', first: sentence.paragraphNumber, last: sentence.paragraphNumber }, text: sentence.text },
        }));
        break;
      case 'sentence':
        kids = [];
    }
    built.children.set(node, kids);
    for (const kid of kids) built.parents.set(kid, node);
    return kids;
  }
}

function workItem(work: Work, first: boolean): vscode.TreeItem {
  const { record } = work;
  // With several texts, only the first opens by itself: a book's sections would fill the view.
  const item = new vscode.TreeItem(record.title, first ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `work:${work.id}`;
  item.contextValue = 'work';
  // Names in the order the citations give them ("Zhong Lianyan").
  const cited = citedWork(work);
  const editors = cited.editors.map(fullName).join(', ');
  const authors = cited.authors.map(fullName).join(', ');
  const who = record.authors.length > 0 ? record.authors.map((a) => a.literal ?? a.family).join(', ') : record.editors.length > 0 ? `${record.editors.map((e) => e.family).join(', ')} (ed.)` : '';
  item.description = who ? `${who}, ${record.issued.year}` : String(record.issued.year);
  item.iconPath = new vscode.ThemeIcon('book');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(record.title)}**\n\n`);
  if (authors) tooltip.appendMarkdown(`${vscode.l10n.t('By {0}.', escape(authors))}  \n`);
  if (record.containerTitle) {
    const book = `*${escape(record.containerTitle)}*`;
    tooltip.appendMarkdown(`${editors ? vscode.l10n.t('Chapter in {0}, edited by {1}.', book, escape(editors)) : vscode.l10n.t('Chapter in {0}.', book)}  \n`);
  } else if (editors) tooltip.appendMarkdown(`${vscode.l10n.t('Edited by {0}.', escape(editors))}  \n`);
  const place = [record.place, record.publisher].filter(Boolean).join(': ');
  tooltip.appendMarkdown(`${place ? `${escape(place)}, ` : ''}${record.issued.year}${record.issued.month ? `-${String(record.issued.month).padStart(2, '0')}` : ''}.  \n`);
  if (record.posted) tooltip.appendMarkdown(`${vscode.l10n.t('Posted online {0}.', `${record.posted.year}-${String(record.posted.month).padStart(2, '0')}-${String(record.posted.day).padStart(2, '0')}`)}  \n`);
  tooltip.appendMarkdown(vscode.l10n.t('Language: {0}. Citation key: {1}.', escape(record.language), `\`${record.key}\``));
  if (record.received.heading) tooltip.appendMarkdown(`\n\n${vscode.l10n.t('As received: "{0}" / "{1}"', escape(record.received.kicker ?? ''), escape(record.received.heading))}`);
  item.tooltip = tooltip;
  const label = authors ? vscode.l10n.t('{0}, by {1}, {2}', record.title, authors, record.issued.year)
    : editors ? vscode.l10n.t('{0}, edited by {1}, {2}', record.title, editors, record.issued.year)
      : `${record.title}, ${record.issued.year}`;
  item.accessibilityInformation = { label, role: 'treeitem' };
  return item;
}

/**
 * "¶ 2–5 · Facilitated a healthy and stable progress…": the range first and
 * the words that tell the section from the others next, so that a narrow
 * sidebar still shows both; the full heading is in the tooltip.
 */
function sectionItem(work: Work, section: Section, shortLabel: string, cited: number): vscode.TreeItem {
  const range = paragraphRange(section);
  const item = new vscode.TreeItem(range ? `${paragraphLabel(range.first, range.last)} · ${shortLabel}` : shortLabel, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `section:${work.id}:${section.id}`;
  item.contextValue = 'section';
  item.resourceUri = coverageUri(work.id, 'section', section.id);
  item.description = cited > 0 ? citedShort(cited) : undefined;
  item.iconPath = new vscode.ThemeIcon('symbol-namespace');
  item.tooltip = section.heading ? section.heading : vscode.l10n.t('Introduction (untitled in the text)');
  const span = range ? (range.first === range.last ? vscode.l10n.t('paragraph {0}', range.first) : vscode.l10n.t('paragraphs {0} to {1}', range.first, range.last)) : vscode.l10n.t('no paragraphs');
  const spoken = cited > 0 ? vscode.l10n.t('Section {0}, {1}, {2} in this document', sectionName(section), span, timesCited(cited)) : vscode.l10n.t('Section {0}, {1}', sectionName(section), span);
  item.accessibilityInformation = { label: spoken, role: 'treeitem' };
  return item;
}

function paragraphItem(work: Work, paragraph: Paragraph, passage: Passage, cited: number, notes: NoteCount | undefined): vscode.TreeItem {
  const item = new vscode.TreeItem(paragraphItemLabel(paragraph), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `paragraph:${work.id}:${paragraph.id}`;
  item.contextValue = 'paragraph';
  item.resourceUri = coverageUri(work.id, 'paragraph', String(paragraph.number));
  const noted = notesLabel(notes);
  // A text that marks its printed pages: the pages the paragraph is on, as the reader gives them after its number.
  const pages = paragraph.pages && messagesFor(vscode.env.language).reader.pages(paragraph.pages.first, paragraph.pages.last);
  item.description = [pages, cited > 0 ? citedShort(cited) : undefined, noted].filter(Boolean).join(' · ') || undefined;
  item.tooltip = new vscode.MarkdownString(`**${paragraphLabel(paragraph.number, paragraph.number)}**${pages ? ` (${pages})` : ''}\n\n${escape(paragraph.text)}`);
  const about = [pages, cited > 0 ? vscode.l10n.t('{0} in this document', timesCited(cited)) : undefined, noted].filter(Boolean).join(vscode.l10n.t(', '));
  item.accessibilityInformation = {
    label: about
      ? vscode.l10n.t('Paragraph {0}, {1}: {2}', paragraph.number, about, openingWords(paragraph.text, 12))
      : vscode.l10n.t('Paragraph {0}: {1}', paragraph.number, openingWords(paragraph.text, 12)),
    role: 'treeitem',
  };
  item.command = { command: Commands.openInReader, title: vscode.l10n.t('Open in Reader'), arguments: [passage] };
  return item;
}

function sentenceItem(work: Work, sentence: Sentence, passage: Passage): vscode.TreeItem {
  const item = new vscode.TreeItem(sentence.text, vscode.TreeItemCollapsibleState.None);
  item.id = `sentence:${work.id}:${sentence.id}`;
  item.contextValue = 'sentence';
  item.description = `${sentence.paragraphNumber}.${sentence.number}`;
  item.tooltip = new vscode.MarkdownString(`**${vscode.l10n.t('¶ {0}, sentence {1}', sentence.paragraphNumber, sentence.number)}**\n\n${escape(sentence.text)}`);
  item.accessibilityInformation = { label: vscode.l10n.t('Sentence {0} of paragraph {1}: {2}', sentence.number, sentence.paragraphNumber, sentence.text), role: 'treeitem' };
  item.command = { command: Commands.openInReader, title: vscode.l10n.t('Open in Reader'), arguments: [passage] };
  return item;
}

/** "2 highlights, 1 note": what the writer's notes hold of a paragraph. */
function notesLabel(count: NoteCount | undefined): string | undefined {
  if (!count) return undefined;
  const parts = [
    count.highlights === 0 ? undefined : count.highlights === 1 ? vscode.l10n.t('1 highlight') : vscode.l10n.t('{0} highlights', count.highlights),
    count.notes === 0 ? undefined : count.notes === 1 ? vscode.l10n.t('1 note') : vscode.l10n.t('{0} notes', count.notes),
  ].filter(Boolean);
  return parts.length > 0 ? parts.join(vscode.l10n.t(', ')) : undefined;
}

/** "cited once", "cited 2 times": as a screen reader should say it. */
export function timesCited(n: number): string {
  return n === 1 ? vscode.l10n.t('cited once') : vscode.l10n.t('cited {0} times', n);
}

/** "cited 2×": short enough for a row's description in a narrow sidebar. */
function citedShort(n: number): string {
  return vscode.l10n.t('cited {0}×', n);
}

/** The first `count` words, with an ellipsis when there are more. */
function openingWords(text: string, count: number): string {
  const words = text.split(' ');
  return words.length > count ? `${words.slice(0, count).join(' ').replace(/[,;:.]$/, '')}…` : text;
}

/**
 * The tree's rows carry these URIs only so that a decoration can give them a
 * badge: a badge stays visible however narrow the sidebar, where a
 * description is cut off first.
 */
const COVERAGE_SCHEME = 'cpc-relations-coverage';

function coverageUri(work: string, kind: 'section' | 'paragraph', id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: COVERAGE_SCHEME, path: `/${encodeURIComponent(work)}/${kind}/${id}` });
}

/** Badges with how often the active document cites each paragraph, and each section's paragraphs. */
class CoverageBadges implements vscode.FileDecorationProvider {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;

  constructor(private readonly provider: TextTreeProvider) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== COVERAGE_SCHEME) return undefined;
    const [, encoded, kind, id] = uri.path.split('/');
    const work = decodeURIComponent(encoded);
    const section = kind === 'section' ? this.provider.section(work, id) : undefined;
    const cited = section ? this.provider.sectionCoverage(work, section) : kind === 'paragraph' ? this.provider.paragraphCoverage(work, Number(id)) : 0;
    if (cited === 0) return undefined;
    return { badge: cited > 99 ? '99' : String(cited), tooltip: vscode.l10n.t('{0} in the active document', timesCited(cited)) };
  }

  dispose(): void {
    this.changed.dispose();
  }
}

/** Escapes what Markdown would read as markup in running prose; hyphens and full stops mid-line are safe. */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>#|]/g, '\\$&');
}

/** What the tree adapter hands back: the view and its provider, for the wiring and tests. */
export interface TextTree {
  readonly view: vscode.TreeView<TextNode>;
  readonly provider: {
    getChildren(node?: TextNode): TextNode[];
    getTreeItem(node: TextNode): vscode.TreeItem;
    setCoverage(coverage: ReadonlyMap<string, number>): void;
    setNoteCounts(counts: ReadonlyMap<string, ReadonlyMap<number, NoteCount>>): void;
  };
}

export function registerTree(services: Services): TextTree {
  const provider = new TextTreeProvider(services);
  // Several paragraphs selected together are cited together ("paras. 4, 7").
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  // The badges come a moment after activation: the tree has counts to show only once a document is checked.
  afterActivation(services.context, () => {
    const badges = new CoverageBadges(provider);
    services.context.subscriptions.push(badges, provider.onDidChangeTreeData(() => badges.refresh()), vscode.window.registerFileDecorationProvider(badges));
  });
  services.context.subscriptions.push(
    provider,
    view,
    vscode.commands.registerCommand(Commands.revealInTree, async (n: unknown, work?: unknown) => {
      // Revealing also builds the tree: only do it once the writer has opened the view.
      if (typeof n !== 'number' || !view.visible) return;
      const node = provider.paragraphNode(typeof work === 'string' ? work : services.work().id, n);
      if (node) await view.reveal(node, { select: true, focus: false, expand: false });
    }),
  );
  return { view, provider };
}
