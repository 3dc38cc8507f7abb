import * as assert from 'node:assert/strict';
import { foldWord, readWords, WORD, type Word } from '../../src/core/check/words';
import { bundledWork } from '../../src/core/corpus';
import { benchDocument, fuzzInputs } from '../fixtures/check/inputs';
import { seededRandom } from '../fixtures/random';

/** The words as the pattern reads them: what `readWords` must give. */
function byPattern(text: string, from = 0, to = text.length, latex = false, shift = 0): Word[] {
  const words: Word[] = [];
  const slice = text.slice(from, to);
  const pattern = new RegExp(WORD.source, WORD.flags);
  for (let m = pattern.exec(slice); m !== null; m = pattern.exec(slice)) {
    const start = from + m.index;
    if (latex && start > 0 && text[start - 1] === '\\') continue;
    const form = foldWord(m[0]);
    words.push({ start: start + shift, end: start + m[0].length + shift, form, key: form.toLowerCase() });
  }
  return words;
}

/**
 * Letters, digits of several scripts (Chinese characters and kana, a Han
 * numeral, a compatibility ideograph, variation selectors), marks, the characters that join words
 * or split them, invisible characters, a letter and a digit past the
 * surrogates' plane, lone surrogates and an emoji.
 */
const PIECES = [
  'a', 'Z', 'é', 'e\u0301', '中', '国', 'あ', 'カ', '〇', '\uf900', '\ufe00', '\u{e0100}', 'ß', 'İ', 'ſ', '7', '٣', '²', 'Ⅻ', '.', ',', '-', '--', '---', "'", '’', 'ʼ', '‘', '\u2010', '\u2011', '\u2012', '\u2013', '—',
  '\u2060', '\u00ad', '\u200b', '\u200d', '\u202a', '\u2066', '\ufeff', '\u0301', '\u{20000}', '\u{1d7d9}', '\ud800', '\udc00', '😀', '\\', ' ', '\n', '“', '[', '…',
];

describe('Reading words a character at a time', () => {
  it('reads what the word pattern matches, in random runs of every kind of character', () => {
    const next = seededRandom(2060);
    let words = 0;
    for (let n = 0; n < 4000; n++) {
      let text = '';
      const length = 1 + Math.floor(next() * 24);
      for (let i = 0; i < length; i++) {
        // Runs of one piece too: eleven word joiners, nine invisible characters, three hyphens.
        const piece = PIECES[Math.floor(next() * PIECES.length)];
        text += next() < 0.15 ? piece.repeat(1 + Math.floor(next() * 11)) : piece;
      }
      const from = next() < 0.5 ? 0 : Math.floor(next() * text.length);
      const to = next() < 0.5 ? text.length : from + Math.floor(next() * (text.length - from + 1));
      const latex = next() < 0.3;
      const shift = next() < 0.5 ? 0 : Math.floor(next() * 100);
      const expected = byPattern(text, from, to, latex, shift);
      assert.deepEqual(readWords(text, from, to, latex, shift), expected, JSON.stringify({ text, from, to, latex, shift }));
      words += expected.length;
    }
    assert.ok(words > 3_000, `${words} words`);
  });

  it('reads the built-in text, essays and the fuzz corpus as the pattern does', () => {
    const work = bundledWork();
    const texts = [
      ...work.paragraphs.map((p) => p.text),
      benchDocument(work, 3_000, 5),
      ...[...fuzzInputs(work, 40, 11, 0.02)].map((f) => f.text),
    ];
    for (const text of texts) {
      assert.deepEqual(readWords(text), byPattern(text), text.slice(0, 80));
      assert.deepEqual(readWords(text, 0, text.length, true), byPattern(text, 0, text.length, true), text.slice(0, 80));
    }
  });
});
