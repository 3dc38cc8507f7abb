import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, extensionApi, waitFor, workspaceUri } from './support';

const SOURCE = 'CPC Relations';

function quotationDiagnostics(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${count} quotation diagnostics on ${uri.path}`, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
    return found.length === count && found;
  });
}

describe('Checking as you type pauses for a document too long to check in one go', () => {
  before(extensionApi);
  const setting = () => vscode.workspace.getConfiguration('cpcRelations.check');
  afterEach(async () => {
    await setting().update('maxBlockSize', undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.saveAll(false);
    await closeAllEditors();
  });

  it('clears its problems, checks it on request all the same, and clears them again after an edit', async () => {
    const source = await vscode.workspace.fs.readFile(workspaceUri('check-quotations.md'));
    const uri = workspaceUri('check-tests/paused.md');
    await vscode.workspace.fs.writeFile(uri, source);
    const editor = await vscode.window.showTextDocument(uri);
    await quotationDiagnostics(uri, 3);

    // Every paragraph of the document is longer than 20 characters.
    await setting().update('maxBlockSize', 20, vscode.ConfigurationTarget.Global);
    await quotationDiagnostics(uri, 0);
    assert.equal(await vscode.commands.executeCommand('cpcRelations.checkQuotations'), 3);
    await quotationDiagnostics(uri, 3);

    await editor.edit((edit) => edit.insert(new vscode.Position(0, 0), ' '));
    await quotationDiagnostics(uri, 0);

    await setting().update('maxBlockSize', undefined, vscode.ConfigurationTarget.Global);
    await quotationDiagnostics(uri, 3);
  });
});
