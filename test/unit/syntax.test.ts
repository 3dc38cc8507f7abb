import * as assert from 'node:assert/strict';
import { mdxNonProse } from '../../src/core/syntax/mdx';
import { orgCitations, orgFootnoteDefinitions, orgFootnoteReferences, orgNonProse, orgQuoteBlocks } from '../../src/core/syntax/org';
import { blankRegions, type Region } from '../../src/core/syntax/regions';
import { typstCitations, typstFootnotes, typstNonProse, typstQuotes } from '../../src/core/syntax/typst';

const slices = (text: string, regions: readonly Region[]) => regions.map((r) => text.slice(r.start, r.end));

describe('Typst is read as Typst writes it', () => {
  it('leaves out comments, raw text, escapes, labels and code lines, and keeps URLs and prose', () => {
    const text = '#set page(width: 10cm)\n= Intro <intro>\nSee https://example.org // a comment\n/* a\nblock */ Text `raw "x"` and \\#not #emph[this] #quote[that].\n```\n"quoted in raw"\n```\n#let x = 1\nEnd.';
    assert.deepEqual(slices(text, typstNonProse(text)), ['#set page(width: 10cm)', '<intro>', '// a comment', '/* a\nblock */', '`raw "x"`', '\\', '#emph', '```\n"quoted in raw"\n```', '#let x = 1']);
    assert.equal(blankRegions(text, typstNonProse(text)).length, text.length);
  });

  it('keeps an escaped character as text, or leaves it out when asked', () => {
    assert.deepEqual(slices('\\[1\\]', typstNonProse('\\[1\\]')), ['\\', '\\']);
    assert.deepEqual(slices('\\#x', typstNonProse('\\#x', { escapedAsText: false })), ['\\#']);
  });

  it('finds #quote and #quote(block: true) with their content', () => {
    const text = 'He said #quote[party ties [matter]] and\n#quote(block: true, attribution: [Zhong])[A block.]';
    const quotes = typstQuotes(text);
    assert.deepEqual(quotes.map((q) => [text.slice(q.contentStart, q.contentEnd), q.block]), [['party ties [matter]', false], ['A block.', true]]);
    assert.equal(text.slice(quotes[1].start, quotes[1].end), '#quote(block: true, attribution: [Zhong])[A block.]');
  });

  it('finds @key, @key[supplement] and #cite(<key>, supplement: […]), not e-mail addresses', () => {
    const text = 'As @cpc2007[para. 4] says, and #cite(<cpc2007>, form: "prose", supplement: [paras. 4–5]); also @other. Mail a@b.org.';
    const found = typstCitations(text);
    assert.deepEqual(found.map((c) => [text.slice(c.start, c.end), c.key, c.supplement && text.slice(c.supplement.start, c.supplement.end)]), [
      ['@cpc2007[para. 4]', 'cpc2007', 'para. 4'],
      ['#cite(<cpc2007>, form: "prose", supplement: [paras. 4–5])', 'cpc2007', 'paras. 4–5'],
      ['@other', 'other', undefined],
    ]);
  });

  it('finds #footnote[…] with its text', () => {
    const text = 'Text.#footnote[“Outstanding Results,” #emph[under] para. 4.] More.';
    assert.deepEqual(typstFootnotes(text).map((n) => text.slice(n.body.start, n.body.end)), ['“Outstanding Results,” #emph[under] para. 4.']);
  });
});

