/**
 * The library: texts the writer brings, written into the workspace by the
 * test and picked up live, beside the bundled text. Each file is removed
 * afterwards, so the other suites see the bundled text alone.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Passage } from '../../src/core/passage';
import type { TextNode } from '../../src/vscode/tree';
import { HARBOUR_SOURCE } from '../fixtures/check/harbour';
import { closeAllEditors, extensionApi, scratchEditor, waitFor, workspaceUri } from './support';

const label = (item: vscode.TreeItem) => (typeof item.label === 'string' ? item.label : item.label?.label);
const KEY = 'usconstitution1787';

/** A short excerpt of a public-domain government text: the Preamble and the opening of Article I of the Constitution of the United States. */
const CONSTITUTION = `---
key: ${KEY}
type: report
title: The Constitution of the United States
authors:
  - literal: Constitutional Convention
genre: Constitution
issued: 1787-09-17
place: Philadelphia
language: en
---

We the People of the United States, in Order to form a more perfect Union, establish Justice, insure domestic Tranquility, provide for the common defence, promote the general Welfare, and secure the Blessings of Liberty to ourselves and our Posterity, do ordain and establish this Constitution for the United States of America.

## Article I

All legislative Powers herein granted shall be vested in a Congress of the United States, which shall consist of a Senate and House of Representatives.
`;
const PREAMBLE = 'in Order to form a more perfect Union, establish Justice, insure domestic Tranquility';
const ARTICLE_ONE: Passage = { work: KEY, locator: { kind: 'paragraphs', first: 2, last: 2 }, text: '' };

const written: vscode.Uri[] = [];

