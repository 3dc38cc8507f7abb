import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { applyEdits } from '../fixtures/check/expect';
import { checkQuotations, ignoreComment, ignoreEdit, type DocumentLanguage } from '../../src/core/check';
import { bundledWork } from '../../src/core/corpus';

const work = bundledWork();
const MISQUOTED = '"The party-to-party relations have functioned as a keystone for the state-to-state relations"';
const CITATION: Readonly<Record<DocumentLanguage, string>> = {
  markdown: `[@${work.record.key}, para. 3]`,
  latex: `\\parencite[para.~3]{${work.record.key}}`,
  plaintext: '("Outstanding Results," 2007, para. 3)',
  mdx: `[@${work.record.key}, para. 3]`,
  typst: `@${work.record.key}[para. 3]`,
  org: `[cite:@${work.record.key}, para. 3]`,
  html: '(&ldquo;Outstanding Results,&rdquo; 2007, para. 3)',
  asciidoc: '("Outstanding Results," 2007, para.{nbsp}3)',
  restructuredtext: '("Outstanding Results," 2007, para. 3)',
};

const kinds = (text: string, language: DocumentLanguage) => checkQuotations(text, language, work).findings.map((f) => f.kind);

describe('Comments that silence the checker', () => {
  for (const language of ['markdown', 'latex', 'plaintext', 'mdx', 'typst', 'org', 'html', 'asciidoc', 'restructuredtext'] as const) {
    const quoted = `As the text says, ${MISQUOTED} ${CITATION[language]}.`;

    it(`ignore the quotation on the next line, written in ${language}'s own syntax`, () => {
      assert.deepEqual(kinds(`${quoted}\n`, language), ['misquotation']);
      assert.deepEqual(kinds(`${ignoreComment(language)}\n${quoted}\n`, language), []);
    });

    it(`ignore only the next line in ${language}, not the rest of the document`, () => {
      assert.deepEqual(kinds(`${ignoreComment(language)}\n${quoted}\n\nAgain: ${quoted}\n`, language), ['misquotation']);
    });

    it(`turn checking off for a whole ${language} document`, () => {
      const off = { markdown: '<!-- cpc-relations-disable -->', latex: '% cpc-relations-disable', plaintext: '[cpc-relations-disable]', mdx: '{/* cpc-relations-disable */}', typst: '// cpc-relations-disable', org: '# cpc-relations-disable', html: '<!-- cpc-relations-disable -->', asciidoc: '// cpc-relations-disable', restructuredtext: '.. cpc-relations-disable' }[language];
      assert.deepEqual(kinds(`${quoted}\n\n${off}\n`, language), []);
    });

    it(`are inserted by the Ignore fix above the quotation's line in ${language}, which then reports nothing`, () => {
      const text = `Intro.\n\n${quoted}\n`;
      const finding = checkQuotations(text, language, work).findings[0];
      const fixed = applyEdits(text, [ignoreEdit(text, language, finding.range.start)]);
      assert.equal(fixed, `Intro.\n\n${ignoreComment(language)}\n${quoted}\n`);
      assert.deepEqual(kinds(fixed, language), []);
    });
  }

  it('keep a Markdown block quotation\'s marker on the inserted comment', () => {
    const text = `> ${MISQUOTED} ${CITATION.markdown}.\n`;
    const finding = checkQuotations(text, 'markdown', work).findings[0];
    assert.ok(finding);
    assert.equal(ignoreEdit(text, 'markdown', finding.range.start).newText, '> <!-- cpc-relations-ignore -->\n');
  });

  it('a LaTeX \\% is not a comment', () => {
    assert.deepEqual(kinds(`100\\% cpc-relations-disable\n${MISQUOTED} ${CITATION.latex}.\n`, 'latex'), ['misquotation']);
  });

  it('are honoured by the command line', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-suppress-'));
    const file = path.join(dir, 'essay.md');
    fs.writeFileSync(file, `<!-- cpc-relations-ignore -->\nAs the text says, ${MISQUOTED} ${CITATION.markdown}.\n`);
    const run = spawnSync(process.execPath, [path.join(__dirname, '../../../dist/cli.js'), 'check', file], { encoding: 'utf8' });
    fs.rmSync(dir, { recursive: true, force: true });
    assert.deepEqual([run.status, run.stdout], [0, '']);
  });
});
