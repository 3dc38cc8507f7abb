import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { TextNode } from '../../src/vscode/tree';
import { closeAllEditors, extensionApi, scratchEditor, waitFor, workspaceUri } from './support';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);

describe('The text tree', () => {
  afterEach(closeAllEditors);

  it('shows the work, six sections with their paragraph ranges and thirteen paragraphs', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    assert.equal(label(tree.provider.getTreeItem(root)), "The Outstanding Results of CPC's International Relations");
    const sections = tree.provider.getChildren(root);
    assert.deepEqual(sections.map((s) => [label(tree.provider.getTreeItem(s)), tree.provider.getTreeItem(s).tooltip]), [
      ['¶ 1 · Introduction', 'Introduction (untitled in the text)'],
      ['¶ 2–5 · Facilitated a healthy and stable progress of state-to-state relations', "CPC's international relations have facilitated a healthy and stable progress of state-to-state relations"],
      ['¶ 6–7 · Elevated CPC’s governing ability', 'CPC’s international relation have elevated CPC’s governing ability'],
      ["¶ 8–9 · Facilitated China's socialist modern construction", "CPC's international relations have facilitated China's socialist modern construction"],
      ['¶ 10–11 · Shown the world a good image of the CPC', 'CPC’s international relations have shown the world a good image of the CPC'],
      ['¶ 12–13 · Facilitated world peace and stability', "CPC's international relations have facilitated world peace and stability"],
    ]);
    const paragraphs = sections.flatMap((s) => tree.provider.getChildren(s));
    assert.equal(paragraphs.length, 13);
    assert.equal(label(tree.provider.getTreeItem(paragraphs[3])), '¶ 4 · As an "accelerator," party-to-party relations…');
    assert.equal(label(tree.provider.getTreeItem(paragraphs[0])), '¶ 1 · By party-to-party relations and the…');
  });

  it('labels the sections so that their first 28 characters, what a default-width sidebar shows, tell them apart', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    const shown = tree.provider.getChildren(root).map((s) => label(tree.provider.getTreeItem(s))?.slice(0, 28));
    assert.equal(new Set(shown).size, shown.length, shown.join(' | '));
    for (const text of shown) assert.match(text ?? '', /^¶ \d+(–\d+)? · /, 'the range opens the label');
  });

  it('names the editor in the order the citations use', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    const item = tree.provider.getTreeItem(root);
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.match(item.tooltip.value, /edited by Zhong Lianyan/);
    assert.match(item.accessibilityInformation?.label ?? '', /edited by Zhong Lianyan/);
  });

  it('expands a paragraph into its sentences, each a passage of its own', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    const fourth = tree.provider.getChildren(root).flatMap((s) => tree.provider.getChildren(s))[3];
    const sentences = tree.provider.getChildren(fourth);
    assert.equal(sentences.length, 6);
    const first = sentences[0] as Extract<TextNode, { kind: 'sentence' }>;
    assert.equal(first.passage.text, 'As an "accelerator," party-to-party relations have facilitated the progress of state relations.');
    assert.equal(tree.provider.getTreeItem(first).contextValue, 'sentence');
  });

  it('gives every item an accessibility label and paragraphs a Markdown tooltip', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    const fourth = tree.provider.getChildren(root).flatMap((s) => tree.provider.getChildren(s))[3];
    const item = tree.provider.getTreeItem(fourth);
    assert.ok(item.accessibilityInformation?.label.startsWith('Paragraph 4: As an "accelerator,"'));
    assert.ok(item.accessibilityInformation?.label.endsWith('…'), 'a label cut short says so');
    assert.ok(item.tooltip instanceof vscode.MarkdownString);
    assert.ok(item.tooltip.value.replace(/\\(.)/g, '$1').endsWith((fourth as Extract<TextNode, { kind: 'paragraph' }>).paragraph.text));
  });

  it('opens paragraph 4 in the reader, revealed and selected', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    const fourth = tree.provider.getChildren(root).flatMap((s) => tree.provider.getChildren(s))[3];
    const item = tree.provider.getTreeItem(fourth);
    assert.ok(item.command);
    await vscode.commands.executeCommand(item.command.command, ...(item.command.arguments ?? []));
    const editor = await waitFor('the reader', () => vscode.window.activeTextEditor?.document.uri.scheme === 'cpc-relations' && vscode.window.activeTextEditor);
    assert.equal(editor.document.languageId, 'markdown');
    assert.equal(editor.document.getText(editor.selection), (fourth as Extract<TextNode, { kind: 'paragraph' }>).paragraph.text);
    await waitFor('the paragraph to be scrolled into view', () => editor.visibleRanges.some((r) => r.contains(editor.selection.start)));
    assert.match(editor.document.lineAt(editor.selection.start.line).text, /^\[4\] As an "accelerator,"/);
  });

  it('shows the citation style in force beside its title, and follows a new choice', async () => {
    const { tree } = await extensionApi();
    try {
      await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'mla');
      assert.equal(tree.view.title, 'Text · MLA');
      await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'gb-t-7714');
      assert.equal(tree.view.title, 'Text · GB/T 7714');
    } finally {
      await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'setting');
    }
    assert.equal(tree.view.title, 'Text · APA');
    // The style is said once, in the title.
    assert.equal(tree.view.description, undefined);
  });

  it('marks the paragraphs the active document cites, with how often', async () => {
    const { tree } = await extensionApi();
    const [root] = tree.provider.getChildren();
    const paragraphs = tree.provider.getChildren(root).flatMap((s) => tree.provider.getChildren(s));
    const description = (n: number) => tree.provider.getTreeItem(paragraphs[n - 1]).description;
    await scratchEditor('Party ties work as an accelerator ("Outstanding Results," 2007, para. 4).\n\nThey do so again ("Outstanding Results," 2007, para. 4), and in para. 9 ("Outstanding Results," 2007, para. 9).\n');
    await waitFor('paragraph 4 to be marked as cited twice', () => description(4) === 'cited 2×');
    assert.equal(description(9), 'cited 1×');
    assert.equal(description(5), undefined);
    const aria = (n: number) => tree.provider.getTreeItem(paragraphs[n - 1]).accessibilityInformation?.label ?? '';
    assert.match(aria(9), /^Paragraph 9, cited once in this document: /);
    assert.match(aria(4), /^Paragraph 4, cited 2 times in this document: /);
    // The sections' rows count their paragraphs' citations.
    const sections = tree.provider.getChildren(root);
    assert.equal(tree.provider.getTreeItem(sections[1]).description, 'cited 2×');
  });

  it('selects the paragraph under the reader\'s cursor in the tree', async () => {
    const { tree } = await extensionApi();
    await vscode.commands.executeCommand('workbench.view.extension.cpcRelations');
    await waitFor('the view to be visible', () => tree.view.visible);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('cpcRelations.openReader');
    const line = editor.document.getText().split('\n').findIndex((l) => l.startsWith('[7] '));
    editor.selection = new vscode.Selection(line, 10, line, 10);
    const selected = await waitFor('paragraph 7 to be selected in the tree', () => {
      const node = tree.view.selection[0];
      return node?.kind === 'paragraph' && node.paragraph.number === 7 && node;
    });
    assert.equal(selected.paragraph.number, 7);
    editor.selection = new vscode.Selection(line - 2, 0, line - 2, 0);
    await waitFor('paragraph 6 to be selected in the tree', () => {
      const node = tree.view.selection[0];
      return node?.kind === 'paragraph' && node.paragraph.number === 6;
    });
  });
});

