import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asTextFile, syntheticWork } from '../../bench/corpora';
import { checkQuotations, LibraryChecker, QuotationChecker, type CheckResult, type DocumentLanguage } from '../../src/core/check';
import { READING_CHARACTERS_KEPT, readingsKept } from '../../src/core/check/analysis';
import { BUNDLED_CORPUS_FILE, bundledWork } from '../../src/core/corpus';
import { Library } from '../../src/core/library';
import type { Work } from '../../src/core/model';
import { benchDocument, seededRandom } from '../fixtures/check/inputs';

const ROOT = path.join(__dirname, '../../..');
const work = bundledWork();
const KEY = work.record.key;
const fixture = (name: string): string => fs.readFileSync(path.join(ROOT, 'test/fixtures/check', name), 'utf8');

/** What a writer types or deletes: letters and spaces mostly, and now and then a mark that makes or breaks a quotation or a citation. */
const TYPED = ['x', 'x', 'x', ' ', ' ', 'the', '', '', '"', '“', '”', '(', ')', '[', ']', ', para. 4', `@${KEY}`, '[^1]', ', 2007', 'Zhong', '\n', '\n\n', '.', '. The', '<!-- cpc-relations-ignore -->', '% cpc-relations-ignore', '\u200b', '---'];

/**
 * Edits one after another, half of them at the edge of a quotation or a
 * citation the last check found (where an edit most often changes what the
 * check reads), half anywhere; each types or deletes a little.
 */
function* edits(text: string, count: number, seed: number, last: () => CheckResult): Generator<string> {
  const random = seededRandom(seed);
  for (let i = 0; i < count; i++) {
    const { quotations, citations } = last();
    const edges = [...quotations.flatMap((q) => [q.range.start, q.range.end, q.content.start, q.content.end]), ...citations.flatMap((c) => [c.range.start, c.range.end])];
    const near = edges.length > 0 && random() < 0.5;
    const base = near ? edges[Math.floor(random() * edges.length)] + Math.floor(random() * 7) - 3 : Math.floor(random() * text.length);
    const at = Math.max(0, Math.min(text.length, base));
    const removed = random() < 0.3 ? 1 + Math.floor(random() * 3) : 0;
    const typed = TYPED[Math.floor(random() * TYPED.length)];
    text = text.slice(0, at) + typed + text.slice(Math.min(text.length, at + removed));
    yield text;
  }
}

