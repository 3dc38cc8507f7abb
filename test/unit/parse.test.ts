import * as assert from 'node:assert/strict';
import { BUNDLED_CORPUS_SOURCE, bundledWork } from '../../src/core/corpus';
import { paragraphRange } from '../../src/core/model';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { syntheticWork } from '../../bench/corpora';
import type { Work } from '../../src/core/model';
import { formatProblem, MAX_PARAGRAPH, parseCorpus, parseText, parseTextInSteps, type ParseResult, type TextResult } from '../../src/core/parse';
import { HOSTILE_RECORD, hostileText, hostileTexts } from '../fixtures/hostileTexts';

function problems(result: ParseResult): string[] {
  assert.equal(result.ok, false, 'the input should be rejected');
  return result.ok ? [] : result.problems.map(formatProblem);
}

const MINIMAL_RECORD = [
  '---',
  'key: test2020',
  'type: chapter',
  'title: A Title',
  'container-title: A Book',
  'editors:',
  '  - family: Zhong',
  '    given: Lianyan',
  'publisher: A Press',
  'place: Beijing',
  'issued: 2020-01',
  '---',
];

describe('The corpus parser', () => {
  describe('on the bundled text', () => {
    const work = bundledWork();

    it('finds an untitled introduction and five headed sections', () => {
      assert.deepEqual(work.sections.map((s) => s.id), ['intro', 's1', 's2', 's3', 's4', 's5']);
      assert.equal(work.sections[0].heading, undefined);
      assert.equal(work.sections[0].label, 'Introduction');
    });

    it('numbers the thirteen paragraphs 1 to 13 through the whole text', () => {
      assert.deepEqual(work.paragraphs.map((p) => p.number), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
      assert.deepEqual(work.paragraphs.map((p) => p.id), work.paragraphs.map((p) => `p${p.number}`));
    });

    it('gives each section the paragraph range it covers', () => {
      assert.deepEqual(work.sections.map((s) => paragraphRange(s)), [
        { first: 1, last: 1 }, { first: 2, last: 5 }, { first: 6, last: 7 }, { first: 8, last: 9 }, { first: 10, last: 11 }, { first: 12, last: 13 },
      ]);
    });

    it('reads the record without inverting the editor\'s name', () => {
      const { record } = work;
      assert.equal(record.key, 'cpcir2007outstanding');
      assert.equal(record.title, "The Outstanding Results of CPC's International Relations");
      assert.equal(record.containerTitle, 'International Relations of the Communist Party of China');
      assert.deepEqual(record.editors, [{ family: 'Zhong', given: 'Lianyan' }]);
      assert.deepEqual(record.authors, []);
      assert.equal(record.publisher, 'China Intercontinental Press');
      assert.equal(record.place, 'Beijing');
      assert.deepEqual(record.issued, { year: 2007, month: 10, day: undefined });
      assert.deepEqual(record.posted, { year: 2014, month: 11, day: 2 });
      assert.equal(record.language, 'en');
    });

    it('gives every sentence a stable id and its offset in the paragraph', () => {
      for (const p of work.paragraphs) {
        p.sentences.forEach((s, i) => {
          assert.equal(s.id, `p${p.number}.s${i + 1}`);
          assert.equal(p.text.slice(s.start, s.start + s.text.length), s.text);
        });
      }
    });

    it('parses the same text with Windows line endings identically', () => {
      const crlf = parseCorpus(BUNDLED_CORPUS_SOURCE.replace(/\n/g, '\r\n'), 'crlf.md');
      assert.ok(crlf.ok);
      assert.deepEqual(crlf.work, work);
    });
  });

  describe('on malformed input', () => {
    it('asks for front matter when the file does not start with ---', () => {
      assert.deepEqual(problems(parseCorpus('Just text.\n', 'a.md')), ['a.md:1: expected front matter: the file must start with a line "---"']);
    });

    it('reports front matter that is never closed', () => {
      assert.deepEqual(problems(parseCorpus('---\nkey: x\n', 'a.md')), ['a.md:1: front matter is not closed: add a line "---" after the record']);
    });

    it('names the line of a date that is not a date', () => {
      const source = [...MINIMAL_RECORD.slice(0, 10), 'issued: October 2007', '---', '', 'Text.'].join('\n');
      assert.deepEqual(problems(parseCorpus(source, 'b.md')), ['b.md:11: "issued" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found "October 2007"']);
    });

    it('names a missing required field', () => {
      const source = [...MINIMAL_RECORD.filter((l) => !l.startsWith('publisher')), '', 'Text.'].join('\n');
      assert.deepEqual(problems(parseCorpus(source, 'c.md')), ['c.md:1: the record needs "publisher"']);
    });

    it('rejects an editor without a family name, at its line', () => {
      const source = MINIMAL_RECORD.join('\n').replace('  - family: Zhong\n    given: Lianyan', '  - given: Lianyan') + '\n\nText.';
      assert.deepEqual(problems(parseCorpus(source, 'd.md')), ['d.md:7: each of "editors" needs a "family" name (and a "given" name), or a "literal" name for an organisation']);
    });

    it('rejects headings other than "## " and empty sections, at their lines', () => {
      const source = [...MINIMAL_RECORD, '', 'Intro.', '', '### Deep', '', '## Empty', '', '## Last', '', 'Text.'].join('\n');
      assert.deepEqual(problems(parseCorpus(source, 'e.md')), [
        'e.md:16: only "## " section headings are supported, found a level-3 heading',
        'e.md:18: the section "Empty" has no paragraphs',
      ]);
    });

    it('passes over a "# " heading with the record\'s title above the first paragraph, and reports any other, at its line', () => {
      const titled = parseCorpus([...MINIMAL_RECORD, '', '# A title: with its subtitle', '', 'Intro.', '', '## Part', '', 'Text.'].join('\n'), 't.md');
      assert.ok(titled.ok);
      assert.deepEqual(titled.work.paragraphs.map((p) => [p.text, p.sectionId, p.line]), [['Intro.', 'intro', 16], ['Text.', 's1', 20]]);
      assert.deepEqual(titled.work.sections.map((s) => s.heading), [undefined, 'Part']);
      const level1 = 'only "## " section headings are supported, found a level-1 heading (one above the first paragraph may repeat the record\'s title)';
      // Another heading, the title after a paragraph, and the title twice: each is a problem, not a section lost in silence.
      assert.deepEqual(problems(parseCorpus([...MINIMAL_RECORD, '', '# I. A Part', '', 'Text.'].join('\n'), 'u.md')), [`u.md:14: ${level1}`]);
      assert.deepEqual(problems(parseCorpus([...MINIMAL_RECORD, '', 'Intro.', '', '# A Title', '', 'Text.'].join('\n'), 'v.md')), [`v.md:16: ${level1}`]);
      assert.deepEqual(problems(parseCorpus([...MINIMAL_RECORD, '', '# A Title', '# A Title', '', 'Text.'].join('\n'), 'w.md')), [`w.md:15: ${level1}`]);
      // A word of the title alone is not the title.
      assert.deepEqual(problems(parseCorpus([...MINIMAL_RECORD, '', '# A', '', 'Text.'].join('\n'), 'x.md')), [`x.md:14: ${level1}`]);
    });

    it('reports a body with no paragraphs', () => {
      assert.deepEqual(problems(parseCorpus(MINIMAL_RECORD.join('\n'), 'f.md')), ['f.md:13: the text has no paragraphs']);
    });

    it('reports an unterminated quoted value and a tab indentation', () => {
      const source = MINIMAL_RECORD.join('\n').replace('title: A Title', 'title: "A Title').replace('  - family', '\t- family') + '\n\nText.';
      const found = problems(parseCorpus(source, 'g.md'));
      assert.ok(found.includes('g.md:4: unterminated double-quoted string'), found.join('\n'));
      assert.ok(found.includes('g.md:7: indent with spaces, not tabs'), found.join('\n'));
    });

    it('refuses a front matter past 64 KB without reading it, at its first line', () => {
      const source = ['---', 'key: x', ...new Array<string>(3000).fill(`note: ${'x'.repeat(30)}`), '---', '', 'Text.'].join('\n');
      assert.deepEqual(problems(parseText(source, 'h.md')), ['h.md:1: the front matter runs past 64 KB: a record takes a few lines, closed by a line "---"']);
    });

    it('refuses a paragraph past 100,000 characters at its first line, one line or many, and reads on after it', () => {
      const said = 'this paragraph runs past 100,000 characters: separate the text\'s paragraphs with blank lines';
      const oneLine = [...MINIMAL_RECORD, '', 'First.', '', 'word '.repeat(MAX_PARAGRAPH / 5 + 1), 'more words', '', 'Third.'].join('\n');
      assert.deepEqual(problems(parseText(oneLine, 'i.md')), [`i.md:16: ${said}`]);
      const lines = [...MINIMAL_RECORD, '', 'First.', '', ...new Array<string>(MAX_PARAGRAPH / 16 + 1).fill('a line of words'), '', '### Deep', '', 'Text.'].join('\n');
      // The paragraph after is read: its heading's problem is reported too.
      assert.deepEqual(problems(parseText(lines, 'j.md')), [`j.md:16: ${said}`, `j.md:${16 + MAX_PARAGRAPH / 16 + 1 + 1}: only "## " section headings are supported, found a level-3 heading`]);
      // Up to the limit, a paragraph is read whole.
      const under = parseText([...MINIMAL_RECORD, '', 'word '.repeat(MAX_PARAGRAPH / 5 - 1)].join('\n'), 'k.md');
      assert.equal(under.ok && under.work.paragraphs[0].text.length, MAX_PARAGRAPH - 6);
    });

    it('reads hostile texts as texts or refuses them with problems, never throwing', () => {
      for (const hostile of hostileTexts()) {
        for (const size of [80_000, 400_000]) {
          const result = parseText(hostileText(hostile, size), 'hostile.md');
          if (size === 80_000) assert.equal(result.ok, hostile.ok, hostile.label);
          else if (hostile.prefix.startsWith(HOSTILE_RECORD) && !hostile.unit.includes('\n\n')) assert.ok(!result.ok && result.problems.some((p) => /runs past 100,000/.test(p.message)), hostile.label);
          assert.ok(result.ok || result.problems.length > 0, hostile.label);
        }
      }
      // A marker written otherwise is still reported, and "{p. " unclosed is text.
      assert.deepEqual(problems(parseText(`${HOSTILE_RECORD}Words {pp. 23} and {p 24} here.`, 'l.md')).length, 1);
      const unclosed = parseText(`${HOSTILE_RECORD}Words {p. {p. 3 here.`, 'm.md');
      assert.equal(unclosed.ok && unclosed.work.paragraphs[0].text, 'Words {p. {p. 3 here.');
    });

    it('never throws, whatever the input', () => {
      let seed = 7;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pieces = ['---', '\n', '  ', '- ', 'key:', ' "', "'", '#', '## ', 'x', '\t', '\r\n', ':', '[', '{', '2007-13', '\u00a0'];
      for (let i = 0; i < 500; i++) {
        let text = '';
        const length = Math.floor(random() * 80);
        for (let j = 0; j < length; j++) text += pieces[Math.floor(random() * pieces.length)];
        const result = parseCorpus(text, 'fuzz.md');
        assert.ok(result.ok || result.problems.length > 0);
      }
    });
  });

  describe('in steps', () => {
    /** Parses `source` pausing after every line, as a parse whose deadline has always passed does; returns the result and the pauses. */
    function inSteps(source: string, file: string): { result: TextResult; pauses: number } {
      const steps = parseTextInSteps(source, file, { deadline: -Infinity });
      for (let pauses = 0; ; pauses++) {
        const next = steps.next();
        if (next.done) return { result: next.value, pauses };
      }
    }

    /** `work` written as a text a writer brings. */
    function asText(work: Work): string {
      const lines = ['---', 'key: book', 'type: book', 'title: A Book', 'publisher: A Press', 'issued: 2020', '---', ''];
      for (const section of work.sections) {
        if (section.heading !== undefined) lines.push(`## ${section.heading}`, '');
        for (const p of section.paragraphs) lines.push(p.text, '');
      }
      return lines.join('\n');
    }

    it('gives exactly the work of the one-go parse, on the bundled text and the fixtures', () => {
      const fixture = (name: string) => fs.readFileSync(path.join(__dirname, '../../../test/fixtures', name), 'utf8');
      const sources: [string, string][] = [
        ['bundled.md', BUNDLED_CORPUS_SOURCE],
        ['crlf.md', BUNDLED_CORPUS_SOURCE.replace(/\n/g, '\r\n')],
        ['constitution.text.md', fixture('texts/constitution.text.md')],
        ...fs.readdirSync(path.join(__dirname, '../../../test/fixtures/records')).map((name): [string, string] => [name, fixture(`records/${name}`)]),
      ];
      for (const [file, source] of sources) {
        const { result, pauses } = inSteps(source, file);
        assert.ok(result.ok, file);
        assert.deepEqual(result, parseText(source, file), file);
        assert.ok(pauses > 0, `${file} was parsed without a pause`);
      }
    });

    it('gives exactly the work of the one-go parse on a book of thirty times the bundled text, pausing on the way', function () {
      this.timeout(30_000);
      const book = syntheticWork(bundledWork(), 30);
      const source = asText(book);
      const { result, pauses } = inSteps(source, 'book.text.md');
      assert.ok(result.ok);
      assert.equal(result.work.paragraphs.length, book.paragraphs.length);
      assert.deepEqual(result, parseText(source, 'book.text.md'));
      assert.ok(pauses >= result.work.paragraphs.length, `${pauses} pauses`);
    });

    it('reports the same problems as the one-go parse, at the same lines', () => {
      const source = `${MINIMAL_RECORD.join('\n').replace('issued: 2020-01', 'issued: 2020-13')}\n\n# Title\n\nText {p. 3} more {p. 2}.\n\n## \n`;
      const { result } = inSteps(source, 'bad.md');
      assert.deepEqual(result, parseText(source, 'bad.md'));
      assert.ok(!result.ok && result.problems.length >= 3, JSON.stringify(result));
    });

    it('runs in one step when its deadline is far off', () => {
      const steps = parseTextInSteps(BUNDLED_CORPUS_SOURCE, 'bundled.md', { deadline: Infinity });
      assert.equal(steps.next().done, true);
    });
  });

  describe('whitespace', () => {
    it('collapses runs of spaces, tabs and non-breaking spaces in a paragraph, and keeps a clean line as it is', () => {
      const source = `${MINIMAL_RECORD.join('\n')}\n\n\tOne\u00a0 two   three. \n\nFour five six.\n\nSeven\neight.\n`;
      const result = parseCorpus(source, 'w.md');
      assert.ok(result.ok);
      assert.deepEqual(result.work.paragraphs.map((p) => p.text), ['One two three.', 'Four five six.', 'Seven eight.']);
    });
  });
});
