import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { citedWork, exportRecord, type ExportFormat } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';

/**
 * The exports as the tools that read them render them: biber and biblatex
 * (through pdflatex and pdftotext), BibTeX with plain.bst and apalike.bst,
 * and bibutils reading RIS. Each tool is the oracle for its own format.
 */
const cited = citedWork(bundledWork());
const KEY = cited.key;
const TOOLS = ['pdflatex', 'biber', 'bibtex', 'pdftotext', 'ris2xml', 'xml2bib'];
const INSTALL = 'apt-get install biber texlive-bibtex-extra texlive-latex-extra poppler-utils bibutils';
const BIBLATEX_STYLES = ['apa', 'authoryear', 'chicago-authordate', 'gb7714-2015'] as const;
const BST = ['plain', 'apalike'] as const;

const missing = () => TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);

/** Runs `command` in `cwd`; resolves with its output whatever its exit status (LaTeX exits non-zero on warnings it recovers from). */
function run(command: string, args: readonly string[], cwd: string, input?: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(input ?? '');
  });
}

/** Writes the export and a document citing it into a fresh folder. */
function folder(root: string, name: string, format: ExportFormat, document: string): string {
  const dir = path.join(root, name);
  fs.mkdirSync(dir);
  fs.writeFileSync(path.join(dir, 'refs.bib'), exportRecord(cited, format));
  fs.writeFileSync(path.join(dir, 'x.tex'), document);
  return dir;
}

const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/** The PDF's text, one line; `pdflatex` twice around the bibliography program, as LaTeX needs. */
async function typeset(dir: string, bibliography: 'biber' | 'bibtex'): Promise<string> {
  const latex = ['-interaction=nonstopmode', '-halt-on-error', 'x'];
  await run('pdflatex', latex, dir);
  await run(bibliography, ['x'], dir);
  await run('pdflatex', latex, dir);
  if (bibliography === 'bibtex') await run('pdflatex', latex, dir);
  const text = await run('pdftotext', ['x.pdf', '-'], dir);
  assert.equal(text.status, 0, `pdftotext read no PDF in ${dir}: ${fs.existsSync(path.join(dir, 'x.log')) ? fs.readFileSync(path.join(dir, 'x.log'), 'utf8').slice(-2000) : ''}`);
  return flat(text.stdout);
}

const biblatexDocument = (style: string) => `\\documentclass{article}
\\usepackage[english]{babel}
\\usepackage{csquotes}
\\usepackage[style=${style}]{biblatex}
\\addbibresource{refs.bib}
\\begin{document}
PAREN \\parencite[4]{${KEY}} NARR \\textcite[4]{${KEY}} END
\\printbibliography
\\end{document}
`;

const bibtexDocument = (bst: string) => `\\documentclass{article}
\\begin{document}
CITE \\cite{${KEY}} END
\\bibliographystyle{${bst}}
\\bibliography{refs}
\\end{document}
`;

