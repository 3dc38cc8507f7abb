import * as assert from 'node:assert/strict';
import { holdsCitations, render, TARGET_IDS, targetFor } from '../../src/core/cite';
import { markdownNoteLabels } from '../../src/core/cite/targets';
import { italic, NBSP, quoted, readQuoted, sup, type Rich } from '../../src/core/cite/rich';
import { seededRandom } from '../fixtures/random';

/** One of everything: italics, a quotation holding one, a superscript, a non-breaking space and characters that are markup somewhere. */
const SAMPLE: Rich = ['A & B <c> 50% $1 #2 a_b {x} ~ \\ * `t` ', italic('Book'), ' ', quoted('said ', quoted('so')), ' para.', NBSP, '4–5', sup('[1]')];

describe('Formatted text is written in each kind of file by its own conventions', () => {
  const expected: Record<string, string> = {
    markdown: 'A & B \\<c> 50% $1 #2 a\\_b {x} ~ \\\\ \\* \\`t\\` *Book* “said ‘so’” para. 4–5<sup>[1]</sup>',
    mdx: 'A & B \\<c> 50% $1 #2 a\\_b \\{x\\} ~ \\\\ \\* \\`t\\` *Book* “said ‘so’” para. 4–5<sup>[1]</sup>',
    typst: 'A & B \\<c> 50% \\$1 \\#2 a\\_b {x} \\~ \\\\ \\* \\`t\\` #emph[Book] “said ‘so’” para.~4–5#super[[1]]',
    org: 'A & B <c> 50% $1 #2 a_b {x} ~ \\ * `t` /Book/ “said ‘so’” para.\u00a04–5^{[1]}',
    latex: 'A \\& B <c> 50\\% \\$1 \\#2 a\\_b \\{x\\} \\textasciitilde{} \\textbackslash{} * `t` \\emph{Book} \\enquote{said \\enquote{so}} para.~4--5\\textsuperscript{[1]}',
    html: 'A &amp; B &lt;c&gt; 50% $1 #2 a_b {x} ~ \\ * `t` <i>Book</i> “said ‘so’” para. 4–5<sup>[1]</sup>',
    asciidoc: 'A & B <c> 50% $1 \\#2 a\\_b {x} \\~ \\ \\* \\`t\\` _Book_ “said ‘so’” para.{nbsp}4–5^[1]^',
    restructuredtext: 'A & B <c> 50% $1 #2 a\\_b {x} ~ \\\\ \\* \\`t\\` *Book* “said ‘so’” para. 4–5:sup:`[1]`',
    plaintext: 'A & B <c> 50% $1 #2 a_b {x} ~ \\ * `t` Book “said ‘so’” para. 4–5[1]',
  };
  for (const target of TARGET_IDS) {
    it(`renders ${target}`, () => assert.equal(render(SAMPLE, target), expected[target]));
  }

  it('starts with single marks when the style\'s outer marks are single', () => {
    assert.equal(render([quoted('said ', quoted('so'))], 'plaintext', true), '‘said “so”’');
  });

  it('escapes Typst\'s brackets only when they do not pair up', () => {
    assert.equal(render(['[1] and [M]'], 'typst'), '[1] and [M]');
    assert.equal(render(['a ] b [ c'], 'typst'), 'a \\] b \\[ c');
  });

  it('knows a document VS Code opens as plain text by its file name', () => {
    assert.equal(targetFor('plaintext', '/essay/chapter.typ'), 'typst');
    assert.equal(targetFor('plaintext', '/essay/chapter.QMD'), 'markdown');
    assert.equal(targetFor('plaintext', '/essay/notes.org'), 'org');
    assert.equal(targetFor('plaintext', '/essay/notes.txt'), 'plaintext');
    assert.equal(targetFor('latex', '/essay/odd.typ'), 'latex');
  });

  it('writes every language it does not know as plain text', () => {
    assert.equal(targetFor('markdown'), 'markdown');
    assert.equal(targetFor('tex'), 'latex');
    assert.equal(targetFor('restructuredtext'), 'restructuredtext');
    assert.equal(targetFor('python'), 'plaintext');
    assert.equal(targetFor('quarto'), 'markdown');
    assert.equal(targetFor('rmd'), 'markdown');
    assert.equal(targetFor('mdx'), 'mdx');
    assert.equal(targetFor('typst'), 'typst');
    assert.equal(targetFor('org'), 'org');
    assert.equal(holdsCitations('asciidoc'), true);
    assert.equal(holdsCitations('json'), false);
  });
});

describe('Quoted words are read with their own quotation marks', () => {
  it('turns a pair of straight or curly double marks into a quotation and apostrophes into typeset ones', () => {
    assert.deepEqual(readQuoted('As an "accelerator," China\'s role'), ['As an ', { quoted: ['accelerator,'] }, ' China’s role']);
    assert.deepEqual(readQuoted('the “Western development,” and "rise"'), ['the ', { quoted: ['Western development,'] }, ' and ', { quoted: ['rise'] }]);
  });

  it('leaves a mark without its partner as it is', () => {
    assert.deepEqual(readQuoted('12" long'), ['12" long']);
    assert.deepEqual(readQuoted('an "open one and "a pair"'), ['an "open one and "a pair"']);
  });
});

describe('Markdown note labels', () => {
  /** What the pattern this scan replaces found, for comparison on ordinary input. */
  const byPattern = (text: string) => Array.from(text.matchAll(/\[\^([^\]\s]+)\]/g), (m) => m[1]);

  it('finds the labels of markers and definitions, and nothing in "[^]" or a label with a space', () => {
    assert.deepEqual(markdownNoteLabels('A[^1] b[^note]. [^] [^a b] c[^[^x]\n\n[^1]: One.\n'), ['1', 'note', '[^x', '1']);
  });

  it('finds what the pattern found, on random text made of the characters that matter', () => {
    const random = seededRandom(7);
    const pieces = ['[^', '[', '^', ']', ' ', '\n', 'a', '1', '[^1]'];
    for (let n = 0; n < 500; n++) {
      const text = Array.from({ length: Math.floor(random() * 30) }, () => pieces[Math.floor(random() * pieces.length)]).join('');
      assert.deepEqual(markdownNoteLabels(text), byPattern(text), JSON.stringify(text));
    }
  });

  it('reads "[^" repeated 40,000 times to the end, finding no label, and one label after it', () => {
    assert.deepEqual(markdownNoteLabels('[^'.repeat(40_000)), []);
    // The first "[^" opens a label that runs to the "]": 39,999 more "[^" inside it.
    assert.deepEqual(markdownNoteLabels(`${'[^'.repeat(40_000)}]`), ['[^'.repeat(39_999)]);
    assert.deepEqual(markdownNoteLabels(`${'[^'.repeat(40_000)} [^7]`), ['7']);
  });
});
