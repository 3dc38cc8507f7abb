/**
 * What Chicago's two systems share (The Chicago Manual of Style, 17th
 * edition): names in the bibliography or reference list, the first
 * inverted, up to ten and then the first seven and "et al." (14.76); in
 * notes and in the text up to three, then the first and "et al." (14.23,
 * 15.29); editors standing in for authors as "ed."/"eds." (14.103);
 * "Translated by" (14.104); headline-style titles, works standing alone in
 * italics, parts in quotation marks (8.157–8.159); journals as "72, no. 3"
 * (14.171).
 */
import { chicagoLead, closed, direct, inverted, link, MONTHS, ordinal, surname } from '../creators';
import { italic, quoted, type Inline, type Rich } from '../rich';
import { listNames, type CitedWork, type Name } from '../work';

/** "Cormen, Thomas H., Charles E. Leiserson, Ronald L. Rivest, and Clifford Stein"; past ten, seven and "et al.". */
export function listedNames(names: readonly Name[]): string {
  if (names.length > 10) return `${[inverted(names[0]), ...names.slice(1, 7).map(direct)].join(', ')}, et al.`;
  const [first, ...rest] = names;
  // The inverted first name takes a comma before "and" even when there are only two (14.76).
  if (names.length === 2) return `${inverted(first)}, and ${direct(rest[0])}`;
  return listNames([inverted(first), ...rest.map(direct)]);
}

/** "Thomas H. Cormen et al." (four or more), else all: "Trevor Hastie, Robert Tibshirani, and Jerome Friedman". */
export function noteNames(names: readonly Name[]): string {
  if (names.length >= 4) return `${direct(names[0])} et al.`;
  return listNames(names.map(direct));
}

/** "Cormen et al.", "Hastie, Tibshirani, and Friedman". */
export function citationNames(names: readonly Name[]): string {
  if (names.length >= 4) return `${surname(names[0])} et al.`;
  return listNames(names.map(surname));
}

/** The head of the entry: "Vogel, Ezra F." or "Zhong, Lianyan, ed." */
export function listedHead(w: CitedWork): string | undefined {
  const by = chicagoLead(w);
  if (!by) return undefined;
  const names = listedNames(by.names);
  if (by.role === 'translator') return `${names}, trans.`;
  return by.role === 'editor' ? `${names}, ${by.names.length > 1 ? 'eds' : 'ed'}.` : closed(names);
}

/** "March 1989", "May 14, 2017". */
export function monthDate(w: CitedWork, withYear = true): string {
  if (!w.month) return String(w.year);
  return `${MONTHS[w.month - 1]}${w.day ? ` ${w.day}` : ''}${withYear ? `${w.day ? ',' : ''} ${w.year}` : ''}`;
}

export const titleOf = (w: CitedWork): Inline => (w.type === 'book' || w.type === 'report' ? italic(w.title) : quoted(w.title));

/** The part of a bibliography entry after its title, for both systems; `year` is the publication year where it goes (empty in author-date, which gives it after the names). */
export function listedRest(w: CitedWork, authorDate: boolean): Rich {
  const sentences: Rich[] = [];
  const publication = [w.place && w.publisher ? `${w.place}: ${w.publisher}` : w.publisher || w.place, ...(authorDate ? [] : [String(w.year)])].filter(Boolean).join(', ');
  const url = link(w);
  if (w.type === 'chapter') sentences.push(['In ', italic(w.container), ...(w.editors.length ? [`, edited by ${listNames(w.editors.map(direct))}`] : []), ...(w.pages ? [`, ${w.pages}`] : [])]);
  if (w.translators.length && chicagoLead(w)?.role !== 'translator') sentences.push([`Translated by ${listNames(w.translators.map(direct))}`]);
  if (w.edition) sentences.push([`${ordinal(w.edition)} ed`]);
  if (w.genre && w.type === 'report') sentences.push([w.genre]);
  if (w.type === 'article-journal') {
    const volume = `${w.volume ? ` ${w.volume}` : ''}`;
    const issue = w.issue ? (authorDate ? ` (${w.issue})` : `, no. ${w.issue}`) : '';
    const pages = w.pages ? `: ${w.pages}` : '';
    sentences.push([italic(w.container), authorDate ? `${volume}${issue}${pages}` : `${volume}${issue} (${w.year})${pages}`]);
  } else if (w.type === 'webpage') {
    sentences.push([`${w.container ? `${w.container}, ` : ''}${monthDate(w)}`].map((s) => (authorDate ? s.replace(/, (\w+ \d{4})$/, '. $1') : s)));
  } else if (w.type === 'speech') {
    sentences.push([`Presented at the ${[w.event, w.eventPlace, authorDate ? monthDate(w, false) : monthDate(w)].filter(Boolean).join(', ')}`]);
  } else if (publication) {
    sentences.push([publication]);
  }
  if (url) sentences.push([url]);
  return sentences.flatMap((s) => [' ', ...s, '.']).map((part, i, all) => (part === '.' && typeof all[i - 1] === 'string' && /[.?!]$/.test(all[i - 1] as string) ? '' : part));
}

/** A full note's facts after the title: "(Cambridge, MA: Belknap Press, 2011)", "72, no. 3 (1993)". */
export function noteRest(w: CitedWork, loc: Rich): Rich {
  const at: Rich = loc.length ? [', ', ...loc] : [];
  const url = link(w) ? [`, ${link(w)}`] : [];
  const before = [
    ...(w.translators.length && chicagoLead(w)?.role !== 'translator' ? [`trans. ${listNames(w.translators.map(direct))}`] : []),
    ...(w.edition ? [`${ordinal(w.edition)} ed.`] : []),
    ...(w.genre && w.type === 'report' ? [w.genre] : []),
  ];
  const lead = before.length ? [`, ${before.join(', ')}`] : [];
  const publication = [w.place && w.publisher ? `${w.place}: ${w.publisher}` : w.publisher || w.place, String(w.year)].filter(Boolean).join(', ');
  switch (w.type) {
    case 'article-journal':
      return [' ', italic(w.container), `${w.volume ? ` ${w.volume}` : ''}${w.issue ? `, no. ${w.issue}` : ''} (${w.year})`, ...(loc.length ? [': ', ...loc] : []), ...url];
    case 'webpage':
      return [`${w.container ? `, ${w.container}` : ''}, ${monthDate(w)}`, ...at, ...url];
    case 'speech':
      return [...lead, ` (${[w.event, w.eventPlace, monthDate(w)].filter(Boolean).join(', ')})`, ...at, ...url];
    case 'chapter':
      // "ed." in a note is "edited by": it takes no plural (14.103).
      return [', in ', italic(w.container), ...(w.editors.length ? [`, ed. ${listNames(w.editors.map(direct))}`] : []), ...lead, ` (${publication})`, ...at, ...url];
    default:
      return [...lead, ` (${publication})`, ...at, ...url];
  }
}
