/**
 * The Chicago Manual of Style, 17th edition, author-date. No author: the
 * title takes the author's place, the year follows it (15.32); in the text a
 * short title in quotation marks and the year with no comma between them.
 * The book in italics, "edited by" with the editor's name in Chinese order.
 */
import { locatorRich, sectionInQuotes } from '../locator';
import { italic, quoted } from '../rich';
import type { CitationStyle } from '../style';
import { fullName, listNames } from '../work';

export const chicagoAuthorDate: CitationStyle = {
  id: 'chicago-author-date',
  label: 'Chicago 17th edition (author-date)',
  short: 'Chicago author-date',
  referenceListTitle: 'References',
  singleQuotes: false,
  words: { unnumbered: 'section', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes('', 'under '), introduction: 'introduction' },
  isLongQuotation: ({ words }) => words >= 100,
  reference: (w) => {
    const eds = w.editors.length ? `, edited by ${listNames(w.editors.map(fullName))}` : '';
    return [quoted(`${w.title}.`), ` ${w.year}. In `, italic(w.container), `${eds}. ${w.place}: ${w.publisher}.`];
  },
  parenthetical: (w, p) => {
    const loc = locatorRich(chicagoAuthorDate.words, p);
    return ['(', quoted(w.shortTitle), ` ${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    const loc = locatorRich(chicagoAuthorDate.words, p);
    return [quoted(w.title), ` (${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
};