describe('The exports as biblatex, BibTeX and bibutils read them', function () {
  this.timeout(120_000);
  let root = '';
  const biblatex = new Map<string, { text: string; blg: string }>();
  const bibtex = new Map<string, { text: string; blg: string }>();
  let risAsBibtex = '';

  before(async function () {
    const absent = missing();
    if (absent.length > 0) {
      const message = `The export oracle needs ${absent.join(', ')}: ${INSTALL}`;
      if (process.env.CI === 'true') throw new Error(message);
      console.log(`    (skipped: ${message})`);
      this.skip();
    }
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-oracle-tex-'));
    const blg = (dir: string) => fs.readFileSync(path.join(dir, 'x.blg'), 'utf8');
    await Promise.all([
      ...BIBLATEX_STYLES.map(async (style) => {
        const dir = folder(root, `biblatex-${style}`, 'biblatex', biblatexDocument(style));
        biblatex.set(style, { text: await typeset(dir, 'biber'), blg: blg(dir) });
      }),
      ...BST.map(async (bst) => {
        const dir = folder(root, `bibtex-${bst}`, 'bibtex', bibtexDocument(bst));
        bibtex.set(bst, { text: await typeset(dir, 'bibtex'), blg: blg(dir) });
      }),
      (async () => {
        const dir = path.join(root, 'ris');
        fs.mkdirSync(dir);
        const mods = await run('ris2xml', [], dir, exportRecord(cited, 'ris'));
        // xml2bib begins its output with a byte order mark.
        risAsBibtex = (await run('xml2bib', [], dir, mods.stdout)).stdout.replace(/^\uFEFF/, '');
      })(),
    ]);
  });

  after(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  const inText = (style: string) => {
    const { text } = biblatex.get(style) ?? assert.fail(`no rendering in ${style}`);
    return { paren: /PAREN (.*?) NARR/.exec(text)?.[1] ?? '', narr: /NARR (.*?) END/.exec(text)?.[1] ?? '', text };
  };

  it('biber reads the BibLaTeX export without a warning, in every style', () => {
    for (const style of BIBLATEX_STYLES) {
      const { blg } = biblatex.get(style) ?? assert.fail(style);
      assert.deepEqual(blg.split('\n').filter((line) => /WARN|ERROR/.test(line)), [], style);
    }
  });

  it('biblatex-apa cites the chapter by its title with "para. 4"', () => {
    assert.deepEqual([inText('apa').paren, inText('apa').narr], ['(“Outstanding Results”, 2007, para. 4)', '“Outstanding Results” (2007, para. 4)']);
  });

  it('the standard and Chicago styles cite it by title, with the paragraph as biblatex words it ("par. 4")', () => {
    assert.equal(inText('authoryear').paren, '(“Outstanding Results” 2007, par. 4)');
    assert.equal(inText('chicago-authordate').paren, '(“Outstanding Results”, par. 4)');
    for (const style of BIBLATEX_STYLES) assert.doesNotMatch(`${inText(style).paren} ${inText(style).narr}`, /Zhong/, style);
  });

  it('biblatex-gb7714-2015 numbers the chapter and names it by title in the sentence', () => {
    assert.equal(inText('gb7714-2015').paren, '[1]4');
    assert.equal(inText('gb7714-2015').narr, '“Outstanding Results” [1, 4]');
  });

  it('no biblatex style prints the month', () => {
    for (const style of BIBLATEX_STYLES) assert.doesNotMatch(inText(style).text, /October|Oct\.|2007-10/, style);
  });

  it('BibTeX sorts and labels the entry by its key, and prints no month', () => {
    const plain = bibtex.get('plain') ?? assert.fail('plain');
    const apalike = bibtex.get('apalike') ?? assert.fail('apalike');
    assert.match(plain.text, /CITE \[1\] END References \[1\] The outstanding results of CPC’s international relations\. In Lianyan Zhong, editor, International Relations of the Communist Party of China\. China Intercontinental Press, Beijing, 2007\./);
    assert.match(apalike.text, /CITE \[Outstanding Results, 2007\] END/);
    for (const { text, blg } of [plain, apalike]) {
      assert.doesNotMatch(text, /October/);
      assert.doesNotMatch(blg, /to sort, need author or key/);
      // Both styles require an author of every @incollection; the chapter has none.
      assert.deepEqual(blg.split('\n').filter((line) => /^Warning--/.test(line)), [`Warning--empty author in ${KEY}`]);
    }
  });

  it('bibutils keeps the book and its editor when it reads the RIS export', () => {
    assert.match(risAsBibtex, /^@Inbook\{cpcir2007outstanding,$/m);
    assert.match(risAsBibtex, /^editor="Zhong, Lianyan",$/m);
    assert.match(risAsBibtex, /^bookTitle="International Relations of the Communist Party of China",$/m);
    assert.match(risAsBibtex, /^title="The Outstanding Results of CPC's International Relations",$/m);
    assert.doesNotMatch(risAsBibtex, /series=/);
  });
});
