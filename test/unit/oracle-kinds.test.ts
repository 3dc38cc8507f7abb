import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { bibliographyNamed, citedWork, compose, composeText, exportRecord, render, STYLES, type CiteOptions, type StyleId } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import { kindById, type KindId } from '../../src/core/kinds';
import type { Passage } from '../../src/core/passage';

/**
 * Independent readers of what is inserted in the new kinds of document:
 * pandoc reads the Quarto, R Markdown and Org citations and renders them
 * through citeproc; a Typst compiler compiles a Typst document holding the
 * inserted citations, with a .bib file made by the export, and the PDF's
 * text is read back. Each document names its bibliography the way its kind
 * does, and the file is found through the kind's row.
 */
const work = bundledWork();
const cited = citedWork(work);
const CSL_DIR = '/usr/share/citation-style-language/styles';
const paragraph4: Passage = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' };
const options = (style: StyleId, form: 'parenthetical' | 'narrative', output: CiteOptions['output']): CiteOptions => ({ style: STYLES[style], form, shape: 'auto', output, paragraphNumbers: 'style' });
const keys = (kind: KindId, style: StyleId, form: 'parenthetical' | 'narrative' = 'parenthetical') =>
  composeText(work, { kind: 'citation', passage: paragraph4 }, options(style, form, 'citationKeys'), kind === 'org' || kind === 'typst' ? kind : 'markdown');
const has = (command: string, args: string[]) => spawnSync(command, args).status === 0;
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

let dir = '';
/** A folder of its own for each suite, with the record exported as CSL-JSON and as biblatex. */
function exportsFolder(): void {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-kinds-oracle-'));
  fs.writeFileSync(path.join(dir, 'refs.json'), exportRecord(cited, 'csl-json'));
  fs.writeFileSync(path.join(dir, 'refs.bib'), exportRecord(cited, 'biblatex'));
}
function removeFolder(): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  dir = '';
}

