/**
 * "Make This File a Text…": turns the open Markdown or plain-text file into
 * a text of the library. It asks for the record (type with a picker; title,
 * authors, date, publisher and the rest with input boxes), shows the front
 * matter it will write, and writes it at the top of the file, as an edit the
 * writer can undo, only once they confirm.
 */
import * as vscode from 'vscode';
import { RECORD_TYPES, type RecordType } from '../core/model';
import { parseText } from '../core/parse';
import { frontMatterOf, suggestKey, type RecordFields } from '../core/recordYaml';
import { TEXTS_SETTING, textPatterns } from './library';
import type { Services } from './services';

const TYPE_LABELS: Readonly<Record<RecordType, string>> = {
  book: 'Book',
  chapter: 'Chapter in an edited book',
  'article-journal': 'Journal article',
  webpage: 'Web page',
  speech: 'Speech',
  report: 'Official document or report (a white paper, say)',
};

/**
 * Answers given in advance, for scripts and tests: the command then asks
 * nothing, and writes only if `confirm` is true.
 */
export interface MakeTextAnswers extends Partial<RecordFields> {
  readonly confirm?: boolean;
}

const DATE = /^\d{4}(?:-\d{2}(?:-\d{2})?)?$/;

export async function makeThisFileAText(services: Services, argument?: unknown, given?: MakeTextAnswers): Promise<boolean> {
  const uri = argument instanceof vscode.Uri ? argument : services.writerEditor()?.document.uri;
  const document = uri && (await vscode.workspace.openTextDocument(uri));
  if (!document || !['markdown', 'plaintext'].includes(document.languageId)) {
    void vscode.window.showInformationMessage('Open a Markdown or plain-text file to make it a text: its body becomes the text, its front matter the record.');
    return false;
  }
  if (/^\ufeff?---\s*$/m.test(document.lineAt(0).text)) {
    void vscode.window.showInformationMessage('This file already has front matter: add the record to it by hand (see "Your own texts" in the README), or remove it and run the command again.');
    return false;
  }
  const fields = given ? fromAnswers(given) : await ask(document);
  if (!fields) return false;
  const frontMatter = frontMatterOf(fields);
  const name = vscode.workspace.asRelativePath(document.uri);
  const checked = parseText(frontMatter + document.getText(), name);
  if (!checked.ok) {
    void vscode.window.showWarningMessage(`The file would not make a text: ${checked.problems.map((p) => `line ${p.line}: ${p.message}`).join('; ')}. Nothing was written.`);
    return false;
  }
  const confirmed = given
    ? given.confirm === true
    : (await vscode.window.showInformationMessage(`Write this record at the top of ${name}?`, { modal: true, detail: frontMatter.trimEnd() }, 'Write')) === 'Write';
  if (!confirmed) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), document.eol === vscode.EndOfLine.CRLF ? frontMatter.replace(/\n/g, '\r\n') : frontMatter);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(`${name} could not be changed (is it read-only?): nothing was written.`);
    return false;
  }
  await document.save();
  const found = textPatterns().some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  if (found) {
    await services.texts.reload();
    void vscode.window.showInformationMessage(`“${fields.title}” is now a text of the library, cited as ${fields.key}.`);
  } else {
    const add = 'Add to the Setting';
    const answer = await vscode.window.showInformationMessage(`${name} has its record, but ${TEXTS_SETTING} does not find it: rename it to end in .text.md, or add it to the setting.`, add);
    if (answer === add) {
      const config = vscode.workspace.getConfiguration();
      await config.update(TEXTS_SETTING, [...textPatterns(), name], vscode.ConfigurationTarget.Workspace);
    }
  }
  return true;
}

function fromAnswers(given: MakeTextAnswers): RecordFields | undefined {
  if (!given.title || !given.type || !given.issued) return undefined;
  const authors = given.authors ?? [];
  return { ...given, title: given.title, type: given.type, issued: given.issued, authors, key: given.key || suggestKey({ authors, issued: given.issued, title: given.title }) };
}

async function ask(document: vscode.TextDocument): Promise<RecordFields | undefined> {
  const title = 'Make This File a Text';
  const picked = await vscode.window.showQuickPick(RECORD_TYPES.map((type) => ({ label: TYPE_LABELS[type], description: type, type })), { title: `${title} (1/4): what is it?`, placeHolder: 'The type of the record' });
  if (!picked) return undefined;
  const type = picked.type;
  const heading = /^#\s+(.+)$/m.exec(document.getText(new vscode.Range(0, 0, 50, 0)))?.[1]?.trim();
  const textTitle = await vscode.window.showInputBox({ title: `${title} (2/4): title`, value: heading ?? '', prompt: 'The title, as the text gives it', validateInput: (v) => (v.trim() ? undefined : 'A text needs a title') });
  if (textTitle === undefined) return undefined;
  const authorsText = await vscode.window.showInputBox({ title: `${title} (3/4): authors`, prompt: 'Authors separated by semicolons: "Family, Given" for a person, the name alone for an organisation; empty for none', placeHolder: 'Zhong, Lianyan; State Council Information Office' });
  if (authorsText === undefined) return undefined;
  const issued = await vscode.window.showInputBox({ title: `${title} (4/4): date`, prompt: 'When it was published: 2011, 2011-09 or 2011-09-17', validateInput: (v) => (DATE.test(v.trim()) ? undefined : 'A year, or year-month, or year-month-day: 2011, 2011-09, 2011-09-17') });
  if (issued === undefined) return undefined;
  const authors = authorsText.split(';').map((a) => a.trim()).filter(Boolean);
  const more = (prompt: string, required: boolean) => vscode.window.showInputBox({ title: `${title}: ${prompt}`, prompt: required ? `${prompt} (needed for this type)` : `${prompt} (optional: leave empty)`, validateInput: (v) => (required && !v.trim() ? 'This type of record needs it' : undefined) });
  const extra: { publisher?: string; place?: string; containerTitle?: string; url?: string } = {};
  if (type === 'chapter' || type === 'article-journal') {
    const container = await more(type === 'chapter' ? 'Title of the book holding it' : 'Title of the journal', true);
    if (container === undefined) return undefined;
    extra.containerTitle = container.trim();
  }
  if (type === 'webpage') {
    const url = await more('Address (URL)', true);
    if (url === undefined) return undefined;
    extra.url = url.trim();
  }
  if (type !== 'webpage' && type !== 'article-journal') {
    const publisher = await more('Publisher', type === 'book' || type === 'chapter');
    if (publisher === undefined) return undefined;
    extra.publisher = publisher.trim();
    const place = await more('Place of publication', type === 'chapter');
    if (place === undefined) return undefined;
    extra.place = place.trim();
  }
  const suggested = suggestKey({ authors, issued: issued.trim(), title: textTitle.trim() });
  const key = await vscode.window.showInputBox({ title: `${title}: citation key`, value: suggested, prompt: 'The key citations name it by ([@key], \\cite{key})', validateInput: (v) => (/^[A-Za-z0-9_:.-]+$/.test(v.trim()) ? undefined : 'Letters, digits and _ : . - only') });
  if (key === undefined) return undefined;
  return { key: key.trim(), type, title: textTitle.trim(), authors, issued: issued.trim(), ...extra };
}
