/**
 * The Chicago Manual of Style, 17th edition, author-date. No author: the
 * title takes the author's place, the year follows it (15.32); in the text a
 * short title in quotation marks and the year with no comma between them.
 * The book in italics, "edited by" with the editor's name in Chinese order.
 * Works with authors or editors: names and entry as chicago.ts gives them,
 * the year after the names (15.9), "1993a" (15.19); in the text "(Vogel
 * 2011, 23)", up to three names, then "et al." (15.29).
 */
import { chicagoLead as lead, closed } from '../creators';
import { locatorRich, sectionInQuotes, type Pinpoint } from '../locator';
import { italic, quoted, type Inline, type Rich } from '../rich';
import type { CitationStyle } from '../style';
import { fullName, listNames, type CitedWork } from '../work';
import { citationNames, listedHead, listedRest, titleOf } from './chicago';

const general = (w: CitedWork) => lead(w) !== undefined || w.type !== 'chapter';

function generalReference(w: CitedWork): Rich {
  const head = listedHead(w);
  const standalone = w.type === 'book' || w.type === 'report';
  const title: Inline = standalone ? italic(w.title) : quoted(closed(w.title));
  const rest = listedRest(w, true);
  if (head) return [`${head} ${w.yearLabel}. `, title, ...(standalone ? ['.'] : []), ...rest];
  return [title, `${standalone ? '.' : ''} ${w.yearLabel}.`, ...rest];
}

function inText(w: CitedWork, p: Pinpoint | undefined, narrative: boolean): Rich {
  const by = lead(w);
  const loc = locatorRich(chicagoAuthorDate.words, p);
  const after: Rich = loc.length ? [', ', ...loc] : [];
  const name: Inline = by ? citationNames(by.names) : titleOf({ ...w, title: narrative ? w.title : w.shortTitle });
  if (narrative) return [name, ` (${w.yearLabel}`, ...after, ')'];
  return ['(', name, ` ${w.yearLabel}`, ...after, ')'];
}

export const chicagoAuthorDate: CitationStyle = {
  id: 'chicago-author-date',
  label: 'Chicago 17th edition (author-date)',
  short: 'Chicago author-date',
  referenceListTitle: 'References',
  singleQuotes: false,
  words: { unnumbered: 'section', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes('', 'under '), introduction: 'introduction', page: '', pages: '' },
  isLongQuotation: ({ words }) => words >= 100,
  // A 3-em dash for the same names as the entry before (14.67).
  repeatedNames: { dash: '———.', head: (w) => (general(w) ? listedHead(w) : undefined) },
  reference: (w) => {
    if (general(w)) return generalReference(w);
    const eds = w.editors.length ? `, edited by ${listNames(w.editors.map(fullName))}` : '';
    return [quoted(`${w.title}.`), ` ${w.year}. In `, italic(w.container), `${eds}. ${w.place}: ${w.publisher}.`];
  },
  parenthetical: (w, p) => {
    if (general(w)) return inText(w, p, false);
    const loc = locatorRich(chicagoAuthorDate.words, p);
    return ['(', quoted(w.shortTitle), ` ${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    if (general(w)) return inText(w, p, true);
    const loc = locatorRich(chicagoAuthorDate.words, p);
    return [quoted(w.title), ` (${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
};
