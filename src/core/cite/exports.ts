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

function bibtex(w: CitedWork, biblatex: boolean): string {
  const language = LANGUAGE_NAMES[w.language];
  const fields: [string, string | undefined][] = [
    ['title', `{${protect(w.title, w.titleSentence)}}`],
    ['shorttitle', `{${protect(w.shortTitle, w.shortTitleSentence)}}`],
    ['booktitle', `{${protect(w.container, w.containerSentence)}}`],
    ['editor', w.editors.length ? `{${w.editors.map(bibName).join(' and ')}}` : undefined],
    ['publisher', `{${escape(w.publisher)}}`],
    biblatex ? ['location', `{${escape(w.place)}}`] : ['address', `{${escape(w.place)}}`],
    biblatex ? ['date', `{${w.year}}`] : ['year', `{${w.year}}`],
    biblatex ? ['langid', language && `{${language}}`] : ['language', language && `{${language}}`],
    // BibTeX sorts and labels a work with no author by its `key` ("to sort, need author or key"; apalike's "[cpc, 2007]").
    biblatex ? ['options', '{useeditor=false}'] : ['key', `{${escape(w.shortTitle)}}`],
    // biblatex styles would name the editor as the author (useeditor), and print a pinpoint as a page.
    ...(biblatex ? ([['pagination', '{paragraph}']] as [string, string][]) : []),
  ];
  const body = fields.filter((f): f is [string, string] => f[1] !== undefined).map(([name, value]) => `  ${name} = ${value}`);
  return `@incollection{${w.key},\n${body.join(',\n')}\n}\n`;
}

/** BibTeX names: "Family, Given". */
const bibName = (name: Name) => (name.given ? `${escape(name.family)}, ${escape(name.given)}` : `{${escape(name.family)}}`);

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

/** A CSL-JSON item, as reference managers and Pandoc read it. */
export function cslItem(w: CitedWork): Record<string, unknown> {
  return {
    id: w.key,
    type: 'chapter',
    title: w.titleSentence,
    'title-short': w.shortTitleSentence,
    'container-title': w.containerSentence,
    editor: w.editors.map((e) => ({ family: e.family, given: e.given, ...(e.familyFirst ? { 'static-ordering': true } : {}) })),
    publisher: w.publisher,
    'publisher-place': w.place,
    issued: { 'date-parts': [[w.year]] },
    language: w.language,
  };
}

function ris(w: CitedWork): string {
  const lines: [string, string][] = [
    ['TY', 'CHAP'],
    ['ID', w.key],
    ['TI', w.title],
    ['ST', w.shortTitle],
    // BT and ED, the tags of the original RIS specification for a chapter's book and its editor, are what
    // readers such as bibutils take for a book title and an editor (they read T2 as a series and A2 as an author).
    ['BT', w.container],
    ...w.editors.map((e): [string, string] => ['ED', e.given ? `${e.family}, ${e.given}` : e.family]),
    ['PB', w.publisher],
    ['CY', w.place],
    ['PY', String(w.year)],
    ['LA', w.language],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n') + '\n';
}
