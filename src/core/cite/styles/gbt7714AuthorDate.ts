/**
 * GB/T 7714-2015, author-date system (著者-出版年制). A work with no
 * responsible person is listed and cited under "佚名" or the word that
 * answers to it in the document's language (8.1.3), "Anon" in an English
 * document; only the numeric system may begin with the title instead. The
 * year follows the name in the list (9.2) and in the text, "(Anon, 2007)"
 * (10.2.1), or "Anon (2007)" when the sentence names it; the pinpoint
 * follows the parentheses in superscript (10.2.4). The chapter is
 * "[M]//" the book, as in the numeric system (8.8).
 */
import { lead } from '../creators';
import { locatorRich } from '../locator';
import { sup } from '../rich';
import type { CitationStyle } from '../style';
import type { CitedWork } from '../work';
import { citesInChinese, gbBody, gbChapter, gbCitationName, gbNames, GBT_WORDS } from './gbt7714';

/** The words a work with no author is cited under: 佚名 in Chinese, the English word elsewhere. */
export const ANONYMOUS = { zh: '佚名', other: 'Anon' } as const;

const anonymous = (w: CitedWork) => (citesInChinese(w) ? ANONYMOUS.zh : ANONYMOUS.other);

/** Who the text names: the first author (and "et al."), or 佚名/Anon (8.1.3). */
const named = (w: CitedWork) => gbCitationName(w) || anonymous(w);

export const gbt7714AuthorDate: CitationStyle = {
  id: 'gb-t-7714-author-date',
  label: 'GB/T 7714-2015 (author-date)',
  short: 'GB/T 7714 author-date',
  referenceListTitle: 'References',
  referenceListTitleInChinese: '参考文献',
  singleQuotes: false,
  words: GBT_WORDS,
  isLongQuotation: ({ words }) => words >= 40,
  reference: (w) => {
    const by = lead(w);
    if (!by && w.type === 'chapter') return [`${anonymous(w)}, ${w.yearLabel}. ${gbChapter(w)}.`];
    return [`${by ? gbNames(w, by.names) : anonymous(w)}, ${w.yearLabel}. ${gbBody(w, false)}`];
  },
  parenthetical: (w, p) => {
    const loc = locatorRich(gbt7714AuthorDate.words, p);
    return [`(${named(w)}, ${w.yearLabel})`, ...(loc.length ? [sup(...loc)] : [])];
  },
  narrative: (w, p) => {
    const loc = locatorRich(gbt7714AuthorDate.words, p);
    return [`${named(w)} (${w.yearLabel})`, ...(loc.length ? [sup(...loc)] : [])];
  },
};
