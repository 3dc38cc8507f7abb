/**
 * MLA Handbook, 9th edition. No author: the entry begins with the title of
 * the chapter in quotation marks, the book (the container) follows in
 * italics, then "edited by" and the editor's name as the source writes it
 * (Chinese order, family name first, not inverted). Titles in title case.
 * In the text a shortened title; paragraphs "par." and "pars.", ranges with
 * a hyphen.
 */
import { locatorRich, sectionInQuotes } from '../locator';
import { italic, quoted } from '../rich';
import type { CitationStyle } from '../style';
import { fullName, listNames } from '../work';

export const mla: CitationStyle = {
  id: 'mla',
  label: 'MLA 9th edition',
  short: 'MLA',
  referenceListTitle: 'Works Cited',
  singleQuotes: false,
  words: { unnumbered: 'none', paragraph: 'par.', paragraphs: 'pars.', dash: '-', section: sectionInQuotes('', 'sec. '), introduction: 'introd.' },
  // More than four lines of prose: lines as quotation.ts counts them.
  isLongQuotation: ({ lines }) => lines > 4,
  reference: (w) => {
    const editors = w.editors.length ? `, edited by ${listNames(w.editors.map(fullName))}` : '';
    return [quoted(`${w.title}.`), ' ', italic(w.container), `${editors}, ${w.publisher}, ${w.year}.`];
  },
  parenthetical: (w, p) => {
    const loc = locatorRich(mla.words, p);
    return ['(', quoted(loc.length ? `${w.shortTitle},` : w.shortTitle), ...(loc.length ? [' ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    const loc = locatorRich(mla.words, p);
    return [quoted(w.title), ...(loc.length ? [' (', ...loc, ')'] : [])];
  },
};
