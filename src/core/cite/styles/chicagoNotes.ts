/**
 * The Chicago Manual of Style, 17th edition, notes and bibliography. No
 * author: notes and bibliography entry begin with the chapter title in
 * quotation marks (14.79); the book follows in italics with "ed." (note) or
 * "edited by" (bibliography) and the editor's name in Chinese order, family
 * name first (8.14). Headline-style titles. The first note on the work is
 * full, later ones short (14.29). A section is cited "under" its heading.
 */
import { locatorRich, sectionInQuotes, type Pinpoint } from '../locator';
import { closeWith, italic, quoted, type Rich } from '../rich';
import type { CitationStyle } from '../style';
import { fullName, listNames, type CitedWork } from '../work';

const editors = (w: CitedWork) => listNames(w.editors.map(fullName));

export const chicagoNotes: CitationStyle = {
  id: 'chicago-notes',
  label: 'Chicago 17th edition (notes and bibliography)',
  short: 'Chicago notes',
  referenceListTitle: 'Bibliography',
  singleQuotes: false,
  words: { unnumbered: 'section', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes('', 'under '), introduction: 'introduction' },
  isLongQuotation: ({ words }) => words >= 100,
  reference: (w) => {
    const eds = w.editors.length ? `, edited by ${editors(w)}` : '';
    return [quoted(`${w.title}.`), ' In ', italic(w.container), `${eds}. ${w.place}: ${w.publisher}, ${w.year}.`];
  },
  parenthetical: (w, p) => fullNote(w, p),
  narrative: (w) => [quoted(w.title)],
  notes: {
    full: (w, p) => fullNote(w, p),
    short: (w, p) => {
      const loc = locatorRich(chicagoNotes.words, p);
      return loc.length ? closeWith([quoted(`${w.shortTitle},`), ' ', ...loc], '.') : [quoted(`${w.shortTitle}.`)];
    },
  },
};

function fullNote(w: CitedWork, p?: Pinpoint): Rich {
  const loc = locatorRich(chicagoNotes.words, p);
  const eds = w.editors.length ? `, ${w.editors.length > 1 ? 'eds.' : 'ed.'} ${editors(w)}` : '';
  return closeWith([quoted(`${w.title},`), ' in ', italic(w.container), `${eds} (${w.place}: ${w.publisher}, ${w.year})`, ...(loc.length ? [', ', ...loc] : [])], '.');
}
