/**
 * "Find Citations of a Paragraph in the Workspace": reads every Markdown,
 * LaTeX and plain-text file of the workspace (open documents as they are on
 * screen) through VS Code's file system, so it works on the web too, and
 * lists each citation whose locator includes the paragraph; choosing one
 * opens it.
 */
import * as vscode from 'vscode';
import { findWorkCitations, type DocumentLanguage } from '../core/check';
import { DOCUMENT_KINDS, filesGlob, kindOfFileName } from '../core/kinds';
import type { Work } from '../core/model';
import { paragraphLabel, passageArgument } from '../core/passage';
import { citationKeys, checkedLanguage } from './checkedDocuments';
import type { Services } from './services';
import { sectionName } from './sections';
import { lineIndex } from '../core/lines';

/** Every file of a kind the checker reads. */
const FILES = filesGlob(DOCUMENT_KINDS.filter((k) => k.checkedAs));
const EXCLUDE = '**/{node_modules,.git,out,dist,build,.vscode-test}/**';
const MAX_FILES = 5000;

/** A language by file name, for files that are not open. */
function languageOfPath(path: string): DocumentLanguage {
  return kindOfFileName(path)?.checkedAs ?? 'plaintext';
}

/** A citation found, with its line of text for the list. */
interface Place {
  readonly location: vscode.Location;
  readonly line: string;
}

/** Every citation of paragraph `n` in the workspace's documents, in file order. */
export async function citationsOfParagraph(work: Work, n: number, token?: vscode.CancellationToken, bundled = true): Promise<Place[]> {
  // The keys of the settings are other names of the bundled text only.
  const keys = bundled ? citationKeys() : [];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  const uris = await vscode.workspace.findFiles(FILES, EXCLUDE, MAX_FILES, token);
  // Untitled and other open documents count too: they are where the writer is working.
  for (const document of open.values()) {
    if (!uris.some((u) => u.toString() === document.uri.toString()) && checkedLanguage(document)) uris.push(document.uri);
  }
  uris.sort((a, b) => a.toString().localeCompare(b.toString()));
  const decoder = new TextDecoder('utf-8');
  const places: Place[] = [];
  for (const uri of uris) {
    if (token?.isCancellationRequested) break;
    const document = open.get(uri.toString());
    let text: string;
    try {
      text = document ? document.getText() : decoder.decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      continue; // A file that cannot be read cites nothing we can show.
    }
    const language = document ? checkedLanguage(document) ?? languageOfPath(uri.path) : languageOfPath(uri.path);
    const citations = findWorkCitations(text, language, work, keys)
      .filter((c) => c.locator?.paragraphs.some((s) => s.first <= n && n <= s.last));
    if (citations.length === 0) continue;
    // Positions from the text itself: opening each file as a document would check it and fill the Problems panel.
    const positionAt = positions(text);
    for (const c of citations) {
      const start = positionAt(c.range.start);
      places.push({ location: new vscode.Location(uri, new vscode.Range(start.position, positionAt(c.range.end).position)), line: start.line });
    }
  }
  return places;
}

/** Maps offsets of `text` to positions, and gives the line's text. */
function positions(text: string): (offset: number) => { position: vscode.Position; line: string } {
  const place = lineIndex(text);
  return (offset) => {
    const { line, column, lineStart, lineEnd } = place(offset);
    return { position: new vscode.Position(line, column), line: text.slice(lineStart, lineEnd).replace(/\r$/, '') };
  };
}

type LocationPick = vscode.QuickPickItem & { readonly location: vscode.Location };

/**
 * The command: the paragraph comes from the argument (a Passage, or a tree
 * item carrying one) or a quick pick. With `{ show: false }` it only returns
 * the locations.
 */
export async function findCitationsCommand(services: Services, argument?: unknown, options?: unknown): Promise<vscode.Location[]> {
  const passage = passageArgument(argument);
  const work = passage ? services.workOf(passage) : services.work();
  if (!work) {
    void vscode.window.showInformationMessage(vscode.l10n.t('The text "{0}" is not in the library: its file was removed or changed its key.', passage?.work ?? ''));
    return [];
  }
  const n = passage?.locator.kind === 'paragraphs' ? passage.locator.first : passage ? undefined : await pickParagraph(work);
  if (passage && n === undefined) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Choose a paragraph, not a section: citations point to paragraphs.'));
    return [];
  }
  if (n === undefined) return [];
  const label = paragraphLabel(n, n);
  const places = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Finding citations of {0}…', label), cancellable: false },
    () => citationsOfParagraph(work, n, undefined, work === services.work()),
  );
  const locations = places.map((p) => p.location);
  const show = !(typeof options === 'object' && options !== null && (options as { show?: unknown }).show === false);
  if (!show) return locations;
  if (locations.length === 0) {
    const inFolder = (vscode.workspace.workspaceFolders?.length ?? 0) > 0;
    const bundled = work === services.work();
    const message = inFolder
      ? bundled ? vscode.l10n.t('Nothing in the workspace cites {0} of the text.', label) : vscode.l10n.t('Nothing in the workspace cites {0} of “{1}”.', label, work.record.title)
      : bundled ? vscode.l10n.t('Nothing in the open documents (open a folder to search its files too) cites {0} of the text.', label)
        : vscode.l10n.t('Nothing in the open documents (open a folder to search its files too) cites {0} of “{1}”.', label, work.record.title);
    void vscode.window.showInformationMessage(message);
    return locations;
  }
  const items: LocationPick[] = places.map(({ location, line: text }) => {
    const line = text.trim();
    return {
      label: `${vscode.workspace.asRelativePath(location.uri)}:${location.range.start.line + 1}`,
      detail: line.length > 160 ? `${line.slice(0, 159)}…` : line,
      location,
    };
  });
  void vscode.window.showQuickPick(items, { title: vscode.l10n.t('Citations of {0} ({1})', label, locations.length), matchOnDetail: true }).then(async (picked) => {
    if (!picked) return;
    const editor = await vscode.window.showTextDocument(picked.location.uri, { selection: picked.location.range });
    editor.revealRange(picked.location.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  });
  return locations;
}

type ParagraphPick = vscode.QuickPickItem & { readonly n: number };

function sectionOf(work: Work, id: string): string | undefined {
  const section = work.sections.find((s) => s.id === id);
  return section && sectionName(section);
}

async function pickParagraph(work: Work): Promise<number | undefined> {
  const items: ParagraphPick[] = work.paragraphs.map((p) => ({
    label: paragraphLabel(p.number, p.number),
    description: sectionOf(work, p.sectionId),
    detail: p.text.length > 140 ? `${p.text.slice(0, 139)}…` : p.text,
    n: p.number,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: vscode.l10n.t('Find Citations of a Paragraph'), placeHolder: vscode.l10n.t('Which paragraph?'), matchOnDetail: true });
  return picked?.n;
}
