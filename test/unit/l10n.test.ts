import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ENGLISH, SIMPLIFIED_CHINESE, type Messages } from '../../src/core/messages';

const ROOT = path.join(__dirname, '../../..');
const json = (file: string): Record<string, string> => JSON.parse(fs.readFileSync(path.join(ROOT, file), 'utf8'));

const TABLES = [
  { english: 'package.nls.json', chinese: 'package.nls.zh-cn.json' },
  { english: 'l10n/bundle.l10n.json', chinese: 'l10n/bundle.l10n.zh-cn.json' },
];

/**
 * Values a Chinese reader sees as they are: the extension's name, and an
 * example citation in English (citations follow the document, not the
 * interface).
 */
const KEPT_AS_IS = new Set(['CPC Relations', '(“Outstanding Results,” 2007, para. 4)']);

const CJK = /[\u3400-\u9fff]/;
const PLACEHOLDERS = /\{\d+\}|\{[a-zA-Z]+\}|`[^`]*`|\(command:[^)]*\)|#[\w.]+#/g;

/** Each string of the interface with its translation, from every table and from the core's catalogue. */
function pairs(): { where: string; english: string; chinese: string }[] {
  const found = TABLES.flatMap(({ english, chinese }) => {
    const en = json(english);
    const zh = json(chinese);
    return Object.keys(en).filter((k) => k in zh).map((k) => ({ where: `${chinese}: ${k}`, english: en[k], chinese: zh[k] }));
  });
  return [...found, ...catalogue(ENGLISH, SIMPLIFIED_CHINESE)];
}

/** Arguments for the catalogue's entries that take more than words. */
const SAMPLE_ARGUMENTS: Readonly<Record<string, readonly unknown[]>> = {
  span: [{ first: 1, last: 2 }],
  misquotation: ['A', ['B', 'C'], 2],
  hiddenCharacters: [['U+200B ZERO WIDTH SPACE'], 2, true],
  removeHidden: [2],
  notFoundRewritten: ['A', 3, 9, 'B'],
  noSuchLocator: ['A', 'B', 13],
  checkedKinds: [['Markdown (.md)', 'LaTeX (.tex)']],
  eitherOf: [['“A”', '“B”']],
  sentenceAt: ['¶ 4', 1],
  mustBeOneOf: ['--style', ['apa', 'mla'], 'A', 'mla'],
  wholeNumber: ['--limit', 1, 9, 'A'],
  askDifferent: [['--quote', '--short']],
  notAParagraph: ['A', 13],
  notAmongParagraphs: [13, 'A'],
  occurrences: [2],
  'cite.usage': [['apa', 'mla'], ['markdown', 'latex'], ['bibtex', 'ris']],
  'search.usage': [1000],
  'notes.usage': [['apa', 'mla'], ['markdown', 'latex']],
  'concordance.usage': [40],
  headingLevel: [3],
  pageNotPositive: [0],
  pageGoesDown: [3, 4],
  duplicateKey: ['A', 'B', 3],
  'yaml.duplicateKey': ['A'],
  nestedTooDeep: [8],
  braceNotClosed: [3],
  closesNothing: [3],
  italicsNotClosed: [3],
  bytes: [512],
  source: ['*A*', 'B', 'C', 'D', 2011],
  idUsed: ['A', 3],
  unknownKeys: [['a', 'b'], ['id', 'text']],
  'notes.wholeNumber': ['A', 1],
  colourOneOf: [['yellow', 'green']],
  unplacedNote: ['A', 'B', 4, 'C'],
  entryNotClosed: ['A', '}', true],
};

/** The core's catalogue, every entry said in both languages with the same made-up arguments. */
function catalogue(en: Messages, zh: Messages): { where: string; english: string; chinese: string }[] {
  const said: { where: string; english: string; chinese: string }[] = [];
  const walk = (a: unknown, b: unknown, where: string) => {
    if (typeof a === 'string') said.push({ where, english: a, chinese: String(b) });
    else if (typeof a === 'function') {
      const args = SAMPLE_ARGUMENTS[where.split('.').slice(-2).join('.')] ?? SAMPLE_ARGUMENTS[where.slice(where.lastIndexOf('.') + 1)] ?? ['A', 'B', 'C', 'D'];
      said.push({ where, english: (a as (...x: unknown[]) => string)(...args), chinese: (b as (...x: unknown[]) => string)(...args) });
    } else if (typeof a === 'object' && a !== null) {
      for (const key of Object.keys(a)) if (key !== 'difference' && key !== 'unplaced') walk((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${where}.${key}`);
    }
  };
  walk(en.check, zh.check, 'check');
  walk(en.search, zh.search, 'search');
  walk(en.cli, zh.cli, 'cli');
  walk(en.parse, zh.parse, 'parse');
  walk(en.template, zh.template, 'template');
  walk(en.reader, zh.reader, 'reader');
  walk(en.notes, zh.notes, 'notes');
  walk(en.bib, zh.bib, 'bib');
  for (const reason of [{ kind: 'textNotInLibrary', text: 'A' }, { kind: 'noWords' }, { kind: 'wordsGone', words: 'A', title: 'B' }] as const) {
    said.push({ where: `notes.unplaced ${reason.kind}`, english: en.notes.unplaced(reason), chinese: zh.notes.unplaced(reason) });
  }
  for (const kind of ['changed', 'punctuation', 'left-out-after', 'left-out-before', 'not-in-text'] as const) {
    const d = { kind, quoted: 'A', wording: 'B', missing: 'C', anchor: 'D' };
    said.push({ where: `check.difference ${kind}`, english: en.check.difference(d), chinese: zh.check.difference(d) });
  }
  return said;
}

