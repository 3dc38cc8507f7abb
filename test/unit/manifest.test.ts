import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { activationEvents, DOCUMENT_KINDS } from '../../src/core/kinds';
import { Commands } from '../../src/vscode/commands';

const ROOT = path.join(__dirname, '../../..');
const nls: Record<string, string> = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.nls.json'), 'utf8'));
/** The manifest as VS Code shows it in English: every %key% replaced by its words in package.nls.json. */
const manifest = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'), (_, value: unknown) => {
  const key = typeof value === 'string' ? /^%([^%\s]+)%$/.exec(value)?.[1] : undefined;
  return key !== undefined && key in nls ? nls[key] : value;
});
const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');
const INTERNAL = new Set<string>([Commands.revealInTree]);

interface Contributed {
  command: string;
  title: string;
  category?: string;
}

describe('The manifest', () => {
  const commands: Contributed[] = manifest.contributes.commands;
  const settings: Record<string, { description?: string; markdownDescription?: string }> = manifest.contributes.configuration.properties;

  it('declares every command the code registers, and no other', () => {
    const inCode = Object.values(Commands).filter((id) => !INTERNAL.has(id)).sort();
    assert.deepEqual(commands.map((c) => c.command).sort(), inCode);
  });

  it('gives every command the extension\'s category', () => {
    for (const c of commands) assert.equal(c.category, 'CPC Relations', c.command);
  });

  it('prefixes and describes every setting', () => {
    for (const [key, schema] of Object.entries(settings)) {
      assert.match(key, /^cpcRelations\./);
      assert.ok(schema.description || schema.markdownDescription, `${key} has a description`);
    }
  });

  it('activates on the language of every document kind, and on no other', () => {
    const languages = (manifest.activationEvents as string[]).filter((e) => e.startsWith('onLanguage:'));
    assert.deepEqual(languages, activationEvents());
    for (const kind of DOCUMENT_KINDS) for (const id of kind.languageIds) assert.ok(languages.includes(`onLanguage:${id}`), `${kind.name}: onLanguage:${id}`);
  });

  it('names only menu and keybinding commands that exist', () => {
    const ids = new Set(commands.map((c) => c.command));
    const menuEntries = Object.values(manifest.contributes.menus as Record<string, { command: string }[]>).flat();
    for (const entry of [...menuEntries, ...manifest.contributes.keybindings]) assert.ok(ids.has(entry.command), entry.command);
  });
});

describe('The README', () => {
  it('lists every command by its title', () => {
    for (const c of manifest.contributes.commands as Contributed[]) assert.ok(readme.includes(c.title), `README mentions "${c.title}"`);
  });

  it('lists every setting', () => {
    for (const key of Object.keys(manifest.contributes.configuration.properties)) assert.ok(readme.includes(`\`${key}\``), `README mentions ${key}`);
  });

  it('lists every keybinding and the view', () => {
    for (const k of manifest.contributes.keybindings as { key: string }[]) {
      const shown = k.key.split('+').map((part) => part[0].toUpperCase() + part.slice(1)).join('+');
      assert.ok(readme.includes(shown), `README mentions ${shown}`);
    }
    for (const view of Object.values(manifest.contributes.views as Record<string, { name: string }[]>).flat()) assert.ok(readme.includes(view.name));
  });

  it('gives the two commands on its first screen', () => {
    const firstScreen = readme.split('\n').slice(0, 30).join('\n');
    assert.ok(firstScreen.includes('npm start') && firstScreen.includes('npm test'));
  });
});

describe('The README\'s citation decisions', () => {
  const docs = fs.readFileSync(path.join(ROOT, 'docs/citations.md'), 'utf8');
  const body = (text: string, heading: RegExp) => {
    const start = text.search(heading);
    assert.ok(start >= 0, `found ${heading}`);
    const rest = text.slice(start).replace(heading, '');
    const end = rest.search(/\n##+ /);
    return (end >= 0 ? rest.slice(0, end) : rest).trim();
  };

  it('repeat docs/citations.md word for word', () => {
    assert.equal(body(readme, /^### Decisions\n/m), body(docs, /^## Decisions\n/m));
    assert.equal(body(readme, /^### Deviations from citeproc\n/m), body(docs, /^## Deviations from citeproc\n/m));
  });
});
