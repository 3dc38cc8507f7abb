/**
 * Who a work is by, as the styles need it: the names that head its entry
 * (the authors, or the editors standing in for them, or none, when the
 * title leads; Chicago lets translators stand in too), and the pieces every style builds its names from.
 */
import type { PartialDate } from '../model';
import { initials, type CitedWork, type Name } from './work';

export interface Lead {
  readonly names: readonly Name[];
  /** Editors stand in for the authors of a book with none (APA 9.10, MLA 5.6, CMOS 14.76); in Chicago, translators too (14.103). */
  readonly role: 'author' | 'editor' | 'translator';
}

/**
 * The names that head the work's entry: its authors; else, for a whole
 * book, its editors; else none, and the title leads. A chapter's editors
 * edited the book, not the chapter: a chapter with no author is listed
 * under its title.
 */
export function lead(w: CitedWork, translators = false): Lead | undefined {
  if (w.authors.length > 0) return { names: w.authors, role: 'author' };
  if (w.editors.length > 0 && w.type !== 'chapter') return { names: w.editors, role: 'editor' };
  if (translators && w.translators.length > 0 && w.type !== 'chapter') return { names: w.translators, role: 'translator' };
  return undefined;
}

/**
 * Chicago's head of an entry: as `lead`, and failing authors and editors,
 * the translators (CMOS 14.103: a work is listed under its editor,
 * compiler or translator when no author appears on its title page).
 */
export const chicagoLead = (w: CitedWork): Lead | undefined => lead(w, true);

/** The name a citation in the text gives: the family name, or the organisation's whole name. */
export const surname = (n: Name): string => n.literal ?? n.family;

/** The name as one piece, in every full form: an organisation's, or one in a script written without spaces ("习近平"). */
export const asWritten = (n: Name): string | undefined => n.literal ?? n.whole;

/** "Vogel, E. F." (APA), "Vogel, E.F." (`spaced` false, Cite Them Right); an organisation as it is. */
export const invertedInitials = (n: Name, spaced = true): string =>
  asWritten(n) ?? (n.given ? `${n.family}, ${spaced ? initials(n.given) : initials(n.given).replace(/\.\s+/g, '.')}` : n.family);

/** "Vogel, Ezra F." (the first name of an MLA or Chicago entry); a name written family name first stays as it is, "Xi Jinping" (CMOS 8.14). */
export const inverted = (n: Name): string => asWritten(n) ?? (!n.given ? n.family : n.familyFirst ? `${n.family} ${n.given}` : `${n.family}, ${n.given}`);

/** "Ezra F. Vogel"; "Zhong Lianyan" where the source writes the family name first. */
export const direct = (n: Name): string => asWritten(n) ?? (!n.given ? n.family : n.familyFirst ? `${n.family} ${n.given}` : `${n.given} ${n.family}`);

/** "D. C. Lau" (APA's editors and translators). */
export const initialsFirst = (n: Name): string => asWritten(n) ?? `${initials(n.given)} ${n.family}`.trim();

/** Whether a name list's last name ends with a full stop, so that the sentence does not get a second. */
export const endsWithStop = (text: string): boolean => /[.?!]$/.test(text);

/** `text` followed by `mark`, unless it already ends with a full stop, a question or an exclamation mark. */
export const closed = (text: string, mark = '.'): string => (endsWithStop(text) ? text : `${text}${mark}`);

const ORDINALS = ['th', 'st', 'nd', 'rd'];

/** "2nd", "3rd", "11th"; an edition given in words ("Revised") as it is. */
export function ordinal(edition: string): string {
  if (!/^\d+$/.test(edition)) return edition;
  const n = Number(edition);
  const tens = n % 100;
  return `${n}${tens >= 11 && tens <= 13 ? 'th' : ORDINALS[n % 10] ?? 'th'}`;
}

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The works dated to the day or month in a reference list: web pages and speeches. */
export const datedFully = (w: CitedWork): boolean => w.type === 'webpage' || w.type === 'speech';

/** "2024-05-01" */
export function isoDate(d: PartialDate): string {
  return [String(d.year), ...(d.month ? [String(d.month).padStart(2, '0')] : []), ...(d.month && d.day ? [String(d.day).padStart(2, '0')] : [])].join('-');
}

/** The DOI as a link, "https://doi.org/10.2307/20045621", else the URL. */
export const link = (w: CitedWork): string | undefined => (w.doi ? `https://doi.org/${w.doi.replace(/^https?:\/\/(dx\.)?doi\.org\//, '')}` : w.url);