describe('The Chinese interface', () => {
  for (const { english, chinese } of TABLES) {
    it(`translates every key of ${english}, and no key it lacks`, () => {
      const en = Object.keys(json(english));
      const zh = Object.keys(json(chinese));
      assert.deepEqual(en.filter((k) => !zh.includes(k)), [], `${chinese} lacks these keys`);
      assert.deepEqual(zh.filter((k) => !en.includes(k)), [], `${chinese} has keys ${english} no longer has`);
    });
  }

  it('leaves no English in a translation, but for the names kept as they are', () => {
    const english = pairs().filter(({ chinese }) => !CJK.test(chinese) && /\p{L}{2}/u.test(chinese.replace(PLACEHOLDERS, '')) && !KEPT_AS_IS.has(chinese));
    assert.deepEqual(english.map((p) => `${p.where}: ${p.chinese}`), []);
  });

  it('keeps every placeholder, code span and command link of the English', () => {
    const broken = pairs().filter(({ english, chinese }) => {
      const marks = (s: string) => (s.match(PLACEHOLDERS) ?? []).sort().join(' ');
      return marks(english) !== marks(chinese);
    });
    assert.deepEqual(broken.map((p) => `${p.where}: ${p.english} → ${p.chinese}`), []);
  });

  it('has a Chinese page beside every page of the walkthrough, with as many headings, table rows and code blocks', () => {
    const dir = path.join(ROOT, 'media/walkthrough');
    const pages = fs.readdirSync(dir).filter((f) => f.endsWith('.md') && !f.includes('.nls.'));
    assert.ok(pages.length >= 5, pages.join(', '));
    const shape = (text: string) => [/^#+ /gm, /^\|/gm, /^```/gm].map((re) => (text.match(re) ?? []).length);
    for (const page of pages) {
      const translated = path.join(dir, page.replace(/\.md$/, '.nls.zh-cn.md'));
      assert.ok(fs.existsSync(translated), `${page} has ${path.basename(translated)}`);
      const zh = fs.readFileSync(translated, 'utf8');
      assert.match(zh, CJK, path.basename(translated));
      assert.deepEqual(shape(zh), shape(fs.readFileSync(path.join(dir, page), 'utf8')), page);
    }
  });

  it('finds an English value left in a translation table', () => {
    // The check above, on a table with one string left untranslated.
    const left = [{ english: 'Insert Citation', chinese: 'Insert Citation' }, { english: 'Copy', chinese: '复制' }];
    assert.deepEqual(left.filter(({ chinese }) => !CJK.test(chinese) && /\p{L}{2}/u.test(chinese) && !KEPT_AS_IS.has(chinese)).map((p) => p.english), ['Insert Citation']);
  });
});

describe('The glossary', () => {
  interface Term { english: string; chinese: string; strict: boolean; avoid: string[] }
  const terms: Term[] = fs.readFileSync(path.join(ROOT, 'docs/glossary.md'), 'utf8').split('\n')
    .filter((line) => line.startsWith('| ') && !line.startsWith('| English') && !line.startsWith('| ---'))
    .map((line) => line.split('|').slice(1, -1).map((cell) => cell.trim()))
    .map(([english, chinese, strict, avoid]) => ({
      english: english.replace(/\s*\(.*\)$/, ''),
      chinese,
      strict: strict === '✓',
      avoid: avoid ? avoid.split(/,\s*/) : [],
    }));

  it('lists the terms', () => {
    assert.ok(terms.length >= 20, `${terms.length} terms`);
    for (const t of terms) assert.match(t.chinese, CJK, t.english);
  });

  it('is followed: a translation of a string with a term uses its Chinese word', () => {
    const all = pairs();
    const strays: string[] = [];
    for (const term of terms.filter((t) => t.strict)) {
      // "quotation marks" are 引号, not quotations.
      const word = new RegExp(`\\b${term.english}s?\\b(?! marks?)`, 'i');
      // Setting ids ("cpcRelations.citation.key") are names, not words.
      for (const p of all) if (word.test(p.english.replace(PLACEHOLDERS, '').replace(/cpcRelations\.[\w.]+/g, '')) && !p.chinese.includes(term.chinese)) strays.push(`${term.english} → ${term.chinese}: ${p.where}: ${p.chinese}`);
    }
    assert.deepEqual(strays, []);
  });

  it('is followed: no translation uses a word it avoids', () => {
    const walkthrough = path.join(ROOT, 'media/walkthrough');
    const pages = fs.readdirSync(walkthrough).filter((f) => f.endsWith('.nls.zh-cn.md')).map((f) => fs.readFileSync(path.join(walkthrough, f), 'utf8'));
    const sources = [...TABLES.map((t) => fs.readFileSync(path.join(ROOT, t.chinese), 'utf8')), fs.readFileSync(path.join(ROOT, 'src/core/messages/zhCn.ts'), 'utf8'), ...pages];
    const used = terms.flatMap((t) => t.avoid.filter((word) => sources.some((s) => s.includes(word))).map((word) => `${word} (use ${t.chinese})`));
    assert.deepEqual(used, []);
  });
});

describe('The translation tables', () => {
  it('hold every string the code passes to vscode.l10n.t', function () {
    this.timeout(60_000);
    const out = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-l10n-'));
    try {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'node_modules/@vscode/l10n-dev/dist/cli.js'), 'export', '--outDir', out, path.join(ROOT, 'src')], { encoding: 'utf8' });
      assert.equal(run.status, 0, run.stderr);
      const extracted = Object.keys(JSON.parse(fs.readFileSync(path.join(out, 'bundle.l10n.json'), 'utf8')));
      const bundled = Object.keys(json('l10n/bundle.l10n.json'));
      assert.deepEqual(extracted.filter((k) => !bundled.includes(k)), [], 'run npm run l10n');
      assert.deepEqual(bundled.filter((k) => !extracted.includes(k)), [], 'run npm run l10n');
    } finally {
      fs.rmSync(out, { recursive: true, force: true });
    }
  });

  it('leave no user-facing string of package.json outside package.nls.json', function () {
    this.timeout(20_000);
    const run = spawnSync(process.execPath, [path.join(ROOT, 'scripts/l10n-manifest.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const nls = json('package.nls.json');
    const keys = [...fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8').matchAll(/"%([^%\s"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 50, `${keys.length} keys`);
    assert.deepEqual(keys.filter((k) => !(k in nls)), []);
  });
});
