import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkQuotations, QuotationChecker, type CheckOptions } from '../../src/core/check';
import { BUNDLED_CORPUS_SOURCE, bundledWork } from '../../src/core/corpus';
import { parseCorpus } from '../../src/core/parse';
import { applyEdits, assertShape } from '../fixtures/check/expect';
import { benchDocument, seededRandom } from '../fixtures/check/inputs';

const ROOT = path.join(__dirname, '../../..');
const work = bundledWork();
const KEY = work.record.key;
const fixture = (name: string): string => fs.readFileSync(path.join(ROOT, 'test/fixtures/check', name), 'utf8');

describe('Checking whole documents', () => {
  it('finds nothing to report in the clean fixtures, which quote in many forms', () => {
    for (const [name, language] of [['clean.md', 'markdown'], ['clean.tex', 'latex']] as const) {
      const result = checkQuotations(fixture(name), language, work);
      assert.deepEqual(result.findings.map((f) => f.message), [], name);
      assert.ok(result.quotations.length >= 3, `${name} quotes the text`);
      assert.ok(result.quotations.every((q) => q.citation !== undefined), `${name} cites every quotation`);
    }
  });

  it('finds a misquotation, a wrong locator and an uncited quotation in each problem fixture, and their fixes clear them', () => {
    for (const [name, language] of [['problems.md', 'markdown'], ['problems.tex', 'latex']] as const) {
      const text = fixture(name);
      const result = checkQuotations(text, language, work);
      assert.deepEqual(result.findings.map((f) => f.kind), ['misquotation', 'wrong-locator', 'uncited'], name);
      let fixed = text;
      // Each fix on the text as it is after the previous ones, as a writer applies them one by one.
      for (let i = 0; i < 3; i++) {
        const finding = checkQuotations(fixed, language, work).findings[0];
        fixed = applyEdits(fixed, finding.fix?.edits ?? []);
      }
      assert.deepEqual(checkQuotations(fixed, language, work).findings, [], `${name} fixed:\n${fixed}`);
    }
  });

  it('finds the same problems in a document with Windows line endings, and its fixes keep them', () => {
    for (const [name, language] of [['problems.md', 'markdown'], ['problems.tex', 'latex']] as const) {
      const unix = fixture(name);
      const windows = unix.replace(/\n/g, '\r\n');
      const found = checkQuotations(windows, language, work).findings;
      assert.deepEqual(found.map((f) => f.message), checkQuotations(unix, language, work).findings.map((f) => f.message));
      for (const finding of found) {
        const fixed = applyEdits(windows, finding.fix?.edits ?? []);
        assert.equal(fixed.replace(/\r\n/g, ''), fixed.replace(/\r\n/g, '').replace(/\n/g, ''), 'no bare line break is added');
        assert.equal(fixed.split('\r\n').length, windows.split('\r\n').length, 'the lines stay the lines they were');
      }
    }
  });

  it('counts how often each paragraph is cited and quoted', () => {
    const text = [
      `"the CPC has brought this advantage to a maximum display" [@${KEY}, para. 5].`,
      `As argued before [@${KEY}, paras. 4–5], and again [@${KEY}, para. 5].`,
      `"As an accelerator, party-to-party relations have facilitated the progress of state relations" (Zhong, 2007, para. 4).`,
      'Uncited: "By contacts with young political figures, the CPC has laid foundations for future state-to-state relations."',
    ].join('\n\n');
    assert.deepEqual(checkQuotations(text, 'markdown', work).coverage, [
      { paragraph: 4, citations: 2, quotations: 2, uncited: 1 },
      { paragraph: 5, citations: 3, quotations: 1, uncited: 0 },
    ]);
  });

  it('reads again only the block an edit falls in, and finds what a fresh check finds', function () {
    // Forty edits, each checked twice: more than mocha's default time on a busy machine.
    this.timeout(30_000);
    const random = seededRandom(11);
    let text = benchDocument(work, 2_000, 5);
    const checker = new QuotationChecker(work);
    const first = checker.check(text, 'markdown');
    assert.equal(checker.stats.analysed, checker.stats.blocks);
    assert.deepEqual(checker.check(text, 'markdown'), first);
    assert.equal(checker.stats.analysed, 0, 'nothing is read again when nothing changed');
    for (let i = 0; i < 40; i++) {
      const at = Math.floor(random() * text.length);
      text = random() < 0.5 ? `${text.slice(0, at)}x${text.slice(at)}` : `${text.slice(0, at)}${text.slice(at + 1)}`;
      const incremental = checker.check(text, 'markdown');
      assert.ok(checker.stats.analysed <= 2, `an edit reads at most the block it is in (and a block it splits or joins), read ${checker.stats.analysed}`);
      assert.deepEqual(incremental, checkQuotations(text, 'markdown', work));
    }
  });

  it('reads a document ahead in slices, after which checking it reads nothing again', () => {
    const text = benchDocument(work, 2_000, 9);
    const checker = new QuotationChecker(work);
    let calls = 0;
    // One block per call: "enough" as soon as a block has been read.
    let read = false;
    while (!checker.prepare(text, 'markdown', () => {
      const stop = read;
      read = true;
      return stop;
    })) {
      calls++;
      read = false;
    }
    const result = checker.check(text, 'markdown');
    assert.ok(calls > 10, `prepared in ${calls} slices`);
    assert.equal(checker.stats.analysed, 0);
    assert.deepEqual(result, checkQuotations(text, 'markdown', work));
  });

  it('changes neither the work nor the options it is given', () => {
    const parsed = parseCorpus(BUNDLED_CORPUS_SOURCE, 'corpus.md');
    assert.ok(parsed.ok);
    const frozen = deepFreeze(parsed.work);
    const before = JSON.stringify(frozen);
    const options: CheckOptions = Object.freeze({ keys: Object.freeze(['extra']) });
    const text = fixture('problems.md') + fixture('clean.md');
    const result = new QuotationChecker(frozen, options).check(text, 'markdown');
    assertShape(text, result, frozen.paragraphs.length);
    assert.equal(JSON.stringify(frozen), before);
  });

  it('accepts the writer\'s own citation keys for the work', () => {
    const text = '"the CPC has brought this advantage to a maximum display" [@zhong2007, para. 5]';
    assert.equal(checkQuotations(text, 'markdown', work).citations.length, 0);
    assert.equal(checkQuotations(text, 'markdown', work, { keys: ['zhong2007'] }).citations.length, 1);
  });
});

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}
