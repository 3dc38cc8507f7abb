import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, workspaceUri } from './support';

const read = async (name: string) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(workspaceUri(name)));
const write = (name: string, text: string) => vscode.workspace.fs.writeFile(workspaceUri(name), new TextEncoder().encode(text));
const count = (text: string, part: string) => text.split(part).length - 1;
const ENTRY_START = '@incollection{cpcir2007outstanding,';

/** Opens a Markdown document that names `bibliography` in its front matter. */
async function documentNaming(bibliography: string): Promise<void> {
  const name = `cite-tests/names-${bibliography.replace(/\W/g, '-')}.md`;
  await write(name, `---\ntitle: Essay\nbibliography: ../${bibliography}\n---\n\nText.\n`);
  await vscode.window.showTextDocument(workspaceUri(name));
}

describe('Add to Bibliography File', () => {
  before(extensionApi);
  afterEach(closeAllEditors);

  it('appends the record to the .bib file the LaTeX document names, once, changing nothing before it', async () => {
    const before = await read('references.bib');
    await vscode.window.showTextDocument(workspaceUri('essay.tex'));
    await vscode.commands.executeCommand(Commands.addToBibliography);
    const after = await read('references.bib');
    assert.ok(after.startsWith(`${before}\n${ENTRY_START}\n`), after);
    assert.equal(count(after, ENTRY_START), 1);
    await vscode.commands.executeCommand(Commands.addToBibliography);
    assert.equal(await read('references.bib'), after, 'a second run adds nothing');
  });

  it('leaves a malformed .bib file untouched', async () => {
    const before = await vscode.workspace.fs.readFile(workspaceUri('malformed.bib'));
    await documentNaming('malformed.bib');
    await vscode.commands.executeCommand(Commands.addToBibliography);
    assert.deepEqual(await vscode.workspace.fs.readFile(workspaceUri('malformed.bib')), before);
  });

  it('creates the CSL-JSON file the Markdown document names', async () => {
    await documentNaming('cite-created.json');
    await vscode.commands.executeCommand(Commands.addToBibliography);
    const items = JSON.parse(await read('cite-created.json')) as { id: string; type: string; title: string }[];
    assert.deepEqual(items.map((i) => [i.id, i.type, i.title]), [['cpcir2007outstanding', 'chapter', 'The outstanding results of CPC’s international relations']]);
  });

  it('keeps the file\'s byte order mark and CRLF line endings', async () => {
    const original = '\ufeff@book{a,\r\n  title = {A}\r\n}\r\n';
    await write('cite-crlf.bib', original);
    await documentNaming('cite-crlf.bib');
    await vscode.commands.executeCommand(Commands.addToBibliography);
    const after = await read('cite-crlf.bib');
    assert.ok(after.startsWith(`${original}\r\n${ENTRY_START}\r\n`));
    assert.equal(after.replace(/\r\n/g, '').includes('\n'), false, 'every added line ends in CRLF');
  });

  it('uses the configured citation key', async () => {
    await vscode.workspace.getConfiguration().update('cpcRelations.citation.key', 'zhong2007', vscode.ConfigurationTarget.Global);
    try {
      await documentNaming('cite-keyed.bib');
      await vscode.commands.executeCommand(Commands.addToBibliography);
      assert.match(await read('cite-keyed.bib'), /^@incollection\{zhong2007,\n/);
    } finally {
      await vscode.workspace.getConfiguration().update('cpcRelations.citation.key', undefined, vscode.ConfigurationTarget.Global);
    }
  });
});