function pandoc(file: string, from: string, bibliography: string | undefined, csl: string): string {
  const args = [file, '-f', from, '-t', 'plain', '--wrap=none', '--citeproc', '--csl', path.join(CSL_DIR, `${csl}.csl`), ...(bibliography ? ['--bibliography', bibliography] : [])];
  const run = spawnSync('pandoc', args, { cwd: dir, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stderr, /not found/, run.stderr);
  return flat(run.stdout);
}

describe('pandoc reads the citations inserted in Quarto, R Markdown and Org documents', function () {
  this.timeout(30_000);
  before(function () {
    if (!has('pandoc', ['--version']) || !fs.existsSync(path.join(CSL_DIR, 'apa.csl'))) {
      if (process.env.CI === 'true') throw new Error('The citation oracle needs pandoc and the CSL styles: apt-get install pandoc citation-style-language-styles');
      this.skip();
    }
    exportsFolder();
  });
  after(removeFolder);

  for (const kind of ['quarto', 'rmarkdown'] as const) {
    it(`renders ${kind}'s Pandoc citations, with the bibliography its YAML header names, past a callout and a code chunk`, () => {
      const document = [
        '---', 'title: Essay', 'bibliography: refs.json', '---', '',
        '::: {.callout-note}', `As the text says ${keys(kind, 'apa')}, and ${keys(kind, 'apa', 'narrative')} agrees.`, ':::', '',
        '```{r}', 'x <- "[@elsewhere]"', '```', '',
      ].join('\n');
      const file = `essay.${kindById(kind)?.extensions[0]}`;
      fs.writeFileSync(path.join(dir, file), document);
      assert.equal(bibliographyNamed(document, kindById(kind)?.bibliography), 'refs.json');
      const text = pandoc(file, 'markdown', undefined, 'apa');
      assert.match(text, /As the text says \(Zhong, 2007, para\. 4\), and Zhong \(2007, para\. 4\) agrees\./);
      assert.match(text, /Zhong, L\. \(Ed\.\)\. \(2007\)\./);
    });
  }

  /** Debian's CSL files for our styles. */
  const CSL: Record<StyleId, string> = {
    apa: 'apa', mla: 'modern-language-association', 'chicago-notes': 'chicago-fullnote-bibliography', 'chicago-author-date': 'chicago-author-date',
    harvard: 'harvard-cite-them-right', 'gb-t-7714': 'china-national-standard-gb-t-7714-2015-numeric', 'gb-t-7714-author-date': 'china-national-standard-gb-t-7714-2015-author-date',
  };
  for (const [style, csl] of Object.entries(CSL) as [StyleId, string][]) {
    it(`renders the org-cite citations written for ${style} exactly as the Pandoc Markdown ones`, function () {
      if (!fs.existsSync(path.join(CSL_DIR, `${csl}.csl`))) this.skip();
      const body = (kind: KindId) => `As the text says ${keys(kind, style)}, and ${keys(kind, style, 'narrative')} agrees.\n`;
      fs.writeFileSync(path.join(dir, `${style}.org`), body('org'));
      fs.writeFileSync(path.join(dir, `${style}.md`), body('markdown'));
      // pandoc's Markdown reader turns straight apostrophes typographic, its Org reader does not: that is the reader's, not the citation's.
      const org = pandoc(`${style}.org`, 'org', 'refs.json', csl).replace(/'/g, '’');
      assert.match(org, /As the text says/);
      assert.equal(org, pandoc(`${style}.md`, 'markdown', 'refs.json', csl));
    });
  }

  it('renders Org\'s org-cite citations and an Org note, with the file #+bibliography: names', () => {
    const note = compose(work, { kind: 'citation', passage: paragraph4 }, options('chicago-notes', 'parenthetical', 'formatted'), 'org', 'Text.', [{ start: 5, end: 5 }]);
    const document = [
      '#+title: Essay', '#+bibliography: refs.json', '#+cite_export: csl', '',
      `As the text says ${keys('org', 'apa')}, and ${keys('org', 'apa', 'narrative')} agrees.`, '',
      '#+begin_src R', 'x <- "[cite:@elsewhere]"', '#+end_src', '',
      `Text.${note.inserts[0]}`, '', note.append?.text ?? '',
    ].join('\n');
    fs.writeFileSync(path.join(dir, 'essay.org'), document);
    // pandoc 2.17 does not read #+bibliography: itself; the file the kind's row finds is passed to it.
    const bibliography = bibliographyNamed(document, kindById('org')?.bibliography);
    assert.equal(bibliography, 'refs.json');
    const text = pandoc('essay.org', 'org', bibliography, 'apa');
    assert.match(text, /As the text says \(Zhong, 2007, para\. 4\), and Zhong \(2007, para\. 4\) agrees\./);
    assert.match(text, /Text\.\[1\]/);
    assert.match(text, /\[1\] “The Outstanding Results of CPC’s International Relations,” in International Relations of the Communist Party of China/);
  });
});

describe('A Typst compiler compiles the citations inserted in a Typst document', function () {
  this.timeout(60_000);
  let typst: typeof import('@myriaddreamin/typst-ts-node-compiler') | undefined;
  before(async function () {
    // A dev-dependency with a prebuilt binary per platform: where none fits, the test says what to install.
    typst = await import('@myriaddreamin/typst-ts-node-compiler').catch(() => undefined);
    if (!typst || !has('pdftotext', ['-v'])) {
      if (process.env.CI === 'true') throw new Error('The Typst oracle needs the dev-dependency @myriaddreamin/typst-ts-node-compiler and pdftotext: npm install; apt-get install poppler-utils');
      this.skip();
    }
    exportsFolder();
  });
  after(removeFolder);

  /** The text of `source` compiled to PDF, in `dir`, read back by pdftotext. */
  function compiled(source: string): string {
    if (!typst) throw new Error('no Typst compiler');
    const main = path.join(dir, 'main.typ');
    fs.writeFileSync(main, source);
    const compiler = typst.NodeCompiler.create({ workspace: dir });
    const result = compiler.compile({ mainFilePath: main });
    const error = result.takeError();
    assert.equal(error, null, error ? JSON.stringify(compiler.fetchDiagnostics(error)) : '');
    const pdf = path.join(dir, 'main.pdf');
    fs.writeFileSync(pdf, compiler.pdf(result.result as NonNullable<typeof result.result>));
    const run = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    return flat(run.stdout);
  }

  it('renders @key[…] and #cite(…) from the export\'s .bib, in the bibliography #bibliography names', () => {
    const document = [
      `As the text says ${keys('typst', 'apa')}, and ${keys('typst', 'apa', 'narrative')} agrees.`, '',
      '// #bibliography("commented.bib")', '#bibliography("refs.bib", style: "apa")', '',
    ].join('\n');
    assert.equal(bibliographyNamed(document, kindById('typst')?.bibliography), 'refs.bib');
    const text = compiled(document);
    assert.match(text, /As the text says \(Zhong, 2007, para\. 4\), and Zhong \(2007, para\. 4\) agrees\./);
    assert.match(text, /Zhong, L\. \(Ed\.\)\. \(2007\)\./);
  });

  /** Typst's own CSL styles for ours. */
  const TYPST_STYLES: Record<StyleId, string> = {
    apa: 'apa', mla: 'modern-language-association', 'chicago-notes': 'chicago-notes', 'chicago-author-date': 'chicago-author-date',
    harvard: 'harvard-cite-them-right', 'gb-t-7714': 'gb-7714-2015-numeric', 'gb-t-7714-author-date': 'gb-7714-2015-author-date',
  };
  for (const [style, typstStyle] of Object.entries(TYPST_STYLES) as [StyleId, string][]) {
    it(`compiles the key citations written for ${style} under Typst's ${typstStyle}, the supplement printed as written`, () => {
      const citation = keys('typst', style);
      const text = compiled(`Claim ${citation}. And ${keys('typst', style, 'narrative')} says.\n\n#bibliography("refs.bib", style: "${typstStyle}")\n`);
      assert.match(text, /^Claim/);
      // Numbered and GB/T styles print no supplement; the others print it as written, Typst's "~" as a space.
      const supplement = /\[(.*)\]$/.exec(citation)?.[1]?.replace(/~/g, ' ');
      if (supplement && !style.startsWith('gb-t')) assert.ok(text.includes(supplement), `${supplement} in: ${text}`);
    });
  }

  it('sets a formatted quotation, a note and every escaped character as plain text reads them', () => {
    const quote: Passage = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: 'As an “accelerator,” party-to-party relations' };
    const quotation = (kind: 'typst' | 'plaintext') => composeText(work, { kind: 'quotation', passage: quote }, options('apa', 'parenthetical', 'formatted'), kind);
    const note = compose(work, { kind: 'citation', passage: paragraph4 }, options('chicago-notes', 'parenthetical', 'formatted'), 'typst', 'Text.', [{ start: 5, end: 5 }]);
    const noteText = composeText(work, { kind: 'citation', passage: paragraph4 }, options('chicago-notes', 'parenthetical', 'formatted'), 'plaintext');
    const tricky = ['A & B <c> 50% $1 #2 a_b {x} ~ \\ * `t` //no comment /*nor this*/ @at [br] = - + ', { italic: ['Book'] }, ' one ] alone'] as const;
    const text = compiled([quotation('typst'), '', `Text.${note.inserts[0]}`, '', render([...tricky], 'typst'), ''].join('\n'));
    assert.ok(text.startsWith(flat(quotation('plaintext'))), text);
    assert.match(text, /Text\.1 /);
    // The note sits at the foot of the page, after its number.
    assert.ok(text.endsWith(`1${flat(noteText)}`) || text.endsWith(`1 ${flat(noteText)}`), text);
    assert.ok(text.includes(flat(render([...tricky], 'plaintext'))), text);
  });
});
