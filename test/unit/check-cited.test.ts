import * as assert from 'node:assert/strict';
import { syntheticWork } from '../../bench/corpora';
import { alignQuoted, mayBeHeldExactly } from '../../src/core/check/align';
import type { BlockAnalysis } from '../../src/core/check/analysis';
import { Examiner, type Examination } from '../../src/core/check/examine';
import { readQuoted } from '../../src/core/check/quoted';
import { paragraphWords, sourceText, type SourceText } from '../../src/core/check/source';
import { bundledWork } from '../../src/core/corpus';
import type { Work } from '../../src/core/model';
import { seededRandom } from '../fixtures/random';

/** A block holding nothing but the quoted words, as the checker reads it. */
function quotation(words: string): BlockAnalysis {
  const read = readQuoted(words, 0, words.length, false);
  return { text: words, citations: [], notes: [], quotes: [{ start: 0, end: words.length, contentStart: 0, contentEnd: words.length, block: false, words: read }], latex: false };
}

/** The choice made by aligning in the cited paragraphs, then always in the whole text too. */
function choiceOverWhole(examiner: Examiner, analysis: BlockAnalysis, region: { start: number; end: number }): Examination {
  const within = examiner.examine(analysis, 0, region);
  if (within.alignment.cost === 0) return within;
  const whole = examiner.examine(analysis, 0);
  return within.alignment.cost <= whole.alignment.cost && !whole.joined ? within : whole;
}

/** A text of two paragraphs, the second under a heading. */
function tiny(first: string, heading: string, second: string): SourceText {
  const paragraph = (number: number, sectionId: string, text: string) => ({ id: `p${number}`, number, sectionId, text, sentences: [], line: number });
  const a = paragraph(1, 'intro', first);
  const b = paragraph(2, 's1', second);
  return sourceText({
    id: `tiny ${first} ${second}`,
    record: bundledWork().record,
    sections: [{ id: 'intro', number: 0, heading: undefined, label: 'Introduction', paragraphs: [a], line: 1 }, { id: 's1', number: 1, heading, label: heading, paragraphs: [b], line: 2 }],
    paragraphs: [a, b],
  });
}

describe('Choosing the place a cited quotation is judged by', function () {
  this.timeout(60_000);

  const texts: [string, Work][] = [['the built-in text', bundledWork()], ['a book three times its size', syntheticWork(bundledWork(), 3, 7)]];
  for (const [name, work] of texts) {
    it(`chooses as aligning in the whole text always would, in ${name}`, () => {
      const source = sourceText(work);
      const examiner = new Examiner(source);
      const next = seededRandom(name.length * 31);
      const vocabulary = [...new Set(work.paragraphs.flatMap((p) => p.text.split(' ')))];
      let passedOver = 0;
      let joinedInstead = 0;
      let compared = 0;
      for (let n = 0; n < 700; n++) {
        const paragraph = work.paragraphs[Math.floor(next() * work.paragraphs.length)];
        // Sometimes running on into the next paragraph, over a heading where a section ends.
        const following = work.paragraphs[paragraph.number]?.text.split(' ') ?? [];
        const words = [...paragraph.text.split(' '), ...(next() < 0.2 ? following.slice(0, 4) : [])];
        const length = 3 + Math.floor(next() * Math.min(25, words.length - 3));
        const from = Math.max(0, Math.min(words.length - length, Math.floor(next() * words.length)));
        const quoted = words.slice(from, from + length);
        // No word, or a word or two changed, left out or added.
        const edits = [0, 1, 1, 1, 2][Math.floor(next() * 5)];
        for (let e = 0; e < edits; e++) {
          const at = 1 + Math.floor(next() * (quoted.length - 2));
          const kind = next();
          if (kind < 0.4) quoted[at] = vocabulary[Math.floor(next() * vocabulary.length)];
          else if (kind < 0.7) quoted.splice(at, 1);
          else quoted.splice(at, 0, 'truly');
        }
        // Most cited at their own paragraph, some at another.
        const cited = next() < 0.7 ? paragraph.number : 1 + Math.floor(next() * work.paragraphs.length);
        const region = paragraphWords(source, cited, cited) as { start: number; end: number };
        const analysis = quotation(quoted.join(' '));
        const read = analysis.quotes[0].words;
        const label = `"${quoted.join(' ')}" cited at ¶${cited}`;
        // Never false where the whole text holds the words with nothing changed.
        if (alignQuoted(read, source).cost === 0) assert.ok(mayBeHeldExactly(read, source), label);
        const chosen = examiner.examineCited(analysis, 0, region);
        const within = examiner.examine(analysis, 0, region);
        if (within.alignment.cost === 1 && !mayBeHeldExactly(read, source)) passedOver++;
        const whole = examiner.examine(analysis, 0);
        // One word off in the cited paragraph is a misquotation there, however the whole text might read it as pieces joined.
        if (within.alignment.cost === 1 && whole.joined) {
          joinedInstead++;
          assert.equal(chosen, within, label);
          continue;
        }
        assert.equal(chosen, choiceOverWhole(examiner, analysis, region), label);
        compared++;
      }
      assert.ok(passedOver > 100 && compared > 600, `${passedOver} passed over, ${compared} compared, ${joinedInstead} one word off read as pieces joined`);
    });
  }

  it('takes the whole text where it holds the words exactly, word for word or over a heading', () => {
    // "alpha beta gamma delta" is one word off in the second paragraph and word for word in the first.
    const twice = tiny('Alpha beta gamma delta.', 'Heading', 'Alpha beta gamma omega.');
    const second = paragraphWords(twice, 2, 2) as { start: number; end: number };
    const exact = quotation('alpha beta gamma delta');
    const chosen = new Examiner(twice).examineCited(exact, 0, second);
    assert.equal(chosen.alignment.cost, 0);
    assert.deepEqual(chosen.paragraphs, [1]);
    // "gamma delta epsilon" is one word off in the second paragraph, and runs from the first into the second over the heading "Beta".
    const headed = tiny('Alpha gamma.', 'Beta', 'Delta epsilon, then alpha gamma delta zeta.');
    const overHeading = quotation('gamma delta epsilon');
    const region = paragraphWords(headed, 2, 2) as { start: number; end: number };
    const examiner = new Examiner(headed);
    assert.equal(examiner.examine(overHeading, 0, region).alignment.cost, 1);
    const taken = examiner.examineCited(overHeading, 0, region);
    assert.equal(taken.alignment.cost, 0);
    assert.deepEqual(taken.paragraphs, [1, 2]);
    // Held nowhere with nothing changed: judged in the cited paragraph, one word off.
    const once = quotation('alpha gamma delta eta');
    assert.equal(mayBeHeldExactly(once.quotes[0].words, headed), false);
    assert.deepEqual(new Examiner(headed).examineCited(once, 0, region).paragraphs, [2]);
  });
});
