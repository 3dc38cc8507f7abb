/**
 * Concordance… and Word Frequencies: each a read-only document under the
 * extension's own scheme. A document, not a tree or a webview, because
 * keyword-in-context lines need a monospaced, aligned column; because a
 * document can be searched (Ctrl+F), copied, split and kept open beside the
 * writing; and because it works the same in the web worker host. Each
 * occurrence's paragraph number and keyword are links to the reader at that
 * place; each word of a frequency list is a link to its concordance.
 */
import * as vscode from 'vscode';
import { Concordance, concordanceRows, frequencyRows, parseConcordanceQuery, type ConcordanceResult, type QueryProblem } from '../core/study';
import type { Work } from '../core/model';
import { rangeInReader } from '../core/readerLayout';
import { Commands, STUDY_SCHEME } from './commands';
import { afterActivation } from './later';
import { readerLayout } from './readerDocuments';
import { sectionName } from './sections';
import type { Services } from './services';

/** What a concordance link opens: one occurrence, by text, paragraph and offsets in the paragraph. */
interface OccurrenceTarget {
  readonly work: string;
  readonly paragraph: number;
  readonly start: number;
  readonly end: number;
}

interface StudyDocument {
  readonly text: string;
  readonly links: readonly vscode.DocumentLink[];
}

/** A selection longer than this is not taken for a query: a phrase is a few words. */
const MAX_SELECTED = 200;

function commandUri(command: string, args: unknown[]): vscode.Uri {
  return vscode.Uri.parse(`command:${command}?${encodeURIComponent(JSON.stringify(args))}`);
}

