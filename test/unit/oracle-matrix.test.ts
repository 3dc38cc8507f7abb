import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { citedWork, cslItem, referenceList, render, STYLE_IDS, STYLES, yearSuffixes, type CitationStyle, type CitedWork, type Pinpoint, type StyleId } from '../../src/core/cite';
import { formatProblem, parseText } from '../../src/core/parse';
import { CSL, CSL_DIR, INSTALL, pandocReady } from './citeproc';

/**
 * The oracle on a matrix of records: a book by one, two, three and four
 * authors, an organisation's white paper, a chapter with an author in a
 * book by two editors, an edited book, a translated book with no author,
 * a translated
 * book, two journal articles by one author in one year, a web page and a
 * speech (test/fixtures/records), each in every style, against pandoc's
 * citeproc with the CSL styles Debian ships. The bundled chapter is the
 * subject of oracle.test.ts. Where we differ from citeproc on purpose,
 * docs/citations.md lists it in its table of deviations on other records,
 * which this test reads and applies.
 */
const ROOT = path.join(__dirname, '../../..');
const FIXTURES = path.join(ROOT, 'test/fixtures/records');
const FORMS = ['reference', 'parenthetical', 'narrative', 'range'] as const;
type Form = (typeof FORMS)[number];

function library(): CitedWork[] {
  const works = fs.readdirSync(FIXTURES).sort().map((name) => {
    const result = parseText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name);
    if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
    return result.work;
  });
  const suffixes = yearSuffixes(works.map((w) => w.record));
  return works.map((w) => citedWork(w, w.record.key, suffixes.get(w.record.key)));
}

const page: Pinpoint = { kind: 'pages', first: 23, last: 23 };
const pages: Pinpoint = { kind: 'pages', first: 23, last: 24 };

/**
 * The test document: every work cited with a page first (a note style's full
 * note), then named in the sentence, then with two pages (a short note, not
 * next to the full one, so that citeproc writes the short form and not the
 * one for a note that follows its own work).
 */
function document(works: readonly CitedWork[], style: CitationStyle): string {
  const lines = [
    ...works.map((w) => `${w.key}|parenthetical [@${w.key}, p. 23]`),
    ...works.map((w) => `${w.key}|narrative ${style.notes ? `@${w.key}` : `@${w.key} [p. 23]`}`),
    ...works.map((w) => `${w.key}|range [@${w.key}, pp. 23–24]`),
  ];
  return `${lines.join('\n\n')}\n\n# References\n`;
}

/** citeproc's forms by record and form, from pandoc's CommonMark. */
function readCiteproc(output: string, style: CitationStyle): Map<string, string> {
  const text = output.replace(/<\/?span[^>]*>/g, '').replace(/\\([[\]*_\\.])/g, '$1').replace(/\u00a0/g, ' ').replace(/<(https?:\/\/[^>]+)>/g, '$1').replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1');
  const lines = text.split('\n');
  const notes = new Map(lines.map((l) => /^\[(\d+)\] (.*)$/.exec(l)).filter((m) => m !== null).map((m) => [Number(m[1]), m[2]]));
  const found = new Map<string, string>();
  for (const line of lines) {
    const cited = /^([\w:-]+)\|(\w+)(.*)$/.exec(line);
    if (cited) {
      const [, key, form, rest] = cited;
      const inText = rest.trim();
      const value = !style.notes ? inText : form === 'narrative' ? inText.replace(/\[\d+\]$/, '') : notes.get(Number(/\[(\d+)\]$/.exec(inText)?.[1])) ?? '';
      found.set(`${key} ${form}`, value);
    }
    const entry = /^<div id="ref-([\w:-]+)"/.exec(line);
    if (entry) found.set(`${entry[1]} reference`, lines[lines.indexOf(line) + 2]);
  }
  return found;
}

/** Our forms; reference entries come from the reference list of all the works, as citeproc writes its list. */
function ours(w: CitedWork, style: CitationStyle, form: Form, list: ReadonlyMap<string, string>): string {
  const md = (rich: Parameters<typeof render>[0]) => render(rich, 'markdown', style.singleQuotes);
  switch (form) {
    case 'reference':
      return list.get(w.key) ?? assert.fail(`no entry for ${w.key}`);
    case 'parenthetical':
      return md(style.notes ? style.notes.full(w, page) : style.parenthetical(w, page));
    case 'narrative':
      return md(style.narrative(w, style.notes ? undefined : page));
    case 'range':
      return md(style.notes ? style.notes.short(w, pages) : style.parenthetical(w, pages));
  }
}

interface Deviation {
  readonly style: string;
  readonly records: readonly string[];
  readonly forms: readonly string[];
  readonly citeproc: string;
  readonly ours: string;
  readonly why: string;
}

