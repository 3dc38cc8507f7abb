/**
 * The record for reference managers and document processors: BibTeX,
 * BibLaTeX, CSL-JSON and RIS. Each follows its format's own conventions for
 * titles: BibTeX keeps title case and protects names with braces, CSL-JSON
 * stores sentence case (styles title-case it when they need to).
 *
 * A chapter in a book is cited by the year alone, so no format carries the
 * month: biblatex-apa would print "(2007, October)" and plain.bst "October
 * 2007". The chapter has no author; each format is written so that the tools
 * reading it cite it by its title, not by the book's editor.
 */
import type { RecordType } from '../model';
import { datedFully as dated, isoDate } from './creators';
import type { CitedWork, Name } from './work';

export const EXPORT_FORMATS = ['bibtex', 'biblatex', 'csl-json', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** BibTeX and biblatex name languages (babel's names); other codes are left out. */
const LANGUAGE_NAMES: Record<string, string> = { en: 'english', zh: 'chinese' };

/** The record in `format`, ending with a line break. */
export function exportRecord(work: CitedWork, format: ExportFormat): string {
  switch (format) {
    case 'bibtex':
    case 'biblatex':
      return bibtex(work, format === 'biblatex');
    case 'csl-json':
      return `${JSON.stringify([cslItem(work)], null, 2)}\n`;
    case 'ris':
      return ris(work);
  }
}

/** BibTeX's and biblatex's entry types (biblatex has no speech type: a speech is @misc with its occasion). */
const BIB_TYPES: Record<RecordType, { bibtex: string; biblatex: string }> = {
  book: { bibtex: 'book', biblatex: 'book' },
  chapter: { bibtex: 'incollection', biblatex: 'incollection' },
  'article-journal': { bibtex: 'article', biblatex: 'article' },
  webpage: { bibtex: 'misc', biblatex: 'online' },
  speech: { bibtex: 'misc', biblatex: 'misc' },
  report: { bibtex: 'techreport', biblatex: 'report' },
};

function bibtex(w: CitedWork, biblatex: boolean): string {
  const language = LANGUAGE_NAMES[w.language];
  const names = (list: readonly Name[]) => (list.length ? `{${list.map(bibName).join(' and ')}}` : undefined);
  const text = (value: string | undefined) => (value ? `{${escape(value)}}` : undefined);
  const container = w.container ? `{${protect(w.container, w.containerSentence)}}` : undefined;
  const headless = w.authors.length === 0;
  const fields: [string, string | undefined][] = [
    ['author', names(w.authors)],
    ['title', `{${protect(w.title, w.titleSentence)}}`],
    ['shorttitle', `{${protect(w.shortTitle, w.shortTitleSentence)}}`],
    w.type === 'article-journal' ? [biblatex ? 'journaltitle' : 'journal', container] : w.type === 'webpage' ? [biblatex ? 'organization' : 'howpublished', container] : ['booktitle', container],
    ['editor', names(w.editors)],
    [biblatex ? 'translator' : 'note', biblatex ? names(w.translators) : w.translators.length ? `{Translated by ${w.translators.map((t) => escape(t.given ? `${t.given} ${t.family}` : t.family)).join(' and ')}}` : undefined],
    ['edition', text(w.edition)],
    ['volume', text(w.volume)],
    [biblatex ? 'number' : 'number', text(w.type === 'article-journal' ? w.issue : w.reportNumber)],
    ['pages', w.pages ? `{${w.pages.replace('–', '--')}}` : undefined],
    [w.type === 'report' ? (biblatex ? 'type' : 'type') : 'type', text(w.type === 'report' ? w.genre : undefined)],
    [w.type === 'report' ? 'institution' : 'publisher', text(w.publisher)],
    // A speech's occasion: biblatex's event fields carry it, and `howpublished` prints it (@misc ignores the event fields).
    ...(w.type === 'speech' ? ([
      ['howpublished', text([w.genre ?? 'Speech', w.event, w.eventPlace].filter(Boolean).join(', '))],
      ...(biblatex ? [['eventtitle', text(w.event)], ['venue', text(w.eventPlace)]] : []),
    ] as [string, string | undefined][]) : []),
    biblatex ? ['location', text(w.place)] : ['address', text(w.place)],
    biblatex ? ['date', `{${bibDate(w)}}`] : ['year', `{${w.year}}`],
    ...(!biblatex && bibMonth(w) ? ([['month', bibMonth(w)]] as [string, string][]) : []),
    ['doi', text(w.doi)],
    ['url', w.url ? `{${w.url}}` : undefined],
    [biblatex ? 'urldate' : 'note', w.accessed && biblatex ? `{${isoDate(w.accessed)}}` : undefined],
    biblatex ? ['langid', language && `{${language}}`] : ['language', language && `{${language}}`],
    // BibTeX sorts and labels a work with no author by its `key` ("to sort, need author or key"; apalike's "[cpc, 2007]").
    biblatex ? ['options', headless && w.editors.length && w.type === 'chapter' ? '{useeditor=false}' : undefined] : ['key', headless && w.editors.length === 0 ? `{${escape(w.shortTitle)}}` : headless && w.type === 'chapter' ? `{${escape(w.shortTitle)}}` : undefined],
    // biblatex styles would name the editor as the author (useeditor), and print a pinpoint as a page.
    ...(biblatex && !w.paged ? ([['pagination', '{paragraph}']] as [string, string][]) : []),
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([name, value]) => `  ${name} = ${value}`);
  const type = BIB_TYPES[w.type][biblatex ? 'biblatex' : 'bibtex'];
  return `@${type}{${w.key},\n${body.join(',\n')}\n}\n`;
}

/* A web page and a speech are dated to the day (`dated`); other works by the year alone (see above). */
const bibDate = (w: CitedWork) => (dated(w) ? isoDate({ year: w.year, month: w.month, day: w.day }) : String(w.year));
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const bibMonth = (w: CitedWork) => (dated(w) && w.month ? MONTHS[w.month - 1] : undefined);

/** BibTeX names: "Family, Given". */
const bibName = (name: Name) => (name.literal !== undefined ? `{${escape(name.literal)}}` : name.given ? `${escape(name.family)}, ${escape(name.given)}` : `{${escape(name.family)}}`);

function escape(text: string): string {
  return text.replace(/[&%$#_]/g, '\\$&').replace(/’/g, "'");
}

/**
 * Title case, with braces around each word sentence case keeps capitalised
 * (past the first), so that styles that lower-case titles keep "CPC" and
 * "Communist Party of China".
 */
function protect(title: string, sentence: string): string {
  const sentenceWords = [...sentence.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => m[0]);
  let index = 0;
  return escape(title).replace(/[\p{L}\p{N}]+/gu, (word) => {
    const kept = sentenceWords[index++];
    return index > 1 && kept !== undefined && /\p{Lu}/u.test(kept) ? `{${word}}` : word;
  });
}

/** A CSL-JSON name: `literal` for an organisation; `static-ordering` keeps a name the source writes family name first. */
const cslName = (n: Name) => (n.literal !== undefined ? { literal: n.literal } : { family: n.family, given: n.given, ...(n.familyFirst ? { 'static-ordering': true } : {}) });

/** A CSL-JSON item, as reference managers and Pandoc read it: the fields a record gives, none it does not. */
export function cslItem(w: CitedWork): Record<string, unknown> {
  const item: Record<string, unknown> = {
    id: w.key,
    type: w.type,
    ...(w.authors.length ? { author: w.authors.map(cslName) } : {}),
    title: w.titleSentence,
    'title-short': w.shortTitleSentence,
    ...(w.container ? { 'container-title': w.containerSentence } : {}),
    ...(w.editors.length || w.type === 'chapter' ? { editor: w.editors.map(cslName) } : {}),
    ...(w.translators.length ? { translator: w.translators.map(cslName) } : {}),
    ...(w.edition ? { edition: w.edition } : {}),
    ...(w.volume ? { volume: w.volume } : {}),
    ...(w.issue ? { issue: w.issue } : {}),
    ...(w.pages ? { page: w.pages } : {}),
    ...(w.genre ? { genre: w.genre } : {}),
    ...(w.reportNumber ? { number: w.reportNumber } : {}),
    ...(w.event ? { event: w.event } : {}),
    ...(w.eventPlace ? { 'event-place': w.eventPlace } : {}),
    ...(w.publisher ? { publisher: w.publisher } : {}),
    ...(w.place ? { 'publisher-place': w.place } : {}),
    issued: { 'date-parts': [dated(w) ? [w.year, ...(w.month ? [w.month, ...(w.day ? [w.day] : [])] : [])] : [w.year]] },
    ...(w.accessed ? { accessed: { 'date-parts': [[w.accessed.year, ...(w.accessed.month ? [w.accessed.month, ...(w.accessed.day ? [w.accessed.day] : [])] : [])]] } } : {}),
    ...(w.doi ? { DOI: w.doi } : {}),
    ...(w.url ? { URL: w.url } : {}),
    language: w.language,
  };
  return item;
}

/** RIS reference types. */
const RIS_TYPES: Record<RecordType, string> = { book: 'BOOK', chapter: 'CHAP', 'article-journal': 'JOUR', webpage: 'ELEC', speech: 'SOUND', report: 'RPRT' };

function ris(w: CitedWork): string {
  const name = (n: Name) => (n.literal !== undefined ? n.literal : n.given ? `${n.family}, ${n.given}` : n.family);
  const optional = (tag: string, value: string | undefined): [string, string][] => (value ? [[tag, value]] : []);
  const container: [string, string][] = !w.container ? [] : w.type === 'article-journal' ? [['JO', w.container]] : w.type === 'chapter' ? [['BT', w.container]] : [['T2', w.container]];
  const lines: [string, string][] = [
    ['TY', RIS_TYPES[w.type]],
    ['ID', w.key],
    ...w.authors.map((a): [string, string] => ['AU', name(a)]),
    ['TI', w.title],
    ['ST', w.shortTitle],
    // BT and ED, the tags of the original RIS specification for a chapter's book and its editor, are what
    // readers such as bibutils take for a book title and an editor (they read T2 as a series and A2 as an author).
    ...container,
    ...w.editors.map((e): [string, string] => ['ED', name(e)]),
    ...w.translators.map((t): [string, string] => ['A4', name(t)]),
    ...optional('ET', w.edition),
    ...optional('VL', w.volume),
    ...optional('IS', w.issue),
    ...optional('SP', w.pages?.split('–')[0]),
    ...optional('EP', w.pages?.split('–')[1]),
    ...optional('M3', w.genre),
    ...optional('T3', w.event),
    ...optional('PB', w.publisher),
    ...optional('CY', w.place || w.eventPlace),
    ['PY', String(w.year)],
    ...optional('DA', dated(w) ? isoDate({ year: w.year, month: w.month, day: w.day }).replace(/-/g, '/') : undefined),
    ...optional('Y2', w.accessed && isoDate(w.accessed).replace(/-/g, '/')),
    ...optional('DO', w.doi),
    ...optional('UR', w.url),
    ['LA', w.language],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n') + '\n';
}
