/**
 * The text as a tree: the work, its sections with the paragraphs they cover,
 * each paragraph's sentences. Nodes are built on first display and kept, so
 * their identity is stable for reveal and their ids keep the expanded state.
 */
import * as vscode from 'vscode';
import { citedWork } from '../core/cite';
import { fullName } from '../core/cite/work';
import type { Paragraph, Section, Sentence, Work } from '../core/model';
import { paragraphRange } from '../core/model';
import { paragraphLabel, paragraphPassage, sectionPassage, type Passage } from '../core/passage';
import { sectionShortLabels } from '../core/sectionLabels';
import { Commands, VIEW_ID } from './commands';
import type { Services } from './services';

export type TextNode =
  | { readonly kind: 'work'; readonly work: Work }
  | { readonly kind: 'section'; readonly section: Section; readonly passage: Passage }
  | { readonly kind: 'paragraph'; readonly paragraph: Paragraph; readonly passage: Passage }
  | { readonly kind: 'sentence'; readonly sentence: Sentence; readonly passage: Passage };

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
  private nodes: { root: TextNode; children: Map<TextNode, TextNode[]>; parents: Map<TextNode, TextNode>; byParagraph: Map<number, TextNode> } | undefined;
  private coverage: ReadonlyMap<number, number> = new Map();
  private failed = false;

  constructor(private readonly services: Services) {}

  refresh(): void {
    this._onDidChangeTreeData.fire(undefined);
  }

  dispose(): void {
    this._onDidChangeTreeData.dispose();
  }

  /** Citation counts by paragraph number, shown as "cited 2×". */
  setCoverage(coverage: ReadonlyMap<number, number>): void {
    this.coverage = coverage;
    this.refresh();
  }

  private labels: ReadonlyMap<string, string> | undefined;

  private shortLabels(): ReadonlyMap<string, string> {
    return (this.labels ??= sectionShortLabels(this.services.work().sections));
  }

  /** Citations of the section's paragraphs in the active document. */
  sectionCoverage(section: Section): number {
    return section.paragraphs.reduce((n, p) => n + (this.coverage.get(p.number) ?? 0), 0);
  }

  /** How often the active document cites paragraph `n`. */
  paragraphCoverage(n: number): number {
    return this.coverage.get(n) ?? 0;
  }

  paragraphNode(n: number): TextNode | undefined {
    return this.build().byParagraph.get(n);
  }

  getChildren(node?: TextNode): TextNode[] {
    let built: ReturnType<TextTreeProvider['build']>;
    try {
      built = this.build();
    } catch (error) {
      // The view then shows its welcome content, which says so.
      if (!this.failed) void vscode.window.showErrorMessage(`The text could not be loaded: ${error instanceof Error ? error.message : String(error)}`);
      this.failed = true;
      void vscode.commands.executeCommand('setContext', 'cpcRelations.textFailed', true);
      return [];
    }
    return node ? built.children.get(node) ?? [] : [built.root];
  }

  getParent(node: TextNode): TextNode | undefined {
    return this.build().parents.get(node);
  }

  getTreeItem(node: TextNode): vscode.TreeItem {
    switch (node.kind) {
      case 'work': return workItem(node.work);
      case 'section': return sectionItem(node.section, this.shortLabels().get(node.section.id) ?? node.section.label, this.sectionCoverage(node.section));
      case 'paragraph': return paragraphItem(node.paragraph, node.passage, this.coverage.get(node.paragraph.number) ?? 0);
      case 'sentence': return sentenceItem(node.sentence, node.passage);
    }
  }

  private build() {
    if (this.nodes) return this.nodes;
    const work = this.services.work();
    const root: TextNode = { kind: 'work', work };
    const children = new Map<TextNode, TextNode[]>();
    const parents = new Map<TextNode, TextNode>();
    const byParagraph = new Map<number, TextNode>();
    const link = (parent: TextNode, kids: TextNode[]) => {
      children.set(parent, kids);
      for (const kid of kids) parents.set(kid, parent);
      return kids;
    };
    const sections = link(root, work.sections.map((section) => ({ kind: 'section', section, passage: sectionPassage(section) })));
    for (const sectionNode of sections) {
      if (sectionNode.kind !== 'section') continue;
      const paragraphs = link(sectionNode, sectionNode.section.paragraphs.map((paragraph) => ({ kind: 'paragraph', paragraph, passage: paragraphPassage(paragraph) })));
      for (const paragraphNode of paragraphs) {
        if (paragraphNode.kind !== 'paragraph') continue;
        byParagraph.set(paragraphNode.paragraph.number, paragraphNode);
        link(paragraphNode, paragraphNode.paragraph.sentences.map((sentence) => ({
          kind: 'sentence',
          sentence,
          passage: { locator: { kind: 'paragraphs', first: sentence.paragraphNumber, last: sentence.paragraphNumber }, text: sentence.text },
        })));
      }
    }
    this.nodes = { root, children, parents, byParagraph };
    return this.nodes;
  }
}

