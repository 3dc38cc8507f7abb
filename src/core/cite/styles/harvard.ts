/**
 * Harvard, as Cite Them Right (12th edition) gives it. No author: the
 * chapter title in single quotation marks takes the author's place, then the
 * year; "in" the editor, inverted with initials, "(ed.)", and the book in
 * italics. Titles in sentence case, as its examples print them. British
 * usage: single quotation marks outside, double inside.
 */
import { locatorRich, sectionInQuotes } from '../locator';
import { italic, quoted } from '../rich';
import type { CitationStyle } from '../style';
import { initials, listNames } from '../work';

export const harvard: CitationStyle = {
  id: 'harvard',
  label: 'Harvard (Cite Them Right)',
  short: 'Harvard',
  referenceListTitle: 'Reference list',
  singleQuotes: true,
  words: { unnumbered: 'count', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes(' section'), introduction: 'introduction' },
  isLongQuotation: ({ words }) => words > 30,
  reference: (w) => {
    const names = listNames(w.editors.map((e) => `${e.family}, ${initials(e.given)}`), ' and ', '');
    const eds = w.editors.length ? `${names} (${w.editors.length > 1 ? 'eds' : 'ed.'}) ` : '';
    return [quoted(w.titleSentence), ` (${w.year}) in ${eds}`, italic(w.containerSentence), `. ${w.place}: ${w.publisher}.`];
  },
  parenthetical: (w, p) => {
    const loc = locatorRich(harvard.words, p);
    return ['(', quoted(w.titleSentence), `, ${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    const loc = locatorRich(harvard.words, p);
    return [quoted(w.titleSentence), ` (${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
};
