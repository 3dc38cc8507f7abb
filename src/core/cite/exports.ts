/**
 * The record for reference managers and document processors: BibTeX,
 * BibLaTeX, CSL-JSON and RIS. Each follows its format's own conventions for
 * titles: BibTeX keeps title case and protects names with braces, CSL-JSON
 * stores sentence case (styles title-case it when they need to).
 */
import type { CitedWork, Name } from './work';

export const EXPORT_FORMATS = ['bibtex', 'biblatex', 'csl-json', 'ris'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
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
  const month = w.month === undefined ? undefined : MONTHS[w.month - 1];
  const fields: [string, string | undefined][] = [
    ['title', `{${protect(w.title, w.titleSentence)}}`],
    ['shorttitle', `{${protect(w.shortTitle, w.shortTitleSentence)}}`],
    ['booktitle', `{${protect(w.container, w.containerSentence)}}`],
    ['editor', w.editors.length ? `{${w.editors.map(bibName).join(' and ')}}` : undefined],
    ['publisher', `{${escape(w.publisher)}}`],
    biblatex ? ['location', `{${escape(w.place)}}`] : ['address', `{${escape(w.place)}}`],
    ...(biblatex
      ? ([['date', `{${w.year}${w.month ? `-${String(w.month).padStart(2, '0')}` : ''}}`]] as [string, string][])
      : ([['year', `{${w.year}}`], ['month', month]] as [string, string | undefined][])),
    biblatex ? ['langid', language && `{${language}}`] : ['language', language && `{${language}}`],
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
    issued: { 'date-parts': [[w.year, ...(w.month ? [w.month] : [])]] },
    language: w.language,
  };
}

function ris(w: CitedWork): string {
  const lines: [string, string][] = [
    ['TY', 'CHAP'],
    ['ID', w.key],
    ['TI', w.title],
    ['ST', w.shortTitle],
    ['T2', w.container],
    ...w.editors.map((e): [string, string] => ['A2', e.given ? `${e.family}, ${e.given}` : e.family]),
    ['PB', w.publisher],
    ['CY', w.place],
    ['PY', String(w.year)],
    ['DA', `${w.year}/${w.month ? String(w.month).padStart(2, '0') : ''}//`],
    ['LA', w.language],
    ['ER', ''],
  ];
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\n') + '\n';
}
