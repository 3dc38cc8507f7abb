/**
 * Add to Bibliography File: the record goes into the writer's BibTeX or
 * CSL-JSON file, once. The file is the one the document names (LaTeX's
 * \addbibresource or \bibliography, the front matter's `bibliography:`,
 * Typst's #bibliography("…"), Org's #+bibliography:), else the
 * one in the workspace (the writer picks when there are several), else a new
 * references.bib. A file outside the workspace folder is written only after
 * the writer confirms, with its full path shown. Only vscode.workspace.fs
 * touches files, so this works on virtual file systems and on the web.
 */
import * as vscode from 'vscode';
import { addToBibliography, bibliographyFormat, bibliographyNamed, exportRecord, type BibliographyFormat, type CitedWork } from '../core/cite';
import { kindOfDocument } from '../core/kinds';
import { messagesFor } from '../core/messages';
import { shortMessage } from '../core/shown';

const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
const SEARCH_DEPTH = 3;
const NEW_FILE = 'references.bib';

/** How the command talks to the writer; the tests answer in its place. */
export interface BibliographyPrompts {
  info(message: string): void;
  warn(message: string, ...actions: string[]): Thenable<string | undefined>;
  /** Asks before writing where the writer may not expect it; true only on an explicit yes. */
  confirm(message: string, yes: string): Thenable<boolean>;
  pick<T extends vscode.QuickPickItem>(items: T[], options: vscode.QuickPickOptions): Thenable<T | undefined>;
}

const WINDOW_PROMPTS: BibliographyPrompts = {
  info: (message) => void vscode.window.showInformationMessage(message),
  warn: (message, ...actions) => vscode.window.showWarningMessage(message, ...actions),
  confirm: (message, yes) => vscode.window.showWarningMessage(message, { modal: true }, yes).then((answer) => answer === yes),
  pick: (items, options) => vscode.window.showQuickPick(items, options),
};

/** Adds the record to the bibliography file; says what happened. */
export async function addToBibliographyFile(work: CitedWork, editor: vscode.TextEditor | undefined, prompts: BibliographyPrompts = WINDOW_PROMPTS): Promise<void> {
  try {
    await addRecord(work, editor, prompts);
  } catch (error) {
    // Whatever went wrong, the writer learns what, and that the file was not changed by halves.
    void prompts.warn(vscode.l10n.t('The record could not be added to the bibliography file: {0}', shortMessage(error instanceof Error ? error.message : String(error))));
  }
}

async function addRecord(work: CitedWork, editor: vscode.TextEditor | undefined, prompts: BibliographyPrompts): Promise<void> {
  const found = await bibliographyFile(editor, prompts);
  if (typeof found === 'string') {
    void prompts.warn(found);
    return;
  }
  if (!found) return;
  const { uri, format } = found;
  const shown = vscode.workspace.asRelativePath(uri);
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) {
    void prompts.warn(vscode.l10n.t('{0} has unsaved changes: save it, then add the record again. Nothing was changed.', shown));
    return;
  }
  const bytes = await read(uri);
  if (!vscode.workspace.getWorkspaceFolder(uri)) {
    const place = uri.scheme === 'file' ? uri.fsPath : uri.toString(true);
    const question = bytes
      ? vscode.l10n.t('Add the record to {0}? The document names this bibliography file, which is outside the workspace folder.', place)
      : vscode.l10n.t('Create {0}? The document names this bibliography file, which is outside the workspace folder.', place);
    if (!(await prompts.confirm(question, bytes ? vscode.l10n.t('Add to This File') : vscode.l10n.t('Create This File')))) return;
  }
  let text = '';
  if (bytes) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      void prompts.warn(vscode.l10n.t('{0} is not UTF-8 text, so it was left untouched.', shown));
      return;
    }
  }
  const result = bytes ? addToBibliography(text, format, work, messagesFor(vscode.env.language).bib) : { kind: 'added' as const, text: exportRecord(work, format === 'bibtex' ? 'bibtex' : 'csl-json') };
  if (result.kind === 'malformed') {
    // Not awaited: the command is done, whether or not the writer ever answers.
    void prompts.warn(vscode.l10n.t('{0} is malformed at line {1}: {2}. It was left untouched.', shown, result.line, shortMessage(result.message)), vscode.l10n.t('Open at Line')).then((open) => {
      if (open) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(result.line - 1, 0, result.line - 1, 0) });
    });
  } else if (result.kind === 'conflict') {
    void prompts.warn(vscode.l10n.t('{0} already has an entry with the key {1} (line {2}), for another work: nothing was added. Give the text another key (cpcRelations.citation.key) or rename that entry.', shown, result.key, result.line), vscode.l10n.t('Open at Line')).then((open) => {
      if (open) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(result.line - 1, 0, result.line - 1, 0) });
    });
  } else if (result.kind === 'present') {
    prompts.info(result.key === undefined
      ? vscode.l10n.t('{0} already holds the record (an entry with no id); nothing was added.', shown)
      : vscode.l10n.t('{0} already holds the record (as {1}); nothing was added.', shown, result.key));
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
    prompts.info(bytes ? vscode.l10n.t('Added {0} with the record {1}.', shown, work.key) : vscode.l10n.t('Created {0} with the record {1}.', shown, work.key));
  }
}

