import * as assert from 'node:assert/strict';
import { holdsCitations, render, TARGET_IDS, targetFor } from '../../src/core/cite';
import { italic, NBSP, quoted, readQuoted, sup, type Rich } from '../../src/core/cite/rich';

/** One of everything: italics, a quotation holding one, a superscript, a non-breaking space and characters that are markup somewhere. */
const SAMPLE: Rich = ['A & B <c> 50% $1 #2 a_b {x} ~ \\ * `t` ', italic('Book'), ' ', quoted('said ', quoted('so')), ' para.', NBSP, '4–5', sup('[1]')];

describe('Formatted text is written in each kind of file by its own conventions', () => {
  const expected: Record<string, string> = {
    markdown: 'A & B \\<c> 50% $1 #2 a\\_b {x} ~ \\\\ \\* \\`t\\` *Book* “said ‘so’” para. 4–5<sup>[1]</sup>',
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

  it('writes every language it does not know as plain text', () => {
    assert.equal(targetFor('markdown'), 'markdown');
    assert.equal(targetFor('tex'), 'latex');
    assert.equal(targetFor('restructuredtext'), 'restructuredtext');
    assert.equal(targetFor('python'), 'plaintext');
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
