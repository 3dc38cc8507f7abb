import * as assert from 'node:assert/strict';
import { citedWork } from '../../src/core/cite';
import { sentenceCase } from '../../src/core/cite/work';
import { bundledWork } from '../../src/core/corpus';

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

  it('caches the facts per key', () => {
    const work = bundledWork();
    assert.equal(citedWork(work), citedWork(work));
    assert.equal(citedWork(work, 'other').key, 'other');
  });
});