function workItem(work: Work): vscode.TreeItem {
  const { record } = work;
  const item = new vscode.TreeItem(record.title, vscode.TreeItemCollapsibleState.Expanded);
  item.id = `work:${work.id}`;
  item.contextValue = 'work';
  // Names in the order the citations give them ("Zhong Lianyan").
  const editors = citedWork(work).editors.map(fullName).join(', ');
  item.description = `${record.editors.map((e) => e.family).join(', ')} (ed.), ${record.issued.year}`;
  item.iconPath = new vscode.ThemeIcon('book');
  const tooltip = new vscode.MarkdownString();
  tooltip.appendMarkdown(`**${escape(record.title)}**\n\n`);
  tooltip.appendMarkdown(`Chapter in *${escape(record.containerTitle)}*, edited by ${escape(editors)}.  \n`);
  tooltip.appendMarkdown(`${escape(record.place)}: ${escape(record.publisher)}, ${record.issued.year}${record.issued.month ? `-${String(record.issued.month).padStart(2, '0')}` : ''}.  \n`);
  if (record.posted) tooltip.appendMarkdown(`Posted online ${record.posted.year}-${String(record.posted.month).padStart(2, '0')}-${String(record.posted.day).padStart(2, '0')}.  \n`);
  tooltip.appendMarkdown(`Language: ${escape(record.language)}. Citation key: \`${record.key}\`.`);
  if (record.received.heading) tooltip.appendMarkdown(`\n\nAs received: "${escape(record.received.kicker ?? '')}" / "${escape(record.received.heading)}"`);
  item.tooltip = tooltip;
  item.accessibilityInformation = { label: `${record.title}, edited by ${editors}, ${record.issued.year}`, role: 'treeitem' };
  return item;
}

/**
 * "¶ 2–5 · Facilitated a healthy and stable progress…": the range first and
 * the words that tell the section from the others next, so that a narrow
 * sidebar still shows both; the full heading is in the tooltip.
 */
