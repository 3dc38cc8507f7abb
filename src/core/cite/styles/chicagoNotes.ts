/**
 * The Chicago Manual of Style, 17th edition, notes and bibliography. No
 * author: notes and bibliography entry begin with the chapter title in
 * quotation marks (14.79); the book follows in italics with "ed." (note) or
 * "edited by" (bibliography) and the editor's name in Chinese order, family
 * name first (8.14). Headline-style titles. The first note on the work is
 * full, later ones short (14.29). A section is cited "under" its heading.
 * Works with authors or editors: chicago.ts. A page is its bare number.
 */
import { chicagoLead as lead, closed } from '../creators';
import { locatorRich, sectionInQuotes, type Pinpoint } from '../locator';
import { closeWith, italic, quoted, type Inline, type Rich } from '../rich';
import type { CitationStyle } from '../style';
import { fullName, listNames, type CitedWork } from '../work';
import { citationNames, listedHead, listedRest, noteNames, noteRest } from './chicago';

/** The bundled chapter, with no author, keeps its own forms below; every other work takes these. */
const general = (w: CitedWork) => lead(w) !== undefined || w.type !== 'chapter';

/** A title as a note gives it, with the comma that follows inside the quotation marks (none after "?"). */
function noteTitle(w: CitedWork, title: string, more: boolean): Inline {
  if (w.type === 'book' || w.type === 'report') return italic(title);
  return quoted(more && !/[?!]$/.test(title) ? `${title},` : title);
}

function generalFull(w: CitedWork, p?: Pinpoint): Rich {
  const by = lead(w);
  const role = by?.role === 'editor' ? `, ${by.names.length > 1 ? 'eds.' : 'ed.'}` : by?.role === 'translator' ? ', trans.' : '';
  const names = by ? `${noteNames(by.names)}${role}, ` : '';
  const rest = noteRest(w, locatorRich(chicagoNotes.words, p));
  const quotedTitle = !(w.type === 'book' || w.type === 'report');
  // A quoted title takes the comma that follows it inside its marks; the journal's name follows it so, too.
  const tail = quotedTitle && typeof rest[0] === 'string' ? [rest[0].replace(/^,/, ''), ...rest.slice(1)] : rest;
  const commaFollows = quotedTitle && (w.type === 'article-journal' || (typeof rest[0] === 'string' && rest[0].startsWith(',')));
  return closeWith([names, noteTitle(w, w.title, commaFollows), ...tail], '.');
}

function generalShort(w: CitedWork, p?: Pinpoint): Rich {
  const by = lead(w);
  const loc = locatorRich(chicagoNotes.words, p);
  const names = by ? `${citationNames(by.names)}, ` : '';
  const italicTitle = w.type === 'book' || w.type === 'report';
  return closeWith([names, noteTitle(w, w.shortTitle, loc.length > 0), ...(loc.length ? [italicTitle ? ', ' : ' ', ...loc] : [])], '.');
}

const editors = (w: CitedWork) => listNames(w.editors.map(fullName));

export const chicagoNotes: CitationStyle = {
  id: 'chicago-notes',
  label: 'Chicago 17th edition (notes and bibliography)',
  short: 'Chicago notes',
  referenceListTitle: 'Bibliography',
  singleQuotes: false,
  words: { unnumbered: 'section', paragraph: 'para.', paragraphs: 'paras.', dash: '–', section: sectionInQuotes('', 'under '), introduction: 'introduction', page: '', pages: '' },
  isLongQuotation: ({ words }) => words >= 100,
  // A 3-em dash for the same names as the entry before (14.67).
  repeatedNames: { dash: '———.', head: (w) => (general(w) ? listedHead(w) : undefined) },
  reference: (w) => {
    if (general(w)) {
      const head = listedHead(w);
      const title: Inline = w.type === 'book' || w.type === 'report' ? italic(w.title) : quoted(closed(w.title));
      const rest = listedRest(w, false);
      return [...(head ? [`${head} `] : []), title, ...(w.type === 'book' || w.type === 'report' ? ['.'] : []), ...rest];
    }
    const eds = w.editors.length ? `, edited by ${editors(w)}` : '';
    return [quoted(`${w.title}.`), ' In ', italic(w.container), `${eds}. ${w.place}: ${w.publisher}, ${w.year}.`];
  },
  parenthetical: (w, p) => (general(w) ? generalFull(w, p) : fullNote(w, p)),
  narrative: (w) => {
    const by = lead(w);
    if (by) return [citationNames(by.names)];
    return [general(w) ? noteTitle(w, w.title, false) : quoted(w.title)];
  },
  notes: {
    full: (w, p) => (general(w) ? generalFull(w, p) : fullNote(w, p)),
    short: (w, p) => {
      if (general(w)) return generalShort(w, p);
      const loc = locatorRich(chicagoNotes.words, p);
      return loc.length ? closeWith([quoted(`${w.shortTitle},`), ' ', ...loc], '.') : [quoted(`${w.shortTitle}.`)];
    },
  },
};

function fullNote(w: CitedWork, p?: Pinpoint): Rich {
  const loc = locatorRich(chicagoNotes.words, p);
  // "ed." in a note is "edited by": it takes no plural (14.103).
  const eds = w.editors.length ? `, ed. ${editors(w)}` : '';
  return closeWith([quoted(`${w.title},`), ' in ', italic(w.container), `${eds} (${w.place}: ${w.publisher}, ${w.year})`, ...(loc.length ? [', ', ...loc] : [])], '.');
}
