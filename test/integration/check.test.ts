import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { checkQuotations } from '../../src/core/check';
import { bundledWork } from '../../src/core/corpus';
import { benchDocument } from '../fixtures/check/inputs';
import { closeAllEditors, extensionApi, scratchEditor, waitFor, workspaceUri } from './support';

const SOURCE = 'CPC Relations';
const KEY = 'cpcir2007outstanding';

/** A diagnostic's code, given plain or with its link. */
function code(diagnostic: vscode.Diagnostic): string {
  return typeof diagnostic.code === 'object' ? String(diagnostic.code.value) : String(diagnostic.code);
}

/** The quotation diagnostics of `uri` once there are `count` of them. */
function quotationDiagnostics(uri: vscode.Uri, count: number): Promise<vscode.Diagnostic[]> {
  return waitFor(`${count} quotation diagnostics on ${uri.path}`, () => {
    const found = vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE);
    return found.length === count && found;
  });
}

let files = 0;

/**
 * A new file in the test workspace, shown in an editor: each test writes its
 * own (untitled documents can be reused under one name while the last test's
 * is being cleared), saved and closed after the test.
 */
async function fileEditor(content: string, language: string): Promise<vscode.TextEditor> {
  const uri = workspaceUri(`check-tests/document-${++files}.${language === 'latex' ? 'tex' : 'md'}`);
  await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
  return vscode.window.showTextDocument(uri);
}

async function closeEverything(): Promise<void> {
  await vscode.workspace.saveAll(false);
  await closeAllEditors();
}

async function readWorkspaceFile(relative: string): Promise<string> {
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceUri(relative)));
}

const FIX_TITLES: Readonly<Record<string, RegExp>> = {
  misquotation: /^Restore the wording of para\. \d+$/,
  'wrong-locator': /^Change the locator to “para\. \d+”$/,
  uncited: /^Insert a citation \(para\. \d+\)$/,
};

/** Applies the quick fix offered for `diagnostic`, and returns the document's text. */
async function applyQuickFix(editor: vscode.TextEditor, diagnostic: vscode.Diagnostic): Promise<string> {
  const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
  const fix = actions.find((a) => FIX_TITLES[code(diagnostic)].test(a.title));
  assert.ok(fix?.edit, `a quick fix for ${code(diagnostic)}: ${diagnostic.message}; offered: ${actions.map((a) => a.title).join(', ')}`);
  assert.ok(await vscode.workspace.applyEdit(fix.edit));
  return editor.document.getText();
}

const cases = [
  {
    name: 'Markdown',
    file: 'check-quotations.md',
    language: 'markdown',
    misquoted: 'keystone',
    wrongLocator: 'para. 5',
    fixes: {
      misquotation: (t: string) => t.replace('a keystone for', 'a cornerstone for'),
      'wrong-locator': (t: string) => t.replace(`[@${KEY}, para. 5]`, `[@${KEY}, para. 4]`),
      // In the document's own manner: most of its citations are Pandoc keys.
      uncited: (t: string) => t.replace('regional stability."', `regional stability." [@${KEY}, para. 13]`),
    },
  },
  {
    name: 'LaTeX',
    file: 'check-quotations.tex',
    language: 'latex',
    misquoted: 'keystone',
    wrongLocator: 'para.~5',
    fixes: {
      misquotation: (t: string) => t.replace('a keystone for', 'a cornerstone for'),
      'wrong-locator': (t: string) => t.replace(`\\parencite[para.~5]{${KEY}}`, `\\parencite[para.~4]{${KEY}}`),
      uncited: (t: string) => t.replace('regional stability.}', `regional stability.} \\parencite[para.~13]{${KEY}}`),
    },
  },
] as const;