describe('Cite selection in the reader', () => {
  afterEach(closeAllEditors);

  async function citeFromReader(select: (lines: string[]) => vscode.Selection): Promise<string> {
    const target = await scratchEditor('Draft: \n', 'markdown');
    target.selection = new vscode.Selection(0, 7, 0, 7);
    const reader = await vscode.commands.executeCommand<vscode.TextEditor>('cpcRelations.openReader');
    reader.selection = select(reader.document.getText().split('\n'));
    await vscode.commands.executeCommand('cpcRelations.citeSelection');
    return waitFor('the quotation in the draft', () => target.document.getText() !== 'Draft: \n' && target.document.getText());
  }

  it('inserts exactly the selected words with the paragraph as locator', async () => {
    const words = 'party-to-party relations have facilitated the progress of state relations';
    const text = await citeFromReader((lines) => {
      const line = lines.findIndex((l) => l.startsWith('[4] '));
      const at = lines[line].indexOf(words);
      return new vscode.Selection(line, at, line, at + words.length);
    });
    assert.ok(text.includes(`“${words}”`) || text.includes(`"${words}"`), text);
    assert.match(text, /para\. 4\b/);
    assert.doesNotMatch(text, /\[4\]/);
  });

  it('gives a range when the selection spans two paragraphs', async () => {
    const text = await citeFromReader((lines) => {
      const four = lines.findIndex((l) => l.startsWith('[4] '));
      const five = lines.findIndex((l) => l.startsWith('[5] '));
      return new vscode.Selection(four, lines[four].indexOf('By contacts with young'), five, lines[five].indexOf(' also include'));
    });
    assert.ok(text.includes('By contacts with young political figures, the CPC has laid foundations for future state-to-state relations. Party-to-party contacts'), text);
    assert.match(text, /paras\. 4–5/);
  });

  it('explains what to do when nothing in the reader is selected', async () => {
    // A file of its own, so that no untitled draft of the tests before can stand in for it.
    const uri = workspaceUri('tree-tests/unchanged.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Unchanged.\n'));
    const target = await vscode.window.showTextDocument(uri);
    const reader = await vscode.commands.executeCommand<vscode.TextEditor>('cpcRelations.openReader');
    reader.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('cpcRelations.citeSelection');
    assert.equal(target.document.getText(), 'Unchanged.\n');
    assert.equal(target.document.isDirty, false);
  });
});
