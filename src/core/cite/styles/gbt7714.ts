/**
 * GB/T 7714-2015, the Chinese national standard, numeric system (顺序编码制).
 * No author: a numbered list may begin with the title (8.1.3). A chapter is
 * "[M]//" followed by the book's responsible person, the book, place,
 * publisher and year (4.3, 8.8); romanised names with the family name in
 * capitals and the given name in full (8.1.2). Western titles in sentence
 * case, no italics. In the text a superscript number, with the pinpoint in
 * superscript after the bracket as the standard places page numbers (10.1.3).
 * The number is the work's order of first citation in the document
 * (numbering.ts). The reader counts the paragraphs: the standard gives only
 * page numbers as pinpoints (10.1.3), and "para. 4" stands in for them.
 */
import { locatorRich, sectionInQuotes, type LocatorWords } from '../locator';
import { sup } from '../rich';
import type { CitationStyle } from '../style';
import { initials, type CitedWork, type Name } from '../work';

/** The work's number: its order of first citation in the document (10.1.1), the same in the reference list (9.1). */
const number = (w: CitedWork) => `[${w.number}]`;

/** A romanised name: family name in capitals, the given name in full when the source writes it family name first (8.1.2). */
const gbName = (e: Name) => `${e.family.toUpperCase()} ${e.familyFirst ? e.given : initials(e.given, false)}`.trim();

/** The standard's words for pinpoints, in both its systems: it gives only page numbers, and "para. 4" stands where it puts them. */
export const GBT_WORDS: LocatorWords = { unnumbered: 'count', paragraph: 'para.', paragraphs: 'paras.', dash: '-', section: sectionInQuotes('', 'sec. '), introduction: 'introduction' };

/** The chapter as part of the book, in both systems: "title[M]//EDITOR. Book. Place: Publisher" (4.3, 8.8). */
export const gbChapter = (w: CitedWork) => {
  const eds = w.editors.length ? `${w.editors.map(gbName).join(', ')}. ` : '';
  return `${w.titleSentence}[M]//${eds}${w.containerSentence}. ${w.place}: ${w.publisher}`;
};

export const gbt7714: CitationStyle = {
  id: 'gb-t-7714',
  label: 'GB/T 7714-2015 (numeric)',
  short: 'GB/T 7714',
  referenceListTitle: 'References',
  singleQuotes: false,
  words: GBT_WORDS,
  isLongQuotation: ({ words }) => words >= 40,
  reference: (w) => [`${number(w)} ${gbChapter(w)}, ${w.year}.`],
  parenthetical: (w, p) => [sup(number(w), ...locatorRich(gbt7714.words, p))],
  narrative: (w, p) => {
    const loc = locatorRich(gbt7714.words, p);
    return [number(w), ...(loc.length ? [sup(...loc)] : [])];
  },
  attached: true,
  numbered: true,
};
