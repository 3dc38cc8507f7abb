import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { runCite } from '../../src/cli/cite';

function run(...args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = runCite(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { status, out, err };
}

describe('The command line cites the text', () => {
  it('cites a paragraph in a style and form', () => {
    assert.deepEqual(run('4', '--style', 'apa', '--form', 'parenthetical'), { status: 0, out: '(“Outstanding Results,” 2007, para. 4)\n', err: '' });
    assert.deepEqual(run('4', '--style=mla', '--form=narrative'), { status: 0, out: '“The Outstanding Results of CPC’s International Relations”\n', err: '' });
    assert.deepEqual(run('4', '--style=mla', '--form=narrative', '--count-paragraphs'), { status: 0, out: '“The Outstanding Results of CPC’s International Relations” (par. 4)\n', err: '' });
  });

  it('cites a range for LaTeX', () => {
    assert.equal(run('4-5', '--style', 'mla', '--format', 'latex', '--count-paragraphs').out, '(\\enquote{Outstanding Results,} pars.~4-5)\n');
    assert.equal(run('4–5', '--style', 'apa', '--format', 'latex', '--keys').out, '\\parencite[paras.~4--5]{cpcir2007outstanding}\n');
  });

  it('cites a section by number or by words of its heading', () => {
    assert.equal(run('--section', '5').out, '(“Outstanding Results,” 2007, “CPC’s international relations have facilitated world peace and stability” section)\n');
    assert.equal(run('--section', 'governing ability', '--style', 'chicago-author-date').out, '(“Outstanding Results” 2007, under “CPC’s international relation have elevated CPC’s governing ability”)\n');
  });

  it('writes the reference entry, a note, the short note and a quotation', () => {
    assert.equal(run('--reference', '--style', 'chicago-notes').out, '“The Outstanding Results of CPC’s International Relations.” In International Relations of the Communist Party of China, edited by Zhong Lianyan. Beijing: China Intercontinental Press, 2007.\n');
    assert.equal(run('4', '--style', 'chicago-notes', '--count-paragraphs').out, '“The Outstanding Results of CPC’s International Relations,” in International Relations of the Communist Party of China, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), para. 4.\n');
    assert.equal(run('4', '--style', 'chicago-notes', '--short', '--count-paragraphs').out, '“Outstanding Results,” para. 4.\n');
    assert.equal(run('4', '--style', 'chicago-notes', '--short').out, '“Outstanding Results,” under “CPC’s international relations have facilitated a healthy and stable progress of state-to-state relations.”\n');
    assert.equal(run('10', '--quote', '--format', 'markdown').out.split('\n')[0].slice(0, 30), '> China has withstood many sto');
  });

  it('exports the record', () => {
    assert.match(run('--export', 'bibtex').out, /^@incollection\{cpcir2007outstanding,\n {2}title = \{The Outstanding Results of \{CPC\}'s International Relations\},/);
    assert.match(run('--export', 'ris').out, /^TY {2}- CHAP\n/);
  });

  it('says what is wrong, with the usage, and exits 2', () => {
    const cases: [string[], string][] = [
      [['14'], 'the text has paragraphs 1 to 13: "14" is not among them'],
      [['5-4'], 'the text has paragraphs 1 to 13: "5-4" is not among them'],
      [['four'], '"four" is not a paragraph number (1-13) or range such as 4-5'],
      [['4', '--style', 'turabian'], '--style must be one of apa, mla, chicago-notes, chicago-author-date, harvard, gb-t-7714, gb-t-7714-author-date, not "turabian"\n'],
      [['4', '--style', 'gbt7714-numeric'], '--style must be one of apa, mla, chicago-notes, chicago-author-date, harvard, gb-t-7714, gb-t-7714-author-date, not "gbt7714-numeric" (did you mean gb-t-7714?)\n'],
      [['4', '--format', 'docx'], '--format must be one of markdown, quarto, rmarkdown, mdx, latex, typst, org, html, asciidoc, restructuredtext, plaintext, not "docx"'],
      [['--export', 'endnote'], '--export must be one of bibtex, biblatex, csl-json, ris, not "endnote"'],
      [['4', '--short'], '--short is for note styles (chicago-notes), not apa'],
      [['--quote'], '--quote needs a paragraph, a range or a section to quote'],
      [['--section', 'nowhere'], 'no section is numbered or headed "nowhere"'],
      [['4', '--loud'], 'unknown option "--loud"'],
      [['4', '--style'], '--style needs a value'],
    ];
    for (const [args, message] of cases) {
      const result = run(...args);
      assert.equal(result.status, 2, args.join(' '));
      assert.equal(result.out, '');
      assert.ok(result.err.startsWith(`cpc-relations cite: ${message}`), result.err);
      assert.match(result.err, /\n\nUsage:\n {2}cite \[N \| N-M\] \[options\]/);
    }
  });

  it('is a command of the built cpc-relations program', function () {
    // Two Node processes start here; a busy machine takes its time.
    this.timeout(20_000);
    const cli = path.join(__dirname, '../../../dist/cli.js');
    const result = spawnSync(process.execPath, [cli, 'cite', '4', '--style', 'harvard'], { encoding: 'utf8' });
    assert.equal(result.stdout, '(‘The outstanding results of CPC’s international relations’, 2007, para. 4)\n');
    assert.equal(result.status, 0);
    assert.match(spawnSync(process.execPath, [cli, 'help'], { encoding: 'utf8' }).stdout, /\n {2}cite \[N \| N-M\] \[options\]\n/);
  });
});
