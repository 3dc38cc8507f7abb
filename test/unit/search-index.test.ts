import * as assert from 'node:assert/strict';
import { RecordsBuilder, type SearchableParagraph } from '../../src/core/search/records';
import { foldForSearch, wordsOf } from '../../src/core/search/text';
import { WordIndexBuilder } from '../../src/core/search/wordIndex';
import { seededRandom } from '../fixtures/random';

/** Folding one character at a time, as the rule says: the oracle for `foldForSearch`. */
function foldEachCharacter(text: string): string {
  const plain: Record<string, string> = { '\u2018': "'", '\u2019': "'", '\u201c': '"', '\u201d': '"', '\u2013': '-', '\u2014': '-', '\u00a0': ' ' };
  return [...text].map((c) => {
    if (c.length > 1) return c; // a character outside the basic plane: its two units stay as they are
    if (plain[c]) return plain[c];
    const lower = c.toLowerCase();
    if (lower.length !== 1) return c;
    const parts = lower.normalize('NFD');
    return parts.length > 1 && /^\p{M}+$/u.test(parts.slice(1)) ? parts[0] : lower;
  }).join('');
}

function paragraph(text: string, sentences: { text: string; start?: number }[]): SearchableParagraph {
  return { workId: 'w', number: 1, sectionLabel: 'Introduction', text, sentences: sentences.map((s, i) => ({ number: i + 1, ...s })) };
}

describe('The search index', function () {
  this.timeout(20_000);
  describe('folding', () => {
    it('folds mixed text as folding each character would, keeping its length', () => {
      const random = seededRandom(11);
      const alphabet = ['a', 'B', ' ', '.', 'É', 'é', 'ü', '\u2019', '\u201c', '\u2014', '\u00a0', 'Σ', 'İ', 'ß', '中', '\ud835\udc00', '7'];
      for (let i = 0; i < 500; i++) {
        const text = Array.from({ length: Math.floor(random() * 30) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
        const folded = foldForSearch(text);
        assert.equal(folded, foldEachCharacter(text), JSON.stringify(text));
        assert.equal(folded.length, text.length);
      }
    });
  });

  describe('records', () => {
    it('gives each sentence the folded text it would have folded on its own', () => {
      const text = 'Élan grew. The “Party’s” RELATIONS widened — at once! Ten more.';
      const starts = [0, 11, 54];
      const sentences = ['Élan grew.', 'The “Party’s” RELATIONS widened — at once!', 'Ten more.'].map((s, i) => ({ text: s, start: starts[i] }));
      sentences.forEach((s) => assert.equal(text.slice(s.start, s.start + s.text.length), s.text));
      const builder = new RecordsBuilder();
      builder.add(paragraph(text, sentences));
      const { records } = builder.result();
      assert.deepEqual(records.map((r) => r.folded), [...sentences.map((s) => foldForSearch(s.text)), foldForSearch(text)]);
      assert.deepEqual(records.map((r) => r.text), [...sentences.map((s) => s.text), text]);
    });

    it('folds a sentence on its own when its offset does not hold its text', () => {
      const text = 'One Two. Three FOUR.';
      const builder = new RecordsBuilder();
      builder.add(paragraph(text, [{ text: 'One Two.', start: 3 }, { text: 'Three FOUR.' }]));
      assert.deepEqual(builder.result().records.map((r) => r.folded), ['one two.', 'three four.', 'one two. three four.']);
    });
  });

  describe('words', () => {
    /** Units of invented text; the index should list each word's units as reading them one by one would. */
    function indexOf(texts: string[]) {
      const builder = new RecordsBuilder();
      for (const [i, text] of texts.entries()) builder.add({ workId: 'w', number: i + 1, sectionLabel: 'S', text, sentences: [{ number: 1, text }] });
      const set = builder.result();
      return { units: set.records.slice(0, set.unitCount), index: new WordIndexBuilder(set.records.slice(0, set.unitCount)).result() };
    }

    it('lists for every word the units holding it, ascending and once, across thousands of distinct words', () => {
      const random = seededRandom(5);
      const syllables = ['ka', 'lo', 'mi', 'ne', 'tu', 'ra', 'sé', 'vo'];
      const word = () => Array.from({ length: 2 + Math.floor(random() * 4) }, () => syllables[Math.floor(random() * syllables.length)]).join('');
      const texts = Array.from({ length: 800 }, () => Array.from({ length: 12 }, word).join(' '));
      const { units, index } = indexOf(texts);
      assert.ok(index.vocabulary.length > 3000, `${index.vocabulary.length} words`);
      assert.equal(new Set(index.vocabulary).size, index.vocabulary.length);
      const expected = new Map<string, number[]>();
      units.forEach((unit, u) => {
        const words = wordsOf(unit.text);
        assert.deepEqual([...index.unitWords.slice(index.wordStart[u], index.wordStart[u + 1])].map((id) => index.vocabulary[id]), words);
        for (const w of new Set(words)) expected.set(w, [...(expected.get(w) ?? []), u]);
      });
      assert.equal(expected.size, index.vocabulary.length);
      index.vocabulary.forEach((w, id) => assert.deepEqual([...index.postingUnits.slice(index.postingStart[id], index.postingStart[id + 1])], expected.get(w), w));
    });

    it('builds the same index in steps as in one go', () => {
      const texts = Array.from({ length: 300 }, (_, i) => `Unit ${i} holds word${i % 17} and word${i % 5}, twice: word${i % 5}.`);
      const { units, index } = indexOf(texts);
      const stepped = new WordIndexBuilder(units);
      let steps = 0;
      for (; !stepped.done; steps++) stepped.step(-Infinity);
      assert.ok(steps > 3, `${steps} steps`);
      assert.deepEqual(stepped.result(), index);
    });
  });
});