describe('Quotation checking', () => {
  afterEach(closeEverything);

  it('checks untitled documents too', async () => {
    await extensionApi();
    const editor = await scratchEditor('Its closing claim is that "CPC\'s role has been significant to the solution of disputes and regional stability."\n');
    const [diagnostic] = await quotationDiagnostics(editor.document.uri, 1);
    assert.equal(code(diagnostic), 'uncited');
    // Reverting closes it with nothing to save and nothing left behind for the next test.
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    await waitFor('the untitled document\'s problems to be cleared', () => vscode.languages.getDiagnostics(editor.document.uri).filter((d) => d.source === SOURCE).length === 0);
  });

  for (const c of cases) {
    it(`shows a misquotation, a wrong locator and an uncited quotation in a ${c.name} document`, async () => {
      await extensionApi();
      const document = await vscode.workspace.openTextDocument(workspaceUri(c.file));
      await vscode.window.showTextDocument(document);
      const diagnostics = await quotationDiagnostics(document.uri, 3);
      assert.deepEqual(diagnostics.map(code), ['misquotation', 'wrong-locator', 'uncited']);
      assert.equal(diagnostics[0].message, 'Misquotation of para. 3: “keystone” should be “cornerstone”.');
      assert.equal(document.getText(diagnostics[1].range), c.wrongLocator);
      assert.equal(diagnostics[1].message, `Wrong locator: “By contacts with young political figures,…” is in para. 4, not para. 5.`);
      assert.match(document.getText(diagnostics[2].range), /CPC's role has been significant to the solution of disputes and regional stability/);
      assert.ok(diagnostics.every((d) => d.severity === vscode.DiagnosticSeverity.Warning));
    });

    it(`fixes each problem in a ${c.name} document with its quick fix, exactly`, async function () {
      // Three documents opened and checked one after the other.
      this.timeout(90_000);
      await extensionApi();
      const original = await readWorkspaceFile(c.file);
      for (const kind of ['misquotation', 'wrong-locator', 'uncited'] as const) {
        // A fresh copy for each fix, so each is checked on its own.
        const editor = await fileEditor(original, c.language);
        const diagnostic = (await quotationDiagnostics(editor.document.uri, 3)).find((d) => code(d) === kind);
        assert.ok(diagnostic, kind);
        assert.equal(await applyQuickFix(editor, diagnostic), c.fixes[kind](original));
        await quotationDiagnostics(editor.document.uri, 2);
        await closeEverything();
      }
    });
  }

  it('inserts the citation in the style chosen for the workspace, with its note', async () => {
    await extensionApi();
    await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'chicago-notes');
    try {
      const editor = await fileEditor('Its closing claim is that "CPC\'s role has been significant to the solution of disputes and regional stability."\n', 'markdown');
      const [diagnostic] = await quotationDiagnostics(editor.document.uri, 1);
      assert.equal(await applyQuickFix(editor, diagnostic), [
        'Its closing claim is that "CPC\'s role has been significant to the solution of disputes and regional stability."[^1]',
        '',
        // Chicago cites a paragraph the source does not number under its section's heading.
        '[^1]: “The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), under “CPC’s international relations have facilitated world peace and stability.”',
        '',
      ].join('\n'));
      await quotationDiagnostics(editor.document.uri, 0);
    } finally {
      await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'setting');
    }
  });

  it('inserts the citation in the document\'s own style, over the one chosen for the workspace', async () => {
    await extensionApi();
    await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'chicago-notes');
    try {
      const earlier = 'Earlier: “the CPC has broadened the domain of its international relations” (“Outstanding Results,” 2007, para. 8).\n\n';
      const editor = await fileEditor(`${earlier}Its closing claim is that "CPC's role has been significant to the solution of disputes and regional stability."\n`, 'markdown');
      const [diagnostic] = await quotationDiagnostics(editor.document.uri, 1);
      assert.equal(await applyQuickFix(editor, diagnostic), `${earlier}Its closing claim is that "CPC's role has been significant to the solution of disputes and regional stability." (“Outstanding Results,” 2007, para. 13)\n`);
      await quotationDiagnostics(editor.document.uri, 0);
    } finally {
      await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'setting');
    }
  });

  it('updates the problems as the writer types, and clears them when the document closes', async () => {
    await extensionApi();
    const editor = await fileEditor(`It says "the CPC has brought this advantage to a maximum display" [@${KEY}, para. 5].\n`, 'markdown');
    await quotationDiagnostics(editor.document.uri, 0);
    const at = editor.document.getText().indexOf('maximum');
    await editor.edit((edit) => edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + 'maximum'.length)), 'minimum'));
    const [diagnostic] = await quotationDiagnostics(editor.document.uri, 1);
    assert.equal(diagnostic.message, 'Misquotation of para. 5: “minimum” should be “maximum”.');
    const uri = editor.document.uri;
    await closeEverything();
    await waitFor('the problems to be cleared', () => vscode.languages.getDiagnostics(uri).filter((d) => d.source === SOURCE).length === 0);
  });

  it('shows the cited paragraph with its locator on hover, for a citation and for a quotation', async () => {
    await extensionApi();
    const editor = await fileEditor(`They are "an accelerator" of state relations [@${KEY}, para. 4].\n`, 'markdown');
    await quotationDiagnostics(editor.document.uri, 0);
    const text = editor.document.getText();
    const hoverText = async (offset: number) => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, editor.document.positionAt(offset));
      return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    };
    const onCitation = await hoverText(text.indexOf('para. 4') + 2);
    assert.match(onCitation, /¶ 4/);
    assert.match(onCitation, /cited as “para\. 4”/);
    assert.match(onCitation, /party-to-party relations have facilitated the progress of state relations/);
    const onQuotation = await hoverText(text.indexOf('accelerator'));
    assert.match(onQuotation, /\*\*an "accelerator/);
  });

  it('answers a quick fix and a hover on a long document as soon as it opens, as a check of it would', async () => {
    await extensionApi();
    const text = benchDocument(bundledWork(), 20_000, 4242);
    const expected = checkQuotations(text, 'markdown', bundledWork());
    const misquoted = expected.findings.find((f) => f.kind === 'misquotation' && f.fix);
    const cited = expected.citations.find((c) => c.locator);
    assert.ok(misquoted?.fix && cited?.locator, 'the document has a misquotation with a fix, and a citation with a locator');
    const { document } = await fileEditor(text, 'markdown');
    // Asked at once, before its problems are shown: the providers read the document first, a slice at a time.
    const [actions, hovers] = await Promise.all([
      vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', document.uri, new vscode.Range(document.positionAt(misquoted.range.start), document.positionAt(misquoted.range.end))),
      vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', document.uri, document.positionAt(cited.range.start + 1)),
    ]);
    assert.ok(actions.some((a) => a.title === misquoted.fix?.title), `no "${misquoted.fix.title}" among ${actions.map((a) => a.title).join(', ')}`);
    const hover = hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
    assert.ok(hover.includes(`cited as “${cited.locator.text}”`), hover);
    await closeEverything();
  });

  it('goes to the cited passage in the reader', async () => {
    await extensionApi();
    const editor = await fileEditor(`They are "an accelerator" of state relations [@${KEY}, para. 4].\n`, 'markdown');
    await quotationDiagnostics(editor.document.uri, 0);
    const text = editor.document.getText();
    const definitions = await vscode.commands.executeCommand<(vscode.Location | vscode.LocationLink)[]>('vscode.executeDefinitionProvider', editor.document.uri, editor.document.positionAt(text.indexOf('para. 4') + 1));
    // Markdown's own provider may answer too (the citation looks like a link reference): keep ours.
    const ours = definitions.filter((d) => 'targetUri' in d && d.targetUri.scheme === 'cpc-relations');
    assert.equal(ours.length, 1);
    const link = ours[0] as vscode.LocationLink;
    assert.equal(link.targetUri.scheme, 'cpc-relations');
    const reader = await vscode.workspace.openTextDocument(link.targetUri);
    assert.match(reader.getText(link.targetRange), /^As an "accelerator," party-to-party relations have facilitated/);
    const citation = editor.document.positionAt(text.indexOf('para. 4') + 1);
    editor.selection = new vscode.Selection(citation, citation);
    await vscode.commands.executeCommand('editor.action.revealDefinition');
    const opened = await waitFor('the reader at the passage', () => vscode.window.activeTextEditor?.document.uri.scheme === 'cpc-relations' && vscode.window.activeTextEditor);
    assert.ok(opened.selection.isEqual(link.targetRange) || opened.visibleRanges.some((r) => r.contains(link.targetRange.start)));
  });

  it('marks the paragraphs the active document cites in the tree', async () => {
    const { tree } = await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri('check-quotations.md'));
    await vscode.window.showTextDocument(document);
    await quotationDiagnostics(document.uri, 3);
    const [root] = tree.provider.getChildren();
    const paragraphs = tree.provider.getChildren(root).flatMap((s) => tree.provider.getChildren(s));
    await waitFor('"cited 1×" on paragraph 3', () => tree.provider.getTreeItem(paragraphs[2]).description === 'cited 1×');
    assert.equal(tree.provider.getTreeItem(paragraphs[0]).description, undefined);
  });

  it('lists the places in the workspace that cite a paragraph', async () => {
    await extensionApi();
    const locations = await vscode.commands.executeCommand<vscode.Location[]>('cpcRelations.findCitations', { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' }, { show: false });
    const mine = locations.filter((l) => /check-quotations\.(md|tex)$/.test(l.uri.path)).map((l) => `${l.uri.path.split('/').pop()}:${l.range.start.line + 1}`);
    assert.deepEqual(mine, ['check-quotations.md:9', 'check-quotations.tex:14']);
  });

  it('shows nothing while checking is turned off, and checks on request all the same', async () => {
    await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri('check-quotations.md'));
    await vscode.window.showTextDocument(document);
    await quotationDiagnostics(document.uri, 3);
    const setting = vscode.workspace.getConfiguration('cpcRelations.check');
    await setting.update('enabled', false, vscode.ConfigurationTarget.Global);
    try {
      await quotationDiagnostics(document.uri, 0);
      assert.equal(await vscode.commands.executeCommand('cpcRelations.checkQuotations'), 3);
      await quotationDiagnostics(document.uri, 3);
    } finally {
      await setting.update('enabled', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  it('checks the active document on request and reports the count', async () => {
    await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri('check-quotations.md'));
    await vscode.window.showTextDocument(document);
    assert.equal(await vscode.commands.executeCommand('cpcRelations.checkQuotations'), 3);
  });

  it('gives each problem a code that links to its section of docs/checking.md', async () => {
    await extensionApi();
    const document = await vscode.workspace.openTextDocument(workspaceUri('check-quotations.md'));
    await vscode.window.showTextDocument(document);
    for (const diagnostic of await quotationDiagnostics(document.uri, 3)) {
      assert.ok(typeof diagnostic.code === 'object', 'the code carries a link');
      assert.match(diagnostic.code.target.path, /\/docs\/checking\.md$/);
      assert.equal(diagnostic.code.target.fragment, diagnostic.code.value);
      // The linked document explains the problem under that anchor.
      const docs = new TextDecoder().decode(await vscode.workspace.fs.readFile(diagnostic.code.target.with({ fragment: '' })));
      assert.ok(docs.includes(`<a id="${diagnostic.code.value}"></a>`), String(diagnostic.code.value));
    }
  });

  for (const c of cases) {
    it(`fixes every fixable problem of a ${c.name} document in one step with Fix all, a source.fixAll action`, async () => {
      await extensionApi();
      const original = await readWorkspaceFile(c.file);
      const editor = await fileEditor(original, c.language);
      await quotationDiagnostics(editor.document.uri, 3);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, new vscode.Range(0, 0, 0, 0), 'source.fixAll');
      assert.equal(actions.length, 1, actions.map((a) => a.title).join(', '));
      assert.equal(actions[0].kind?.value, 'source.fixAll.cpcRelations');
      assert.ok(actions[0].edit);
      assert.ok(await vscode.workspace.applyEdit(actions[0].edit));
      // The same text as each quick fix applied in turn.
      const expected = c.fixes.uncited(c.fixes['wrong-locator'](c.fixes.misquotation(original)));
      assert.equal(editor.document.getText(), expected);
      await quotationDiagnostics(editor.document.uri, 0);
      // One step: one undo brings the original back.
      await vscode.commands.executeCommand('undo');
      assert.equal(editor.document.getText(), original);
    });
  }

  it('fixes all from the command and the light bulb too', async () => {
    await extensionApi();
    const editor = await fileEditor(await readWorkspaceFile('check-quotations.md'), 'markdown');
    const [first] = await quotationDiagnostics(editor.document.uri, 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, first.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((a) => a.title === 'Fix all quotation problems in this document'), actions.map((a) => a.title).join(', '));
    assert.equal(await vscode.commands.executeCommand('cpcRelations.fixAll'), 3);
    await quotationDiagnostics(editor.document.uri, 0);
  });

  it('ignores a quotation with a comment the Ignore fix inserts above it', async () => {
    await extensionApi();
    const editor = await fileEditor(await readWorkspaceFile('check-quotations.md'), 'markdown');
    const diagnostics = await quotationDiagnostics(editor.document.uri, 3);
    const misquotation = diagnostics.find((d) => code(d) === 'misquotation');
    assert.ok(misquotation);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, misquotation.range, vscode.CodeActionKind.QuickFix.value);
    const ignore = actions.find((a) => a.title === 'Ignore this quotation');
    assert.ok(ignore?.edit, actions.map((a) => a.title).join(', '));
    assert.ok(await vscode.workspace.applyEdit(ignore.edit));
    assert.equal(editor.document.lineAt(misquotation.range.start.line).text.trim(), '<!-- cpc-relations-ignore -->');
    const left = await quotationDiagnostics(editor.document.uri, 2);
    assert.deepEqual(left.map(code), ['wrong-locator', 'uncited']);
  });

  it('stops checking a document on request, and checks it again on request', async () => {
    await extensionApi();
    const editor = await fileEditor(await readWorkspaceFile('check-quotations.md'), 'markdown');
    const [first] = await quotationDiagnostics(editor.document.uri, 3);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', editor.document.uri, first.range, vscode.CodeActionKind.QuickFix.value);
    const off = actions.find((a) => a.title === "Don't check this document");
    assert.ok(off?.command);
    await vscode.commands.executeCommand(off.command.command, ...(off.command.arguments ?? []));
    try {
      await quotationDiagnostics(editor.document.uri, 0);
    } finally {
      await vscode.commands.executeCommand('cpcRelations.resumeChecking', editor.document.uri);
    }
    await quotationDiagnostics(editor.document.uri, 3);
  });

  it('numbers the notes of several citations Fix all inserts in a note style, one after another', async () => {
    await extensionApi();
    await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'chicago-notes');
    try {
      const editor = await fileEditor([
        'First, "CPC\'s role has been significant to the solution of disputes and regional stability."',
        '',
        'Then, "By contacts with legal parties in these countries, the CPC has made numerous friends all over the world."',
        '',
      ].join('\n'), 'markdown');
      await quotationDiagnostics(editor.document.uri, 2);
      assert.equal(await vscode.commands.executeCommand('cpcRelations.fixAll'), 2);
      const text = editor.document.getText();
      assert.match(text, /regional stability\."\[\^1\]/);
      assert.match(text, /all over the world\."\[\^2\]/);
      // Chicago pinpoints an unnumbered paragraph by its section's heading; the second note is the short one.
      assert.match(text, /\n\[\^1\]: “The Outstanding Results.*, under “CPC’s international relations have facilitated world peace and stability\.”\n/);
      assert.match(text, /\n\[\^2\]: “Outstanding Results,” under “CPC’s international relations have facilitated a healthy and stable progress of state-to-state relations\.”\n?$/);
      await quotationDiagnostics(editor.document.uri, 0);
    } finally {
      await vscode.commands.executeCommand('cpcRelations.chooseStyle', 'setting');
    }
  });
});
