/**
 * Add to Bibliography File: the record goes into the writer's BibTeX or
 * CSL-JSON file, once. The file is the one the document names (LaTeX's
 * \addbibresource or \bibliography, Markdown's `bibliography:`), else the
 * one in the workspace (the writer picks when there are several), else a new
 * references.bib. Only vscode.workspace.fs touches files, so this works on
 * virtual file systems and on the web.
 */
import * as vscode from 'vscode';
import { addToBibliography, bibliographyFormat, bibliographyNamed, exportRecord, type BibliographyFormat, type CitedWork } from '../core/cite';

const SKIP = new Set(['node_modules', '.git', 'out', 'dist', '.vscode-test']);
const SEARCH_DEPTH = 3;
const NEW_FILE = 'references.bib';

/** Adds the record to the bibliography file; says what happened. */
export async function addToBibliographyFile(work: CitedWork, editor: vscode.TextEditor | undefined): Promise<void> {
  const found = await bibliographyFile(editor);
  if (typeof found === 'string') {
    void vscode.window.showWarningMessage(found);
    return;
  }
  if (!found) return;
  const { uri, format } = found;
  const shown = vscode.workspace.asRelativePath(uri);
  if (vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString() && d.isDirty)) {
    void vscode.window.showWarningMessage(`${shown} has unsaved changes: save it, then add the record again. Nothing was changed.`);
    return;
  }
  const bytes = await read(uri);
  let text = '';
  if (bytes) {
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    } catch {
      void vscode.window.showWarningMessage(`${shown} is not UTF-8 text, so it was left untouched.`);
      return;
    }
  }
  const result = bytes ? addToBibliography(text, format, work) : { kind: 'added' as const, text: exportRecord(work, format === 'bibtex' ? 'bibtex' : 'csl-json') };
  if (result.kind === 'malformed') {
    // Not awaited: the command is done, whether or not the writer ever answers.
    void vscode.window.showWarningMessage(`${shown} is malformed at line ${result.line}: ${result.message}. It was left untouched.`, 'Open at Line').then((open) => {
      if (open) void vscode.window.showTextDocument(uri, { selection: new vscode.Range(result.line - 1, 0, result.line - 1, 0) });
    });
  } else if (result.kind === 'present') {
    void vscode.window.showInformationMessage(`${shown} already holds the record (as ${result.key}); nothing was added.`);
  } else {
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(result.text));
    void vscode.window.showInformationMessage(`${bytes ? 'Added' : 'Created'} ${shown} with the record ${work.key}.`);
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

async function bibliographyFile(editor: vscode.TextEditor | undefined): Promise<Found> {
  const named = editor && namedFile(editor.document);
  if (named) return named;
  const folder = (editor && vscode.workspace.getWorkspaceFolder(editor.document.uri)) ?? vscode.workspace.workspaceFolders?.[0];
  if (!folder) return 'Open a folder, or name a bibliography file in the document (bibliography: refs.bib, or \\addbibresource{refs.bib}), to add the record to it.';
  const candidates = await findBibliographies(folder.uri);
  if (candidates.length === 0) return { uri: vscode.Uri.joinPath(folder.uri, NEW_FILE), format: 'bibtex' };
  if (candidates.length === 1) return candidates[0];
  const picked = await vscode.window.showQuickPick(
    candidates.map((c) => ({ label: vscode.workspace.asRelativePath(c.uri), found: c })),
    { title: 'Add to Bibliography File', placeHolder: 'Which bibliography file?' },
  );
  return picked?.found;
}

/** The bibliography file the document itself names, relative to the document. */
function namedFile(document: vscode.TextDocument): Found {
  const name = bibliographyNamed(document.getText());
  const format = name === undefined ? undefined : bibliographyFormat(name);
  if (!name || !format) return undefined;
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
  return /^\s*\[\s*(\]|\{[^]*"(id|type)"\s*:)/.test(head);
}
