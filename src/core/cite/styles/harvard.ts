/**
 * Harvard, as Cite Them Right (12th edition) gives it. No author: the
 * chapter title in single quotation marks takes the author's place, then the
 * year; "in" the editor, inverted with initials, "(ed.)", and the book in
 * italics. Titles in sentence case, as its examples print them. British
 * usage: single quotation marks outside, double inside. Works with authors
 * or editors: family names and initials with no spaces ("Vogel, E.F."), up
 * to three and then the first and "et al." in the list and in the text;
 * "(ed.)"/"(eds)" for editors standing in; "Translated by" and "3rd edn."
 * after the title; "1993a" for one author's two works of a year; pages as
 * "p. 23", "pp. 23–24".
 */
import { asWritten, closed, invertedInitials, lead, link, ordinal, surname } from '../creators';
import { locatorRich, sectionInQuotes, type Pinpoint } from '../locator';
import { italic, quoted, type Inline, type Rich } from '../rich';
import type { CitationStyle } from '../style';
import { initials, listNames, type CitedWork, type Name } from '../work';
import { monthDate } from './chicago';

/** "et al." in italics, as Cite Them Right prints it. */
const ET_AL = italic('et al.');

function referenceNames(names: readonly Name[]): Rich {
  if (names.length >= 4) return [`${invertedInitials(names[0], false)} `, ET_AL];
  return [listNames(names.map((n) => invertedInitials(n, false)), ' and ', '')];
}

function citationNames(names: readonly Name[]): Rich {
  if (names.length >= 4) return [`${surname(names[0])} `, ET_AL];
  return [listNames(names.map(surname), ' and ', '')];
}

const general = (w: CitedWork) => lead(w) !== undefined || w.type !== 'chapter';
const DAY_MONTH = (w: CitedWork) => (w.month ? monthDate({ ...w, day: undefined }, false).replace(/^(\w+)$/, w.day ? `${w.day} $1` : '$1') : '');

function generalReference(w: CitedWork): Rich {
  const by = lead(w);
  const names: Rich = by ? [...referenceNames(by.names), `${by.role === 'editor' ? (by.names.length > 1 ? ' (eds)' : ' (ed.)') : ''} `] : [];
  const standalone = w.type === 'book' || w.type === 'report' || w.type === 'webpage';
  const title: Inline = standalone ? italic(w.titleSentence) : quoted(w.titleSentence);
  const head: Rich = by ? [...names, `(${w.yearLabel}) `, title] : [title, ` (${w.yearLabel})`];
  const after = [
    ...(w.translators.length ? [`Translated by ${listNames(w.translators.map((t) => asWritten(t) ?? `${initials(t.given).replace(/\.\s+/g, '.')} ${t.family}`.trim()), ' and ', '')}`] : []),
    ...(w.edition ? [`${ordinal(w.edition)} edn`] : []),
    ...(w.genre && w.type === 'report' ? [w.genre] : []),
  ];
  const publication = w.place && w.publisher ? `${w.place}: ${w.publisher}` : w.publisher || w.place;
  const available = link(w) ? ` Available at: ${link(w)}${w.accessed && !w.doi ? ` (Accessed: ${w.accessed.day ? `${w.accessed.day} ` : ''}${monthDate({ ...w, month: w.accessed.month, day: undefined, year: w.accessed.year }, true)})` : ''}.` : '';
  switch (w.type) {
    case 'article-journal':
      return [...head, ', ', italic(w.container), `${w.volume ? `, ${w.volume}${w.issue ? `(${w.issue})` : ''}` : ''}${w.pages ? `, pp. ${w.pages}` : ''}.${available}`];
    case 'webpage':
      return [...head, ...(w.container ? [', ', italic(w.container)] : []), `.${available}`];
    case 'speech':
      return [...head, '. ', ...(w.event ? [italic(w.event), ', '] : []), `${DAY_MONTH(w)}.${available}`];
    case 'chapter': {
      // The book's editors, initials first, as Cite Them Right gives them after "in".
      const editorNames = listNames(w.editors.map((e) => asWritten(e) ?? `${initials(e.given).replace(/\.\s+/g, '.')} ${e.family}`.trim()), ' and ', '');
      const eds = w.editors.length ? `${editorNames} (${w.editors.length > 1 ? 'eds' : 'ed.'}) ` : '';
      return [...head, `, in ${eds}`, italic(w.containerSentence), `${after.length ? `. ${after.join('. ')}` : ''}. ${publication}${w.pages ? `, pp. ${w.pages}` : ''}.${available}`];
    }
    default:
      return [...head, `.${after.length ? ` ${after.map((a) => closed(a)).join(' ')}` : ''}${publication ? ` ${closed(publication)}` : ''}${available}`];
  }
}

function inText(w: CitedWork, p: Pinpoint | undefined, narrative: boolean): Rich {
  const by = lead(w);
  const loc = locatorRich(harvard.words, p);
  const after: Rich = loc.length ? [', ', ...loc] : [];
  const name: Rich = by ? citationNames(by.names) : [w.type === 'book' || w.type === 'report' || w.type === 'webpage' ? italic(w.titleSentence) : quoted(w.titleSentence)];
  if (narrative) return [...name, ` (${w.yearLabel}`, ...after, ')'];
  return ['(', ...name, `, ${w.yearLabel}`, ...after, ')'];
}

export const harvard: CitationStyle = {
  id: 'harvard',
  label: 'Harvard (Cite Them Right)',
  short: 'Harvard',
  referenceListTitle: 'Reference list',
  singleQuotes: true,
  words: { unnumbered: 'count', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes(' section'), introduction: 'introduction', page: 'p.', pages: 'pp.' },
  isLongQuotation: ({ words }) => words > 30,
  reference: (w) => {
    if (general(w)) return generalReference(w);
    const names = listNames(w.editors.map((e) => asWritten(e) ?? `${e.family}, ${initials(e.given)}`), ' and ', '');
    const eds = w.editors.length ? `${names} (${w.editors.length > 1 ? 'eds' : 'ed.'}) ` : '';
    return [quoted(w.titleSentence), ` (${w.year}) in ${eds}`, italic(w.containerSentence), `. ${w.place}: ${w.publisher}.`];
  },
  parenthetical: (w, p) => {
    if (general(w)) return inText(w, p, false);
    const loc = locatorRich(harvard.words, p);
    return ['(', quoted(w.titleSentence), `, ${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    if (general(w)) return inText(w, p, true);
    const loc = locatorRich(harvard.words, p);
    return [quoted(w.titleSentence), ` (${w.year}`, ...(loc.length ? [', ', ...loc] : []), ')'];
  },
};
