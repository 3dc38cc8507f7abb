import * as assert from 'node:assert/strict';
import { syntheticWork } from '../../bench/corpora';
import { alignQuoted, alignSegment, type Alignment } from '../../src/core/check/align';
import { idsOf } from '../../src/core/check/place';
import { readQuoted } from '../../src/core/check/quoted';
import { paragraphWords, sourceText, type SourceText } from '../../src/core/check/source';
import { bundledWork } from '../../src/core/corpus';
import type { Work } from '../../src/core/model';
import { seededRandom } from '../fixtures/random';

/** Where the source holds `ids` word for word, within `[lo, hi)`, read word by word. */
function placesOf(source: SourceText, ids: readonly number[], lo: number, hi: number): number[] {
  const found: number[] = [];
  for (let at = lo; at + ids.length <= hi; at++) if (ids.every((id, i) => source.ids[at + i] === id)) found.push(at);
  return found;
}

/** The alignment as plain data: a segment held word for word makes its steps only when asked for them. */
const plain = (a: Alignment): Alignment => ({ ...a, segments: a.segments.map((s) => ({ segment: s.segment, steps: [...s.steps] })) });

const cost0 = (a: Alignment): boolean => a.cost === 0 && a.segments.every((s) => s.steps.every((step) => step.kind === 'same'));

