import * as assert from 'node:assert/strict';
import { citationNumber, citedWork, compose, documentNumbers, STYLES, type CiteOptions, type Request } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';

const work = bundledWork();
const cited = citedWork(work);
const { words } = STYLES['gb-t-7714'];
const ENTRY = 'The outstanding results of CPC’s international relations[M]//ZHONG Lianyan. International relations of the Communist Party of China. Beijing: China Intercontinental Press, 2007.';
const number = (document: string, target: Parameters<typeof citationNumber>[1] = 'markdown') => citationNumber(document, target, cited, words);

describe('GB/T 7714 numbers: the order of first citation in the document', () => {
  it('gives the work 1 in a document that cites nothing yet', () => {
    assert.equal(number(''), 1);
    assert.equal(number('An essay with no citations.'), 1);
  });

  it('takes the number after the highest the document uses, in lists and ranges too', () => {
    assert.equal(number('Smith<sup>[1]</sup> and Lee<sup>[2]27</sup>.'), 3);
    assert.equal(number('Both<sup>[1,5]</sup> and more<sup>[6-8]</sup>, then [2–3].'), 9);
    assert.equal(number('Spaced [1, 3] and full-width comma [4，5].'), 6);
  });

  it('reuses the number of the reference list entry that names the work', () => {
    assert.equal(number(`Smith[1] and Lee[2].\n\n## References\n\n[1] SMITH J. A book[M]. 2001.\n[2] ${ENTRY}\n[3] LEE K. Another[M]. 2010.\n`), 2);
    assert.equal(number(`<ol>\n<p>[4] ${ENTRY}</p>\n`, 'html'), 4);
  });

  it('reuses the number of a citation that carries one of the work\'s pinpoints when there is no list yet', () => {
    assert.equal(number('Smith<sup>[1]</sup>, this text<sup>[2]para. 4</sup> and Lee<sup>[3]</sup>.'), 2);
    assert.equal(number('As [2]<sup>paras. 4-5</sup> shows, and [1] too.'), 2);
    assert.equal(number('Here\\textsuperscript{[5]sec. \\enquote{Heading}}.', 'latex'), 5);
  });

  it('reads no citation number in LaTeX options, link definitions, notes or years', () => {
    assert.equal(number('\\parencite[4]{smith} \\item[7] \\cite[12]{lee}', 'latex'), 1);
    assert.equal(number('See [the site][7] and[^9].\n\n[7]: https://example.org\n[^9]: A note.\n'), 1);
    assert.equal(number('Published [2023] and [1000].'), 1);
    assert.equal(number('Text [1]_ and :sup:`[2]`.\n\n.. [1] A footnote.\n', 'restructuredtext'), 3);
    assert.equal(number('Text [4]_.\n\n.. [4] A footnote.\n', 'restructuredtext'), 1);
  });

  it('says which number the document gives the work, and the highest it uses', () => {
    assert.deepEqual(documentNumbers(`A[1] B[3].\n\n[3] ${ENTRY}\n`, 'plaintext', cited, words), { highest: 3, work: 3 });
    assert.deepEqual(documentNumbers('A[1] B[2].', 'plaintext', cited, words), { highest: 2, work: undefined });
  });

  it('reads hostile documents to the end and finds nothing in them', () => {
    assert.equal(number('['.repeat(100_000)), 1);
    assert.equal(number('[1,'.repeat(50_000)), 1);
    assert.equal(number('[1'.repeat(50_000)), 1);
    assert.equal(number('[1'.repeat(50_000) + ']'), 2, 'only the last "[1]" is whole');
    assert.equal(number(`${'\\a '.repeat(50_000)}[1]`, 'latex'), 2);
    assert.equal(number(`${'\\a'.repeat(50_000)}[1]`, 'latex'), 1, 'a command\'s option');
  });

  it('numbers the citation and the reference entry alike when composing for a document', () => {
    const options: CiteOptions = { style: STYLES['gb-t-7714'], form: 'parenthetical', shape: 'auto', output: 'formatted' };
    const document = 'Smith<sup>[1]</sup> and Lee<sup>[2]</sup>. ';
    const at = [{ start: document.length, end: document.length }];
    const write = (request: Request, text = document) => compose(work, request, options, 'markdown', text, at).inserts[0];
    assert.equal(write({ kind: 'citation', passage: { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' } }), '<sup>[3]para. 4</sup>');
    assert.equal(write({ kind: 'reference' }), `[3] ${ENTRY}`);
    const again = `${document}This text<sup>[3]para. 4</sup>, then Wu<sup>[4]</sup>. `;
    assert.equal(write({ kind: 'citation', passage: { locator: { kind: 'paragraphs', first: 6, last: 6 }, text: '' } }, again), '<sup>[3]para. 6</sup>');
  });
});
