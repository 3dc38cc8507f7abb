import * as assert from 'node:assert/strict';
import { asTextFile, syntheticWork } from '../../bench/corpora';
import { LibraryChecker, type LibraryFinding } from '../../src/core/check';
import { locateBy } from '../../src/core/check/place';
import { readQuoted } from '../../src/core/check/quoted';
import { alignQuoted } from '../../src/core/check/align';
import { paragraphOf, prepareSource, sourceText, sourceWord } from '../../src/core/check/source';
import { BUNDLED_CORPUS_FILE, bundledWork } from '../../src/core/corpus';
import { Library } from '../../src/core/library';
import type { Work } from '../../src/core/model';
import { benchDocument } from '../fixtures/check/inputs';

const KEY = 'bookx100';
const TITLE = 'A Synthetic Book';

/** The built-in text and a book a hundred times its size (about 130,000 words, a thousand paragraphs). */
function bigLibrary(): Work[] {
  const library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
  library.setSources([{ file: `texts/${KEY}.text.md`, source: asTextFile(syntheticWork(bundledWork(), 100, 7), KEY, TITLE) }]);
  return library.works();
}

/** Up to twelve words from the middle of the longest sentence of paragraph `number` of `work`, without its final stop. */
function wordsOf(work: Work, number: number): string {
  const sentence = work.paragraphs[number - 1].sentences.map((s) => s.text).reduce((a, b) => (b.length > a.length ? b : a));
  const words = sentence.replace(/[.!?]+$/, '').split(' ');
  const from = Math.max(0, Math.floor(words.length / 2) - 6);
  return words.slice(from, from + 12).join(' ');
}

const kinds = (findings: readonly LibraryFinding[]): string[] => findings.map((f) => `${f.kind} ${f.work}`);

