import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { bundledWork } from '../../src/core/corpus';
import type { Passage } from '../../src/core/passage';
import { TextSearch } from '../../src/core/search';
import { Commands } from '../../src/vscode/commands';
import { closeAllEditors, extensionApi, scratchEditor, waitFor } from './support';

const DEFAULT_ACTION = 'cpcRelations.search.defaultAction';
/** How long to wait for an outcome: long, for machines loaded many times over. */
const PATIENCE = 30_000;
/** The core search the picker shows: what each query should find first. */
const core = TextSearch.ofWorks([bundledWork()]);

function firstPassage(query: string): Passage {
  const [result] = core.search(query);
  assert.ok(result, `"${query}" finds something`);
  return result.passage;
}

async function setDefaultAction(value: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration().update(DEFAULT_ACTION, value, vscode.ConfigurationTarget.Global);
}

/**
 * Presses Enter in the picker until `done` reports the action's outcome: the
 * first results may take a moment to appear, and Enter does nothing before.
 */
async function acceptUntil<T>(what: string, done: () => Promise<T | undefined | false>): Promise<T> {
  return waitFor(what, async () => {
    const outcome = await done();
    if (outcome !== undefined && outcome !== false) return outcome;
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    return undefined;
  }, PATIENCE);
}

/** What the copy command itself puts on the clipboard for `passage`. */
async function copied(passage: Passage): Promise<string> {
  await vscode.commands.executeCommand(Commands.copyQuotation, passage);
  return vscode.env.clipboard.readText();
}

const SENTINEL = '(nothing copied yet)';

/** Runs the search, accepts the first result, and returns what was copied. */
async function searchAndCopy(query?: string): Promise<string> {
  await vscode.env.clipboard.writeText(SENTINEL);
  await vscode.commands.executeCommand(Commands.search, ...(query === undefined ? [] : [query]));
  return acceptUntil('a quotation on the clipboard', async () => {
    const text = await vscode.env.clipboard.readText();
    return text !== SENTINEL && text;
  });
}

/** The text of a new scratch document after `act` inserts into it at the end. */
async function insertedBy(act: () => Promise<void>): Promise<string> {
  const editor = await scratchEditor('Draft.\n');
  const end = editor.document.lineAt(1).range.end;
  editor.selection = new vscode.Selection(end, end);
  const before = editor.document.getText();
  await act();
  await waitFor('the insertion', () => editor.document.getText() !== before, PATIENCE);
  const text = editor.document.getText();
  await closeAllEditors();
  return text;
}

describe('Search the Text', function () {
  // Each test opens editors and pickers and waits on them: slow on a loaded machine.
  this.timeout(90_000);
  before(extensionApi);
  afterEach(async () => {
    await vscode.commands.executeCommand('workbench.action.closeQuickOpen');
    await setDefaultAction(undefined);
    await closeAllEditors();
  });

  it('opens with the query it is given and copies the first result when Copy is the Enter action', async () => {
    await setDefaultAction('copyQuotation');
    const expected = firstPassage('acelerator');
    assert.deepEqual(expected.locator, { kind: 'paragraphs', first: 4, last: 4 });
    assert.equal(await searchAndCopy('acelerator'), await copied(expected));
  });

  it('finds the passages holding most of the words when no passage holds them all', async () => {
    await setDefaultAction('copyQuotation');
    const expected = firstPassage('peaceful coexistence');
    assert.match(expected.text, /peaceful/i);
    assert.equal(await searchAndCopy('peaceful coexistence'), await copied(expected));
  });

  it('updates the results when the query in the open picker changes', async () => {
    await setDefaultAction('copyQuotation');
    const sentence = firstPassage('acelerator');
    const paragraph = firstPassage('acelerator young political');
    assert.notDeepEqual(paragraph, sentence, 'the longer query finds another passage: the whole paragraph');
    const expected = await copied(paragraph);
    await vscode.env.clipboard.writeText(SENTINEL);
    await vscode.commands.executeCommand(Commands.search, 'acelerator');
    // The search command given a query while the picker is open sets it, as typing would.
    await vscode.commands.executeCommand(Commands.search, 'acelerator young political');
    const text = await acceptUntil('a quotation on the clipboard', async () => {
      const clip = await vscode.env.clipboard.readText();
      return clip !== SENTINEL && clip;
    });
    assert.equal(text, expected);
  });

  it('starts from the selected words of the active editor', async () => {
    await setDefaultAction('copyQuotation');
    const editor = await scratchEditor('I recall something about hot regoins here.\n');
    const start = editor.document.getText().indexOf('hot regoins');
    editor.selection = new vscode.Selection(0, start, 0, start + 'hot regoins'.length);
    const expected = firstPassage('hot regoins');
    assert.deepEqual(expected.locator, { kind: 'paragraphs', first: 13, last: 13 });
    assert.equal(await searchAndCopy(), await copied(expected));
  });

  it('inserts the quotation with its citation on Enter by default, exactly as the insert command does', async () => {
    const passage = firstPassage('70 milion members');
    const direct = await insertedBy(async () => {
      await vscode.commands.executeCommand(Commands.insertQuotation, passage);
    });
    const viaSearch = await insertedBy(async () => {
      await vscode.commands.executeCommand(Commands.search, '70 milion members');
      await acceptUntil('the picker to close', async () => vscode.window.activeTextEditor?.document.getText() !== 'Draft.\n');
    });
    assert.equal(viaSearch, direct);
    assert.ok(viaSearch.includes('70 million members'));
  });

  it('offers the other actions on Ctrl+Enter: Insert Citation inserts what the citation command inserts', async () => {
    const passage = firstPassage('cornerstne');
    const direct = await insertedBy(async () => {
      await vscode.commands.executeCommand(Commands.insertCitation, passage);
    });
    const viaSearch = await insertedBy(async () => {
      await vscode.commands.executeCommand(Commands.search, 'cornerstne');
      // The actions are listed in a second picker; the second one is Insert Citation.
      await waitFor('the actions', async () => {
        // The command returns once the actions are shown, in a picker of their own.
        await vscode.commands.executeCommand(Commands.searchResultActions);
        await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return vscode.window.activeTextEditor?.document.getText() !== 'Draft.\n';
      }, PATIENCE);
    });
    assert.equal(viaSearch, direct);
  });

  it('opens the result in the reader when that is the Enter action, with its words selected', async () => {
    await setDefaultAction('openInReader');
    const passage = firstPassage('"rise of central parts of China"');
    await vscode.commands.executeCommand(Commands.search, '"rise of central parts of China"');
    // The reader opens, then selects the passage's words once it is shown.
    const reader = await acceptUntil('the reader, with a selection', async () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.uri.scheme === 'cpc-relations' && !editor.selection.isEmpty && editor;
    });
    assert.equal(reader.document.getText(reader.selection), passage.text);
  });

  it('inserts the quotation when the Enter action setting names no action', async () => {
    await setDefaultAction('shout');
    const passage = firstPassage('hot regoins');
    const direct = await insertedBy(async () => {
      await vscode.commands.executeCommand(Commands.insertQuotation, passage);
    });
    const viaSearch = await insertedBy(async () => {
      await vscode.commands.executeCommand(Commands.search, 'hot regoins');
      await acceptUntil('the insertion', async () => vscode.window.activeTextEditor?.document.getText() !== 'Draft.\n');
    });
    assert.equal(viaSearch, direct);
  });
});
