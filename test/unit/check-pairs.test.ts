/**
 * The scans every block goes through: pairing parentheses and brackets, and
 * finding quotation marks. Each leaps over what cannot matter (text outside
 * every pair, a block with no mark), and these tests hold what it finds.
 */
import * as assert from 'node:assert/strict';
import { outermostPairs } from '../../src/core/check/parentheticals';
import { findQuotes } from '../../src/core/check/quotes';

const pairs = (text: string, open = '(', close = ')'): string[] => outermostPairs(text, open, close).map((p) => text.slice(p.start, p.end));
const quotes = (text: string, language: 'markdown' | 'latex' | 'plaintext' = 'markdown'): string[] =>
  findQuotes(text, language).map((q) => `${q.block ? 'block' : 'inline'}:${text.slice(q.contentStart, q.contentEnd)}`);

describe('Pairing parentheses and brackets', () => {
  it('keeps the outermost pairs in order, a pair inside another left to it', () => {
    assert.deepEqual(pairs('a (b) c (d (e) f) g (h)'), ['(b)', '(d (e) f)', '(h)']);
    assert.deepEqual(pairs('x [@k, para. 4] y [see [z]]', '[', ']'), ['[@k, para. 4]', '[see [z]]']);
    assert.deepEqual(pairs('（钟，2007）与（王，2001）', '（', '）'), ['（钟，2007）', '（王，2001）']);
  });

  it('pairs a closing mark with the nearest open one, and leaves unmatched marks alone', () => {
    assert.deepEqual(pairs(') (a) )'), ['(a)']);
    assert.deepEqual(pairs('(a)(b)((c))'), ['(a)', '(b)', '((c))']);
    assert.deepEqual(pairs('(( a ) b'), ['( a )']);
    assert.deepEqual(pairs('no marks at all'), []);
    assert.deepEqual(pairs('((((('), []);
  });

  it('does not pair across a blank line, nor over more than 400 characters', () => {
    assert.deepEqual(pairs('(a\n\nb) (c)'), ['(c)']);
    assert.deepEqual(pairs('(a\n> \nb)'), []);
    assert.deepEqual(pairs('(a\nb)'), ['(a\nb)']);
    const long = `(${'x'.repeat(399)})`;
    assert.deepEqual(pairs(long), []);
    assert.deepEqual(pairs(`(${'x'.repeat(396)}(y))`), ['(y)']);
  });
});

describe('Finding quotations', () => {
  it('finds none in a block with no quotation mark, and each quotation in order where there are', () => {
    assert.deepEqual(quotes('A plain sentence, with a comma.'), []);
    assert.deepEqual(quotes('He said “a b” and "c d", then ‘e’.'), ['inline:a b', 'inline:c d', 'inline:e']);
  });

  it('keeps a quotation inside another to the outer one, and orders block quotes among the rest', () => {
    assert.deepEqual(quotes('“a ‘b’ c”'), ['inline:a ‘b’ c']);
    assert.deepEqual(quotes('“a ‘b’ c” and “d”'), ['inline:a ‘b’ c', 'inline:d']);
    assert.deepEqual(quotes('x “a” y\n> quoted “line” here\nz “b”'), ['inline:a', 'block:quoted “line” here', 'inline:b']);
    assert.deepEqual(quotes('> first\n\nthen “c”'), ['block:first', 'inline:c']);
  });

  it('reads LaTeX quotations and quoting commands together, in order', () => {
    assert.deepEqual(quotes("\\enquote{a b} and ``c d'' and \\enquote{e}", 'latex'), ['inline:a b', 'inline:c d', 'inline:e']);
  });
});