describe('Checking against a book of a hundred thousand words', function () {
  this.timeout(120_000);
  let works: Work[];
  let book: Work;

  before(() => {
    works = bigLibrary();
    book = works[1];
    new LibraryChecker(works).check('', 'markdown');
  });

  it('finds a quotation of the book at its paragraph, and corrects the paragraph cited', () => {
    const quoted = wordsOf(book, 700);
    const text = `The book says that “${quoted}” [@${KEY}, para. 3].\n`;
    const result = new LibraryChecker(works).check(text, 'markdown');
    assert.deepEqual(kinds(result.findings), [`wrong-locator ${KEY}`]);
    assert.equal(result.findings[0].fix?.edits[0].newText, 'para. 700');
  });

  it('finds a quotation of the built-in text inside the book, whose every word the book holds hundreds of times', () => {
    const quoted = wordsOf(book, 4);
    assert.ok(quoted.split(' ').every((w) => (sourceText(book).positions.get(w.toLowerCase().replace(/[^a-z-]/g, ''))?.length ?? 100) >= 40));
    const text = `The book says that “${quoted}” [@${KEY}, para. 9].\n`;
    const result = new LibraryChecker(works).check(text, 'markdown');
    assert.deepEqual(kinds(result.findings), [`wrong-locator ${KEY}`]);
    assert.equal(result.findings[0].fix?.edits[0].newText, 'para. 4');
  });

  it('names the book and its paragraph for an uncited quotation of it', () => {
    const text = `As it puts it, “${wordsOf(book, 512)}”.\n`;
    const result = new LibraryChecker(works).check(text, 'markdown');
    assert.deepEqual(kinds(result.findings), [`uncited ${KEY}`]);
    assert.match(result.findings[0].message, new RegExp(`“${TITLE}” \\(para\\. 512\\)`));
  });

  it('says a quotation of the book cited as the built-in text is cited as the wrong text, and rewrites the citation', () => {
    const text = `It says that “${wordsOf(book, 900)}” (“Outstanding Results,” 2007, para. 4).\n`;
    const result = new LibraryChecker(works).check(text, 'markdown');
    const wrong = result.findings.filter((f) => f.kind === 'wrong-text');
    assert.equal(wrong.length, 1);
    assert.match(wrong[0].message, new RegExp(`is from “${TITLE}” \\(para\\. 900\\)`));
    assert.ok(wrong[0].fix);
  });

  it('looks up ahead of the check, in slices, the quotations a text is cited for but does not hold', () => {
    const text = [700, 800, 900].map((n) => `It says that “${wordsOf(book, n)}” (“Outstanding Results,” 2007, para. 4).`).join('\n\n');
    const fresh = new LibraryChecker(works);
    const expected = fresh.check(text, 'markdown');
    assert.equal(expected.findings.filter((f) => f.kind === 'wrong-text').length, 3);
    assert.equal(fresh.lookupsInCheck, 3);
    const ahead = new LibraryChecker(works);
    // Each slice lets two steps through, as a clock would.
    let calls = 0;
    for (;;) {
      let steps = 0;
      if (ahead.prepare(text, 'markdown', () => ++steps > 2)) break;
      calls++;
    }
    assert.ok(calls >= 3, `${calls} slices`);
    const result = ahead.check(text, 'markdown');
    assert.equal(ahead.lookupsInCheck, 0);
    assert.deepEqual(result.findings, expected.findings);
  });

  it('looks up ahead of the check the quotations cited with no locator to a text that does not hold them', () => {
    const text = [700, 800].map((n) => `It says that “${wordsOf(book, n)}” (“Outstanding Results,” 2007).`).join('\n\n');
    const fresh = new LibraryChecker(works);
    const expected = fresh.check(text, 'markdown');
    assert.equal(expected.findings.filter((f) => f.kind === 'wrong-text').length, 2);
    assert.equal(fresh.lookupsInCheck, 2);
    const ahead = new LibraryChecker(works);
    while (!ahead.prepare(text, 'markdown', () => false));
    const result = ahead.check(text, 'markdown');
    assert.equal(ahead.lookupsInCheck, 0);
    assert.deepEqual(result.findings, expected.findings);
  });

  it('gives after each edit the same findings as a fresh check of the edited text', () => {
    let text = `${benchDocument(works[0], 2_000)}\n${benchDocument(book, 3_000, 60_001)}`;
    const checker = new LibraryChecker(works);
    const first = checker.check(text, 'markdown');
    assert.ok(first.findings.length > 10);
    // Typing in prose, inside a quotation of the book, deleting a word, and joining two blocks.
    const edits: ((t: string) => string)[] = [
      (t) => `${t.slice(0, 400)}x${t.slice(400)}`,
      (t) => t.replace(/“([^”]{20,}?) /, '“$1 indeed '),
      (t) => t.replace(/ the /, ' '),
      (t) => t.replace(`[@${KEY}, para. `, `[@${KEY}, para. 1`),
      (t) => t.replace(/\n\n(?=[A-Z])/, '\n'),
      (t) => `${t.slice(0, t.length - 500)}${t.slice(t.length - 490)}`,
    ];
    for (const edit of edits) {
      const edited = edit(text);
      assert.notEqual(edited, text);
      text = edited;
      const again = checker.check(text, 'markdown');
      const fresh = new LibraryChecker(works).check(text, 'markdown');
      assert.deepEqual(again.findings, fresh.findings);
      assert.deepEqual(again.quotations, fresh.quotations);
    }
  });

  it('places quotations by sorted votes where it counted them in an array, over the whole book and within a part', () => {
    const source = sourceText(book);
    const total = source.length;
    let compared = 0;
    for (let number = 1; number <= book.paragraphs.length; number += 37) {
      // Exact words, a word changed, and common words only.
      for (const quoted of [wordsOf(book, number), wordsOf(book, number).replace(/ \S+ /, ' reform '), 'the party and the people of the world']) {
        const [segment] = readQuoted(quoted, 0, quoted.length, false).segments;
        for (const [lo, hi] of [[0, total], [Math.floor(total / 3), total], [0, 70_000]]) {
          assert.equal(locateBy('sorted', segment, source, lo, hi), locateBy('dense', segment, source, lo, hi), `${quoted} in [${lo}, ${hi})`);
          compared++;
        }
      }
    }
    assert.ok(compared > 200, `${compared} placements compared`);
  });

  it('places a quotation with a word or two changed at its paragraph of the book, read from the whole book', () => {
    const source = sourceText(book);
    let placed = 0;
    for (let number = 3; number <= book.paragraphs.length; number += 29) {
      const words = wordsOf(book, number).split(' ');
      if (words.length < 10) continue;
      // One word changed in the middle, and two: one near each end.
      for (const changed of [[5], [1, words.length - 2]]) {
        const quoted = words.map((w, i) => (changed.includes(i) ? 'zorblax' : w)).join(' ');
        const alignment = alignQuoted(readQuoted(quoted, 0, quoted.length, false), source);
        assert.equal(alignment.same, words.length - changed.length, `${quoted} (para. ${number})`);
        assert.equal(paragraphOf(source, alignment.first as number), number, quoted);
        placed++;
      }
    }
    assert.ok(placed > 40, `${placed} placed`);
  });

  it('builds a text’s index in slices, the same as in one go', () => {
    const [, again] = bigLibrary();
    let calls = 0;
    while (!prepareSource(again, () => true)) calls++;
    assert.ok(calls > 10, `${calls} slices`);
    const sliced = sourceText(again);
    const whole = sourceText(book);
    assert.deepEqual(sliced.ids, whole.ids);
    assert.deepEqual(sliced.paragraphStarts, whole.paragraphStarts);
    assert.deepEqual([sliced.unitOf, sliced.starts, sliced.ends, sliced.inHeading], [whole.unitOf, whole.starts, whole.ends, whole.inHeading]);
    assert.deepEqual([...sliced.positions], [...whole.positions]);
    // Every word's key is the one its id stands for, and each key lists its words in order.
    const keys = new Map([...whole.idOf].map(([key, id]) => [id, key]));
    for (let i = 0; i < whole.length; i += 97) {
      const key = keys.get(whole.ids[i]) as string;
      assert.equal(sourceWord(whole, i).key, key);
      const positions = whole.positions.get(key) as Int32Array;
      assert.ok(positions.includes(i) && positions.every((p, k) => k === 0 || positions[k - 1] < p));
    }
  });
});
