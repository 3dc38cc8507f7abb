import * as assert from 'node:assert/strict';
import { checkQuotations } from '../../src/core/check';
import { STYLE_IDS, STYLES, type CiteOptions, type StyleId, type TargetId } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import { paragraphPassage } from '../../src/core/passage';
import { listCitation, spansOf } from '../../src/core/passages';

const work = bundledWork();
const options = (style: StyleId, more: Partial<CiteOptions> = {}): CiteOptions => ({ style: STYLES[style], form: 'parenthetical', shape: 'auto', output: 'formatted', ...more });
const paragraphs = (...numbers: number[]) => numbers.map((n) => paragraphPassage(work.paragraphs[n - 1]));

/** The document after inserting the list citation at its end. */
function cited(style: StyleId, numbers: number[], before: string, target: TargetId = 'markdown', more: Partial<CiteOptions> = {}): string {
  const composed = listCitation(work, spansOf(paragraphs(...numbers), work), options(style, more), target, before, [{ start: before.length, end: before.length }]);
  assert.ok(composed);
  return before + composed.inserts[0] + (composed.append?.text ?? '');
}

describe('Citing several paragraphs at once', () => {
  it('merges adjacent paragraphs into runs, in order', () => {
    assert.deepEqual(spansOf(paragraphs(7, 4, 5, 12), work), [{ first: 4, last: 5 }, { first: 7, last: 7 }, { first: 12, last: 12 }]);
  });

  it('lists the paragraphs in one citation, in each style\'s words', () => {
    assert.equal(cited('apa', [4, 7], 'Text '), 'Text (“Outstanding Results,” 2007, paras. 4, 7)');
    assert.equal(cited('mla', [4, 5, 7], 'Text ', 'markdown', { paragraphNumbers: 'always' }), 'Text (“Outstanding Results,” pars. 4-5, 7)');
    assert.match(cited('chicago-notes', [4, 7], 'Text.', 'markdown', { paragraphNumbers: 'always' }), /\[\^1\][\s\S]*paras\. 4, 7\.$/);
  });

  it('follows the style\'s rule for paragraphs it does not count', () => {
    // MLA cites the work as a whole; Chicago the heading the paragraphs share, or their numbers across sections.
    assert.equal(cited('mla', [4, 5, 7], 'Text '), 'Text (“Outstanding Results”)');
    assert.match(cited('chicago-author-date', [2, 4], 'Text '), /^Text \(“Outstanding Results” 2007, under “[^”]+”\)$/);
    assert.match(cited('chicago-notes', [4, 7], 'Text.'), /\[\^1\][\s\S]*paras\. 4, 7\.$/);
  });

  it('lists them in Pandoc and biblatex citations', () => {
    assert.equal(cited('apa', [4, 7], 'Text ', 'markdown', { output: 'citationKeys' }), 'Text [@cpcir2007outstanding, paras. 4, 7]');
    assert.equal(cited('apa', [4, 7], 'Text ', 'latex', { output: 'citationKeys' }), 'Text \\parencite[paras.~4, 7]{cpcir2007outstanding}');
  });

  for (const style of STYLE_IDS) {
    it(`gives a ${style} citation that the checker accepts for a quotation from any of the paragraphs`, () => {
      for (const n of [4, 7]) {
        const quote = work.paragraphs[n - 1].text.split(' ').slice(0, 10).join(' ');
        const text = cited(style, [4, 7], `It says "${quote}" `);
        assert.deepEqual(checkQuotations(text, 'markdown', work).findings.map((f) => f.message), [], text);
      }
    });
  }
});