/** The table in docs/citations.md: | Style | Records | Forms | citeproc writes | we write | why |. */
function deviations(): Deviation[] {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/citations.md'), 'utf8');
  const start = doc.indexOf('## Deviations from citeproc on other records');
  assert.ok(start >= 0, 'docs/citations.md has its table of deviations on other records');
  const table = doc.slice(start, doc.indexOf('\n## ', start + 1) < 0 ? undefined : doc.indexOf('\n## ', start + 1));
  const code = (cell: string) => /^`(.*)`$/.exec(cell.trim())?.[1] ?? assert.fail(`a deviation cell is not in backticks: ${cell}`);
  return table
    .split('\n')
    .filter((line) => /^\| *[a-z]/.test(line) && !/^\| *Style/i.test(line))
    .map((line) => line.split(' | ').map((c) => c.replace(/^\| /, '').replace(/ \|$/, '')))
    .map(([style, records, forms, citeproc, we, why]) => ({
      style: style.trim(),
      records: records.split(',').map((r) => r.trim()),
      forms: forms.split(',').map((f) => f.trim()),
      citeproc: code(citeproc),
      ours: code(we),
      why: why.trim(),
    }));
}

function pandoc(input: string, bibliography: string, style: string, cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'markdown', '-t', 'commonmark', '--wrap=none', '--citeproc', '--bibliography', bibliography, '--csl', path.join(CSL_DIR, `${style}.csl`)], { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 && stderr === '' ? resolve(stdout) : reject(new Error(`pandoc: ${stderr}`))));
    child.stdin.end(input);
  });
}

describe('Every style agrees with citeproc on a matrix of records, but for the deviations docs/citations.md lists', function () {
  this.timeout(60_000);
  const works = library();
  const rendered = new Map<StyleId, string>();
  let dir = '';

  before(async function () {
    if (!pandocReady()) {
      if (process.env.CI === 'true') throw new Error(`The citation oracle needs pandoc and the CSL styles: ${INSTALL}`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-matrix-'));
    const bibliography = path.join(dir, 'refs.json');
    fs.writeFileSync(bibliography, JSON.stringify(works.map(cslItem), null, 2));
    for (const id of STYLE_IDS) rendered.set(id, await pandoc(document(works, STYLES[id]), bibliography, CSL[id], dir));
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const table = deviations();
  const keys = new Set(works.map((w) => w.key));

  it('gives every deviation a style, records and forms that exist, and a reason', () => {
    for (const d of table) {
      assert.ok((STYLE_IDS as readonly string[]).includes(d.style), `unknown style "${d.style}"`);
      assert.ok(d.records.every((r) => r === 'all' || keys.has(r)), `unknown record in ${d.records.join(', ')}`);
      assert.ok(d.forms.every((f) => f === 'all' || (FORMS as readonly string[]).includes(f)), `unknown form in ${d.forms.join(', ')}`);
      assert.ok(d.why.length > 20, `the deviation "${d.citeproc}" needs its reason`);
    }
  });

  it('is repeated word for word in the README', () => {
    const body = (file: string, heading: string) => {
      const text = fs.readFileSync(path.join(ROOT, file), 'utf8');
      const start = text.indexOf(`${heading}\n`);
      assert.ok(start >= 0, `${file} has "${heading}"`);
      const rest = text.slice(start + heading.length);
      const end = rest.search(/\n##+ /);
      return (end < 0 ? rest : rest.slice(0, end)).trim();
    };
    assert.equal(body('README.md', '### Deviations from citeproc on other records'), body('docs/citations.md', '## Deviations from citeproc on other records'));
  });

  it('tells apart the two articles of one author and year by their titles', () => {
    assert.deepEqual(works.filter((w) => w.yearSuffix).map((w) => `${w.key} ${w.yearLabel}`), ['huntington1993clash 1993a', 'huntington1993primacy 1993b']);
  });

  for (const id of STYLE_IDS) {
    it(`writes every record in ${id} as citeproc does with ${CSL[id]}.csl, deviations applied`, () => {
      const style = STYLES[id];
      const theirs = readCiteproc(rendered.get(id) ?? assert.fail(`no rendering of ${id}`), style);
      const rules = table.filter((d) => d.style === id);
      const used = new Set<Deviation>();
      const wrong: string[] = [];
      // A numbered style numbers the works in the order the document first cites them.
      const numbered = works.map((w, i) => (style.numbered ? { ...w, number: i + 1 } : w));
      const list = new Map(referenceList(style, numbered).map(({ key, entry }) => [key, render(entry, 'markdown', style.singleQuotes)]));
      for (const w of numbered) {
        for (const form of FORMS) {
          const original = theirs.get(`${w.key} ${form}`) ?? assert.fail(`citeproc wrote no ${form} for ${w.key}`);
          let text = original;
          for (const rule of rules.filter((r) => (r.records.includes('all') || r.records.includes(w.key)) && (r.forms.includes('all') || r.forms.includes(form)))) {
            if (text.includes(rule.citeproc)) {
              text = text.split(rule.citeproc).join(rule.ours);
              used.add(rule);
            }
          }
          const mine = ours(w, style, form, list);
          if (text !== mine) wrong.push(`${w.key} ${form}:\n  citeproc: ${original}\n  expected: ${text}\n  ours:     ${mine}`);
        }
      }
      assert.deepEqual(wrong, [], wrong.join('\n'));
      for (const rule of rules) assert.ok(used.has(rule), `the deviation "${rule.citeproc}" (${id}) no longer occurs: remove it from docs/citations.md`);
    });
  }
});
