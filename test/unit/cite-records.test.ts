import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { citedWork, composeText, exportRecord, readLocator, referenceList, render, STYLE_IDS, STYLES, yearSuffixes } from '../../src/core/cite';
import { pinpointOf } from '../../src/core/cite/locator';
import { bundledWork } from '../../src/core/corpus';
import type { BibRecord, Work } from '../../src/core/model';
import { formatProblem, parseText } from '../../src/core/parse';
import { sectionPassage } from '../../src/core/passage';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/records');

function work(name: string): Work {
  const result = parseText(fs.readFileSync(path.join(FIXTURES, name), 'utf8'), name);
  if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
  return result.work;
}

const record = (key: string, title: string, family: string, year: number, type: BibRecord['type'] = 'book'): BibRecord => ({
  ...work('vogel2011.md').record,
  key,
  title,
  type,
  authors: [{ family, given: 'A.' }],
  issued: { year },
});

describe('Citations of any record', () => {
  describe('the year letters of one author\'s works of one year', () => {
    it('go by title, leaving out an opening article, whatever the order of the records', () => {
      const records = [record('b', 'Why International Primacy Matters', 'Huntington', 1993), record('a', 'The Clash of Civilizations?', 'Huntington', 1993), record('c', 'Other', 'Huntington', 1994)];
      const expected = [['a', 'a'], ['b', 'b']];
      assert.deepEqual([...yearSuffixes(records)].sort(), expected);
      assert.deepEqual([...yearSuffixes([...records].reverse())].sort(), expected);
    });

    it('are given only to works whose names all agree, and never to works cited by title', () => {
      const shared = { ...record('x', 'B', 'Smith', 2000), authors: [{ family: 'Smith', given: 'A.' }, { family: 'Jones', given: 'B.' }] };
      const untitled = { ...record('y', 'A', 'Smith', 2000, 'chapter'), authors: [] };
      assert.deepEqual([...yearSuffixes([record('w', 'A', 'Smith', 2000), shared, untitled])], []);
    });

    it('reach the styles: "1993a" in APA, the short title in MLA', () => {
      const clash = work('huntington1993a.md');
      const cited = citedWork(clash, clash.record.key, 'a');
      assert.equal(render(STYLES.apa.parenthetical(cited), 'plaintext'), '(Huntington, 1993a)');
      assert.equal(render(STYLES.mla.parenthetical(cited), 'plaintext'), '(Huntington, “Clash of Civilizations?”)');
      const options = { style: STYLES.apa, form: 'parenthetical', shape: 'auto', output: 'formatted', yearSuffix: 'b' } as const;
      assert.equal(composeText(clash, { kind: 'citation' }, options, 'plaintext'), '(Huntington, 1993b)');
    });
  });

  describe('names, in the text of every style', () => {
    const forms = (name: string) => {
      const cited = citedWork(work(name));
      return STYLE_IDS.map((id) => render(STYLES[id].parenthetical(cited, { kind: 'pages', first: 23, last: 24 }), 'plaintext', STYLES[id].singleQuotes));
    };

    it('one author', () => {
      assert.deepEqual(forms('vogel2011.md'), ['(Vogel, 2011, pp. 23–24)', '(Vogel 23-24)', 'Ezra F. Vogel, Deng Xiaoping and the Transformation of China (Cambridge, MA: Belknap Press of Harvard University Press, 2011), 23–24.', '(Vogel 2011, 23–24)', '(Vogel, 2011, pp. 23–24)', '[1]23-24', '(VOGEL, 2011)23-24']);
    });

    it('two authors', () => {
      assert.deepEqual(forms('nathan2012.md'), ['(Nathan & Scobell, 2012, pp. 23–24)', '(Nathan and Scobell 23-24)', 'Andrew J. Nathan and Andrew Scobell, China’s Search for Security (New York: Columbia University Press, 2012), 23–24.', '(Nathan and Scobell 2012, 23–24)', '(Nathan and Scobell, 2012, pp. 23–24)', '[1]23-24', '(NATHAN et al., 2012)23-24']);
    });

    it('three authors: "et al." in APA, MLA and GB/T 7714, all three in Chicago and Cite Them Right', () => {
      assert.deepEqual(forms('hastie2009.md'), ['(Hastie et al., 2009, pp. 23–24)', '(Hastie et al. 23-24)', 'Trevor Hastie, Robert Tibshirani, and Jerome Friedman, The Elements of Statistical Learning: Data Mining, Inference, and Prediction, 2nd ed. (New York: Springer, 2009), 23–24.', '(Hastie, Tibshirani, and Friedman 2009, 23–24)', '(Hastie, Tibshirani and Friedman, 2009, pp. 23–24)', '[1]23-24', '(HASTIE et al., 2009)23-24']);
    });

    it('four authors: "et al." in every style', () => {
      assert.deepEqual(forms('cormen2009.md'), ['(Cormen et al., 2009, pp. 23–24)', '(Cormen et al. 23-24)', 'Thomas H. Cormen et al., Introduction to Algorithms, 3rd ed. (Cambridge, MA: MIT Press, 2009), 23–24.', '(Cormen et al. 2009, 23–24)', '(Cormen et al., 2009, pp. 23–24)', '[1]23-24', '(CORMEN et al., 2009)23-24']);
    });

    it('an organisation, whole and in its own capitals', () => {
      assert.deepEqual(forms('scio2011.md'), ['(State Council Information Office, 2011, pp. 23–24)', '(State Council Information Office 23-24)', 'State Council Information Office, China’s Peaceful Development, White paper (Beijing: Foreign Languages Press, 2011), 23–24.', '(State Council Information Office 2011, 23–24)', '(State Council Information Office, 2011, pp. 23–24)', '[1]23-24', '(State Council Information Office, 2011)23-24']);
    });

    it('long lists: APA lists twenty and then the last, Chicago ten and then seven and "et al.", GB/T 7714 three', () => {
      // Sample names, numbered: not real people.
      const many = (n: number) => Array.from({ length: n }, (_, i) => ({ family: `Sample${i + 1}`, given: 'Ann' }));
      const base = work('vogel2011.md');
      const cite = (n: number) => citedWork({ ...base, record: { ...base.record, key: `many${n}`, authors: many(n) } });
      const apa21 = render(STYLES.apa.reference(cite(21)), 'plaintext');
      assert.ok(apa21.startsWith(`${many(19).map((a) => `${a.family}, A.`).join(', ')}, . . . Sample21, A. (2011).`), apa21);
      const apa20 = render(STYLES.apa.reference(cite(20)), 'plaintext');
      assert.ok(apa20.includes('Sample19, A., & Sample20, A. (2011).'), apa20);
      assert.ok(render(STYLES['chicago-notes'].reference(cite(11)), 'plaintext').startsWith('Sample1, Ann, Ann Sample2, Ann Sample3, Ann Sample4, Ann Sample5, Ann Sample6, Ann Sample7, et al. Deng'));
      assert.ok(render(STYLES['chicago-notes'].reference(cite(10)), 'plaintext').includes('Ann Sample9, and Ann Sample10. Deng'));
      assert.ok(render(STYLES['gb-t-7714'].reference(cite(4)), 'plaintext').startsWith('[1] SAMPLE1 A, SAMPLE2 A, SAMPLE3 A, et al. Deng'));
      assert.ok(render(STYLES['gb-t-7714'].reference(cite(3)), 'plaintext').startsWith('[1] SAMPLE1 A, SAMPLE2 A, SAMPLE3 A. Deng'));
    });

    it('a name in Chinese characters: whole and unspaced in every full form, the family name in the text; a quotation in the title quoted within the quotation marks', () => {
      assert.deepEqual(forms('xi2017zh.md'), [
        '(习, 2017, pp. 23–24)',
        '(习 23-24)',
        '习近平, “携手推进‘一带一路’建设” (“一带一路”国际合作高峰论坛开幕式, 北京, May 14, 2017), 23–24.',
        '(习 2017, 23–24)',
        '(习, 2017, pp. 23–24)',
        '[1]23-24',
        '(习, 2017)23-24',
      ]);
      const cited = citedWork(work('xi2017zh.md'));
      const references = STYLE_IDS.map((id) => render(STYLES[id].reference(cited), 'plaintext', STYLES[id].singleQuotes).split(/[.(]/)[0].trim());
      assert.deepEqual(references, ['习近平', '习近平', '习近平', '习近平', '习近平', '[1] 习近平', '习近平, 2017']);
      // Sample names in Chinese characters, not real people: three or more are cut as each style cuts a list.
      const base = work('xi2017zh.md');
      const four = citedWork({ ...base, record: { ...base.record, key: 'four', type: 'book', publisher: '人民出版社', place: '北京', authors: ['王一', '李二', '张三', '赵四'].map((n) => ({ family: n[0], given: n.slice(1) })) } });
      assert.ok(render(STYLES.apa.reference(four), 'plaintext').startsWith('王一, 李二, 张三, & 赵四. (2017).'));
      assert.ok(render(STYLES['gb-t-7714'].reference(four), 'plaintext').startsWith('[1] 王一, 李二, 张三, 等.'));
      // A name partly in Latin letters keeps the forms of a romanised name.
      const mixed = citedWork({ ...base, record: { ...base.record, key: 'mixed', authors: [{ family: '习', given: 'Jinping' }] } });
      assert.ok(render(STYLES.apa.reference(mixed), 'plaintext').startsWith('习, J. (2017'));
    });

    it('a book with no author or editor, by its title', () => {
      const untitled: Work = { ...work('vogel2011.md'), record: { ...work('vogel2011.md').record, key: 'untitled', authors: [] } };
      assert.equal(render(STYLES.apa.parenthetical(citedWork(untitled)), 'markdown'), '(*Deng Xiaoping*, 2011)');
      assert.equal(render(STYLES.apa.reference(citedWork(untitled)), 'markdown'), '*Deng Xiaoping and the transformation of China*. (2011). Belknap Press of Harvard University Press.');
    });
  });

  describe('a reference list of several works', () => {
    const works = ['vogel2011.md', 'huntington1993b.md', 'confucius1979.md', 'huntington1993a.md'].map((name) => {
      const w = work(name);
      return citedWork(w, w.record.key, { huntington1993clash: 'a', huntington1993primacy: 'b' }[w.record.key] ?? '');
    });
    const list = (id: (typeof STYLE_IDS)[number]) => referenceList(STYLES[id], works).map(({ entry }) => render(entry, 'plaintext'));

    it('sorts by the names that head each entry, then by year and letter', () => {
      assert.deepEqual(referenceList(STYLES.apa, works).map((e) => e.key), ['confucius1979analects', 'huntington1993clash', 'huntington1993primacy', 'vogel2011deng']);
    });

    it('gives MLA\'s three hyphens and Chicago\'s 3-em dash for names repeated from the entry before, and APA the names again', () => {
      assert.match(list('mla')[2], /^---\. “Why International Primacy Matters\.” International Security/);
      assert.match(list('chicago-notes')[2], /^———\. “Why International Primacy Matters\.”/);
      assert.match(list('chicago-author-date')[2], /^———\. 1993b\. “Why International Primacy Matters\.”/);
      assert.match(list('apa')[2], /^Huntington, S\. P\. \(1993b\)\. Why international primacy matters\./);
      assert.match(list('mla')[1], /^Huntington, Samuel P\. “The Clash/);
    });

    it('keeps a numbered style\'s order of first citation', () => {
      const numbered = works.map((w, i) => ({ ...w, number: works.length - i }));
      assert.deepEqual(referenceList(STYLES['gb-t-7714'], numbered).map((e) => e.key), ['huntington1993clash', 'confucius1979analects', 'huntington1993primacy', 'vogel2011deng']);
    });
  });

  describe('pages', () => {
    const paged = work('vogel2011.md');

    it('are the pinpoint of a paged text, for paragraphs and for a section', () => {
      assert.deepEqual(pinpointOf(paged, { kind: 'paragraphs', first: 2, last: 2 }), { kind: 'pages', first: 1, last: 2 });
      assert.deepEqual(pinpointOf(paged, sectionPassage(paged.sections[1]).locator), { kind: 'pages', first: 1, last: 3 });
      assert.deepEqual(pinpointOf(bundledWork(), { kind: 'paragraphs', first: 4, last: 4 }), { kind: 'paragraphs', first: 4, last: 4 });
    });

    it('are written in each style\'s words, and in Pandoc\'s', () => {
      const passage = { locator: { kind: 'paragraphs', first: 3, last: 3 }, text: '' } as const;
      const cite = (id: (typeof STYLE_IDS)[number], output: 'formatted' | 'citationKeys' = 'formatted') =>
        composeText(paged, { kind: 'citation', passage }, { style: STYLES[id], form: 'parenthetical', shape: 'auto', output }, 'markdown');
      assert.equal(cite('apa'), '(Vogel, 2011, p. 3)');
      assert.equal(cite('mla'), '(Vogel 3)');
      assert.equal(cite('chicago-author-date'), '(Vogel 2011, 3)');
      assert.equal(cite('apa', 'citationKeys'), '[@vogel2011deng, p. 3]');
    });

    it('are read back from any style\'s words into the paragraphs on them', () => {
      for (const text of ['p. 3', 'p.~3', '3']) assert.deepEqual(readLocator(paged, text), { kind: 'paragraphs', first: 3, last: 3 }, text);
      assert.deepEqual(readLocator(paged, 'pp. 2–3'), { kind: 'paragraphs', first: 2, last: 3 });
      assert.deepEqual(readLocator(paged, '1-2'), { kind: 'paragraphs', first: 1, last: 2 });
      assert.equal(readLocator(paged, 'p. 9'), undefined);
      assert.equal(readLocator(bundledWork(), 'p. 4'), undefined);
    });
  });

  describe('exports of every type', () => {
    it('write a journal article with its journal, volume, issue, pages and DOI', () => {
      const cited = citedWork(work('huntington1993a.md'));
      assert.equal(exportRecord(cited, 'biblatex'), '@article{huntington1993clash,\n  author = {Huntington, Samuel P.},\n  title = {The Clash of Civilizations?},\n  shorttitle = {Clash of Civilizations?},\n  journaltitle = {Foreign {Affairs}},\n  volume = {72},\n  number = {3},\n  pages = {22--49},\n  date = {1993},\n  doi = {10.2307/20045621},\n  langid = {english}\n}\n');
      assert.match(exportRecord(cited, 'ris'), /^TY {2}- JOUR\nID {2}- huntington1993clash\nAU {2}- Huntington, Samuel P\.\n[\s\S]*JO {2}- Foreign Affairs\nVL {2}- 72\nIS {2}- 3\nSP {2}- 22\nEP {2}- 49\n[\s\S]*DO {2}- 10\.2307\/20045621\n/);
    });

    it('write an organisation as one name, braced in BibTeX and literal in CSL-JSON', () => {
      const cited = citedWork(work('scio2011.md'));
      assert.match(exportRecord(cited, 'bibtex'), /^@techreport\{scio2011peaceful,\n {2}author = \{\{State Council Information Office\}\},/);
      assert.match(exportRecord(cited, 'biblatex'), /^@report\{scio2011peaceful,[\s\S]*type = \{White paper\},\n {2}institution = \{Foreign Languages Press\},/);
      const [item] = JSON.parse(exportRecord(cited, 'csl-json')) as [{ type: string; author: unknown; genre: string }];
      assert.deepEqual([item.type, item.author, item.genre], ['report', [{ literal: 'State Council Information Office' }], 'White paper']);
    });

    it('write translators, a web page\'s URL and date read, and a speech\'s occasion', () => {
      const [analects] = JSON.parse(exportRecord(citedWork(work('confucius1979.md')), 'csl-json')) as [{ translator: unknown }];
      assert.deepEqual(analects.translator, [{ family: 'Lau', given: 'D. C.' }]);
      assert.match(exportRecord(citedWork(work('confucius1979.md')), 'biblatex'), /translator = \{Lau, D\. C\.\}/);
      const page = exportRecord(citedWork(work('bernerslee1989.md')), 'biblatex');
      assert.match(page, /^@online\{bernerslee1989proposal,[\s\S]*date = \{1989-03\},\n {2}url = \{https:\/\/www\.w3\.org\/History\/1989\/proposal\.html\},\n {2}urldate = \{2024-05-01\},/);
      const [speech] = JSON.parse(exportRecord(citedWork(work('xi2017.md')), 'csl-json')) as [Record<string, unknown>];
      assert.deepEqual([speech.type, speech.event, speech['event-place'], speech.issued], ['speech', 'Opening ceremony of the Belt and Road Forum for International Cooperation', 'Beijing', { 'date-parts': [[2017, 5, 14]] }]);
    });
  });
});
