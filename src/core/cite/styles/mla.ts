/**
 * MLA Handbook, 9th edition. The first author inverted, a second in normal
 * order after "and", three or more as the first and "et al." (5.6); editors
 * standing in for authors as "editor" (5.7); "Translated by" after the title
 * (5.15). Titles in title case, works standing alone in italics, parts in
 * quotation marks within their container in italics. With no author, the
 * entry begins with the title: the bundled chapter in quotation marks, the
 * book (the container) in italics, then "edited by" and the editor's name as
 * the source writes it (Chinese order, family name first, not inverted). In
 * the text the family names, or a shortened title, and the page with no
 * "p." (6.21), or "par." and "pars." when asked for; ranges with a hyphen.
 * Two works of one author in one year are told apart by their short titles
 * (6.9).
 */
import { closed, datedFully, direct, inverted, lead, link, ordinal, surname } from '../creators';
import { locatorRich, sectionInQuotes, type Pinpoint } from '../locator';
import { italic, quoted, type Inline, type Rich } from '../rich';
import type { CitationStyle } from '../style';
import { fullName, listNames, type CitedWork, type Name } from '../work';

const MONTHS = ['Jan.', 'Feb.', 'Mar.', 'Apr.', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];

function referenceNames(names: readonly Name[]): string {
  if (names.length >= 3) return `${inverted(names[0])}, et al.`;
  if (names.length === 2) return `${inverted(names[0])}, and ${direct(names[1])}`;
  return inverted(names[0]);
}

function citationNames(names: readonly Name[]): string {
  if (names.length >= 3) return `${surname(names[0])} et al.`;
  return names.map(surname).join(' and ');
}

/** "14 May 2017", "Mar. 1989", "2011". */
function date(w: CitedWork): string {
  if (!datedFully(w) || !w.month) return String(w.year);
  return `${w.day ? `${w.day} ` : ''}${MONTHS[w.month - 1]} ${w.year}`;
}

/** The names an entry begins with: "Vogel, Ezra F.", "Zhong, Lianyan, editor." */
function head(w: CitedWork): string | undefined {
  const by = lead(w);
  return by ? closed(`${referenceNames(by.names)}${by.role === 'editor' ? (by.names.length > 1 ? ', editors' : ', editor') : ''}`) : undefined;
}

function generalReference(w: CitedWork): Rich {
  const names = head(w);
  const opening = names ? `${names} ` : '';
  const url = link(w)?.replace(/^https?:\/\//, w.doi ? 'https://' : '');
  const standalone = w.type === 'book' || w.type === 'report';
  const title: Inline = standalone ? italic(w.title) : quoted(closed(w.title));
  const container: Inline[] = w.container ? [italic(w.container)] : [];
  const elements: (string | Inline[])[] = [];
  if (w.type === 'chapter' && w.editors.length) elements.push(`edited by ${listNames(w.editors.map(fullName))}`);
  if (w.translators.length) elements.push(`${elements.length || container.length ? 'translated' : 'Translated'} by ${listNames(w.translators.map(direct))}`);
  if (w.edition) elements.push(`${ordinal(w.edition)} ed.`);
  if (w.type === 'article-journal') {
    if (w.volume) elements.push(`vol. ${w.volume}`);
    if (w.issue) elements.push(`no. ${w.issue}`);
  }
  if (w.type === 'speech' && w.event) elements.push(w.event);
  if (w.genre && w.type !== 'speech') elements.push(w.genre);
  if (w.publisher) elements.push(w.publisher);
  elements.push(date(w));
  if (w.type === 'speech' && w.eventPlace) elements.push(w.eventPlace);
  if (w.pages) elements.push(`pp. ${w.pages.replace('–', '-')}`);
  if (url) elements.push(url);
  const rest = elements.map((e) => (typeof e === 'string' ? e : '')).join(', ');
  // The container follows the title, its elements after a comma; a work standing alone has its elements after a full stop.
  if (container.length) return [opening, title, ' ', ...container, `, ${rest}.`];
  return [opening, title, standalone ? `. ${capitalise(rest)}.` : ` ${capitalise(rest)}.`];
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function inText(w: CitedWork, p: Pinpoint | undefined, narrative: boolean): Rich {
  const loc = locatorRich(mla.words, p);
  const by = lead(w);
  const titled = !by || w.yearSuffix !== '';
  const title: Inline = w.type === 'book' || w.type === 'report' ? italic(w.shortTitle) : quoted(w.shortTitle);
  if (narrative) {
    const named: Inline[] = by ? [citationNames(by.names)] : [w.type === 'book' || w.type === 'report' ? italic(w.title) : quoted(w.title)];
    const inside: Inline[] = [...(by && titled ? [title] : []), ...(loc.length ? [...(by && titled ? [' '] : []), ...loc] : [])];
    return [...named, ...(inside.length ? [' (', ...inside, ')'] : [])];
  }
  const parts: Inline[] = by ? [citationNames(by.names), ...(titled ? [', ', title] : [])] : [title];
  return ['(', ...parts, ...(loc.length ? [' ', ...loc] : []), ')'];
}

export const mla: CitationStyle = {
  id: 'mla',
  label: 'MLA 9th edition',
  short: 'MLA',
  referenceListTitle: 'Works Cited',
  singleQuotes: false,
  words: { unnumbered: 'none', paragraph: 'par.', paragraphs: 'pars.', dash: '-', section: sectionInQuotes('', 'sec. '), introduction: 'introd.', page: '', pages: '' },
  // More than four lines of prose: lines as quotation.ts counts them.
  isLongQuotation: ({ lines }) => lines > 4,
  // Three hyphens and a full stop for the same names as the entry before (5.124).
  repeatedNames: { dash: '---.', head: (w) => (lead(w) || w.type !== 'chapter' ? head(w) : undefined) },
  reference: (w) => {
    if (lead(w) || w.type !== 'chapter') return generalReference(w);
    const editors = w.editors.length ? `, edited by ${listNames(w.editors.map(fullName))}` : '';
    return [quoted(`${w.title}.`), ' ', italic(w.container), `${editors}, ${w.publisher}, ${w.year}.`];
  },
  parenthetical: (w, p) => {
    if (lead(w) || w.type !== 'chapter') return inText(w, p, false);
    const loc = locatorRich(mla.words, p);
    return ['(', quoted(loc.length ? `${w.shortTitle},` : w.shortTitle), ...(loc.length ? [' ', ...loc] : []), ')'];
  },
  narrative: (w, p) => {
    if (lead(w) || w.type !== 'chapter') return inText(w, p, true);
    const loc = locatorRich(mla.words, p);
    return [quoted(w.title), ...(loc.length ? [' (', ...loc, ')'] : [])];
  },
};
