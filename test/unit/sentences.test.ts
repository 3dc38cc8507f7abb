import * as assert from 'node:assert/strict';
import { bundledWork } from '../../src/core/corpus';
import { splitSentences } from '../../src/core/sentences';

const texts = (paragraph: string) => splitSentences(paragraph).map((s) => s.text);

describe('Sentence splitting', () => {
  it('keeps "1.3 billion" in one sentence', () => {
    const sixth = bundledWork().paragraphs[5];
    assert.equal(sixth.sentences.length, 2);
    assert.match(sixth.sentences[0].text, /a country of 1\.3 billion people, the CPC is facing/);
  });

  it('does not split after a quotation ending in a comma, such as "accelerator,"', () => {
    assert.deepEqual(bundledWork().paragraphs[3].sentences.map((s) => s.text.slice(0, 30)), [
      'As an "accelerator," party-to-',
      'Party-to-party relations cover',
      'The contacts with parties in p',
      'Many state leaders, before the',
      'After they assume office, they',
      'By contacts with young politic',
    ]);
  });

  it('keeps a list of quoted names with commas inside one sentence', () => {
    const ninth = bundledWork().paragraphs[8];
    const withNames = ninth.sentences.filter((s) => s.text.includes('"Western development,"'));
    assert.equal(withNames.length, 1);
    assert.match(withNames[0].text, /"rise of central parts of China," the CPC has arranged/);
  });

  it('does not split numbers such as "2007.10"', () => {
    assert.deepEqual(texts('Published in 2007.10 by the press. Then reprinted.'), ['Published in 2007.10 by the press.', 'Then reprinted.']);
  });

  it('does not split after abbreviations or initials', () => {
    assert.deepEqual(texts('See e.g. The Book by J. Smith and Mr. Wang. It is long.'), ['See e.g. The Book by J. Smith and Mr. Wang.', 'It is long.']);
  });

  it('splits after question and exclamation marks and closing quotes', () => {
    assert.deepEqual(texts('Is it so? Yes! He said "it is." Then "we" left.'), ['Is it so?', 'Yes!', 'He said "it is."', 'Then "we" left.']);
  });

  it('ends a sentence after a whole run of stops and closing marks, however long the run', () => {
    assert.deepEqual(texts('Wait... Next one?!) Yes.” And so.'), ['Wait...', 'Next one?!)', 'Yes.”', 'And so.']);
    const dots = '.'.repeat(20_000);
    assert.deepEqual(texts(`Contents${dots} 23 and${dots})) Then more`), [`Contents${dots}`, `23 and${dots}))`, 'Then more']);
    assert.deepEqual(texts(`${'?!'.repeat(10_000)}`), ['?!'.repeat(10_000)]);
  });

  it('reassembles every paragraph of the text from its sentences', () => {
    for (const p of bundledWork().paragraphs) assert.equal(p.sentences.map((s) => s.text).join(' '), p.text);
  });
});
