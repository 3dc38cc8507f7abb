import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundledWork } from '../../src/core/corpus';
import { citedWork } from '../../src/core/cite';
import { addToBibliographyFile, type BibliographyPrompts } from '../../src/vscode/bibliography';
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

  describe('asks, and says what it did', () => {
    /** Prompts that record what they were asked and answer `confirm` with `yes`. */
    function prompts(yes: boolean): BibliographyPrompts & { said: string[] } {
      const said: string[] = [];
      return {
        said,
        info: (message) => void said.push(`info: ${message}`),
        warn: (message) => {
          said.push(`warn: ${message}`);
          return Promise.resolve(undefined);
        },
        confirm: (message) => {
          said.push(`confirm: ${message}`);
          return Promise.resolve(yes);
        },
        pick: () => Promise.resolve(undefined),
      };
    }
    const work = citedWork(bundledWork());
    const outside = () => vscode.Uri.joinPath(workspaceUri(''), '..', 'cite-outside.bib');
    const exists = async (uri: vscode.Uri) => vscode.workspace.fs.stat(uri).then(() => true, () => false);

    async function editorNaming(line: string, name: string): Promise<vscode.TextEditor> {
      await write(name, line);
      return vscode.window.showTextDocument(workspaceUri(name));
    }

    it('writes outside the workspace folder only after a confirmation that names the full path', async () => {
      const editor = await editorNaming('\\addbibresource{../../cite-outside.bib}\n', 'cite-tests/outside.tex');
      const declined = prompts(false);
      await addToBibliographyFile(work, editor, declined);
      const path = vscode.Uri.joinPath(workspaceUri(''), '../cite-outside.bib');
      assert.equal(await exists(outside()), false, 'nothing is created when the writer declines');
      assert.equal(declined.said.length, 1, declined.said.join('\n'));
      assert.ok(declined.said[0].startsWith(`confirm: Create ${path.scheme === 'file' ? path.fsPath : path.toString(true)}? `), declined.said[0]);
      const accepted = prompts(true);
      await addToBibliographyFile(work, editor, accepted);
      try {
        assert.match(new TextDecoder().decode(await vscode.workspace.fs.readFile(outside())), /^@incollection\{cpcir2007outstanding,/);
      } finally {
        await vscode.workspace.fs.delete(outside());
      }
    });

    it('does not ask for a file inside the workspace folder', async () => {
      const editor = await editorNaming('\\addbibresource{cite-inside.bib}\n', 'cite-tests/inside.tex');
      const asked = prompts(false);
      await addToBibliographyFile(work, editor, asked);
      assert.deepEqual(asked.said, ['info: Created cite-tests/cite-inside.bib with the record cpcir2007outstanding.']);
    });

    it('refuses a name that starts with ~, and reads no commented-out declaration', async () => {
      const tilde = prompts(true);
      await addToBibliographyFile(work, await editorNaming('\\addbibresource{~/refs.bib}\n', 'cite-tests/tilde.tex'), tilde);
      assert.equal(tilde.said.length, 1);
      assert.match(tilde.said[0], /^warn: The document names the bibliography file ~\/refs\.bib: a name that starts with "~" is not read here\./);
      const commented = prompts(true);
      await write('cite-tests/other.bib', '@book{other, title = {Other}}\n');
      await addToBibliographyFile(work, await editorNaming('% \\addbibresource{../../cite-outside.bib}\n\\addbibresource{other.bib}\n', 'cite-tests/commented.tex'), commented);
      assert.equal(await exists(outside()), false);
      assert.deepEqual(commented.said, ['info: Added cite-tests/other.bib with the record cpcir2007outstanding.']);
    });

    it('reports another work under the record\'s key as a conflict, and adds nothing', async () => {
      const original = '@book{cpcir2007outstanding,\n  title = {A Different Book}\n}\n';
      await write('cite-tests/conflict.bib', original);
      const asked = prompts(true);
      await addToBibliographyFile(work, await editorNaming('\\addbibresource{conflict.bib}\n', 'cite-tests/conflict.tex'), asked);
      assert.equal(await read('cite-tests/conflict.bib'), original);
      assert.deepEqual(asked.said, ['warn: cite-tests/conflict.bib already has an entry with the key cpcir2007outstanding (line 1), for another work: nothing was added. Give the text another key (cpcRelations.citation.key) or rename that entry.']);
    });

    it('says where a deeply nested CSL-JSON file goes wrong, and leaves it untouched', async () => {
      const original = '['.repeat(10_000);
      await write('cite-tests/deep.json', original);
      const asked = prompts(true);
      await addToBibliographyFile(work, await editorNaming('---\nbibliography: deep.json\n---\n', 'cite-tests/deep.md'), asked);
      assert.equal(await read('cite-tests/deep.json'), original);
      assert.deepEqual(asked.said, ['warn: cite-tests/deep.json is malformed at line 1: the JSON ends too early (a bracket or quotation mark is not closed). It was left untouched.']);
    });
  });
});
