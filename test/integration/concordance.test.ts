/**
 * Concordance… and Word Frequencies in a real VS Code: the concordance
 * document lists every occurrence with its counts, its links open the reader
 * at the occurrence, and a word of the frequency list opens its concordance.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundledWork } from '../../src/core/corpus';
import { Concordance } from '../../src/core/study';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, scratchEditor, waitFor } from './support';

const PATIENCE = 30_000;
const STUDY_SCHEME = 'cpc-relations-study';
const READER_SCHEME = 'cpc-relations';

/** What the core finds, counted independently of the document. */
function occurrencesOf(query: string): number {
  const result = new Concordance([bundledWork()]).lookup(query);
  assert.ok(!('problem' in result));
  return result.occurrences.length;
}

async function studyEditor(what: string, match: (text: string) => boolean): Promise<vscode.TextEditor> {
  return waitFor(what, () => {
    const editor = vscode.window.activeTextEditor;
    return editor?.document.uri.scheme === STUDY_SCHEME && match(editor.document.getText()) && editor;
  }, PATIENCE);
}

async function linksOf(document: vscode.TextDocument): Promise<vscode.DocumentLink[]> {
  return waitFor('the document links', async () => {
    const links = await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', document.uri);
    return links.length > 0 && links;
  }, PATIENCE);
}

/** Runs the command a link's `command:` URI names, with its arguments, as a Ctrl+click does. */
async function follow(link: vscode.DocumentLink): Promise<void> {
  const target = link.target;
  assert.ok(target && target.scheme === 'command', `a command link: ${target?.toString()}`);
  const args = target.query === '' ? [] : JSON.parse(decodeURIComponent(target.query));
  await vscode.commands.executeCommand(target.path, ...args);
}

describe('Concordance and word frequencies', function () {
  this.timeout(120_000);

  before(async () => {
    await extensionApi();
  });

  afterEach(closeAllEditors);

  it('shows every occurrence of a word in all its forms, with the count per text and per section', async () => {
    await vscode.commands.executeCommand(Commands.concordance, 'peace');
    const editor = await studyEditor('the concordance of peace', (text) => text.includes('occurrences'));
    const lines = editor.document.getText().split('\n');
    assert.equal(lines[0], `Concordance of "peace": ${occurrencesOf('peace')} occurrences`);
    assert.equal(lines[1], 'Forms: peace 5, peaceful 1');
    assert.ok(lines.includes("The Outstanding Results of CPC's International Relations: 6"), lines.join('\n'));
    assert.ok(lines.includes("    CPC's international relations have facilitated world peace and stability: 2"));
    const rows = lines.filter((l) => l.startsWith('¶'));
    assert.deepEqual(rows.map((r) => r.split(' ')[1]), ['1', '10', '10', '11', '12', '12']);
    const column = rows[0].indexOf('  peace  ');
    assert.ok(rows.every((r) => /^(peace|Peace|peaceful)\b/.test(r.slice(column + 2))), rows.join('\n'));
  });

  it('takes the words selected in the editor, and a phrase finds its words in a row', async () => {
    const writer = await scratchEditor('We write of world peace here.\n');
    writer.selection = new vscode.Selection(0, 12, 0, 23);
    await vscode.commands.executeCommand(Commands.concordance);
    const editor = await studyEditor('the concordance of the selection', (text) => text.startsWith('Concordance of "world peace"'));
    assert.equal(editor.document.getText().split('\n')[0], `Concordance of "world peace": ${occurrencesOf('world peace')} occurrences`);
  });

  it('opens the reader at the occurrence a link points to', async () => {
    await vscode.commands.executeCommand(Commands.concordance, 'cornerstone');
    const editor = await studyEditor('the concordance of cornerstone', (text) => text.includes('1 occurrence'));
    const links = await linksOf(editor.document);
    const keyword = links.find((l) => editor.document.getText(l.range) === 'cornerstone');
    assert.ok(keyword, 'the keyword is a link');
    await follow(keyword);
    const reader = await waitFor('the reader', () => vscode.window.activeTextEditor?.document.uri.scheme === READER_SCHEME && vscode.window.activeTextEditor, PATIENCE);
    await waitFor('the occurrence selected', () => reader.document.getText(reader.selection) === 'cornerstone', PATIENCE);
    assert.ok(reader.document.lineAt(reader.selection.start.line).text.startsWith('[3] '), 'the selection is in ¶ 3');
  });

  it('lists the words of a text by frequency, and a word opens its concordance', async () => {
    await vscode.commands.executeCommand(Commands.wordFrequencies, 'cpcir2007outstanding');
    const list = await studyEditor('the word frequencies', (text) => text.startsWith('Word frequencies of'));
    const lines = list.document.getText().split('\n');
    assert.match(lines[3], /^44 {2}party +party 33 · parties 11$/);
    assert.ok(!lines.some((l) => /^\s*\d+ {2}(the|and|of)\b/.test(l)), 'no stop word');
    const links = await linksOf(list.document);
    const countries = links.find((l) => list.document.getText(l.range) === 'countries');
    assert.ok(countries, 'each word is a link');
    await follow(countries);
    const concordance = await studyEditor('the concordance of countries', (text) => text.startsWith('Concordance of "countries"'));
    assert.equal(concordance.document.getText().split('\n')[1], 'Forms: countries 12, country 2');
  });
});
