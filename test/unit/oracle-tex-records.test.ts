import * as assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { citedWork, exportRecord, yearSuffixes } from '../../src/core/cite';
import { formatProblem, parseText } from '../../src/core/parse';

/**
 * The BibLaTeX export of every record of the oracle matrix, as biber and
 * biblatex's standard author-year style read it: no warning, every record
 * cited by its authors (or editor) and year, "et al." past three names.
 */
const FIXTURES = path.join(__dirname, '../../../test/fixtures/records');
const TOOLS = ['pdflatex', 'biber', 'pdftotext'];

function run(command: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.on('error', reject);
    child.on('close', () => resolve(stdout));
  });
}

describe('The BibLaTeX export of records of every type, as biber and biblatex read it', function () {
  this.timeout(120_000);
  // pdfLaTeX sets no Chinese characters without CJK fonts and packages, which TeX Live ships apart: a record written in them is left to citeproc's matrix.
  const works = fs.readdirSync(FIXTURES).sort().map((name) => {
    const result = parseText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name);
    if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
    return result.work;
  }).filter((work) => !/\p{Script=Han}/u.test(JSON.stringify(work.record)));
  const suffixes = yearSuffixes(works.map((w) => w.record));
  let dir = '';
  let text = '';
  let blg = '';

  before(async function () {
    const absent = TOOLS.filter((tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0);
    if (absent.length > 0) {
      if (process.env.CI === 'true') throw new Error(`The export oracle needs ${absent.join(', ')}`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-tex-records-'));
    fs.writeFileSync(path.join(dir, 'refs.bib'), works.map((w) => exportRecord(citedWork(w, w.record.key, suffixes.get(w.record.key)), 'biblatex')).join('\n'));
    const cites = works.map((w) => `${w.record.key}: \\parencite[23]{${w.record.key}}`).join(' | ');
    fs.writeFileSync(path.join(dir, 'x.tex'), `\\documentclass{article}
\\usepackage[english]{babel}
\\usepackage{csquotes}
\\usepackage[style=authoryear]{biblatex}
\\addbibresource{refs.bib}
\\begin{document}
\\raggedright
${cites} | END
\\printbibliography
\\end{document}
`);
    const latex = ['-interaction=nonstopmode', '-halt-on-error', 'x'];
    await run('pdflatex', latex, dir);
    await run('biber', ['x'], dir);
    await run('pdflatex', latex, dir);
    text = (await run('pdftotext', ['x.pdf', '-'], dir)).replace(/\s+/g, ' ');
    blg = fs.readFileSync(path.join(dir, 'x.blg'), 'utf8');
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('biber reads every record without a warning', () => {
    assert.deepEqual(blg.split('\n').filter((line) => /WARN|ERROR/.test(line)), []);
  });

  it('cites each record by its names and year, with the page', () => {
    const cited = new Map([...text.matchAll(/(\w+): (\([^)]*\))/g)].map((m) => [m[1], m[2]]));
    assert.deepEqual(Object.fromEntries(cited), {
      beowulf2000: '(Beowulf 2000, p. 23)',
      bernerslee1989proposal: '(Berners-Lee 1989, p. 23)',
      confucius1979analects: '(Confucius 1979, p. 23)',
      cormen2009algorithms: '(Cormen et al. 2009, p. 23)',
      hastie2009elements: '(Hastie, Tibshirani, and Friedman 2009, p. 23)',
      huntington1993clash: '(Huntington 1993a, p. 23)',
      huntington1993primacy: '(Huntington 1993b, p. 23)',
      nathan2012security: '(Nathan and Scobell 2012, p. 23)',
      scio2011peaceful: '(State Council Information Office 2011, p. 23)',
      waltz1989origins: '(Waltz 1989, p. 23)',
      vogel2011deng: '(Vogel 2011, p. 23)',
      xi2017silkroad: '(Xi 2017, p. 23)',
      zhong2007international: '(Zhong 2007, p. 23)',
    });
  });

  it('lists the translator, the edition, the report type, the journal and the speech\'s occasion', () => {
    for (const expected of ['Trans. by D. C. Lau', '3rd ed.', 'White paper. Beijing: Foreign Languages Press', 'Foreign Affairs 72.3, pp. 22–49', 'Zhong, Lianyan, ed. (2007)', 'Ed. by Robert I. Rotberg and Theodore K. Rabb', 'Speech, Opening ceremony of the Belt and Road Forum for International Cooperation, Beijing']) {
      assert.ok(text.includes(expected), `"${expected}" in: ${text}`);
    }
  });
});
