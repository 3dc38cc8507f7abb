/**
 * APA, 7th edition. A chapter with no author: its title moves to the author
 * position (APA 9.12) in sentence case and plain type; the book title is in
 * italics and sentence case; in the text the title is in title case within
 * quotation marks, shortened in parentheses (8.14). Locators: "para. 4",
 * "paras. 4–5", a section by its heading (8.13).
 */
import { locatorRich, sectionInQuotes } from '../locator';
import { italic, quoted } from '../rich';
import type { CitationStyle } from '../style';
import { initials, listNames } from '../work';

export const apa: CitationStyle = {
  id: 'apa',
  label: 'APA 7th edition',
  short: 'APA',
  referenceListTitle: 'References',
  singleQuotes: false,
  words: { unnumbered: 'count', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes(' section'), introduction: 'Introduction section' },
  isLongQuotation: ({ words }) => words >= 40,
  reference: (w) => {
    const editors = listNames(w.editors.map((e) => `${initials(e.given)} ${e.family}`.trim()), ' & ');
    const eds = w.editors.length === 0 ? [] : [editors, w.editors.length > 1 ? ' (Eds.), ' : ' (Ed.), '];
    return [`${w.titleSentence}. (${w.year}). In `, ...eds, italic(w.containerSentence), `. ${w.publisher}.`];
  },
  parenthetical: (w, p) => {
    const loc = locatorRich(apa.words, p);
    return ['(', quoted(`${w.shortTitle},`), ` ${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    const loc = locatorRich(apa.words, p);
    return [quoted(w.title), ` (${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
};