/** A name safe in a URI path and a tab title. */
function tabName(text: string): string {
  return text.replace(/[\\/:*?"<>|\s]+/g, ' ').trim().slice(0, 60);
}

export function concordanceUri(query: string): vscode.Uri {
  return vscode.Uri.from({ scheme: STUDY_SCHEME, path: `/${vscode.l10n.t('Concordance of {0}', tabName(query) || '…')}`, query: `concordance=${encodeURIComponent(query)}` });
}

export function frequenciesUri(work: Work): vscode.Uri {
  return vscode.Uri.from({ scheme: STUDY_SCHEME, path: `/${vscode.l10n.t('Word Frequencies of {0}', tabName(work.record.title) || work.id)}`, query: `frequencies=${encodeURIComponent(work.id)}` });
}

function problemMessage(problem: QueryProblem): string {
  return problem.problem === 'empty'
    ? vscode.l10n.t('Type a word or a phrase to look up, for example peace, "world peace" or 和平.')
    : vscode.l10n.t('"{0}" holds no word to look up: type letters or digits, for example peace.', problem.text);
}

/** `nameOf` says what the interface calls a section of a text, from its label in the result. */
function concordanceDocument(result: ConcordanceResult, nameOf: (workId: string, sectionId: string, label: string) => string): StudyDocument {
  const { query } = result;
  const total = result.occurrences.length;
  const lines: string[] = [];
  const links: vscode.DocumentLink[] = [];
  if (total === 0) {
    lines.push(vscode.l10n.t('No occurrence of "{0}" in the library.', query.text));
    return { text: `${lines.join('\n')}\n`, links };
  }
  lines.push(total === 1 ? vscode.l10n.t('Concordance of "{0}": 1 occurrence', query.text) : vscode.l10n.t('Concordance of "{0}": {1} occurrences', query.text, total));
  lines.push(vscode.l10n.t('Forms: {0}', result.forms.map((f) => `${f.form} ${f.count}`).join(', ')));
  if (query.kind === 'words' && !query.exact) lines.push(vscode.l10n.t('Every form of the words is counted; in quotation marks ("{0}") only the form typed.', query.text));
  lines.push(vscode.l10n.t('Ctrl+click (Cmd+click) a paragraph number or a keyword to open the reader there.'), '');
  for (const text of result.texts) {
    lines.push(`${text.title}: ${text.count}`);
    for (const section of text.sections) lines.push(`    ${nameOf(text.workId, section.sectionId, section.label)}: ${section.count}`);
  }
  let section: string | undefined;
  for (const row of concordanceRows(result.occurrences)) {
    const { unit, start, end } = row.occurrence;
    const place = `${unit.workId}#${unit.sectionId}`;
    if (place !== section) {
      if (section?.split('#')[0] !== unit.workId) lines.push('', `── ${unit.title} ──`);
      lines.push('', `§ ${nameOf(unit.workId, unit.sectionId, unit.sectionLabel)}`);
      section = place;
    }
    const line = lines.length;
    lines.push(row.text);
    const target = commandUri(Commands.openOccurrence, [{ work: unit.workId, paragraph: unit.paragraph.number, start, end } satisfies OccurrenceTarget]);
    for (const span of [row.paragraph, row.keyword]) {
      const link = new vscode.DocumentLink(new vscode.Range(line, span.start, line, span.end), target);
      link.tooltip = vscode.l10n.t('Open ¶ {0} in the reader', unit.paragraph.number);
      links.push(link);
    }
  }
  return { text: `${lines.join('\n')}\n`, links };
}

function frequencyDocument(work: Work, concordance: Concordance): StudyDocument {
  const entries = concordance.frequencies(work.id) ?? [];
  const words = entries.reduce((n, e) => n + e.count, 0);
  const lines = [
    vscode.l10n.t('Word frequencies of "{0}": {1} words in {2} groups, stop words left out', work.record.title, words, entries.length),
    vscode.l10n.t('Ctrl+click (Cmd+click) a word to see its concordance.'),
    '',
  ];
  const links: vscode.DocumentLink[] = [];
  for (const row of frequencyRows(entries)) {
    const line = lines.length;
    lines.push(row.text);
    const link = new vscode.DocumentLink(new vscode.Range(line, row.word.start, line, row.word.end), commandUri(Commands.concordance, [row.entry.word]));
    link.tooltip = vscode.l10n.t('Concordance of {0}', row.entry.word);
    links.push(link);
  }
  return { text: `${lines.join('\n')}\n`, links };
}

export function registerConcordance(services: Services): void {
  const { library } = services;
  let concordance = new Concordance(() => library.works());
  const changed = new vscode.EventEmitter<vscode.Uri>();
  const shown = new Map<string, StudyDocument>();

  /** The index, built in slices between turns of the host the first time, with the window's progress shown. */
  async function ready(): Promise<Concordance> {
    const current = concordance;
    if (!current.isReady) {
      await vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Indexing the words of the library…') }, () => current.prepare({ sliceMs: 20 }));
    }
    return current;
  }

  function sectionIn(workId: string, sectionId: string, label: string): string {
    const section = library.get(workId)?.sections.find((s) => s.id === sectionId);
    return section ? sectionName(section) : label;
  }

  function render(uri: vscode.Uri): StudyDocument {
    const params = new URLSearchParams(uri.query);
    const query = params.get('concordance');
    const key = params.get('frequencies');
    let document: StudyDocument;
    if (query !== null) {
      const result = concordance.lookup(query);
      document = 'problem' in result ? { text: `${problemMessage(result)}\n`, links: [] } : concordanceDocument(result, sectionIn);
    } else {
      const work = key === null ? undefined : library.get(key);
      document = work ? frequencyDocument(work, concordance) : { text: `${vscode.l10n.t('This text is no longer in the library: its file was removed or changed its key.')}\n`, links: [] };
    }
    shown.set(uri.toString(), document);
    return document;
  }

  async function openConcordance(arg?: unknown): Promise<vscode.TextEditor | undefined> {
    const query = typeof arg === 'string' ? arg : await askForQuery();
    if (query === undefined) return undefined;
    const parsed = parseConcordanceQuery(query);
    if ('problem' in parsed) {
      void vscode.window.showInformationMessage(problemMessage(parsed));
      return undefined;
    }
    await services.texts.ready();
    await ready();
    const document = await vscode.workspace.openTextDocument(concordanceUri(query));
    return vscode.window.showTextDocument(document, { preview: true });
  }

  async function openFrequencies(arg?: unknown): Promise<vscode.TextEditor | undefined> {
    await services.texts.ready();
    const root = typeof arg === 'object' && arg !== null ? (arg as { work?: { id?: unknown } }).work?.id : undefined;
    const key = typeof arg === 'string' ? arg : typeof root === 'string' ? root : await pickText();
    if (key === undefined) return undefined;
    const work = library.get(key);
    if (!work) {
      void vscode.window.showInformationMessage(vscode.l10n.t('The text "{0}" is no longer in the library: its file was removed or changed its key.', key));
      return undefined;
    }
    await ready();
    const document = await vscode.workspace.openTextDocument(frequenciesUri(work));
    return vscode.window.showTextDocument(document, { preview: false });
  }

  async function pickText(): Promise<string | undefined> {
    const works = library.works();
    if (works.length === 1) return works[0].id;
    const picked = await vscode.window.showQuickPick(works.map((w) => ({ label: w.record.title, description: w.id, key: w.id })), {
      title: vscode.l10n.t('Word Frequencies'),
      placeHolder: vscode.l10n.t('Choose the text whose words to count'),
    });
    return picked?.key;
  }

  async function openOccurrence(arg?: unknown): Promise<void> {
    const target = arg as Partial<OccurrenceTarget> | undefined;
    const work = typeof target?.work === 'string' ? library.get(target.work) : undefined;
    if (!work || typeof target?.paragraph !== 'number' || !work.paragraphs[target.paragraph - 1]) {
      void vscode.window.showInformationMessage(vscode.l10n.t('This occurrence is no longer in the library: its text changed. Look the word up again.'));
      return;
    }
    const passage = { work: work.id, locator: { kind: 'paragraphs', first: target.paragraph, last: target.paragraph }, text: '' };
    await vscode.commands.executeCommand(Commands.openInReader, passage);
    const editor = vscode.window.activeTextEditor;
    const whole = rangeInReader(readerLayout(work), work, target.paragraph);
    if (!editor || !whole) return;
    const start = whole.start.character + (target.start ?? 0);
    const end = whole.start.character + (target.end ?? 0);
    const range = new vscode.Range(whole.start.line, Math.min(start, whole.end.character), whole.start.line, Math.min(end, whole.end.character));
    editor.selection = new vscode.Selection(range.start, range.end);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  // The documents' providers come a moment after activation, or with the first command.
  const provided = afterActivation(services.context, () => {
    services.context.subscriptions.push(
      vscode.workspace.registerTextDocumentContentProvider(STUDY_SCHEME, { onDidChange: changed.event, provideTextDocumentContent: async (uri) => (await ready(), render(uri).text) }),
      vscode.languages.registerDocumentLinkProvider({ scheme: STUDY_SCHEME }, {
        provideDocumentLinks: (document) => [...(shown.get(document.uri.toString()) ?? render(document.uri)).links],
      }),
      vscode.workspace.onDidCloseTextDocument((document) => shown.delete(document.uri.toString())),
    );
  });
  services.context.subscriptions.push(
    changed,
    services.texts.onDidChange(() => {
      concordance = new Concordance(() => library.works());
      if (shown.size === 0) return;
      // Open concordances and lists follow the texts, once the new index is built in slices.
      void ready().then(() => {
        for (const uri of shown.keys()) changed.fire(vscode.Uri.parse(uri));
      });
    }),
    vscode.commands.registerCommand(Commands.concordance, (arg?: unknown) => {
      provided();
      return openConcordance(arg);
    }),
    vscode.commands.registerCommand(Commands.wordFrequencies, (arg?: unknown) => {
      provided();
      return openFrequencies(arg);
    }),
    vscode.commands.registerCommand(Commands.openOccurrence, openOccurrence),
  );
}

/** The words selected in the active editor, or the word under its cursor, or what the writer types. */
async function askForQuery(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const selected = editor && !editor.selection.isEmpty ? editor.document.getText(editor.selection).replace(/\s+/g, ' ').trim() : '';
  if (selected !== '' && selected.length <= MAX_SELECTED) return selected;
  const wordRange = editor?.document.getWordRangeAtPosition(editor.selection.active);
  const typed = await vscode.window.showInputBox({
    title: vscode.l10n.t('Concordance'),
    value: wordRange && editor ? editor.document.getText(wordRange) : '',
    prompt: vscode.l10n.t('A word finds all its forms (peace: peaceful, peacefully); "in quotation marks", only that form; a phrase, its words in a row.'),
    placeHolder: vscode.l10n.t('A word or a phrase, for example peace or "world peace"'),
    validateInput: (value) => (value.trim() === '' ? vscode.l10n.t('Type a word or a phrase to look up, for example peace, "world peace" or 和平.') : undefined),
  });
  return typed === undefined || typed.trim() === '' ? undefined : typed;
}
