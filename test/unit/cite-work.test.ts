import * as assert from 'node:assert/strict';
import { citedWork } from '../../src/core/cite';
import { sentenceCase } from '../../src/core/cite/work';
import { bundledWork } from '../../src/core/corpus';
import { parseText } from '../../src/core/parse';

describe('The cited facts of the work', () => {
  const cited = citedWork(bundledWork());

  it('sets titles in sentence case, keeping acronyms and the names the text capitalises', () => {
    assert.equal(cited.titleSentence, 'The outstanding results of CPC’s international relations');
    assert.equal(cited.containerSentence, 'International relations of the Communist Party of China');
  });

  it('takes the source\'s kicker as the short title', () => {
    assert.equal(cited.shortTitle, 'Outstanding Results');
    assert.equal(cited.shortTitleSentence, 'Outstanding results');
  });

  it('knows the editor\'s name is written family name first, as the source line writes it', () => {
    assert.deepEqual(cited.editors, [{ family: 'Zhong', given: 'Lianyan', familyFirst: true }]);
  });

  it('capitalises the first word after a colon and each part of a hyphenated word on its own', () => {
    assert.equal(sentenceCase('State-to-State Relations: A New Era in USA Policy', new Set(['Policy'])), 'State-to-state relations: A new era in USA Policy');
  });

  it('keeps a title\'s capital only for a word the text capitalises inside a sentence, whole, in any paragraph', () => {
    const source = [
      '---', 'key: keeper2020', 'type: book', 'title: Harbour Trade and Silk Roads of Ningbo', 'authors:', '  - family: Keeper', '    given: Ann',
      'issued: 2020', 'publisher: Press', 'place: Ningbo', 'language: en', '---', '',
      'Harbour walls rose. Trade grew in the Silk season. Roadside inns were many.', '',
      'The harbour was busy.', '',
      'Ships left. Merchants of Ningbo sold silk. Silk was sold everywhere.', '',
    ].join('\n');
    const result = parseText(source, 'keeper.text.md');
    assert.ok(result.ok);
    // "Silk" inside the first paragraph's second sentence, "Ningbo" inside the third paragraph's: kept. "Harbour" and "Trade" open
    // their sentences, "Roads" stands only inside "Roadside", and "harbour" is written in lower case: each loses its capital.
    assert.equal(citedWork(result.work).titleSentence, 'Harbour trade and Silk roads of Ningbo');
  });

  it('caches the facts per key', () => {
    const work = bundledWork();
    assert.equal(citedWork(work), citedWork(work));
    assert.equal(citedWork(work, 'other').key, 'other');
  });
});
