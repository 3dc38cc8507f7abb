import * as assert from 'node:assert/strict';
import { checkQuotations, QuotationChecker } from '../../src/core/check';
import { bundledWork } from '../../src/core/corpus';
import { applyEdits, assertShape } from '../fixtures/check/expect';
import { alter, excerpt, fuzzInputs, hostileInput, hostileShapes, seededRandom } from '../fixtures/check/inputs';

const work = bundledWork();
const KEY = work.record.key;

describe('The quotation checker under fuzzing', function () {
  // Large adversarial inputs take a while on a busy machine; speed is measured by the benchmark, not here.
  this.timeout(120_000);

  it('never throws and always returns well-formed results, on seeded random and adversarial inputs', () => {
    let tried = 0;
    // A tenth of the benchmark's adversarial sizes: the same shapes, in a test run's time.
    for (const input of fuzzInputs(work, 300, 7714, 0.1)) {
      let result;
      try {
        result = new QuotationChecker(work).check(input.text, input.language);
      } catch (error) {
        assert.fail(`${input.label} threw: ${String(error)}`);
      }
      assertShape(input.text, result, work.paragraphs.length);
      tried++;
    }
    assert.ok(tried > 300);
  });

  it('checks every hostile shape, repeated thousands of times in one block, and returns well-formed results', () => {
    const shapes = hostileShapes();
    assert.ok(shapes.length >= 40);
    for (const shape of shapes) {
      const text = hostileInput(shape, 16_000);
      let result;
      try {
        result = new QuotationChecker(work).check(text, shape.language);
      } catch (error) {
        assert.fail(`${shape.label} threw: ${String(error)}`);
      }
      assertShape(text, result, work.paragraphs.length);
    }
  });

  it('reads HTML, AsciiDoc and reStructuredText quoting syntax repeated 20,000 times in linear time', () => {
    const shapes: [string, 'html' | 'asciidoc' | 'restructuredtext'][] = [
      ['<q>', 'html'], ['<blockquote>', 'html'], ['<q>"a ', 'html'], ['[quote]\n', 'asciidoc'], ['[quote]\n____\n', 'asciidoc'], ['.. epigraph::\n', 'restructuredtext'], ['.. pull-quote::\n   "a ', 'restructuredtext'],
    ];
    for (const [unit, language] of shapes) {
      const text = unit.repeat(20_000);
      const started = Date.now();
      assertShape(text, new QuotationChecker(work).check(text, language), work.paragraphs.length);
      // Quadratic reading of 20,000 openings would take minutes.
      assert.ok(Date.now() - started < 20_000, `${JSON.stringify(unit)} in ${language}: ${Date.now() - started} ms`);
    }
  });

  it('still finds the uncited quotation in front of thousands of unclosed note markers', () => {
    for (const shape of hostileShapes().filter((s) => s.prefix !== undefined)) {
      const result = checkQuotations(hostileInput(shape, 16_000), shape.language, work);
      assert.deepEqual(result.findings.map((f) => f.kind), ['uncited'], shape.label);
    }
  });

  it('fixes every altered quotation so that it matches the text again', () => {
    const random = seededRandom(2007);
    for (let i = 0; i < 300; i++) {
      const taken = excerpt(work, random, 4, 30);
      // The text's own quotation marks become single ones inside the writer's double ones.
      const altered = alter(taken.words, random).map((w) => w.replace(/"/g, "'"));
      const text = `As the chapter says, "${altered.join(' ')}" [@${KEY}, para. ${taken.paragraph}].`;
      const found = checkQuotations(text, 'markdown', work).findings.filter((f) => f.kind === 'misquotation');
      assert.equal(found.length, 1, `one misquotation in: ${text}`);
      const fixed = applyEdits(text, found[0].fix?.edits ?? []);
      assert.deepEqual(checkQuotations(fixed, 'markdown', work).findings.map((f) => f.message), [], `fixed: ${fixed}`);
    }
  });

  it('accepts every faithful excerpt, however it is cut', () => {
    const random = seededRandom(1014);
    for (let i = 0; i < 300; i++) {
      const taken = excerpt(work, random, 1, 60);
      const text = `As the chapter says, “${taken.words.join(' ').replace(/"/g, "'")}” (Zhong, 2007, para. ${taken.paragraph}).`;
      assert.deepEqual(checkQuotations(text, 'markdown', work).findings.map((f) => f.message), [], text);
    }
  });
});