function sectionItem(section: Section, shortLabel: string, cited: number): vscode.TreeItem {
  const range = paragraphRange(section);
  const item = new vscode.TreeItem(range ? `${paragraphLabel(range.first, range.last)} · ${shortLabel}` : shortLabel, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `section:${section.id}`;
  item.contextValue = 'section';
  item.resourceUri = coverageUri('section', section.id);
  item.description = cited > 0 ? `cited ${cited}×` : undefined;
  item.iconPath = new vscode.ThemeIcon('symbol-namespace');
  item.tooltip = section.heading ? section.heading : 'Introduction (untitled in the text)';
  const span = range ? (range.first === range.last ? `paragraph ${range.first}` : `paragraphs ${range.first} to ${range.last}`) : 'no paragraphs';
  item.accessibilityInformation = { label: `Section ${section.label}, ${span}${cited > 0 ? `, ${timesCited(cited)} in this document` : ''}`, role: 'treeitem' };
  return item;
}

function paragraphItem(paragraph: Paragraph, passage: Passage, cited: number): vscode.TreeItem {
  const item = new vscode.TreeItem(paragraphItemLabel(paragraph), vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `paragraph:${paragraph.id}`;
  item.contextValue = 'paragraph';
  item.resourceUri = coverageUri('paragraph', String(paragraph.number));
  item.description = cited > 0 ? `cited ${cited}×` : undefined;
  item.tooltip = new vscode.MarkdownString(`**${paragraphLabel(paragraph.number, paragraph.number)}**\n\n${escape(paragraph.text)}`);
  item.accessibilityInformation = {
    label: `Paragraph ${paragraph.number}${cited > 0 ? `, ${timesCited(cited)} in this document` : ''}: ${openingWords(paragraph.text, 12)}`,
    role: 'treeitem',
  };
  item.command = { command: Commands.openInReader, title: 'Open in Reader', arguments: [passage] };
  return item;
}

function sentenceItem(sentence: Sentence, passage: Passage): vscode.TreeItem {
  const item = new vscode.TreeItem(sentence.text, vscode.TreeItemCollapsibleState.None);
  item.id = `sentence:${sentence.id}`;
  item.contextValue = 'sentence';
  item.description = `${sentence.paragraphNumber}.${sentence.number}`;
  item.tooltip = new vscode.MarkdownString(`**¶ ${sentence.paragraphNumber}, sentence ${sentence.number}**\n\n${escape(sentence.text)}`);
  item.accessibilityInformation = { label: `Sentence ${sentence.number} of paragraph ${sentence.paragraphNumber}: ${sentence.text}`, role: 'treeitem' };
  item.command = { command: Commands.openInReader, title: 'Open in Reader', arguments: [passage] };
  return item;
}

/** "cited once", "cited 2 times": as a screen reader should say it. */
export function timesCited(n: number): string {
  return n === 1 ? 'cited once' : `cited ${n} times`;
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

function coverageUri(kind: 'section' | 'paragraph', id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: COVERAGE_SCHEME, path: `/${kind}/${id}` });
}

/** Badges with how often the active document cites each paragraph, and each section's paragraphs. */
class CoverageBadges implements vscode.FileDecorationProvider {
  private readonly changed = new vscode.EventEmitter<undefined>();
  readonly onDidChangeFileDecorations = this.changed.event;

  constructor(private readonly provider: TextTreeProvider, private readonly work: () => Work) {}

  refresh(): void {
    this.changed.fire(undefined);
  }

  provideFileDecoration(uri: vscode.Uri): vscode.FileDecoration | undefined {
    if (uri.scheme !== COVERAGE_SCHEME) return undefined;
    const [, kind, id] = uri.path.split('/');
    const section = kind === 'section' ? this.work().sections.find((s) => s.id === id) : undefined;
    const cited = section ? this.provider.sectionCoverage(section) : kind === 'paragraph' ? this.provider.paragraphCoverage(Number(id)) : 0;
    if (cited === 0) return undefined;
    return { badge: cited > 99 ? '99' : String(cited), tooltip: `${timesCited(cited)} in the active document` };
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
    setCoverage(coverage: ReadonlyMap<number, number>): void;
  };
}

export function registerTree(services: Services): TextTree {
  const provider = new TextTreeProvider(services);
  // Several paragraphs selected together are cited together ("paras. 4, 7").
  const view = vscode.window.createTreeView(VIEW_ID, { treeDataProvider: provider, showCollapseAll: true, canSelectMany: true });
  const badges = new CoverageBadges(provider, () => services.work());
  provider.onDidChangeTreeData(() => badges.refresh());
  services.context.subscriptions.push(
    provider,
    view,
    badges,
    vscode.window.registerFileDecorationProvider(badges),
    vscode.commands.registerCommand(Commands.revealInTree, async (n: unknown) => {
      // Revealing also builds the tree: only do it once the writer has opened the view.
      if (typeof n !== 'number' || !view.visible) return;
      const node = provider.paragraphNode(n);
      if (node) await view.reveal(node, { select: true, focus: false, expand: false });
    }),
  );
  return { view, provider };
}
