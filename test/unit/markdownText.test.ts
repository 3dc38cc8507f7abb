import * as assert from 'node:assert/strict';
import { inlineText, isThematicBreak, lineContent } from '../../src/core/markdownText';
import { formatProblem, parseText } from '../../src/core/parse';

const record = ['---', 'key: sample2020md', 'type: webpage', 'title: A Sample Page', 'url: https://example.org/page', 'issued: 2020-03-04', '---', ''];

describe("A text's Markdown, read as its reader reads it", () => {
  it('keeps the words of links, code and emphasis, and leaves out addresses, images, note references, comments and tags', () => {
    assert.equal(inlineText('The *party* said that **cooperation** matters, as the [report](https://example.org/r "Report") shows.[^1]'), 'The party said that cooperation matters, as the report shows.');
    assert.equal(inlineText('See ![a map](map.png) the [list][ref], `code` and <https://example.org> here.'), 'See  the list, code and https://example.org here.');
    assert.equal(inlineText('One<!-- a comment -->two <sup>3</sup> and <br/>four.'), 'Onetwo 3 and four.');
    assert.equal(inlineText('___Strong and emphasised___ and _one_ word, a link [in (parentheses)](https://a.org/b_(c)).'), 'Strong and emphasised and one word, a link in (parentheses).');
    assert.equal(inlineText('Escaped \\*stars\\* and \\[brackets\\] stay.'), 'Escaped *stars* and [brackets] stay.');
  });

  it('keeps what pairs with nothing: arithmetic, a closing asterisk, snake_case, a bracket, an open comment', () => {
    for (const text of ['5 * 3 = 15, and 2 * 4.', 'A note marked so*.', 'The file_name_here and a_b_c stay.', 'Quoted [sic] as written.', 'An <!-- open comment.', 'Words "in quotes" and it’s.']) {
      assert.equal(inlineText(text), text);
    }
  });

  it('reads a line without its block quotation marks, bullet or note label, and knows a thematic break', () => {
    assert.deepEqual(['> quoted', '> > - nested item', '- item', '* item', '+ item', '[^1]: the note', '1. kept as numbered', '-not a bullet', '*emphasis*'].map(lineContent),
      ['quoted', 'nested item', 'item', 'item', 'item', 'the note', '1. kept as numbered', '-not a bullet', '*emphasis*']);
    assert.deepEqual(['---', '* * *', ' ___ ', '--', '- - x'].map(isThematicBreak), [true, true, true, false, false]);
  });

  it('reads a text written in Markdown as its paragraphs show, headings too, and a paragraph of marks alone is none', () => {
    const source = [...record, '## A *Marked* Heading', '', 'The *party* said that [cooperation](https://example.org) matters.[^1]', '', '- First point.', '- Second point.', '', '---', '', '> Quoted at length.', '', '![A map](map.png)', '', '[^1]: A note of the page.'].join('\n');
    const result = parseText(source, 'page.text.md');
    if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
    assert.deepEqual(result.work.sections.map((s) => s.heading), ['A Marked Heading']);
    assert.deepEqual(result.work.paragraphs.map((p) => [p.number, p.text, p.line]), [
      [1, 'The party said that cooperation matters.', 11],
      [2, 'First point. Second point.', 13],
      [3, 'Quoted at length.', 18],
      [4, 'A note of the page.', 22],
    ]);
  });
});
