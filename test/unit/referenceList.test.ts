import * as assert from 'node:assert/strict';
import { headingTitle, planReferenceList, withoutHeading } from '../../src/core/referenceList';

const LIST = '\n\n## References\n\n“The Outstanding Results.” *International Relations*.\n';

describe('Inserting a reference list into a document that may have one', () => {
  it('reads a heading\'s words through its markup', () => {
    for (const line of ['## References', '\\section*{References}', '<h2>References</h2>', '== References', '**References:**', 'References']) {
      assert.equal(headingTitle(line), 'references', line);
    }
  });

  it('inserts the whole list into a document without one', () => {
    assert.deepEqual(planReferenceList('# Essay\n\nText.\n', LIST), { kind: 'whole' });
  });

  it('inserts only the entries under the writer\'s own heading, whatever the usual title', () => {
    assert.deepEqual(planReferenceList('# Essay\n\nText.\n\n## References\n\n', LIST), { kind: 'entries' });
    assert.deepEqual(planReferenceList('Text.\n\n# Bibliography\n', LIST), { kind: 'entries' });
    assert.equal(withoutHeading(LIST), '\n\n“The Outstanding Results.” *International Relations*.\n');
  });

  it('inserts nothing when the document has the entry already, however its lines are broken', () => {
    assert.deepEqual(planReferenceList('## References\n\n“The Outstanding\nResults.”   *International Relations*.\n', LIST), { kind: 'present' });
  });

  it('inserts nothing when the processor\'s list is there already', () => {
    assert.deepEqual(planReferenceList('Text.\n\n\\printbibliography\n', '\n\\printbibliography\n'), { kind: 'present' });
  });

  it('leaves a list with no heading whole', () => {
    assert.equal(withoutHeading('\n\\printbibliography\n'), '\n\\printbibliography\n');
  });
});
