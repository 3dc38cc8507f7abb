/**
 * The interface in VS Code's display language. The launcher's run with
 * `--locale zh-cn` (npm test runs it in the Node extension host) says so in
 * CPC_RELATIONS_TEST_LOCALE, and these tests then expect Chinese; every other
 * run expects English, so the same tests prove both tables are loaded.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { colourNames } from '../../src/vscode/notesFile';
import { closeAllEditors, EXTENSION_ID, extensionApi, scratchEditor, waitFor, workspaceUri } from './support';

/** The display language this run was started in: a web worker has no environment, and runs in English. */
const expected = (typeof process !== 'undefined' && process.env?.CPC_RELATIONS_TEST_LOCALE) || 'en';
const chinese = expected === 'zh-cn';
const say = (en: string, zh: string) => (chinese ? zh : en);

/** A manifest string as VS Code gives it: plain in English, with its English beside it in another language. */
type Localized = string | { readonly value: string; readonly original: string };
const shown = (text: Localized | undefined) => (typeof text === 'object' ? text.value : text);

const MISQUOTED = 'The chapter calls party ties "a keystone for the state-to-state relations" [@cpcir2007outstanding, para. 3].\n';

describe('The interface language', () => {
  after(closeAllEditors);

  it('is the display language VS Code runs in', () => {
    assert.equal(vscode.env.language, expected);
  });

  it('titles the commands in it, from package.nls.json or package.nls.zh-cn.json', () => {
    const manifest = vscode.extensions.getExtension(EXTENSION_ID)?.packageJSON as { contributes: { commands: { command: string; title: Localized; category: Localized }[] } };
    const title = (id: string) => shown(manifest.contributes.commands.find((c) => c.command === id)?.title);
    assert.equal(title('cpcRelations.search'), say('Search the Text', '搜索文本'));
    assert.equal(title('cpcRelations.checkQuotations'), say('Check Quotations in This Document', '核对本文档中的引文'));
    assert.equal(title('cpcRelations.chooseStyle'), say('Choose Citation Style…', '选择引用格式…'));
    assert.equal(shown(manifest.contributes.commands[0].category), 'CPC Relations');
  });

  it('titles the tree in it, with the style citations take', async () => {
    const { tree } = await extensionApi();
    await waitFor('the tree\'s title', () => tree.view.title?.includes('APA'));
    assert.equal(tree.view.title, say('Text · APA', '文本 · APA'));
  });

  it('reports a misquotation in it, with its quick fix, while the fix writes the document\'s words', async function () {
    this.timeout(60_000);
    const editor = await scratchEditor(MISQUOTED);
    const [diagnostic] = await waitFor('the misquotation', () => {
      const found = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === 'CPC Relations');
      return found.length === 1 && found;
    });
    assert.equal(diagnostic.message, say('Misquotation of para. 3: “keystone” should be “cornerstone”.', '误引第 3 段：“keystone”应为“cornerstone”。'));
    const restoreTitle = say('Restore the wording of para. 3', '恢复第 3 段的原文');
    // The light bulb asks again as the document settles; so does this test.
    const actions = await waitFor('the quick fixes', async () => {
      const offered = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
      return offered.some((a) => a.title === restoreTitle) && offered;
    }, 30_000);
    assert.ok(actions.some((a) => a.title === say('Ignore this quotation', '忽略这段引文')), actions.map((a) => a.title).join(' | '));
    const restore = actions.find((a) => a.title === restoreTitle);
    assert.ok(restore?.edit && (await vscode.workspace.applyEdit(restore.edit)));
    assert.equal(editor.document.getText(), MISQUOTED.replace('keystone', 'cornerstone'));
  });

  it('names the highlight colours in it, unless the writer renamed them', () => {
    assert.deepEqual(colourNames(), chinese
      ? { yellow: '关键论点', green: '证据', blue: '疑问', red: '异议', purple: '定义' }
      : { yellow: 'key claim', green: 'evidence', blue: 'question', red: 'disagree', purple: 'definition' });
  });

  it('reports a notes file it cannot read in it, at the lines it reports in English', async function () {
    this.timeout(30_000);
    const { store } = (await extensionApi()).notes;
    await store.ready();
    const uri = workspaceUri('notes.cpc.jsonl');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('<<<<<<< HEAD\n{"id":"x"}\n'));
    try {
      const diagnostics = await waitFor('the problems of the notes file', () => {
        const found = vscode.languages.getDiagnostics(uri);
        return found.length === 2 && found;
      });
      assert.deepEqual(diagnostics.map((d) => d.range.start.line), [0, 1]);
      assert.deepEqual(diagnostics.map((d) => d.source), [say('CPC Relations notes', 'CPC Relations 笔记'), say('CPC Relations notes', 'CPC Relations 笔记')]);
      assert.equal(diagnostics[1].message, say('"text" must be text: the key of the text the note is on.', '“text”须为文字：笔记所针对的文本的键。'));
      assert.match(diagnostics[0].message, chinese ? /^此行不是 JSON 对象/ : /^This line is not a JSON object/);
    } finally {
      await vscode.workspace.fs.delete(uri);
      await store.reload();
      await waitFor('the notes file to be gone', () => store.state.kind === 'missing');
    }
  });
});
