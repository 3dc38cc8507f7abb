import * as assert from 'node:assert/strict';
import { bundledWork } from '../../src/core/corpus';
import { SIMPLIFIED_CHINESE } from '../../src/core/messages';
import { parseText } from '../../src/core/parse';
import { layoutReader, paragraphAtLine, passageFromSelection, rangeInReader } from '../../src/core/readerLayout';
import { renderWorkText } from '../../src/core/render';

describe('The reader layout', () => {
  const work = bundledWork();
  const layout = layoutReader(work);
  const lines = layout.text.split('\n');
  const lineOf = (n: number) => layout.paragraphs[n - 1].line;

  it('shows the title, every section heading and every paragraph after its number', () => {
    assert.equal(lines[0], `# ${work.record.title}`);
    assert.deepEqual(lines.filter((l) => l.startsWith('## ')), work.sections.map((s) => `## ${s.label}`));
    for (const p of work.paragraphs) assert.equal(lines[lineOf(p.number)], `[${p.number}] ${p.text}`);
  });

  it('maps a line to its paragraph, and a heading to the paragraph after it', () => {
    assert.equal(paragraphAtLine(layout, lineOf(4)), 4);
    assert.equal(paragraphAtLine(layout, layout.sectionLines.get('s2') ?? -1), 6);
  });

  it('turns a selection inside a paragraph into exactly the selected words', () => {
    const line = lineOf(4);
    const text = '"accelerator," party-to-party relations';
    const at = lines[line].indexOf(text);
    const passage = passageFromSelection(layout, work, { line, character: at }, { line, character: at + text.length });
    assert.deepEqual(passage, { locator: { kind: 'paragraphs', first: 4, last: 4 }, text });
  });

  it('turns a selection across two paragraphs into a range, leaving out numbers and blank lines', () => {
    const start = { line: lineOf(4), character: lines[lineOf(4)].indexOf('By contacts with young') };
    const end = { line: lineOf(5), character: lines[lineOf(5)].indexOf(' also include') };
    const passage = passageFromSelection(layout, work, start, end);
    assert.deepEqual(passage, {
      locator: { kind: 'paragraphs', first: 4, last: 5 },
      text: 'By contacts with young political figures, the CPC has laid foundations for future state-to-state relations. Party-to-party contacts',
    });
  });

  it('quotes nothing when only a heading or a paragraph number is selected', () => {
    const heading = layout.sectionLines.get('s1') ?? 0;
    assert.equal(passageFromSelection(layout, work, { line: heading, character: 0 }, { line: heading, character: 10 }), undefined);
    assert.equal(passageFromSelection(layout, work, { line: lineOf(3), character: 0 }, { line: lineOf(3), character: 3 }), undefined);
  });

  it('finds a sentence inside its paragraph', () => {
    const sentence = work.paragraphs[3].sentences[1];
    const range = rangeInReader(layout, work, 4, sentence.text);
    assert.ok(range);
    assert.equal(lines[range.start.line].slice(range.start.character, range.end.character), sentence.text);
  });
});

describe('The reader header', () => {
  it('names the editor in the order the citations do', () => {
    const { text } = layoutReader(bundledWork());
    assert.match(text, /edited by Zhong Lianyan \(/);
    assert.doesNotMatch(text, /Lianyan Zhong/);
  });

  it('says where the text comes from in Chinese when given the Chinese catalogue, the record as written and the paragraphs where they were', () => {
    const english = layoutReader(bundledWork());
    const chinese = layoutReader(bundledWork(), SIMPLIFIED_CHINESE.reader);
    assert.match(chinese.text.split('\n')[2], /^出自 \*.+\*，Zhong Lianyan 编（.+：.+，\d{4}）。.*各段按引用中的编号标出：“para\. 4”即 \[4\]。$/);
    assert.doesNotMatch(chinese.text.split('\n')[2], /From|edited by|Paragraphs/);
    assert.deepEqual(chinese.paragraphs.map((p) => [p.paragraph, p.line, p.column]), english.paragraphs.map((p) => [p.paragraph, p.line, p.column]));
  });

  it('names the untitled introduction in the catalogue\'s language, and keeps the text\'s headings as written', () => {
    const work = bundledWork();
    const heading = (layout: { text: string }, id: string) => layout.text.split('\n')[layoutReader(work).sectionLines.get(id)!];
    const english = layoutReader(work);
    const chinese = layoutReader(work, SIMPLIFIED_CHINESE.reader);
    assert.equal(heading(english, work.sections[0].id), '## Introduction');
    assert.equal(heading(chinese, work.sections[0].id), '## 引言');
    assert.equal(heading(chinese, work.sections[1].id), `## ${work.sections[1].heading}`);
  });
});

describe('The reader of a text the writer brings', () => {
  const source = [
    '---', 'key: keeper2020harbour', 'type: book', 'title: Harbour Walls', 'authors:', '  - family: Keeper', '    given: Ann',
    'issued: 2020', 'publisher: Sample Press', 'place: Ningbo', 'language: en', '---', '',
    '{p. 41}', '', 'The harbour walls were raised in the spring.', '',
    'Trade grew slowly. {p. 42} Later the merchants built warehouses.', '',
  ].join('\n');
  const result = parseText(source, 'keeper.text.md');
  assert.ok(result.ok);
  const work = result.work;

  it('is headed by the text\'s reference entry, not by the built-in text\'s source line', () => {
    const layout = layoutReader(work);
    const lines = layout.text.split('\n');
    assert.equal(lines[0], '# Harbour Walls');
    assert.match(lines[2], /^Keeper, A\. \(2020\)\. \*Harbour walls\*\. Sample Press\. Paragraphs are numbered/);
    assert.doesNotMatch(layout.text, /From \*\*|edited by {2}/);
    assert.match(layoutReader(work, SIMPLIFIED_CHINESE.reader, 'gb-t-7714').text.split('\n')[2], /^KEEPER A\. Harbour walls\[M\]/);
  });

  it('gives each paragraph its printed pages after its number, and maps selections past them to the paragraph\'s own words', () => {
    const layout = layoutReader(work);
    const [first, second] = layout.paragraphs;
    const lines = layout.text.split('\n');
    assert.equal(lines[first.line], '[1] (p. 41) The harbour walls were raised in the spring.');
    assert.equal(lines[second.line], '[2] (pp. 41–42) Trade grew slowly. Later the merchants built warehouses.');
    // Selecting the whole line, page mark and all, quotes the paragraph's words alone.
    const passage = passageFromSelection(layout, work, { line: second.line, character: 0 }, { line: second.line, character: lines[second.line].length });
    assert.equal(passage?.text, 'Trade grew slowly. Later the merchants built warehouses.');
    assert.match(renderWorkText(work), /\[2\] \(pp\. 41–42\) Trade grew slowly\./);
  });
});
