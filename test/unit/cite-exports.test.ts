import * as assert from 'node:assert/strict';
import { citedWork, exportRecord } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';

const cited = citedWork(bundledWork());

describe('The record for reference managers and document processors', () => {
  it('writes BibTeX in title case with names and acronyms protected by braces, the year without the month, and a key to sort by', () => {
    assert.equal(exportRecord(cited, 'bibtex'), [
      '@incollection{cpcir2007outstanding,',
      "  title = {The Outstanding Results of {CPC}'s International Relations},",
      '  shorttitle = {Outstanding Results},',
      '  booktitle = {International Relations of the {Communist} {Party} of {China}},',
      '  editor = {Zhong, Lianyan},',
      '  publisher = {China Intercontinental Press},',
      '  address = {Beijing},',
      '  year = {2007},',
      '  language = {english},',
      '  key = {Outstanding Results}',
      '}',
      '',
    ].join('\n'));
  });

  it('writes BibLaTeX with location, the year, langid, and options that cite it by title and pinpoint paragraphs', () => {
    assert.equal(exportRecord(cited, 'biblatex'), [
      '@incollection{cpcir2007outstanding,',
      "  title = {The Outstanding Results of {CPC}'s International Relations},",
      '  shorttitle = {Outstanding Results},',
      '  booktitle = {International Relations of the {Communist} {Party} of {China}},',
      '  editor = {Zhong, Lianyan},',
      '  publisher = {China Intercontinental Press},',
      '  location = {Beijing},',
      '  date = {2007},',
      '  langid = {english},',
      '  options = {useeditor=false},',
      '  pagination = {paragraph}',
      '}',
      '',
    ].join('\n'));
  });

  it('writes CSL-JSON in sentence case, the editor\'s name marked as written family name first', () => {
    assert.deepEqual(JSON.parse(exportRecord(cited, 'csl-json')), [{
      id: 'cpcir2007outstanding',
      type: 'chapter',
      title: 'The outstanding results of CPC’s international relations',
      'title-short': 'Outstanding results',
      'container-title': 'International relations of the Communist Party of China',
      editor: [{ family: 'Zhong', given: 'Lianyan', 'static-ordering': true }],
      publisher: 'China Intercontinental Press',
      'publisher-place': 'Beijing',
      issued: { 'date-parts': [[2007]] },
      language: 'en',
    }]);
  });

  it('writes RIS as a chapter (CHAP) with the book as BT and its editor as ED', () => {
    assert.equal(exportRecord(cited, 'ris'), [
      'TY  - CHAP',
      'ID  - cpcir2007outstanding',
      'TI  - The Outstanding Results of CPC’s International Relations',
      'ST  - Outstanding Results',
      'BT  - International Relations of the Communist Party of China',
      'ED  - Zhong, Lianyan',
      'PB  - China Intercontinental Press',
      'CY  - Beijing',
      'PY  - 2007',
      'LA  - en',
      'ER  - ',
      '',
    ].join('\n'));
  });

  it('uses the key the writer chose', () => {
    assert.match(exportRecord(citedWork(bundledWork(), 'zhong2007'), 'bibtex'), /^@incollection\{zhong2007,\n/);
  });
});