async function writeText(name: string, content: string): Promise<vscode.Uri> {
  const uri = workspaceUri(`library-tests/${name}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  written.push(uri);
  return uri;
}

function quickFixes(uri: vscode.Uri, range: vscode.Range): Thenable<vscode.CodeAction[]> {
  return vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
}

async function libraryKeys(): Promise<string[]> {
  return (await extensionApi()).library.works().map((w) => w.id);
}

describe('The library of texts', function () {
  this.timeout(60_000);

  before(async () => {
    await writeText('constitution.text.md', CONSTITUTION);
    await waitFor('the text to join the library', async () => (await libraryKeys()).includes(KEY), 30_000);
  });

  after(async () => {
    await closeAllEditors();
    for (const uri of written) await vscode.workspace.fs.delete(uri, { useTrash: false }).then(undefined, () => undefined);
    await waitFor('the library to hold the bundled text alone', async () => (await libraryKeys()).length === 1, 30_000);
  });

  afterEach(closeAllEditors);

  it('shows one root per text in the tree, the bundled text first', async () => {
    const { tree } = await extensionApi();
    const roots = tree.provider.getChildren();
    assert.deepEqual(roots.map((r) => label(tree.provider.getTreeItem(r))), ["The Outstanding Results of CPC's International Relations", 'The Constitution of the United States']);
    const item = tree.provider.getTreeItem(roots[1]);
    assert.equal(item.id, `work:${KEY}`);
    assert.equal(item.description, 'Constitutional Convention, 1787');
    const sections = tree.provider.getChildren(roots[1]);
    assert.deepEqual(sections.map((s) => label(tree.provider.getTreeItem(s))), ['¶ 1 · Introduction', '¶ 2 · Article I']);
    const [paragraph] = tree.provider.getChildren(sections[1]) as Extract<TextNode, { kind: 'paragraph' }>[];
    assert.equal(tree.provider.getTreeItem(paragraph).id, `paragraph:${KEY}:p2`);
    assert.equal(paragraph.passage.work, KEY);
    // The bundled text's paragraph 2 is another row, with another id.
    const bundledSecond = tree.provider.getChildren(tree.provider.getChildren(roots[0])[1])[0];
    assert.equal(tree.provider.getTreeItem(bundledSecond).id, 'paragraph:cpcir2007outstanding:p2');
  });

  it('opens each text in its own reader', async () => {
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('cpcRelations.openInReader', ARTICLE_ONE);
    assert.equal(editor.document.uri.scheme, 'cpc-relations');
    assert.match(editor.document.getText(), /^# The Constitution of the United States/m);
    assert.match(editor.document.getText(editor.selection), /^All legislative Powers herein granted/);
    const bundled = await vscode.commands.executeCommand<vscode.TextEditor>('cpcRelations.openInReader', { locator: { kind: 'paragraphs', first: 2, last: 2 }, text: '' });
    assert.notEqual(bundled.document.uri.toString(), editor.document.uri.toString());
    assert.match(bundled.document.getText(bundled.selection), /^The CPC's international relations have, for decades/);
  });

  it('cites each text with its own record', async () => {
    const editor = await scratchEditor('See ');
    editor.selection = new vscode.Selection(0, 4, 0, 4);
    await vscode.commands.executeCommand('cpcRelations.insertCitation', ARTICLE_ONE);
    await vscode.commands.executeCommand('cpcRelations.insertCitation', { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' });
    assert.equal(editor.document.getText(), 'See (Constitutional Convention, 1787, para. 2)(“Outstanding Results,” 2007, para. 4)');
  });

  it('checks a quotation against the text its citation names, and fixes one cited as the wrong text', async () => {
    const editor = await scratchEditor(`They wrote “${PREAMBLE}” [@cpcir2007outstanding, para. 4].\n\nAnd “${PREAMBLE}” [@${KEY}, para. 1].\n`);
    const [diagnostic] = await waitFor('the wrong-text problem', () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations');
      return found.length > 0 && found;
    });
    assert.equal(typeof diagnostic.code === 'object' ? diagnostic.code.value : diagnostic.code, 'wrong-text');
    assert.equal(diagnostic.range.start.line, 0);
    assert.equal(diagnostic.message, 'Cited as “The Outstanding Results of CPC\'s International Relations”, but the quotation is from “The Constitution of the United States” (para. 1).');
    // The fixes come from the check the diagnostics came from, or one made again after the library changed: asked until they are there.
    const fix = await waitFor('the fix citing the text that holds the quotation', async () => (await quickFixes(editor.document.uri, diagnostic.range)).find((a) => a.title === 'Cite “The Constitution of the United States”, para. 1' && a.edit));
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(0).text, `They wrote “${PREAMBLE}” [@${KEY}, para. 1].`);
    await waitFor('no problem left', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations').length === 0);
  });

  it('gives the pages of a text that marks them in the tree, checks it by page, and fixes a wrong page', async () => {

    await writeText('harbour.text.md', HARBOUR_SOURCE);
    await waitFor('the paged text in the library', async () => (await libraryKeys()).includes('keeper2020harbour'), 30_000);
    // Its tree gives each paragraph's pages, a paragraph running onto the next page with both.
    const { tree } = await extensionApi();
    const root = tree.provider.getChildren().find((r) => tree.provider.getTreeItem(r).id === 'work:keeper2020harbour');
    assert.ok(root, 'the paged text has a root in the tree');
    const paragraphs = tree.provider.getChildren(root).flatMap((node) => (node.kind === 'paragraph' ? [node] : tree.provider.getChildren(node)));
    assert.deepEqual(paragraphs.map((p) => tree.provider.getTreeItem(p).description), ['p. 41', 'pp. 41–42', 'p. 43', 'p. 43']);
    const quoted = 'The customs house kept its ledgers in two languages for the visiting captains';
    const editor = await scratchEditor(`She notes that “${quoted}” (Keeper, 2020, p. 41).\n`);
    const [diagnostic] = await waitFor('the wrong page', () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations');
      return found.length > 0 && found;
    });
    assert.equal(diagnostic.message, 'Wrong locator: “The customs house kept its ledgers…” is in p. 43, not p. 41.');
    const fix = await waitFor('the fix writing the right page', async () => (await quickFixes(editor.document.uri, diagnostic.range)).find((a) => a.title === 'Change the locator to “p. 43”' && a.edit));
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(0).text, `She notes that “${quoted}” (Keeper, 2020, p. 43).`);
    await waitFor('no problem left', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations').length === 0);
  });

  it('checks a quotation of a text in Chinese character by character, its record in CSL-JSON\'s names, and restores the character changed', async () => {
    // A real work's record as a CSL YAML file gives it, above a "# " title; the paragraphs are sample text written for this test, not the work's words.
    await writeText('democracy.text.md', [
      '---', 'id: scio2021democracy', 'type: report', 'title: 中国的民主', 'author:', '  - literal: 国务院新闻办公室', 'publisher: 人民出版社', 'publisher-place: 北京',
      'issued:', '  - year: 2021', '    month: 12', 'language: zh', '---', '', '# 中国的民主', '',
      '这是为测试而写的示例段落，并非该著作的原文。古老的道路绵延万里，延续千年，留下了合作与交流的精神。', '',
    ].join('\n'));
    await waitFor('the Chinese text in the library', async () => (await libraryKeys()).includes('scio2021democracy'), 30_000);
    const editor = await scratchEditor('文中说，古老的道路“绵延万里，延续百年”[@scio2021democracy, para. 1]。\n');
    const [diagnostic] = await waitFor('the misquotation', () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations');
      return found.length > 0 && found;
    });
    assert.equal(diagnostic.message, 'Misquotation of para. 1: “百” should be “千”.');
    const fix = await waitFor('the fix restoring the character', async () => (await quickFixes(editor.document.uri, diagnostic.range)).find((a) => a.edit && a.title.startsWith('Restore')));
    assert.ok(fix.edit);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    assert.equal(editor.document.lineAt(0).text, '文中说，古老的道路“绵延万里，延续千年”[@scio2021democracy, para. 1]。');
    await waitFor('no problem left', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations').length === 0);
  });

  it('makes a file a text with Make This File a Text…, writing only once confirmed', async () => {
    // A Markdown file headed by its title, as most are: the heading is the record's title, not a section.
    const body = '# A Sample Text for Tests\n\nA sample paragraph, written for this test: it is not the words of any real text.\n';
    const uri = await writeText('treaty.text.md', body);
    const document = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(document);
    const answers = { type: 'report', title: 'A Sample Text for Tests', authors: ['Sample Office'], issued: '2020-05', key: 'sample2020' };
    assert.equal(await vscode.commands.executeCommand('cpcRelations.makeText', uri, { ...answers, confirm: false }), false);
    assert.equal(document.getText(), body);
    assert.equal(await vscode.commands.executeCommand('cpcRelations.makeText', uri, { ...answers, confirm: true }), true);
    assert.equal(document.getText(), [
      '---', 'key: "sample2020"', 'type: report', 'title: "A Sample Text for Tests"', 'authors:', '  - literal: "Sample Office"', 'issued: "2020-05"', 'language: "en"', '---', '', '',
    ].join('\n') + body);
    await waitFor('the new text in the library', async () => (await libraryKeys()).includes('sample2020'), 30_000);
    const made = (await extensionApi()).library.works().find((w) => w.id === 'sample2020');
    assert.deepEqual(made?.paragraphs.map((p) => p.text), ['A sample paragraph, written for this test: it is not the words of any real text.']);
  });

  it('reports a malformed record at its line, and keeps the other texts', async () => {
    const uri = await writeText('broken.text.md', CONSTITUTION.replace(`key: ${KEY}`, 'key: broken1787').replace('issued: 1787-09-17', 'issued: someday'));
    const [problem] = await waitFor('the problem of the malformed text', () => {
      const found = vscode.languages.getDiagnostics(uri);
      return found.length > 0 && found;
    }, 30_000);
    assert.equal(problem.range.start.line, 7);
    assert.equal(problem.message, '"issued" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found "someday"');
    assert.equal(problem.severity, vscode.DiagnosticSeverity.Error);
    const keys = await libraryKeys();
    assert.ok(keys.includes(KEY) && !keys.includes('broken1787'), keys.join(', '));
  });
});