describe('Aligning a quotation the text holds word for word', function () {
  this.timeout(60_000);

  const texts: [string, Work][] = [['the built-in text', bundledWork()], ['a book three times its size', syntheticWork(bundledWork(), 3, 5)]];
  for (const [name, work] of texts) {
    it(`aligns it as votes and the table do, or at the first place that holds it, in ${name}`, () => {
      const source = sourceText(work);
      const next = seededRandom(name.length);
      let once = 0;
      let repeated = 0;
      let missed = 0;
      let held = 0;
      for (let n = 0; n < 600; n++) {
        const paragraph = work.paragraphs[Math.floor(next() * work.paragraphs.length)];
        const words = paragraph.text.split(' ');
        const length = 1 + Math.floor(next() * Math.min(30, words.length));
        const from = Math.floor(next() * (words.length - length + 1));
        const quoted = words.slice(from, from + length).join(' ');
        const read = readQuoted(quoted, 0, quoted.length, false);
        if (read.segments.length !== 1) continue;
        const ids = read.segments[0].words.map((w) => source.idOf.get(w.key) ?? -1);
        const region = paragraphWords(source, paragraph.number, paragraph.number) as { start: number; end: number };
        for (const [lo, hi, within] of [[0, source.length, undefined], [region.start, region.end, region]] as const) {
          const fast = alignQuoted(read, source, within);
          const voted = alignQuoted(read, source, within, false);
          const places = placesOf(source, ids, lo, hi);
          assert.ok(places.length > 0, quoted);
          const label = `${quoted} in [${lo}, ${hi}), held at ${places.join(', ')}`;
          // Found word for word wherever the text holds it, where the votes may find worse.
          assert.ok(cost0(fast), label);
          if (voted.cost > 0) missed++;
          // As the table aligns it at its first place; where the table reads it further on from there, as the votes place it.
          const table = alignSegment(read.segments[0], source, places[0], lo, hi);
          const tableFirst = table.steps.find((step) => step.kind === 'same');
          if (tableFirst?.kind === 'same' && tableFirst.source === places[0]) assert.deepEqual(plain(fast).segments, [table], label);
          else assert.deepEqual(plain(fast), plain(voted), label);
          // Held word for word: at the first place that holds it, with no step made until asked for.
          const { exactAt } = fast.segments[0];
          if (exactAt !== undefined) {
            assert.equal(exactAt, places[0], label);
            held++;
          }
          if (places.length === 1) once++;
          else repeated++;
        }
      }
      assert.ok(once > 300 && repeated > 20, `${once} held once, ${repeated} held more than once, ${missed} missed by the votes`);
      assert.ok(held > 300, `${held} aligned word for word`);
    });
  }

  it('leaves bracketed words, ellipses, headings and the same words again nearby to the table', () => {
    const work = bundledWork();
    const source = sourceText(work);
    const sentence = work.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)).reduce((a, b) => (b.length > a.length ? b : a));
    const words = sentence.replace(/[.!?]+$/, '').split(' ');
    const heading = work.sections.find((s) => s.heading !== undefined && s.paragraphs.length > 0 && s.paragraphs[0].number > 1);
    assert.ok(heading?.heading && words.length > 12);
    const previous = work.paragraphs[heading.paragraphs[0].number - 2].text.replace(/[.!?]+$/, '').split(' ');
    const cases = [
      // The writer's words in brackets may stand for the text's.
      `${words.slice(0, 3).join(' ')} [the CPC] ${words.slice(5, 12).join(' ')}`,
      `${words.slice(0, 4).join(' ')} … ${words.slice(8, 12).join(' ')}`,
      // A quotation running from one section into the next, over the heading between them.
      `${previous.slice(-3).join(' ')} ${heading.paragraphs[0].text.split(' ').slice(0, 4).join(' ')}`,
      // The same two words twice in a row: the table ends its reading at the further place.
      `${words[0]} ${words[1]} ${words[0]} ${words[1]}`,
    ];
    for (const quoted of cases) {
      const read = readQuoted(quoted, 0, quoted.length, false);
      assert.deepEqual(plain(alignQuoted(read, source)), plain(alignQuoted(read, source, undefined, false)), quoted);
    }
  });

  it('finds a quoted word\'s id in each text, texts built after it was first looked up included', () => {
    const first = tiny('Alpha beta gamma.', 'Heading', 'Delta epsilon.');
    const quoted = 'alpha zetaqx omicronvq delta';
    const words = readQuoted(quoted, 0, quoted.length, false).segments[0].words;
    assert.deepEqual(idsOf(words, first), words.map((w) => first.idOf.get(w.key) ?? -1));
    assert.deepEqual(idsOf(words, first).map((id) => id >= 0), [true, false, false, true]);
    // "zetaqx" and "omicronvq" are keys of no text yet: a text built now that has them finds them.
    const later = tiny('Omicronvq zetaqx.', 'Another heading', 'Alpha.');
    assert.deepEqual(idsOf(words, later), words.map((w) => later.idOf.get(w.key) ?? -1));
    assert.deepEqual(idsOf(words, later).map((id) => id >= 0), [true, true, true, false]);
    assert.deepEqual(idsOf(words, first), words.map((w) => first.idOf.get(w.key) ?? -1));
  });

  /** A text of two paragraphs, the second under a heading. */
  function tiny(first: string, heading: string, second: string): SourceText {
    const paragraph = (number: number, sectionId: string, text: string) => ({ id: `p${number}`, number, sectionId, text, sentences: [], line: number });
    const a = paragraph(1, 'intro', first);
    const b = paragraph(2, 's1', second);
    return sourceText({
      id: `tiny ${first}`,
      record: bundledWork().record,
      sections: [{ id: 'intro', number: 0, heading: undefined, label: 'Introduction', paragraphs: [a], line: 1 }, { id: 's1', number: 1, heading, label: heading, paragraphs: [b], line: 2 }],
      paragraphs: [a, b],
    });
  }

  it('leaves to the table words it may read past a heading, or with a bracket standing for words', () => {
    const kinds = (a: Alignment): string[] => a.segments.flatMap((s) => s.steps.map((step) => step.kind));
    // "alpha gamma" word for word at the start, and again, further on, over the heading "Beta".
    const headed = tiny('Alpha gamma alpha.', 'Beta', 'Gamma delta.');
    const overHeading = readQuoted('alpha gamma', 0, 11, false);
    const aligned = alignQuoted(overHeading, headed);
    assert.deepEqual(plain(aligned), plain(alignQuoted(overHeading, headed, undefined, false)));
    assert.deepEqual(kinds(aligned), ['same', 'heading', 'same']);
    // "alpha [the] gamma": word for word at the start, and further on with "delta" for the bracket.
    const bracketed = tiny('Alpha gamma alpha delta gamma, and more words before the heading.', 'Beta', 'Epsilon.');
    const withBracket = readQuoted('alpha [the] gamma', 0, 17, false);
    const read = alignQuoted(withBracket, bracketed);
    assert.deepEqual(plain(read), plain(alignQuoted(withBracket, bracketed, undefined, false)));
    assert.deepEqual(kinds(read), ['same', 'bracketed', 'same']);
  });
});
