import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { Passage } from '../../src/core/passage';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, scratchEditor, waitFor, workspaceUri } from './support';

const P4: Passage = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: 'As an "accelerator," party-to-party relations have facilitated the progress of state relations.' };
const APA_4 = '(“Outstanding Results,” 2007, para. 4)';
/** The heading of the section holding paragraphs 4 and 5, under which Chicago cites them. */
const UNDER_4 = 'under “CPC’s international relations have facilitated a healthy and stable progress of state-to-state relations';
const QUOTE_4 = '“As an ‘accelerator,’ party-to-party relations have facilitated the progress of state relations” (“Outstanding Results,” 2007, para. 4).';

/** Runs a command that opens a quick pick and accepts its first item, polling until the command has finished. */
export async function acceptingFirstItem<T>(running: Thenable<T>): Promise<T> {
  let settled = false;
  const result = Promise.resolve(running).finally(() => (settled = true));
  await waitFor('the command to finish once its quick pick is answered', async () => {
    if (!settled) await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return settled;
  });
  return result;
}

let files = 0;

/**
 * A new file in the test workspace, shown in an editor: each test writes its
 * own, so none sees another's document. Saved and closed after each test.
 */
async function fileEditor(content: string, extension = 'md'): Promise<vscode.TextEditor> {
  const uri = workspaceUri(`cite-tests/document-${++files}.${extension}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.window.showTextDocument(uri);
}

async function closeEverything(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await closeAllEditors();
}

async function setting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration().update(key, value, vscode.ConfigurationTarget.Global);
}

describe('Citation commands insert into the writer\'s document', () => {
  before(extensionApi);
  afterEach(async () => {
    await vscode.commands.executeCommand(Commands.chooseStyle, 'setting');
    for (const key of ['cpcRelations.citation.style', 'cpcRelations.citation.form', 'cpcRelations.citation.output', 'cpcRelations.quotation.shape', 'cpcRelations.citation.parentheticalTemplate', 'cpcRelations.citation.paragraphNumbers']) await setting(key, undefined);
    await closeEverything();
  });

  it('inserts a citation of the passage it is given at the cursor', async () => {
    const editor = await fileEditor('Party relations matter .');
    editor.selection = new vscode.Selection(0, 23, 0, 23);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), `Party relations matter ${APA_4}.`);
  });

  it('takes the passage a tree item carries', async () => {
    const editor = await fileEditor('');
    await vscode.commands.executeCommand(Commands.insertCitation, { kind: 'paragraph', passage: { ...P4, locator: { kind: 'paragraphs', first: 4, last: 5 } } });
    assert.equal(editor.document.getText(), '(“Outstanding Results,” 2007, paras. 4–5)');
  });

  it('replaces the selection', async () => {
    const editor = await fileEditor('Cite [HERE] now.');
    editor.selection = new vscode.Selection(0, 5, 0, 11);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), `Cite ${APA_4} now.`);
  });

  it('inserts at every cursor, and one undo takes it all back', async () => {
    const original = 'One .\nTwo .\nThree .';
    const editor = await fileEditor(original);
    editor.selections = [new vscode.Selection(0, 4, 0, 4), new vscode.Selection(1, 4, 1, 4), new vscode.Selection(2, 6, 2, 6)];
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), `One ${APA_4}.\nTwo ${APA_4}.\nThree ${APA_4}.`);
    await vscode.commands.executeCommand('undo');
    assert.equal(editor.document.getText(), original);
  });

  it('quotes inline with the quotation marks of the style', async () => {
    const editor = await fileEditor('');
    await vscode.commands.executeCommand(Commands.insertQuotation, P4);
    assert.equal(editor.document.getText(), QUOTE_4);
  });

  it('writes a long quotation as a block on its own lines, in the document\'s CRLF line endings', async () => {
    const editor = await fileEditor('Intro.\r\n\r\nAfter.\r\n');
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    editor.selection = new vscode.Selection(0, 6, 0, 6);
    await vscode.commands.executeCommand(Commands.insertQuotation, { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' });
    const text = editor.document.getText();
    assert.equal(text.replace(/\r\n/g, ''), text.replace(/\r?\n/g, ''), 'every line break is CRLF');
    const lines = text.split('\r\n');
    assert.deepEqual([lines[0], lines[1], lines[3], lines[4], lines[5]], ['Intro.', '', '', 'After.', '']);
    assert.match(lines[2], /^> As an “accelerator,” party-to-party relations .* state-to-state relations\. \(“Outstanding Results,” 2007, para\. 4\)$/);
  });

  it('writes LaTeX for a LaTeX document: \\enquote, escaped specials, para.~4', async () => {
    const editor = await fileEditor('', 'tex');
    await vscode.commands.executeCommand(Commands.insertQuotation, P4);
    assert.equal(editor.document.getText(), '\\enquote{As an \\enquote{accelerator,} party-to-party relations have facilitated the progress of state relations} (\\enquote{Outstanding Results,} 2007, para.~4).');
  });

  it('writes plain text for a language the shaping table does not know', async () => {
    const editor = await fileEditor('', 'py');
    await vscode.commands.executeCommand(Commands.insertReference);
    assert.equal(editor.document.getText(), 'The outstanding results of CPC’s international relations. (2007). In L. Zhong (Ed.), International relations of the Communist Party of China. China Intercontinental Press.');
  });

  it('inserts the reference list under the style\'s heading', async () => {
    const editor = await fileEditor('Text.');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    await vscode.commands.executeCommand(Commands.chooseStyle, 'mla');
    await vscode.commands.executeCommand(Commands.insertReferenceList);
    assert.equal(
      editor.document.getText(),
      'Text.\n\n## Works Cited\n\n“The Outstanding Results of CPC’s International Relations.” *International Relations of the Communist Party of China*, edited by Zhong Lianyan, China Intercontinental Press, 2007.',
    );
  });

  it('puts the reference list under the writer\'s own heading, without a second one', async () => {
    const editor = await fileEditor('Text.\n\n## References\n\n');
    editor.selection = new vscode.Selection(4, 0, 4, 0);
    await vscode.commands.executeCommand(Commands.chooseStyle, 'apa');
    await vscode.commands.executeCommand(Commands.insertReferenceList);
    const text = editor.document.getText();
    assert.equal(text.match(/References/g)?.length, 1, text);
    assert.match(text, /^Text\.\n\n## References\n\n+The outstanding results of CPC’s international relations\. \(2007\)/);
  });

  it('does not add the reference list entry a second time', async () => {
    const editor = await fileEditor('Text.');
    editor.selection = new vscode.Selection(0, 5, 0, 5);
    await vscode.commands.executeCommand(Commands.chooseStyle, 'apa');
    await vscode.commands.executeCommand(Commands.insertReferenceList);
    const once = editor.document.getText();
    const end = editor.document.positionAt(once.length);
    editor.selection = new vscode.Selection(end, end);
    await vscode.commands.executeCommand(Commands.insertReferenceList);
    assert.equal(editor.document.getText(), once);
  });

  it('numbers Chicago notes after the document\'s own and shortens the later ones', async () => {
    const editor = await fileEditor('A claim.[^1] Another. And more.\n\n[^1]: An earlier source.\n');
    await vscode.commands.executeCommand(Commands.chooseStyle, 'chicago-notes');
    editor.selection = new vscode.Selection(0, 21, 0, 21);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    editor.selection = new vscode.Selection(0, 35, 0, 35);
    await vscode.commands.executeCommand(Commands.insertCitation, { locator: { kind: 'paragraphs', first: 5, last: 5 }, text: '' });
    assert.equal(
      editor.document.getText(),
      'A claim.[^1] Another.[^2] And more.[^3]\n\n[^1]: An earlier source.\n' +
        `[^2]: “The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), ${UNDER_4}.”\n` +
        `[^3]: “Outstanding Results,” ${UNDER_4}.”\n`,
    );
  });

  it('counts paragraphs in MLA only when the setting asks for it', async () => {
    const editor = await fileEditor('');
    await vscode.commands.executeCommand(Commands.chooseStyle, 'mla');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    await setting('cpcRelations.citation.paragraphNumbers', 'always');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    await setting('cpcRelations.citation.paragraphNumbers', undefined);
    assert.equal(editor.document.getText(), '(“Outstanding Results”)(“Outstanding Results,” par. 4)');
  });

  it('numbers a GB/T 7714 citation after the document\'s own sources, and its reference entry alike', async () => {
    const editor = await fileEditor('Smith<sup>[1]</sup> and Lee<sup>[2]</sup>. ', 'md');
    await vscode.commands.executeCommand(Commands.chooseStyle, 'gb-t-7714');
    editor.selection = new vscode.Selection(0, 43, 0, 43);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), 'Smith<sup>[1]</sup> and Lee<sup>[2]</sup>. <sup>[3]para. 4</sup>');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand(Commands.insertReference);
    assert.match(editor.document.getText(), /^\[3\] The outstanding results of CPC’s international relations\[M\]/);
  });

  it('follows the settings: narrative form, citation keys, and a template', async () => {
    const editor = await fileEditor('');
    await setting('cpcRelations.citation.form', 'narrative');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    await setting('cpcRelations.citation.output', 'citationKeys');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    await setting('cpcRelations.citation.output', undefined);
    await setting('cpcRelations.citation.form', undefined);
    await setting('cpcRelations.citation.parentheticalTemplate', '[{shortTitle}, ¶{paragraphs}]');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), '“The Outstanding Results of CPC’s International Relations” (2007, para. 4)@cpcir2007outstanding [para. 4][Outstanding Results, ¶4]');
  });

  it('falls back to the style when a setting is invalid, changing nothing else', async () => {
    const editor = await fileEditor('');
    await setting('cpcRelations.citation.style', 'turabian');
    await setting('cpcRelations.quotation.shape', 42);
    await setting('cpcRelations.citation.parentheticalTemplate', '({autor})');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), APA_4);
  });

  it('inserts into an untitled plain-text document', async () => {
    const editor = await scratchEditor('', 'plaintext');
    assert.ok(editor.document.isUntitled);
    await vscode.commands.executeCommand(Commands.chooseStyle, 'harvard');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), '(‘The outstanding results of CPC’s international relations’, 2007, para. 4)');
  });

  it('asks for the passage with a quick pick when given none', async () => {
    const editor = await fileEditor('');
    await acceptingFirstItem(vscode.commands.executeCommand(Commands.insertCitation));
    assert.equal(editor.document.getText(), '(“Outstanding Results,” 2007, Introduction section)');
  });

  it('leaves a read-only document unchanged', async () => {
    const scheme = 'cpc-cite-readonly';
    const content = new TextEncoder().encode('Fixed text.');
    const provider: vscode.FileSystemProvider = {
      onDidChangeFile: new vscode.EventEmitter<vscode.FileChangeEvent[]>().event,
      watch: () => new vscode.Disposable(() => undefined),
      stat: () => ({ type: vscode.FileType.File, ctime: 0, mtime: 0, size: content.length }),
      readDirectory: () => [],
      createDirectory: () => undefined,
      readFile: () => content,
      writeFile: () => assert.fail('the read-only file was written'),
      delete: () => undefined,
      rename: () => undefined,
    };
    const registration = vscode.workspace.registerFileSystemProvider(scheme, provider, { isReadonly: true });
    try {
      const editor = await vscode.window.showTextDocument(vscode.Uri.from({ scheme, path: '/fixed.md' }));
      assert.equal(vscode.workspace.fs.isWritableFileSystem(scheme), false);
      await vscode.commands.executeCommand(Commands.insertCitation, P4);
      await vscode.commands.executeCommand(Commands.insertReferenceList);
      assert.equal(editor.document.getText(), 'Fixed text.');
      assert.equal(editor.document.isDirty, false);
    } finally {
      registration.dispose();
    }
  });

  it('offers a new Markdown document when no editor is open, and inserts there', async () => {
    await closeAllEditors();
    assert.equal(vscode.window.activeTextEditor, undefined);
    await acceptingFirstItem(vscode.commands.executeCommand(Commands.insertQuotation, P4));
    const editor = await waitFor('the new document', () => vscode.window.activeTextEditor);
    assert.equal(editor.document.languageId, 'markdown');
    assert.ok(editor.document.isUntitled);
    assert.equal(editor.document.getText(), QUOTE_4);
  });

  it('copies to the clipboard instead when asked to, opening nothing', async () => {
    await closeAllEditors();
    await vscode.env.clipboard.writeText('');
    await vscode.commands.executeCommand(Commands.insertCitation, P4, { whenNoEditor: 'clipboard' });
    assert.equal(await vscode.env.clipboard.readText(), APA_4);
    assert.equal(vscode.window.activeTextEditor, undefined);
  });

  it('inserts into a Markdown cell of a notebook', async function () {
    this.timeout(60_000);
    const uri = workspaceUri('cite-notebook.ipynb');
    const ipynb = { cells: [{ cell_type: 'markdown', metadata: {}, source: ['In a notebook: '] }], metadata: {}, nbformat: 4, nbformat_minor: 5 };
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(JSON.stringify(ipynb)));
    let notebook: vscode.NotebookDocument;
    try {
      notebook = await vscode.workspace.openNotebookDocument(uri);
    } catch {
      // No notebook serializer for .ipynb in this VS Code build.
      this.skip();
    }
    const notebookEditor = await vscode.window.showNotebookDocument(notebook);
    const cell = notebook.cellAt(0).document;
    notebookEditor.selections = [new vscode.NotebookRange(0, 1)];
    await vscode.commands.executeCommand('notebook.cell.edit');
    const editor = await waitFor('the cell\'s editor', () => vscode.window.activeTextEditor?.document === cell && vscode.window.activeTextEditor);
    editor.selection = new vscode.Selection(0, 15, 0, 15);
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(cell.getText(), `In a notebook: ${APA_4}`);
    await notebook.save();
  });
});

describe('Copy commands put the text on the clipboard', () => {
  afterEach(closeEverything);

  it('copies a citation, a quotation and the reference entry, as plain text when no editor is open', async () => {
    await closeAllEditors();
    await vscode.commands.executeCommand(Commands.copyCitation, P4);
    assert.equal(await vscode.env.clipboard.readText(), APA_4);
    await vscode.commands.executeCommand(Commands.copyQuotation, P4);
    assert.equal(await vscode.env.clipboard.readText(), QUOTE_4);
    await vscode.commands.executeCommand(Commands.copyReference);
    assert.equal(await vscode.env.clipboard.readText(), 'The outstanding results of CPC’s international relations. (2007). In L. Zhong (Ed.), International relations of the Communist Party of China. China Intercontinental Press.');
  });

  it('copies for the kind of file being written', async () => {
    await fileEditor('', 'tex');
    await vscode.commands.executeCommand(Commands.copyReference);
    assert.equal(await vscode.env.clipboard.readText(), "The outstanding results of CPC's international relations. (2007). In L. Zhong (Ed.), \\emph{International relations of the Communist Party of China}. China Intercontinental Press.");
  });
});

describe('Choose Citation Style', () => {
  afterEach(async () => {
    await vscode.commands.executeCommand(Commands.chooseStyle, 'setting');
    await closeEverything();
  });

  it('remembers the style picked for the workspace over the setting, until told to follow the setting again', async () => {
    const editor = await fileEditor('');
    await vscode.commands.executeCommand(Commands.chooseStyle, 'chicago-author-date');
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    await acceptingFirstItem(vscode.commands.executeCommand(Commands.chooseStyle));
    await vscode.commands.executeCommand(Commands.insertCitation, P4);
    assert.equal(editor.document.getText(), `(“Outstanding Results” 2007, ${UNDER_4}”)${APA_4}`);
  });
});
