import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, scratchEditor, waitFor } from './support';

/** Presses Enter in the open picker until the draft changes; returns its text. */
async function acceptUntilChanged(editor: vscode.TextEditor, before: string): Promise<string> {
  return waitFor('the citation in the draft', async () => {
    if (editor.document.getText() !== before) return editor.document.getText();
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return undefined;
  }, 30_000);
}

describe('The paragraph picker', function () {
  this.timeout(60_000);
  before(extensionApi);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await closeAllEditors();
  });

  for (const [words, paragraph] of [['maximum display', 5], ['WTO', 9], ['young political figures', 4]] as const) {
    it(`finds ¶ ${paragraph} from "${words}", words from inside the paragraph`, async () => {
      await vscode.commands.executeCommand(Commands.chooseStyle, 'apa');
      const editor = await scratchEditor('Draft: ');
      editor.selection = new vscode.Selection(0, 7, 0, 7);
      // The command waits for the pick: not awaited here.
      const done = vscode.commands.executeCommand(Commands.insertCitation, words);
      const text = await acceptUntilChanged(editor, 'Draft: ');
      await done;
      assert.match(text, new RegExp(`para\\. ${paragraph}\\b`), text);
      await vscode.commands.executeCommand(Commands.chooseStyle, 'setting');
    });
  }

  it('cites several paragraphs selected together in the tree in one citation, which the checker accepts', async () => {
    const { tree } = await extensionApi();
    await vscode.commands.executeCommand(Commands.chooseStyle, 'apa');
    try {
      const [root] = tree.provider.getChildren();
      const paragraphs = tree.provider.getChildren(root).flatMap((s) => tree.provider.getChildren(s));
      const quote = (paragraphs[6] as Extract<typeof paragraphs[number], { kind: 'paragraph' }>).paragraph.text.split(' ').slice(0, 10).join(' ');
      const editor = await scratchEditor(`It says "${quote}" `);
      const end = editor.document.positionAt(editor.document.getText().length);
      editor.selection = new vscode.Selection(end, end);
      // As a context menu runs it on a multi-selection: the clicked item, then all those selected.
      await vscode.commands.executeCommand(Commands.insertCitation, paragraphs[3], [paragraphs[3], paragraphs[6]]);
      assert.equal(editor.document.getText(), `It says "${quote}" (“Outstanding Results,” 2007, paras. 4, 7)`);
      await waitFor('the check of the citation', () => vscode.languages.getDiagnostics(editor.document.uri).length === 0 && tree.provider.getTreeItem(paragraphs[6]).description === 'cited 1×');
      assert.equal(tree.provider.getTreeItem(paragraphs[3]).description, 'cited 1×');
    } finally {
      await vscode.commands.executeCommand(Commands.chooseStyle, 'setting');
    }
  });
});
