import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { findUnlocalized } from './unlocalized';

const ROOT = path.join(__dirname, '../../..');

function adapterFiles(): string[] {
  const dir = path.join(ROOT, 'src/vscode');
  return [...fs.readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => path.join(dir, f)), path.join(ROOT, 'src/extension.ts')];
}

describe('Words shown by VS Code', () => {
  it('go through vscode.l10n.t in every adapter', function () {
    this.timeout(20000);
    const offenders = adapterFiles().flatMap((file) =>
      findUnlocalized(file, fs.readFileSync(file, 'utf8')).map((u) => `${path.relative(ROOT, file)}:${u.line} (${u.where}): ${u.text}`));
    assert.deepEqual(offenders, [], `wrap these in vscode.l10n.t('…'), then run npm run l10n:\n${offenders.join('\n')}`);
  });

  it('are found in messages, pickers, tree items, diagnostics and code actions when written in place', () => {
    const source = [
      "vscode.window.showInformationMessage('Nothing was inserted.');",
      "vscode.window.showWarningMessage(vscode.l10n.t('Fine'), 'Open Setting');",
      "vscode.window.showQuickPick(items, { title: `Citations of ${label}`, placeHolder: vscode.l10n.t('Which?') });",
      "const item = new vscode.TreeItem(ok ? 'Paragraph' : label);",
      "const d = new vscode.Diagnostic(range, 'Misquotation of para. 4', level);",
      "const a = new vscode.CodeAction(vscode.l10n.t('Ignore this quotation'), kind);",
      "pick.placeholder = 'Type words';",
      "item.text = `$(check) ${count}`;",
      "item.tooltip = `${a} · ${b}`;",
    ].join('\n');
    assert.deepEqual(findUnlocalized('sample.ts', source).map((u) => [u.line, u.text]), [
      [1, "'Nothing was inserted.'"],
      [2, "'Open Setting'"],
      [3, '`Citations of ${label}`'],
      [4, "'Paragraph'"],
      [5, "'Misquotation of para. 4'"],
      [7, "'Type words'"],
    ]);
  });
});