async function read(uri: vscode.Uri): Promise<Uint8Array | undefined> {
  try {
    return await vscode.workspace.fs.readFile(uri);
  } catch (error) {
    if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
    throw error;
  }
}

type Found = { uri: vscode.Uri; format: BibliographyFormat } | string | undefined;

async function bibliographyFile(editor: vscode.TextEditor | undefined, prompts: BibliographyPrompts): Promise<Found> {
  const named = editor && namedFile(editor.document);
  if (named) return named;
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return vscode.l10n.t('Open a folder, or name a bibliography file in the document (bibliography: refs.bib, \\addbibresource{refs.bib}, #bibliography("refs.bib") or #+bibliography: refs.bib), to add the record to it.');
  const candidates = await findBibliographies(folder.uri);
  if (candidates.length === 0) return { uri: vscode.Uri.joinPath(folder.uri, NEW_FILE), format: 'bibtex' };
  if (candidates.length === 1) return candidates[0];
  const picked = await prompts.pick(
    candidates.map((c) => ({ label: vscode.workspace.asRelativePath(c.uri), found: c })),
    { title: vscode.l10n.t('Add to Bibliography File'), placeHolder: vscode.l10n.t('Which bibliography file?') },
  );
  return picked?.found;
}

/**
 * The bibliography file the document itself names, in live text only:
 * relative to the document, or a full path. A name that starts with "~" is
 * refused, as only a shell knows the home folder it means.
 */
function namedFile(document: vscode.TextDocument): Found {
  const name = bibliographyNamed(document.getText(), kindOfDocument(document.languageId, document.uri.path)?.bibliography);
  const format = name === undefined ? undefined : bibliographyFormat(name);
  if (!name || !format) return undefined;
  if (name.startsWith('~')) return vscode.l10n.t('The document names the bibliography file {0}: a name that starts with "~" is not read here. Name the file relative to the document, or by its full path.', shortMessage(name));
  if (/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(name)) {
    const root = document.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : document.uri;
    return root ? { uri: root.with({ path: name.replace(/\\/g, '/').replace(/^(?=[A-Za-z]:)/, '/') }), format } : undefined;
  }
  const base = document.isUntitled ? vscode.workspace.workspaceFolders?.[0]?.uri : vscode.Uri.joinPath(document.uri, '..');
  return base ? { uri: vscode.Uri.joinPath(base, name), format } : undefined;
}

/** The workspace's .bib files and CSL-JSON files (a JSON list), a few folders deep. */
async function findBibliographies(root: vscode.Uri): Promise<{ uri: vscode.Uri; format: BibliographyFormat }[]> {
  const found: { uri: vscode.Uri; format: BibliographyFormat }[] = [];
  const visit = async (dir: vscode.Uri, depth: number): Promise<void> => {
    let entries: [string, vscode.FileType][] = [];
    try {
      entries = await vscode.workspace.fs.readDirectory(dir);
    } catch {
      return;
    }
    for (const [entry, type] of entries.sort(([a], [b]) => a.localeCompare(b))) {
      const uri = vscode.Uri.joinPath(dir, entry);
      if (type & vscode.FileType.Directory) {
        if (depth < SEARCH_DEPTH && !SKIP.has(entry)) await visit(uri, depth + 1);
        continue;
      }
      const format = bibliographyFormat(entry);
      if (format === 'bibtex' || (format === 'csl-json' && (await isCslJson(uri)))) found.push({ uri, format });
    }
  };
  await visit(root, 1);
  return found;
}

async function isCslJson(uri: vscode.Uri): Promise<boolean> {
  const head = new TextDecoder().decode((await read(uri))?.slice(0, 512));
  return /^\ufeff?[ \t\r\n]*\[[ \t\r\n]*(\]|\{[^]*"(id|type)"[ \t\r\n]*:)/.test(head);
}
