import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DOCUMENT_KINDS, type DocumentKind } from '../../src/core/kinds';

const ROOT = path.join(__dirname, '../../..');

const NAMING: Record<DocumentKind['bibliography'], string> = {
  'front-matter': '`bibliography:` in the YAML header',
  latex: '`\\addbibresource{…}`, `\\bibliography{…}`',
  typst: '`#bibliography("…")`',
  org: '`#+bibliography:`',
  none: '—',
};

/** `text` as a code span: fenced by more backticks than it holds in a row, padded when it starts or ends with one. */
function span(text: string): string {
  const longest = Math.max(0, ...Array.from(text.matchAll(/`+/g), (m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`;
}
const code = (items: readonly string[]) => (items.length ? items.map(span).join(', ') : '—');

/** The table of document kinds as docs/kinds.md shows it, one row per kind. */
export function kindsTable(): string {
  const rows = DOCUMENT_KINDS.map((k) => [
    k.name,
    code(k.languageIds),
    code(k.extensions.map((e) => `.${e}`)),
    code([...k.quotations.block, ...k.quotations.commands]),
    code([...k.mask.code, ...k.mask.raw, ...(k.mask.frontMatter ? ['front matter'] : [])]),
    k.citations.keys ? `${k.citations.keys.processor}: \`${k.citations.keys.example}\`` : 'formatted only',
    span(k.citations.notes),
    NAMING[k.bibliography],
    span(k.suppression('cpc-relations-ignore')),
    k.checkedAs ? `yes, as ${k.checkedAs}` : 'not yet',
  ]);
  const header = ['Kind', 'Language ids', 'Extensions', 'Block quotations and quoting commands', 'Not read (masked)', 'Citation keys', 'Notes', 'Bibliography named by', 'Suppression comment', 'Checked'];
  return [header, header.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
}

describe('docs/kinds.md', () => {
  it('shows the table of document kinds as the code has it', () => {
    const doc = fs.readFileSync(path.join(ROOT, 'docs/kinds.md'), 'utf8');
    assert.ok(doc.includes(`${kindsTable()}\n`), `docs/kinds.md should hold:\n${kindsTable()}`);
  });
});
