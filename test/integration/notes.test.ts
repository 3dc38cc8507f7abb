/**
 * Highlights and notes: added, edited and deleted through the commands and
 * the comment threads, kept in the notes file of the workspace, picked up
 * when the file is edited by hand, refused (and left as it is) while the
 * file cannot be read, and exported as a literature note.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { composeText, STYLES, type CiteOptions } from '../../src/core/cite';
import { parseNotes, serializeNotes, type StudyNote } from '../../src/core/notes';
import { Commands } from '../../src/vscode/commands';
import { NotesStore } from '../../src/vscode/notesFile';
import type { NotesNode } from '../../src/vscode/notesView';
import type { TextNode } from '../../src/vscode/tree';
import { closeAllEditors, extensionApi, recordMessages, scratchEditor, waitFor, workspaceUri } from './support';

const FILE = 'notes.cpc.jsonl';

async function fileText(): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(FILE)));
  } catch {
    return undefined;
  }
}

async function fileNotes(): Promise<StudyNote[]> {
  const parsed = parseNotes((await fileText()) ?? '');
  assert.ok(parsed.ok, 'the notes file can be read');
  return parsed.notes;
}

async function writeFile(text: string): Promise<void> {
  await vscode.workspace.fs.writeFile(workspaceUri(FILE), new TextEncoder().encode(text));
}

describe('Highlights and notes', function () {
  this.timeout(30_000);

  before(async () => {
    await vscode.commands.executeCommand(Commands.chooseStyle, 'apa');
  });

  afterEach(async () => {
    await closeAllEditors();
    const { store } = (await extensionApi()).notes;
    if ((await fileText()) !== undefined) await vscode.workspace.fs.delete(workspaceUri(FILE));
    await store.reload();
    await waitFor('the notes file to be gone', () => store.state.kind === 'missing');
  });

  after(async () => {
    await vscode.commands.executeCommand(Commands.chooseStyle, 'setting');
  });

  async function setup() {
    const api = await extensionApi();
    await api.notes.store.ready();
    const work = api.library.defaultWork();
    return { api, work, store: api.notes.store };
  }

  it('highlights a sentence, notes it, edits, replies, and deletes, each written to the file at once', async () => {
    const { api, work, store } = await setup();
    const sentence = work.paragraphs[3].sentences[1];
    const passage = { work: work.id, locator: { kind: 'paragraphs', first: 4, last: 4 }, text: sentence.text };
    const id = await vscode.commands.executeCommand<string>(Commands.highlight, passage, 'green');
    assert.match(id, /^n[0-9a-z]{10}$/);
    assert.deepEqual(await fileNotes(), [{ id, text: work.id, paragraph: 4, start: sentence.start, end: sentence.start + sentence.text.length, quote: sentence.text, colour: 'green', note: '', replies: [] }]);

    // The tree counts it beside the paragraph.
    const [root] = api.tree.provider.getChildren();
    const fourth = api.tree.provider.getChildren(root).flatMap((s: TextNode) => api.tree.provider.getChildren(s))[3];
    await waitFor('the tree to count the highlight', () => String(api.tree.provider.getTreeItem(fourth).description ?? '').includes('1 highlight'));

    await vscode.commands.executeCommand(Commands.addNote, id, 'A claim about #partners');
    assert.equal((await fileNotes())[0].note, 'A claim about #partners');
    const thread = await waitFor('the note’s comment thread', () => api.notes.reader.threads().get(id));
    assert.deepEqual(thread.comments.map((c) => c.body), ['A claim about #partners']);
    assert.equal(thread.uri.scheme, 'cpc-relations');
    assert.equal(thread.range?.start.character, (thread.range?.end.character ?? 0) - sentence.text.length);

    assert.equal(await vscode.commands.executeCommand(Commands.editNote, id, 'Edited #partners'), true);
    assert.equal((await fileNotes())[0].note, 'Edited #partners');

    await vscode.commands.executeCommand(Commands.replyToNote, { thread: api.notes.reader.threads().get(id), text: 'A reply' });
    assert.deepEqual((await fileNotes())[0].replies, ['A reply']);
    const replyThread = await waitFor('the reply in the thread', () => {
      const t = api.notes.reader.threads().get(id);
      return t && t.comments.length === 2 ? t : undefined;
    });
    await vscode.commands.executeCommand(Commands.deleteComment, replyThread.comments[1]);
    assert.deepEqual((await fileNotes())[0].replies, []);

    assert.equal(await vscode.commands.executeCommand(Commands.deleteNote, id), true);
    assert.equal(await fileText(), '');
    assert.deepEqual(store.notes, []);
  });

  it('keeps the comment thread of a note while another note changes, and shows an edited note in its own thread', async () => {
    const { api, work } = await setup();
    const second = work.paragraphs[1].sentences[0];
    const fifth = work.paragraphs[4].sentences[0];
    const passageOf = (n: number, text: string) => ({ work: work.id, locator: { kind: 'paragraphs', first: n, last: n }, text });
    const kept = await vscode.commands.executeCommand<string>(Commands.addNote, passageOf(2, second.text), 'Stays as it is');
    const edited = await vscode.commands.executeCommand<string>(Commands.addNote, passageOf(5, fifth.text), 'Before');
    const keptThread = await waitFor('the first note’s thread', () => api.notes.reader.threads().get(kept));
    const editedThread = await waitFor('the second note’s thread', () => api.notes.reader.threads().get(edited));

    assert.equal(await vscode.commands.executeCommand(Commands.editNote, edited, 'After #edit'), true);
    await waitFor('the edited note in its thread', () => api.notes.reader.threads().get(edited)?.comments[0]?.body === 'After #edit');
    assert.equal(api.notes.reader.threads().get(kept), keptThread);
    assert.equal(api.notes.reader.threads().get(edited), editedThread);
    assert.equal(editedThread.label, 'Note · #edit');

    assert.equal(await vscode.commands.executeCommand(Commands.deleteNote, edited), true);
    await waitFor('the deleted note’s thread to go', () => !api.notes.reader.threads().has(edited));
    assert.equal(api.notes.reader.threads().get(kept), keptThread);
  });

  it('highlights the words selected in the reader', async () => {
    const { work, store } = await setup();
    const paragraph = work.paragraphs[1];
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(Commands.openInReader, { work: work.id, locator: { kind: 'paragraphs', first: 2, last: 2 }, text: paragraph.text.slice(4, 30) });
    assert.equal(editor.selection.isEmpty, false);
    const id = await vscode.commands.executeCommand<string>(Commands.highlight, undefined, 'purple');
    const [note] = await fileNotes();
    assert.deepEqual({ id: note.id, paragraph: note.paragraph, start: note.start, quote: note.quote, colour: note.colour }, { id, paragraph: 2, start: 4, quote: paragraph.text.slice(4, 30).trim(), colour: 'purple' });
    assert.equal(store.placed()[0].placement.placed, true);
  });

  it('writes a note typed into a new comment thread of the reader on the words of its range', async () => {
    const { api, work } = await setup();
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(Commands.openInReader, { work: work.id, locator: { kind: 'paragraphs', first: 3, last: 3 }, text: work.paragraphs[2].text.slice(0, 30) });
    // A thread as the + in the gutter makes it: on the selected words, with no comment yet.
    const gutter = vscode.comments.createCommentController('cpcRelations.notesTest', 'test');
    try {
      const thread = gutter.createCommentThread(editor.document.uri, editor.selection, []);
      await vscode.commands.executeCommand(Commands.replyToNote, { thread, text: 'Typed in the thread #gutter' });
    } finally {
      gutter.dispose();
    }
    const [note] = await fileNotes();
    assert.deepEqual([note.paragraph, note.start, note.quote, note.colour, note.note], [3, 0, work.paragraphs[2].text.slice(0, 30).trim(), null, 'Typed in the thread #gutter']);
    await waitFor('the note’s own thread', () => api.notes.reader.threads().get(note.id));
  });

  it('inserts the quotation of a note with its citation where the writer is', async () => {
    const { api, work, store } = await setup();
    const quote = work.paragraphs[6].text.slice(0, 30);
    await writeFile(serializeNotes([{ id: 'q1', text: work.id, paragraph: 7, start: 0, end: 30, quote, colour: 'yellow', note: '', replies: [] }]));
    await waitFor('the note to be read', () => store.notes.length === 1);
    const editor = await scratchEditor('Before. ');
    editor.selection = new vscode.Selection(0, 8, 0, 8);
    const [text] = api.notes.view.provider.getChildren();
    const [section] = api.notes.view.provider.getChildren(text);
    const [row] = api.notes.view.provider.getChildren(section);
    await vscode.commands.executeCommand(Commands.insertNoteQuotation, row);
    const apa: CiteOptions = { style: STYLES.apa, form: 'parenthetical', shape: 'auto', output: 'formatted', paragraphNumbers: 'style' };
    const quotation = composeText(work, { kind: 'quotation', passage: { work: work.id, locator: { kind: 'paragraphs', first: 7, last: 7 }, text: quote } }, apa, 'markdown');
    assert.equal(editor.document.getText(), `Before. ${quotation}`);
  });

  it('reads the notes from the file when it starts again', async () => {
    const { api, work, store } = await setup();
    await vscode.commands.executeCommand(Commands.highlight, { work: work.id, locator: { kind: 'paragraphs', first: 5, last: 5 }, text: '' }, 'yellow');
    await vscode.commands.executeCommand(Commands.addNote, { work: work.id, locator: { kind: 'paragraphs', first: 6, last: 6 }, text: '' }, 'On six');
    const log = vscode.window.createOutputChannel('CPC Relations notes test', { log: true });
    const again = new NotesStore(api.library, log);
    try {
      await again.ready();
      assert.equal(again.state.kind, 'read');
      assert.deepEqual(again.notes, store.notes);
      assert.deepEqual(again.notes.map((n) => [n.paragraph, n.colour, n.note]), [[5, 'yellow', ''], [6, null, 'On six']]);
    } finally {
      again.dispose();
      log.dispose();
    }
  });

  it('picks up a notes file edited by hand, and keeps a note it cannot place as unplaced', async () => {
    const { api, work, store } = await setup();
    const quote = work.paragraphs[1].text.slice(0, 25);
    const hand: StudyNote[] = [
      { id: 'hand1', text: work.id, paragraph: 2, start: 0, end: 25, quote, colour: 'red', note: 'Doubtful #check', replies: [] },
      { id: 'hand2', text: work.id, paragraph: 3, start: 0, end: 10, quote: 'words the text never had', colour: 'blue', note: '', replies: [] },
    ];
    await writeFile(serializeNotes(hand));
    await waitFor('the hand-written notes to be read', () => store.notes.length === 2);
    const roots = await waitFor('the Notes view to show them', () => {
      const r = api.notes.view.provider.getChildren();
      return r.length === 2 ? r : undefined;
    });
    assert.deepEqual(roots.map((n: NotesNode) => n.kind), ['text', 'unplaced']);
    const [section] = api.notes.view.provider.getChildren(roots[0]);
    const [placed] = api.notes.view.provider.getChildren(section);
    assert.ok(placed.kind === 'note' && placed.note.id === 'hand1');
    assert.match(String(api.notes.view.provider.getTreeItem(placed).description), /¶ 2 · disagree · Doubtful #check/);
    const [unplaced] = api.notes.view.provider.getChildren(roots[1]);
    assert.ok(unplaced.kind === 'note' && unplaced.note.id === 'hand2');

    // Filtering by tag leaves the tagged note.
    await vscode.commands.executeCommand(Commands.filterNotes, { tag: '#CHECK' });
    assert.deepEqual(api.notes.view.provider.getChildren().map((n: NotesNode) => n.kind), ['text']);
    await vscode.commands.executeCommand(Commands.clearNotesFilter);

    // A write keeps the unplaced note as it was.
    await vscode.commands.executeCommand(Commands.editNote, 'hand1', 'Still doubtful');
    assert.deepEqual(await fileNotes(), [{ ...hand[0], note: 'Still doubtful' }, hand[1]]);
  });

  it('reports a notes file it cannot read at its line, and never writes it', async () => {
    const { api, work, store } = await setup();
    const good = serializeNotes([{ id: 'ok1', text: work.id, paragraph: 2, start: 0, end: 5, quote: work.paragraphs[1].text.slice(0, 5), colour: 'yellow', note: '', replies: [] }]);
    const broken = `${good}<<<<<<< HEAD\r\n{"id": "x"\n`;
    await writeFile(broken);
    const uri = workspaceUri(FILE);
    const diagnostics = await waitFor('the problems of the notes file', () => {
      const d = vscode.languages.getDiagnostics(uri);
      return d.length === 2 ? d : undefined;
    });
    assert.deepEqual(diagnostics.map((d) => d.range.start.line), [1, 2]);
    assert.equal(store.state.kind, 'unreadable');
    assert.equal(api.notes.view.provider.getChildren()[0].kind, 'problem');

    const messages = recordMessages();
    try {
      const id = await vscode.commands.executeCommand(Commands.highlight, { work: work.id, locator: { kind: 'paragraphs', first: 3, last: 3 }, text: '' }, 'red');
      assert.equal(id, undefined);
      assert.equal(await vscode.commands.executeCommand(Commands.deleteNote, 'ok1'), false);
    } finally {
      messages.stop();
    }
    assert.equal(await fileText(), broken);
    assert.ok(messages.shown.some((m) => m.severity === 'error' && /cannot be read at line 2/.test(m.message) && /nothing was written/.test(m.message)), JSON.stringify(messages.shown));
  });

  it('exports the notes in Markdown and in LaTeX, each quotation with its citation under its section', async () => {
    const { work } = await setup();
    const quote = work.paragraphs[3].text.slice(0, 40);
    await writeFile(serializeNotes([{ id: 'e1', text: work.id, paragraph: 4, start: 0, end: 40, quote, colour: 'yellow', note: 'Main point & #core', replies: [] }]));
    const { store } = (await extensionApi()).notes;
    await waitFor('the notes to be read', () => store.notes.length === 1);
    const apa: CiteOptions = { style: STYLES.apa, form: 'parenthetical', shape: 'auto', output: 'formatted', paragraphNumbers: 'style' };
    const section = work.sections.find((s) => s.id === work.paragraphs[3].sectionId)!.label;
    const passage = { work: work.id, locator: { kind: 'paragraphs' as const, first: 4, last: 4 }, text: quote };

    const markdown = await vscode.commands.executeCommand<string>(Commands.exportNotes, { format: 'markdown' });
    assert.equal(markdown, ['# Notes', `## ${section}`, composeText(work, { kind: 'quotation', passage }, apa, 'markdown'), '[key claim] Main point & #core'].join('\n\n') + '\n');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'markdown');
    assert.equal(vscode.window.activeTextEditor?.document.getText(), markdown);

    const latex = await vscode.commands.executeCommand<string>(Commands.exportNotes, { format: 'latex' });
    const cited = composeText(work, { kind: 'quotation', passage }, apa, 'latex');
    assert.match(cited, /para\.~4\)/);
    assert.equal(latex, ['\\section*{Notes}', `\\subsection*{${section}}`, cited, '[key claim] Main point \\& \\#core'].join('\n\n') + '\n');
    assert.equal(vscode.window.activeTextEditor?.document.languageId, 'latex');
  });
});