describe('Moving a check across an edit', function () {
  this.timeout(120_000);

  it('moves the last check after a keystroke in prose, and checks again after one in a quotation', () => {
    const text = `Party diplomacy grew in the reform era, as many have said.\n\nIt says that "the CPC has made friends all over the world" [@${KEY}, para. 4].\n`;
    const checker = new QuotationChecker(work);
    const before = checker.check(text, 'markdown');
    assert.equal(before.quotations.length, 1);
    const prose = text.replace('grew', 'grew fast');
    const moved = checker.check(prose, 'markdown');
    assert.equal(checker.stats.moved, true, 'a keystroke in prose moves the check');
    assert.deepEqual(moved, checkQuotations(prose, 'markdown', work));
    assert.equal(moved.quotations[0].range.start, before.quotations[0].range.start + ' fast'.length);
    const quoted = prose.replace('made friends', 'made many friends');
    checker.check(quoted, 'markdown');
    assert.equal(checker.stats.moved, false, 'a keystroke in a quotation is checked');
    assert.deepEqual(checker.check(quoted, 'markdown'), checkQuotations(quoted, 'markdown', work));
  });

  it('reads ahead of the check after an edit only the block the edit changed', () => {
    const text = benchDocument(work, 3_000, 8);
    const checker = new QuotationChecker(work);
    checker.check(text, 'markdown');
    const at = text.indexOf('"', text.length >> 1) + 3;
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    // Told to stop at once, it still reads the one new block: there is nothing else to read.
    assert.equal(checker.prepare(edited, 'markdown', () => true), true);
    const result = checker.check(edited, 'markdown');
    assert.equal(checker.stats.analysed, 0, 'the check reads no block again');
    assert.deepEqual(result, checkQuotations(edited, 'markdown', work));
    // A document with many new blocks is read ahead a slice at a time, as before.
    const other = benchDocument(work, 3_000, 9);
    assert.equal(checker.prepare(other, 'markdown', () => true), false);
  });

  it('checks again when an edit in prose changes which citation a quotation goes with', () => {
    const checker = new QuotationChecker(work);
    const cases: [string, string, string][] = [
      // A sentence ended between the quotation and its citation: the quotation is left uncited.
      [`Prose before it.\n\nIt says that "the CPC has made numerous friends all over the world" [@${KEY}, para. 4] and more.\n`, '" [@', '". The [@'],
      // The mention a bare locator completes, a few words before it, changed: the locator is no longer the text's.
      ['Prose before it.\n\nAs Zhong writes, "the CPC has made numerous friends all over the world" (para. 4), and more.\n', 'As Zhong', 'As Zhang'],
    ];
    for (const [text, from, to] of cases) {
      const before = checker.check(text, 'markdown');
      const edited = text.replace(from, to);
      const after = checker.check(edited, 'markdown');
      assert.equal(checker.stats.moved, false, to);
      assert.deepEqual(after, checkQuotations(edited, 'markdown', work));
      assert.notDeepEqual(after.findings.map((f) => f.kind), before.findings.map((f) => f.kind), `${to}: the findings change`);
    }
  });

  for (const [label, language, text] of [
    ['a Markdown essay with keys, author-date citations and notes', 'markdown', benchDocument(work, 1_500, 21)],
    ['a Markdown essay that cites in notes', 'markdown', benchDocument(work, 800, 22).replace(/ \(“Outstanding Results,” 2007, para\. (\d+)\)/g, '[^n$1]') + '\n[^n4]: Zhong, “Outstanding Results,” para. 4.\n'],
    ['the LaTeX fixtures', 'latex', `${fixture('clean.tex')}\n\n${fixture('problems.tex')}`],
    ['the Markdown fixtures', 'markdown', `${fixture('clean.md')}\n\n${fixture('problems.md')}`],
  ] as const) {
    it(`finds what a fresh check finds after every edit of ${label}`, () => {
      const checker = new QuotationChecker(work);
      let last = checker.check(text, language as DocumentLanguage);
      let moved = 0;
      let count = 0;
      for (const edited of edits(text, 150, label.length, () => last)) {
        last = checker.check(edited, language as DocumentLanguage);
        if (checker.stats.moved) moved++;
        count++;
        assert.deepEqual(last, checkQuotations(edited, language as DocumentLanguage, work), `edit ${count}`);
      }
      // Both ways were taken: the comparisons above hold for moved checks as well as for checks made again.
      assert.ok(moved > 10 && moved < count, `${moved} of ${count} checks moved`);
    });
  }

  it('finds what a fresh check finds after every edit of an essay checked against a library', () => {
    const library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
    library.setSources(['a', 'b'].map((letter, i) => ({ file: `texts/book${letter}.text.md`, source: asTextFile(syntheticWork(bundledWork(), 3, 40 + i), `book${letter}`, `Synthetic book ${letter}`) })));
    const works: Work[] = library.works();
    const essay = [benchDocument(works[0], 800, 31), ...works.slice(1).map((w, i) => benchDocument(w, 500, 32 + i, { title: w.record.title, year: w.record.issued.year, notes: w.id }))].join('\n\n');
    const checker = new LibraryChecker(works);
    let last: CheckResult = checker.check(essay, 'markdown');
    let count = 0;
    let moved = 0;
    for (const edited of edits(essay, 120, 5, () => last)) {
      last = checker.check(edited, 'markdown');
      count++;
      moved += checker.movedTexts;
      assert.deepEqual(last, new LibraryChecker(works).check(edited, 'markdown'), `edit ${count}`);
    }
    assert.ok(moved > count && moved < count * works.length, `${moved} of ${count * works.length} texts' checks moved`);
  });

  it('gives an uncited quotation two texts hold to the first of them alone, and to the next once the first no longer holds it', () => {
    const library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
    // The book holds the built-in text's paragraphs among its own.
    library.setSources([{ file: 'texts/booka.text.md', source: asTextFile(syntheticWork(bundledWork(), 2, 50), 'booka', 'Synthetic book a') }]);
    const works: Work[] = library.works();
    const words = (work.paragraphs.find((p) => !/["“”]/.test(p.text)) ?? work.paragraphs[0]).text.split(' ').slice(0, 14).join(' ');
    assert.ok(works[1].paragraphs.some((p) => p.text.includes(words.split(' ').slice(0, 6).join(' '))), 'the book holds the words too');
    const essay = `Prose first.\n\nAs it happens, "${words}" and so on.\n\nProse last.\n`;
    const checker = new LibraryChecker(works);
    const result = checker.check(essay, 'markdown');
    assert.deepEqual(result.findings.map((f) => [f.kind, f.work]), [['uncited', work.id]]);
    assert.deepEqual(result.quotationWork, [work.id], 'one quotation, the built-in text\'s');
    assert.deepEqual(result.coverageByWork.get('booka'), []);
    // Words only the book holds, put in their place: the quotation is now the book's.
    const own = works[1].paragraphs.find((p) => p.number > work.paragraphs.length && !/["“”]/.test(p.text)) ?? works[1].paragraphs[work.paragraphs.length];
    const ownWords = own.text.split(' ').slice(0, 14).join(' ');
    const edited = essay.replace(words, ownWords);
    const after = checker.check(edited, 'markdown');
    assert.deepEqual(after.findings.map((f) => [f.kind, f.work]), [['uncited', 'booka']]);
    assert.deepEqual(after, new LibraryChecker(works).check(edited, 'markdown'));
  });

  it("moves a text's check across a keystroke in another text's quotation or citation", () => {
    const library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
    library.setSources([{ file: 'texts/booka.text.md', source: asTextFile(syntheticWork(bundledWork(), 2, 50), 'booka', 'Synthetic book a') }]);
    const works: Work[] = library.works();
    const paragraph = works[1].paragraphs.find((p) => !/["“”]/.test(p.text)) ?? works[1].paragraphs[0];
    const quoted = paragraph.text.split(' ').slice(0, 12).join(' ');
    const essay = `Prose first.\n\nThe book says that "${quoted}" [@booka, para. ${paragraph.number}] and more.\n\nProse last.\n`;
    const checker = new LibraryChecker(works);
    checker.check(essay, 'markdown');
    const inQuotation = essay.replace(quoted, `${quoted} more`);
    for (const edited of [inQuotation, inQuotation.replace(`para. ${paragraph.number}]`, `para. ${paragraph.number + 1}]`)]) {
      const result = checker.check(edited, 'markdown');
      assert.equal(checker.movedTexts, 1, 'the built-in text\'s check moves; the book\'s is made again');
      assert.deepEqual(result, new LibraryChecker(works).check(edited, 'markdown'));
    }
  });
});

describe('What a checker keeps between edits', function () {
  this.timeout(120_000);

  // A plain-text essay with no blank line is one block: every keystroke makes a new version of all of it.
  const oneBlock = benchDocument(work, 6_000, 4242).replace(/\n\n/g, '\n');

  it('keeps a bounded share of a one-block document\'s versions, however many keystrokes', () => {
    const checker = new QuotationChecker(work);
    let text = oneBlock;
    const random = seededRandom(99);
    let first: CheckResult | undefined;
    for (let i = 0; i < 120; i++) {
      const at = text.indexOf(' ', Math.floor(random() * text.length));
      text = `${text.slice(0, at)} x${text.slice(at)}`;
      const result = checker.check(text, 'plaintext');
      first ??= result;
      // The checker's blocks: the document's own, and earlier versions up to twice its length.
      assert.ok(checker.blocksKept.characters <= 2 * text.length + 65_536, `${checker.blocksKept.characters} characters kept at keystroke ${i}`);
      const { characters } = readingsKept();
      assert.ok(characters <= 2 * READING_CHARACTERS_KEPT + text.length, `${characters} characters of readings at keystroke ${i}`);
    }
    assert.ok(first && first.quotations.length > 20, `${first?.quotations.length} quotations`);
    // Forgetting loses nothing: the last check is what a new checker finds.
    assert.deepEqual(checker.check(text, 'plaintext').findings, checkQuotations(text, 'plaintext', work).findings);
  });

  it('keeps every block of a document of many, and finds them again after an edit', () => {
    const text = benchDocument(work, 6_000, 4243);
    const checker = new QuotationChecker(work);
    checker.check(text, 'markdown');
    const kept = checker.blocksKept.blocks;
    assert.ok(kept > 50, `${kept} blocks`);
    const at = text.indexOf(' ', text.length >> 1);
    checker.check(`${text.slice(0, at)} x${text.slice(at)}`, 'markdown');
    assert.equal(checker.stats.analysed, 1, 'one block read afresh');
  });
});
