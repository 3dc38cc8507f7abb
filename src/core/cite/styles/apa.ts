/**
 * APA, 7th edition. Authors inverted with initials, up to twenty in the
 * reference list (9.8); in the text one or two family names ("&" in
 * parentheses, "and" in prose) and "et al." from three (8.17). Editors of a
 * book stand in for its authors with "(Ed.)" (9.10); a translator follows
 * the title, "(D. C. Lau, Trans.)" (10.2). Titles of works standing alone
 * in italics, of parts in plain type, both in sentence case; journal names
 * and volumes in italics (9.25). Same author, same year: "1993a" (8.19).
 * With no author, the title moves to the author position (9.12): the
 * bundled chapter in sentence case and plain type; in the text the title in
 * title case within quotation marks, shortened in parentheses (8.14).
 * Locators: "p. 23", "pp. 23–24" where pages are marked, else "para. 4",
 * "paras. 4–5", a section by its heading (8.13).
 */
import { asWritten, closed, datedFully, initialsFirst, invertedInitials, lead, link, MONTHS, ordinal, surname } from '../creators';
import { locatorRich, sectionInQuotes, type Pinpoint } from '../locator';
import { italic, quoted, type Inline, type Rich } from '../rich';
import type { CitationStyle } from '../style';
import { initials, listNames, type CitedWork, type Name } from '../work';

/** "Hastie, T., Tibshirani, R., & Friedman, J."; past twenty, the first nineteen, an ellipsis and the last (9.8). */
function referenceNames(names: readonly Name[]): string {
  const all = names.map((n) => invertedInitials(n));
  if (all.length > 20) return `${all.slice(0, 19).join(', ')}, . . . ${all[all.length - 1]}`;
  if (all.length === 2) return `${all[0]}, & ${all[1]}`;
  return listNames(all, ' & ');
}

/** "Vogel", "Nathan & Scobell" ("and" in prose), "Hastie et al." */
function citationNames(names: readonly Name[], narrative: boolean): string {
  if (names.length >= 3) return `${surname(names[0])} et al.`;
  return names.map(surname).join(narrative ? ' and ' : ' & ');
}

/** "(2011)", "(1989, March)", "(2017, May 14)". */
function date(w: CitedWork): string {
  if (!datedFully(w) || !w.month) return `(${w.yearLabel})`;
  return `(${w.yearLabel}, ${MONTHS[w.month - 1]}${w.day ? ` ${w.day}` : ''})`;
}

/** What follows a title in parentheses: "(3rd ed.)", "(D. C. Lau, Trans.)", "(pp. 22–49)". */
function titleNotes(w: CitedWork, pages = false): string {
  const notes = [
    ...(w.translators.length ? [`${listNames(w.translators.map(initialsFirst), ' & ')}, Trans.`] : []),
    ...(w.edition ? [`${ordinal(w.edition)} ed.`] : []),
    ...(pages && w.pages ? [`pp. ${w.pages}`] : []),
  ];
  return notes.length ? ` (${notes.join('; ')})` : '';
}

