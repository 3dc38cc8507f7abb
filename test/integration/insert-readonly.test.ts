import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, recordMessages, waitFor, workspaceUri } from './support';

const PASSAGE = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' };

describe('Inserting into a read-only document', function () {
  this.timeout(60_000);
  before(extensionApi);
  afterEach(closeAllEditors);

  it('leaves it unchanged and says so, offering Copy, when the editor was made read-only in this session', async () => {
    const uri = workspaceUri('read-only-draft.md');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('A draft.\n'));
    const messages = recordMessages();
    try {
      const editor = await vscode.window.showTextDocument(uri);
      await vscode.commands.executeCommand('workbench.action.files.setActiveEditorReadonlyInSession');
      editor.selection = new vscode.Selection(0, 8, 0, 8);
      await vscode.commands.executeCommand(Commands.insertCitation, PASSAGE);
      const said = await waitFor('a message about the insertion', () => messages.shown.find((m) => /not inserted/.test(m.message)));
      assert.equal(editor.document.getText(), 'A draft.\n');
      assert.equal(said.severity, 'warning');
      assert.match(said.message, /read-only/);
      assert.deepEqual(said.items, ['Copy']);
    } finally {
      messages.stop();
      await vscode.commands.executeCommand('workbench.action.files.resetActiveEditorReadonlyInSession');
      await closeAllEditors();
      await vscode.workspace.fs.delete(uri);
    }
  });
});
