import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Passage } from '../../src/core/passage';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, waitFor, workspaceUri } from './support';

const P4: Passage = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' };
const SOURCE = 'CPC Relations';

let files = 0;

/** A new file of the given extension in the test workspace, shown in an editor; VS Code picks its language. */
async function fileEditor(content: string, extension: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(`kinds-tests/document-${++files}.${extension}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.window.showTextDocument(uri);
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Quarto and Typst documents, whatever language id VS Code gives them', () => {
  before(extensionApi);
  afterEach(async () => {
    await vscode.commands.executeCommand(Commands.chooseStyle, 'setting');
    await setting('cpcRelations.citation.output', undefined);
    await vscode.workspace.saveAll(false);
    await closeAllEditors();
  });

  it('inserts Pandoc citation keys in a Quarto document', async () => {
    const editor = await fileEditor('---\ntitle: Essay\n---\n\nA claim .', 'qmd');
    await setting('cpcRelations.citation.output', 'citationKeys');
    editor.selection = new vscode.Selection(4, 8, 4, 8);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), '---\ntitle: Essay\n---\n\nA claim [@cpcir2007outstanding, para. 4].');
  });

  it('shows a misquotation in a Quarto document, and nothing for a quotation in a code chunk', async () => {
    const editor = await fileEditor(
      '---\ntitle: Essay\n---\n\nThe chapter calls party ties "a keystone for the state-to-state relations" [@cpcir2007outstanding, para. 3].\n\n```{r}\nx <- "a keystone for the state-to-state relations, as the text never said"\n```\n',
      'qmd',
    );
    const uri = editor.document.uri;
    const found = await waitFor('one quotation problem in the Quarto document', () => {
      const diagnostics = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
      return diagnostics.length === 1 && diagnostics;
    });
    assert.equal(found[0].range.start.line, 4);
    assert.equal(String(typeof found[0].code === 'object' ? found[0].code.value : found[0].code), 'misquotation');
  });

  it('shows a wrong locator in a Typst document, and nothing for a quotation in a comment or raw block', async () => {
    const editor = await fileEditor(
      'It credits young leaders: #quote[By contacts with young political figures, the CPC has laid foundations for future state-to-state relations] @cpcir2007outstanding[para. 5].\n\n// "CPC\'s role has been significant to the solution of disputes and world peace."\n\n```\n"CPC\'s role has been significant to the solution of disputes and world peace."\n```\n',
      'typ',
    );
    const found = await waitFor('one quotation problem in the Typst document', () => {
      const diagnostics = vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE);
      return diagnostics.length === 1 && diagnostics;
    });
    assert.equal(String(typeof found[0].code === 'object' ? found[0].code.value : found[0].code), 'wrong-locator');
    assert.equal(found[0].range.start.line, 0);
  });

  it('inserts Typst citations: @key[…] as keys, a #footnote for a note style', async () => {
    const editor = await fileEditor('A claim . Another.', 'typ');
    await setting('cpcRelations.citation.output', 'citationKeys');
    editor.selection = new vscode.Selection(0, 8, 0, 8);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    // Typst prints the supplement as written: the style's words, with Typst's non-breaking space.
    assert.equal(editor.document.getText(), 'A claim @cpcir2007outstanding[para.~4]. Another.');
    await setting('cpcRelations.citation.output', undefined);
    await vscode.commands.executeCommand(Commands.chooseStyle, 'chicago-notes');
    const end = editor.document.getText().length;
    editor.selection = new vscode.Selection(editor.document.positionAt(end), editor.document.positionAt(end));
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.match(editor.document.getText(), /Another\.#footnote\[“The Outstanding Results of CPC’s International Relations,” in #emph\[International Relations of the Communist Party of China\]/);
  });
});