function generalReference(w: CitedWork): Rich {
  const by = lead(w);
  const names = by ? `${referenceNames(by.names)}${by.role === 'editor' ? (by.names.length > 1 ? ' (Eds.)' : ' (Ed.)') : ''}` : '';
  const head: Inline[] = by ? [`${closed(names)} ${date(w)}. `] : [];
  const afterTitle = (title: Inline, rest: string): Inline[] => (by ? [...head, title, rest] : [title, rest.replace(/^(.*?)(\.?)$/, `$1. ${date(w)}.`)]);
  const publisher = w.publisher && !w.authors.some((a) => a.literal === w.publisher) ? ` ${closed(w.publisher)}` : '';
  const url = link(w) ? ` ${link(w)}` : '';
  switch (w.type) {
    case 'article-journal': {
      const volume: Inline[] = w.volume ? [', ', italic(w.volume), `${w.issue ? `(${w.issue})` : ''}`] : [];
      const title = by ? closed(w.titleSentence) : w.titleSentence;
      return [...head, title, ...(by ? [] : [` ${date(w)}.`]), ' ', italic(w.container), ...volume, `${w.pages ? `, ${w.pages}` : ''}.${url}`];
    }
    case 'chapter': {
      const eds = w.editors.length ? `${listNames(w.editors.map(initialsFirst), ' & ')} (${w.editors.length > 1 ? 'Eds.' : 'Ed.'}), ` : '';
      return [...head, closed(w.titleSentence), ' In ', eds, italic(w.containerSentence), `${titleNotes(w, true)}.${publisher}${url}`];
    }
    case 'webpage': {
      const site = w.container && !w.authors.some((a) => a.literal === w.container) ? ` ${closed(w.container)}` : '';
      return [...afterTitle(italic(w.titleSentence), `${titleNotes(w)}.`), `${site}${url}`];
    }
    case 'speech': {
      const occasion = [w.event, w.eventPlace].filter(Boolean).join(', ');
      return [...afterTitle(italic(w.titleSentence), `${titleNotes(w)}${w.genre ? ` [${w.genre}]` : ''}.`), `${occasion ? ` ${closed(occasion)}` : ''}${url}`];
    }
    default: {
      const genre = w.genre ? ` [${w.genre}${w.reportNumber ? ` No. ${w.reportNumber}` : ''}]` : '';
      return [...afterTitle(italic(w.titleSentence), `${titleNotes(w)}${genre}.`), `${publisher}${url}`];
    }
  }
}

/** In the text, a work with no author: its title in italics (a book) or in quotation marks (a part). */
function titleInText(w: CitedWork, short: boolean): Inline {
  const title = short ? w.shortTitle : w.title;
  return w.type === 'chapter' || w.type === 'article-journal' ? quoted(title) : italic(title);
}

function inText(w: CitedWork, p: Pinpoint | undefined, narrative: boolean): Rich {
  const loc = locatorRich(apa.words, p);
  const by = lead(w);
  const after = [...(loc.length ? [', ', ...loc] : [])];
  if (narrative) return [by ? citationNames(by.names, true) : titleInText(w, false), ` (${w.yearLabel}`, ...after, ')'];
  if (!by && w.type === 'chapter') return ['(', quoted(`${w.shortTitle},`), ` ${w.yearLabel}`, ...after, ')'];
  return ['(', by ? `${citationNames(by.names, false)}, ` : titleInText(w, true), by ? '' : ', ', `${w.yearLabel}`, ...after, ')'];
}

export const apa: CitationStyle = {
  id: 'apa',
  label: 'APA 7th edition',
  short: 'APA',
  referenceListTitle: 'References',
  singleQuotes: false,
  words: { unnumbered: 'count', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes(' section'), introduction: 'Introduction section', page: 'p.', pages: 'pp.' },
  isLongQuotation: ({ words }) => words >= 40,
  reference: (w) => {
    if (lead(w) || w.type !== 'chapter') return generalReference(w);
    const editors = listNames(w.editors.map((e) => asWritten(e) ?? `${initials(e.given)} ${e.family}`.trim()), ' & ');
    const eds = w.editors.length === 0 ? [] : [editors, w.editors.length > 1 ? ' (Eds.), ' : ' (Ed.), '];
    return [`${w.titleSentence}. (${w.yearLabel}). In `, ...eds, italic(w.containerSentence), `. ${w.publisher}.`];
  },
  parenthetical: (w, p) => inText(w, p, false),
  narrative: (w, p) => {
    if (!lead(w) && w.type === 'chapter') {
      const loc = locatorRich(apa.words, p);
      return [quoted(w.title), ` (${w.yearLabel}`, ...(loc.length ? [', ', ...loc] : []), ')'];
    }
    return inText(w, p, true);
  },
};
