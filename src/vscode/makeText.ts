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

/** The record types as the picker names them, in the interface's language. */
const typeLabels = (): Readonly<Record<RecordType, string>> => ({
  book: vscode.l10n.t('Book'),
  chapter: vscode.l10n.t('Chapter in an edited book'),
  'article-journal': vscode.l10n.t('Journal article'),
  webpage: vscode.l10n.t('Web page'),
  speech: vscode.l10n.t('Speech'),
  report: vscode.l10n.t('Official document or report (a white paper, say)'),
});

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
    void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown or plain-text file to make it a text: its body becomes the text, its front matter the record.'));
    return false;
  }
  if (/^\ufeff?---\s*$/m.test(document.lineAt(0).text)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('This file already has front matter: add the record to it by hand (see "Your own texts" in the README), or remove it and run the command again.'));
    return false;
  }
  const fields = given ? fromAnswers(given) : await ask(document);
  if (!fields) return false;
  const frontMatter = frontMatterOf(fields);
  const name = vscode.workspace.asRelativePath(document.uri);
  const checked = parseText(frontMatter + document.getText(), name);
  if (!checked.ok) {
    void vscode.window.showWarningMessage(vscode.l10n.t('The file would not make a text: {0}. Nothing was written.', checked.problems.map((p) => vscode.l10n.t('line {0}: {1}', p.line, p.message)).join('; ')));
    return false;
  }
  const confirmed = given
    ? given.confirm === true
    : await confirmWrite(name, frontMatter);
  if (!confirmed) return false;
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), document.eol === vscode.EndOfLine.CRLF ? frontMatter.replace(/\n/g, '\r\n') : frontMatter);
  if (!(await vscode.workspace.applyEdit(edit))) {
    void vscode.window.showWarningMessage(vscode.l10n.t('{0} could not be changed (is it read-only?): nothing was written.', name));
    return false;
  }
  await document.save();
  const found = textPatterns().some((pattern) => vscode.languages.match({ pattern }, document) > 0);
  if (found) {
    await services.texts.reload();
    void vscode.window.showInformationMessage(vscode.l10n.t('“{0}” is now a text of the library, cited as {1}.', fields.title, fields.key));
  } else {
    const add = vscode.l10n.t('Add to the Setting');
    const answer = await vscode.window.showInformationMessage(vscode.l10n.t('{0} has its record, but {1} does not find it: rename it to end in .text.md, or add it to the setting.', name, TEXTS_SETTING), add);
    if (answer === add) {
      const config = vscode.workspace.getConfiguration();
      await config.update(TEXTS_SETTING, [...textPatterns(), name], vscode.ConfigurationTarget.Workspace);
    }
  }
  return true;
}

async function confirmWrite(name: string, frontMatter: string): Promise<boolean> {
  const write = vscode.l10n.t('Write');
  const answer = await vscode.window.showInformationMessage(vscode.l10n.t('Write this record at the top of {0}?', name), { modal: true, detail: frontMatter.trimEnd() }, write);
  return answer === write;
}

function fromAnswers(given: MakeTextAnswers): RecordFields | undefined {
  if (!given.title || !given.type || !given.issued) return undefined;
  const authors = given.authors ?? [];
  return { ...given, title: given.title, type: given.type, issued: given.issued, authors, key: given.key || suggestKey({ authors, issued: given.issued, title: given.title }) };
}

async function ask(document: vscode.TextDocument): Promise<RecordFields | undefined> {
  const labels = typeLabels();
  const picked = await vscode.window.showQuickPick(RECORD_TYPES.map((type) => ({ label: labels[type], description: type, type })), { title: vscode.l10n.t('Make This File a Text (1/4): what is it?'), placeHolder: vscode.l10n.t('The type of the record') });
  if (!picked) return undefined;
  const type = picked.type;
  const heading = /^#\s+(.+)$/m.exec(document.getText(new vscode.Range(0, 0, 50, 0)))?.[1]?.trim();
  const textTitle = await vscode.window.showInputBox({ title: vscode.l10n.t('Make This File a Text (2/4): title'), value: heading ?? '', prompt: vscode.l10n.t('The title, as the text gives it'), validateInput: (v) => (v.trim() ? undefined : vscode.l10n.t('A text needs a title')) });
  if (textTitle === undefined) return undefined;
  const authorsText = await vscode.window.showInputBox({ title: vscode.l10n.t('Make This File a Text (3/4): authors'), prompt: vscode.l10n.t('Authors separated by semicolons: "Family, Given" for a person, the name alone for an organisation; empty for none'), placeHolder: vscode.l10n.t('Zhong, Lianyan; State Council Information Office') });
  if (authorsText === undefined) return undefined;
  const issued = await vscode.window.showInputBox({ title: vscode.l10n.t('Make This File a Text (4/4): date'), prompt: vscode.l10n.t('When it was published: 2011, 2011-09 or 2011-09-17'), validateInput: (v) => (DATE.test(v.trim()) ? undefined : vscode.l10n.t('A year, or year-month, or year-month-day: 2011, 2011-09, 2011-09-17')) });
  if (issued === undefined) return undefined;
  const authors = authorsText.split(';').map((a) => a.trim()).filter(Boolean);
  const more = (prompt: string, required: boolean) => vscode.window.showInputBox({
    title: vscode.l10n.t('Make This File a Text: {0}', prompt),
    prompt: required ? vscode.l10n.t('{0} (needed for this type)', prompt) : vscode.l10n.t('{0} (optional: leave empty)', prompt),
    validateInput: (v) => (required && !v.trim() ? vscode.l10n.t('This type of record needs it') : undefined),
  });
  const extra: { publisher?: string; place?: string; containerTitle?: string; url?: string } = {};
  if (type === 'chapter' || type === 'article-journal') {
    const container = await more(type === 'chapter' ? vscode.l10n.t('Title of the book holding it') : vscode.l10n.t('Title of the journal'), true);
    if (container === undefined) return undefined;
    extra.containerTitle = container.trim();
  }
  if (type === 'webpage') {
    const url = await more(vscode.l10n.t('Address (URL)'), true);
    if (url === undefined) return undefined;
    extra.url = url.trim();
  }
  if (type !== 'webpage' && type !== 'article-journal') {
    const publisher = await more(vscode.l10n.t('Publisher'), type === 'book' || type === 'chapter');
    if (publisher === undefined) return undefined;
    extra.publisher = publisher.trim();
    const place = await more(vscode.l10n.t('Place of publication'), type === 'chapter');
    if (place === undefined) return undefined;
    extra.place = place.trim();
  }
  const suggested = suggestKey({ authors, issued: issued.trim(), title: textTitle.trim() });
  const key = await vscode.window.showInputBox({ title: vscode.l10n.t('Make This File a Text: citation key'), value: suggested, prompt: vscode.l10n.t('The key citations name it by ([@key], \\cite{key})'), validateInput: (v) => (/^[A-Za-z0-9_:.-]+$/.test(v.trim()) ? undefined : vscode.l10n.t('Letters, digits and _ : . - only')) });
  if (key === undefined) return undefined;
  return { key: key.trim(), type, title: textTitle.trim(), authors, issued: issued.trim(), ...extra };
}
