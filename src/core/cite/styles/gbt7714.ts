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
 * page numbers as pinpoints (10.1.3), and "para. 4" stands in for them
 * where the text marks no pages.
 *
 * Works with authors: up to three names, then ", et al." (", 等" in
 * Chinese) (8.1.2); an organisation as it writes itself; the type code
 * after the title (Annex B: [M] book, [J] article, [EB] web page, [R]
 * report, [Z] other, "/OL" online); translators after the title, ", trans."
 * (", 译" in Chinese) (8.2); edition "3rd ed." ("3版") (8.3); an article as
 * "Journal, year, volume(issue): pages" (8.4), with its DOI (8.8.2).
 */
import { asWritten, closed, isoDate, lead, link, ordinal } from '../creators';
import { locatorRich, sectionInQuotes, type LocatorWords } from '../locator';
import { sup } from '../rich';
import type { CitationStyle } from '../style';
import { initials, type CitedWork, type Name } from '../work';

/** Whether the entry takes the standard's Chinese words: in a Chinese document, or for a Chinese work when the document's language is not known. */
export const citesInChinese = (w: CitedWork) => (w.citingIn ?? (w.language.startsWith('zh') ? 'zh' : 'en')) === 'zh';
const chinese = citesInChinese;

/** The names heading an entry: "HASTIE T, TIBSHIRANI R, FRIEDMAN J"; past three, the first three and "et al." or "等". */
export function gbNames(w: CitedWork, names: readonly Name[]): string {
  const shown = names.slice(0, 3).map(gbName);
  return names.length > 3 ? `${shown.join(', ')}, ${chinese(w) ? '等' : 'et al.'}` : shown.join(', ');
}

/** In the text of the author-date system: the first family name, and "et al." or "等" for more (10.2.2). */
export function gbCitationName(w: CitedWork): string {
  const by = lead(w);
  if (!by) return '';
  const first = by.names[0];
  const name = first.literal ?? first.family.toUpperCase();
  return by.names.length > 1 ? `${name} ${chinese(w) ? '等' : 'et al.'}` : name;
}

/** The type code: [M], [J/OL], [EB/OL], [R], [Z]. */
function code(w: CitedWork): string {
  const online = w.doi || w.url ? '/OL' : '';
  switch (w.type) {
    case 'article-journal':
      return `[J${online}]`;
    case 'webpage':
      return '[EB/OL]';
    case 'report':
      return `[R${online}]`;
    case 'speech':
      return `[Z${online}]`;
    default:
      return `[M${online}]`;
  }
}

/** The entry after its names, for both systems; `year` is false in the author-date system, whose year follows the names. */
export function gbBody(w: CitedWork, withYear: boolean): string {
  const dash = (pages: string) => pages.replace('–', '-');
  const translators = w.translators.length ? ` ${w.translators.map(gbName).join(', ')}, ${chinese(w) ? '译' : 'trans'}.` : '';
  const edition = w.edition ? ` ${chinese(w) ? `${w.edition}版` : `${ordinal(w.edition)} ed`}.` : '';
  const publication = [w.place && w.publisher ? `${w.place}: ${w.publisher}` : w.publisher || w.place, ...(withYear ? [String(w.year)] : [])].filter(Boolean).join(', ');
  const online = w.doi ? ` DOI:${w.doi}.` : w.url ? ` ${w.url}.` : '';
  const title = `${w.titleSentence}${code(w)}`;
  let body: string;
  switch (w.type) {
    case 'article-journal':
      body = `${title}. ${w.container}, ${withYear ? `${w.year}, ` : ''}${w.volume ?? ''}${w.issue ? `(${w.issue})` : ''}${w.pages ? `: ${dash(w.pages)}` : ''}.`;
      break;
    case 'webpage':
      body = `${title}${w.container ? `//${w.container}` : ''}. (${isoDate({ year: w.year, month: w.month, day: w.day })})${w.accessed ? `[${isoDate(w.accessed)}]` : ''}.`;
      return `${body}${link(w) ? ` ${link(w)}.` : ''}`;
    case 'chapter': {
      const eds = w.editors.length ? `${gbNames(w, w.editors)}. ` : '';
      body = `${title}//${eds}${w.containerSentence}.${translators}${edition} ${publication}${w.pages ? `: ${dash(w.pages)}` : ''}.`;
      break;
    }
    default:
      body = `${title}.${translators}${edition}${publication ? ` ${publication}.` : ''}`;
  }
  return `${body}${online}`;
}

/** The work's number: its order of first citation in the document (10.1.1), the same in the reference list (9.1). */
const number = (w: CitedWork) => `[${w.number}]`;

/** A romanised name: family name in capitals, the given name in full when the source writes it family name first (8.1.2). */
const gbName = (e: Name) => asWritten(e) ?? `${e.family.toUpperCase()} ${e.familyFirst ? e.given : initials(e.given, false)}`.trim();

/** The standard's words for pinpoints, in both its systems: it gives only page numbers, and "para. 4" stands where it puts them. */
export const GBT_WORDS: LocatorWords = { unnumbered: 'count', paragraph: 'para.', paragraphs: 'paras.', dash: '-', section: sectionInQuotes('', 'sec. '), introduction: 'introduction', page: '', pages: '' };

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
  referenceListTitleInChinese: '参考文献',
  singleQuotes: false,
  words: GBT_WORDS,
  isLongQuotation: ({ words }) => words >= 40,
  reference: (w) => {
    const by = lead(w);
    if (!by && w.type === 'chapter') return [`${number(w)} ${gbChapter(w)}, ${w.year}.`];
    return [`${number(w)} ${by ? `${closed(gbNames(w, by.names))} ` : ''}${gbBody(w, true)}`];
  },
  parenthetical: (w, p) => [sup(number(w), ...locatorRich(gbt7714.words, p))],
  narrative: (w, p) => {
    const loc = locatorRich(gbt7714.words, p);
    return [number(w), ...(loc.length ? [sup(...loc)] : [])];
  },
  attached: true,
  numbered: true,
};
