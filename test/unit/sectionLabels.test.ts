import * as assert from 'node:assert/strict';
import { bundledWork } from '../../src/core/corpus';
import { distinctLabels, sectionShortLabels } from '../../src/core/sectionLabels';

describe('Section labels that tell sections apart', () => {
  it('drops the opening the text\'s headings share, whatever its apostrophes and plurals', () => {
    const work = bundledWork();
    assert.deepEqual([...sectionShortLabels(work.sections).values()], [
      'Introduction',
      'Facilitated a healthy and stable progress of state-to-state relations',
      'Elevated CPC’s governing ability',
      "Facilitated China's socialist modern construction",
      'Shown the world a good image of the CPC',
      'Facilitated world peace and stability',
    ]);
  });

  it('keeps headings that share no opening, or only one word', () => {
    assert.deepEqual(distinctLabels(['Methods', 'Results']), ['Methods', 'Results']);
    assert.deepEqual(distinctLabels(['The start', 'The end']), ['The start', 'The end']);
  });

  it('keeps a heading whole when it is all opening', () => {
    assert.deepEqual(distinctLabels(['Party relations', 'Party relations today']), ['Party relations', 'Today']);
  });

  it('drops the shortest opening a heading shares with any other, however the headings are ordered', () => {
    assert.deepEqual(distinctLabels(['The growth of trade', 'Other matters', 'The growth of parties', 'The growth']), ['Of trade', 'Other matters', 'Of parties', 'The growth']);
    assert.deepEqual(distinctLabels(['The growth of parties', 'The growth of trade']), ['Parties', 'Trade']);
  });

  it('labels the thousand sections of a long book, each by what is its own', () => {
    const headings = Array.from({ length: 1000 }, (_, i) => (i % 2 === 0 ? `Relations with region ${i}` : `Visits of delegation ${i}`));
    const labels = distinctLabels(headings);
    assert.deepEqual(labels.slice(0, 4), ['0', '1', '2', '3']);
    assert.equal(new Set(labels).size, 1000);
  });
});