describe('Org is read as Org writes it', () => {
  it('leaves out comment and keyword lines, source blocks, drawers, verbatim, code and link targets', () => {
    const text = '#+title: Essay\n# a comment\n* Heading\n:PROPERTIES:\n:ID: x\n:END:\nText =verb "q"= and ~code~ and [[https://x.org][a link]].\n#+begin_src R\nx <- "quoted"\n#+end_src\n#+begin_quote\nQuoted.\n#+end_quote\n';
    assert.deepEqual(slices(text, orgNonProse(text)), ['#+title: Essay', '# a comment', ':PROPERTIES:\n:ID: x\n:END:', '=verb "q"=', '~code~', '[[https://x.org]', '#+begin_src R\nx <- "quoted"\n#+end_src']);
  });

  it('finds #+begin_quote blocks with their text', () => {
    const text = 'Before.\n#+BEGIN_QUOTE\nQuoted words.\n#+END_QUOTE\nAfter.';
    const [quote] = orgQuoteBlocks(text);
    assert.equal(text.slice(quote.contentStart, quote.contentEnd), 'Quoted words.\n');
    assert.equal(text.slice(quote.start, quote.end), '#+BEGIN_QUOTE\nQuoted words.\n#+END_QUOTE');
  });

  it('finds org-cite citations, each reference with its suffix', () => {
    const text = 'As [cite:@cpc2007 para. 4] and [cite/t:see @a p. 2; @cpc2007 paras. 4–5] say; [cite:no key].';
    const found = orgCitations(text);
    assert.deepEqual(found.map((c) => [text.slice(c.start, c.end), c.references.map((r) => [r.key, text.slice(r.suffix.start, r.suffix.end)])]), [
      ['[cite:@cpc2007 para. 4]', [['cpc2007', ' para. 4']]],
      ['[cite/t:see @a p. 2; @cpc2007 paras. 4–5]', [['a', ' p. 2'], ['cpc2007', ' paras. 4–5']]],
    ]);
  });

  it('finds footnote references and definitions', () => {
    const text = 'Text.[fn:1] More.[fn:note]\n\n[fn:1] “Outstanding Results,” para. 4.\n[fn:note] Another.\n\n\nAfter.';
    assert.deepEqual(orgFootnoteReferences(text).map((r) => r.label), ['1', 'note']);
    assert.deepEqual(orgFootnoteDefinitions(text).map((d) => [d.label, text.slice(d.body.start, d.body.end)]), [['1', '“Outstanding Results,” para. 4.\n'], ['note', 'Another.']]);
  });
});

describe('MDX is read as MDX writes it', () => {
  it('leaves out import and export lines and brace expressions, not code or escaped braces', () => {
    const text = 'import { Note } from "./note"\nexport const claim = "quoted"\n\nText {/* "a comment" */} and \\{not\\} and {\n  props.x\n}.\n\n```js\nconst y = {"a": 1}\n```\n';
    assert.deepEqual(slices(text, mdxNonProse(text)), ['import { Note } from "./note"\nexport const claim = "quoted"\n', '{/* "a comment" */}', '{\n  props.x\n}']);
  });
});

describe('The syntax readers take time in proportion to the text, whatever it holds', () => {
  const hostile = ['[cite:', '[cite:@', '#quote[', '#quote(', '#cite(', '#cite(<', '@', '@a[', '#footnote[', '[fn:', '[[', '=', '~', '/*', '//', '`', '```', '\\', '<a', '{', 'import ', '#+begin_src\n', '#+begin_quote\n', ':PROPERTIES:\n', '[cite:@k p. 1]', '#quote(block: true)[x]', '#cite(<k>, supplement: [x])', '@k[x]', '[fn:1] x\n', '{x}', '<a>', '#a', '#emph[', '#super[[1]x]'];
  it('reads "<a" 20,000 times over before one ">"', () => {
    assert.deepEqual(typstNonProse(`${'<a'.repeat(20_000)}>`), [{ start: 39_998, end: 40_001 }]);
  });
  for (const piece of hostile) {
    it(`reads "${piece.replace(/\n/g, '\\n')}" 20,000 times over`, () => {
      const text = piece.repeat(20_000);
      for (const read of [typstNonProse, typstQuotes, typstCitations, typstFootnotes, orgNonProse, orgQuoteBlocks, orgCitations, orgFootnoteReferences, orgFootnoteDefinitions, mdxNonProse]) {
        const found = read(text) as readonly { start: number; end: number }[];
        for (const r of found) assert.ok(r.start >= 0 && r.end <= text.length);
      }
    });
  }
});
