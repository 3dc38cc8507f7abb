import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseFrontMatter } from '../../src/core/frontMatter';
import { duplicateKeys, formatProblem, parseText } from '../../src/core/parse';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/records');
const read = (name: string) => fs.readFileSync(path.join(FIXTURES, name), 'utf8');

function work(name: string) {
  const result = parseText(read(name), name);
  if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
  return result;
}

function problems(source: string): string[] {
  const result = parseText(source, 't.md');
  assert.equal(result.ok, false, 'the text should be rejected');
  return result.ok ? [] : result.problems.map(formatProblem);
}

const text = (...record: string[]) => ['---', 'key: sample2020', 'title: Sample Title', 'issued: 2020', ...record, '---', '', 'Sample paragraph.'].join('\n');

describe('Texts the writer brings', () => {
  it('reads every fixture record without a problem', () => {
    for (const name of fs.readdirSync(FIXTURES)) work(name);
  });

  it('reads persons, organisations, editors and translators as CSL-JSON names', () => {
    assert.deepEqual(work('scio2011.md').work.record.authors, [{ family: 'State Council Information Office', given: '', literal: 'State Council Information Office' }]);
    const analects = work('confucius1979.md').work.record;
    assert.deepEqual(analects.authors, [{ family: 'Confucius', given: '' }]);
    assert.deepEqual(analects.translators, [{ family: 'Lau', given: 'D. C.' }]);
    assert.deepEqual(work('cormen2009.md').work.record.authors.map((a) => a.family), ['Cormen', 'Leiserson', 'Rivest', 'Stein']);
  });

  it('reads a name marked as written family name first, and rejects a mark that is not true or false', () => {
    assert.deepEqual(work('xi2017.md').work.record.authors, [{ family: 'Xi', given: 'Jinping', staticOrdering: true }]);
    assert.deepEqual(problems(text('type: speech', 'authors:', '  - family: Xi', '    given: Jinping', '    static-ordering: yes')), [
      't.md:7: "static-ordering" of a name in "authors" is true (the name is written family name first, as Chinese names are) or false',
    ]);
  });

  it('reads the fields of each type', () => {
    const article = work('huntington1993a.md').work.record;
    assert.deepEqual([article.type, article.containerTitle, article.volume, article.issue, article.pages, article.doi], ['article-journal', 'Foreign Affairs', '72', '3', '22-49', '10.2307/20045621']);
    const page = work('bernerslee1989.md').work.record;
    assert.deepEqual([page.type, page.url, page.accessed], ['webpage', 'https://www.w3.org/History/1989/proposal.html', { year: 2024, month: 5, day: 1 }]);
    const speech = work('xi2017.md').work.record;
    assert.deepEqual([speech.type, speech.eventPlace, speech.issued], ['speech', 'Beijing', { year: 2017, month: 5, day: 14 }]);
    assert.equal(work('cormen2009.md').work.record.edition, '3');
  });

  it('gives the line of the key, for messages about duplicate keys', () => {
    assert.equal(work('vogel2011.md').keyLine, 3);
  });

  describe("CSL-JSON's names of fields", () => {
    const fixture = read('scio2011.md');
    const body = fixture.slice(fixture.indexOf('---', 3));
    // The fixture's record as Zotero and pandoc write CSL YAML: their names of fields, and the date as a list of one map.
    const csl = [
      '---',
      'id: scio2011peaceful',
      'type: report',
      'title: "China\'s Peaceful Development"',
      'author:',
      '  - literal: State Council Information Office',
      'genre: White paper',
      'publisher: Foreign Languages Press',
      'publisher-place: Beijing',
      'issued:',
      '  - year: 2011',
      '    month: 9',
      body,
    ].join('\n');

    it('reads a record written with them as the same record, with the line of its key', () => {
      const own = work('scio2011.md');
      const read = parseText(csl, 'scio2011.md');
      if (!read.ok) assert.fail(read.problems.map(formatProblem).join('\n'));
      assert.deepEqual(read.work.record, own.work.record);
      // The body is the fixture's, a line further down.
      assert.deepEqual(read.work.paragraphs.map((p) => ({ ...p, line: p.line - 1 })), own.work.paragraphs);
      assert.equal(read.keyLine, 2);
    });

    it('reads editors, translators, pages, URL, DOI and the event under their CSL-JSON names', () => {
      const result = parseText(text('type: speech', 'editor:', '  - family: Zhong', '    given: Lianyan', 'translator:', '  - family: Lau', '    given: D. C.',
        'page: 3-9', 'URL: https://example.org/a', 'DOI: 10.1000/x', 'event-title: A Forum', 'accessed:', '  - year: 2024', '    month: 5', '    day: 1'), 't.md');
      if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
      const r = result.work.record;
      assert.deepEqual([r.editors, r.translators, r.pages, r.url, r.doi, r.event, r.accessed],
        [[{ family: 'Zhong', given: 'Lianyan' }], [{ family: 'Lau', given: 'D. C.' }], '3-9', 'https://example.org/a', '10.1000/x', 'A Forum', { year: 2024, month: 5, day: 1 }]);
    });

    it('reports a field given under both names, and a date list that is not a year, month and day, at their lines', () => {
      assert.deepEqual(problems(text('type: speech', 'authors:', '  - family: Xi', 'author:', '  - family: Hu')), [
        't.md:8: "authors" and "author" are one field under two names: keep one',
      ]);
      assert.deepEqual(problems(text('type: speech', 'posted:', '  - year: 2011', '    month: 13')), [
        't.md:6: "posted" is not a real date: "2011-13"',
      ]);
      assert.deepEqual(problems(text('type: speech', 'posted:', '  - year: 11', '    season: 2')), [
        't.md:6: "posted" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found "year: 11, season: 2"',
      ]);
      // An unknown key is named as before: the names here are the ones listed.
      assert.deepEqual(problems(text('type: speech', 'issue-date: 2011')).map((p) => p.slice(0, 32)), ['t.md:6: unknown key "issue-date"']);
    });
  });

  describe('page markers', () => {
    const paged = work('vogel2011.md').work;

    it('gives each paragraph the pages it falls on, and takes the marker out of its text', () => {
      assert.deepEqual(paged.paragraphs.map((p) => p.pages), [{ first: 1, last: 1 }, { first: 1, last: 2 }, { first: 3, last: 3 }]);
      assert.equal(paged.paragraphs[1].text, 'A second sample paragraph. It runs onto the next page.');
    });

    it('gives no pages where the text marks none', () => {
      const result = parseText(text('type: speech'), 't.md');
      assert.ok(result.ok);
      assert.equal(result.work.paragraphs[0].pages, undefined);
    });

    it('reports a paragraph before the first marker, pages that go back, and a misspelt marker, at their lines', () => {
      const source = text('type: speech').replace('Sample paragraph.', 'First.\n\n{p. 5}\n\nSecond. {p. 4}\n\nThird {p. x}.');
      assert.deepEqual(problems(source), [
        't.md:12: page 4 follows page 5: page markers must go up',
        't.md:14: a page marker is written "{p. 23}": a page number in digits, one marker a page',
        't.md:8: this paragraph comes before the first page marker: mark its page with "{p. N}" before it',
      ]);
    });
  });

  describe('malformed records', () => {
    it('names an unknown type and an unknown key at their lines', () => {
      assert.deepEqual(problems(text('type: novel', 'colour: red')), [
        't.md:6: unknown key "colour" (a record holds "key", "type", "title", "container-title", "authors", "editors", "translators", "publisher", "place", "issued", "posted", "accessed", "language", "received", "edition", "volume", "issue", "pages", "doi", "url", "event", "event-place", "genre", "number")',
        't.md:5: "type" must be one of "book", "chapter", "article-journal", "webpage", "speech", "report"; found "novel"',
      ]);
    });

    it('asks each type for its own fields', () => {
      assert.deepEqual(problems(text('type: article-journal')), ['t.md:1: the record needs "container-title"']);
      assert.deepEqual(problems(text('type: webpage')), ['t.md:1: the record needs "url"']);
    });

    it('rejects a name that is both a person and an organisation, and one that is neither', () => {
      assert.deepEqual(problems(text('type: speech', 'authors:', '  - literal: An Office', '    family: Office', '  - given: Only')), [
        't.md:7: a name in "authors" is either "literal" (an organisation) or "family" and "given" (a person), not both',
        't.md:9: each of "authors" needs a "family" name (and a "given" name), or a "literal" name for an organisation',
      ]);
    });

    it('tells a quoted value with text after its closing quote from one never closed', () => {
      const after = 'a value that starts with " must end with it (quote the whole value with the other quotes, or write it with no quotes around it)';
      assert.deepEqual(problems(text('type: speech', 'event: "Belt and Road" Forum')), [`t.md:6: text after the closing ": ${after}`]);
      assert.deepEqual(problems(text("type: speech", "event: 'Belt' Forum")).map((p) => p.slice(0, 37)), ["t.md:6: text after the closing ': a v"]);
      assert.deepEqual(problems(text('type: speech', 'event: "Belt and Road Forum')), ['t.md:6: unterminated double-quoted string']);
      // Quotes inside a value that does not start with one are its own characters, as in YAML.
      const plain = parseText(text('type: speech', 'event: The "Belt and Road" Forum'), 't.md');
      assert.equal(plain.ok && plain.work.record.event, 'The "Belt and Road" Forum');
    });

    it('reads keys named like object properties as plain keys', () => {
      const yaml = parseFrontMatter('constructor: x\n__proto__:\n  a: b\ntoString: y', 1);
      assert.deepEqual(yaml.problems, []);
      assert.deepEqual(Object.keys(yaml.value), ['constructor', '__proto__', 'toString']);
      assert.deepEqual(problems(text('type: speech', '__proto__: x')).length, 1);
    });

    it('reports nesting deeper than a record needs, instead of recursing without end', () => {
      const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k${i}:`).join('\n');
      const yaml = parseFrontMatter(deep, 1);
      assert.deepEqual(yaml.problems.map((p) => p.line), [10]);
    });

    it('never throws and never runs what a value says, whatever the front matter', () => {
      let seed = 11;
      const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
      const pieces = ['\n', '  ', '- ', 'authors:', 'literal:', 'family:', 'given:', ' "', "'", '#', 'x', '\t', ':', '!!js/function', '{p. 3}', '__proto__:', 'type: book', '2007', '&a', '*a'];
      for (let i = 0; i < 1000; i++) {
        let front = '';
        const length = Math.floor(random() * 60);
        for (let j = 0; j < length; j++) front += pieces[Math.floor(random() * pieces.length)];
        const result = parseText(`---\n${front}\n---\n\nText {p. 2}.`, 'fuzz.md');
        assert.ok(result.ok || result.problems.every((p) => p.file === 'fuzz.md' && Number.isInteger(p.line) && p.line >= 1 && p.message.length > 0));
      }
      assert.equal(Object.prototype.hasOwnProperty.call(Object.prototype, 'a'), false);
    });
  });

  describe('duplicate keys', () => {
    it('names the second text with a key the first already has, at its key line', () => {
      const found = duplicateKeys([
        { file: 'a.md', key: 'x2020', keyLine: 2 },
        { file: 'b.md', key: 'y2020', keyLine: 2 },
        { file: 'c.md', key: 'x2020', keyLine: 4 },
      ]).map(formatProblem);
      assert.deepEqual(found, ['c.md:4: the key "x2020" is already the key of a.md (line 2): give this text another key, since citations name a text by its key']);
    });

    it('finds none among distinct keys', () => {
      assert.deepEqual(duplicateKeys([{ file: 'a.md', key: 'a', keyLine: 1 }, { file: 'b.md', key: 'b', keyLine: 1 }]), []);
    });
  });
});
