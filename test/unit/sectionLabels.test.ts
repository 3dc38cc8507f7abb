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
});
