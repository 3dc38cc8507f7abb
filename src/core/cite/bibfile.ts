/**
 * Adding the record to a writer's bibliography file (BibTeX/BibLaTeX or
 * CSL-JSON) without touching anything else in it, byte for byte: the entry is
 * appended once, never twice; an entry that has the record's key but
 * another title is a conflict, and nothing is added; a file that cannot be
 * read is left as it is, with the line where it goes wrong. Every scan here
 * is linear in the file's length, whatever the file holds.
 */
import type { BibliographyNaming } from '../kinds';
import { ENGLISH, type BibMessages } from '../messages';
import { orgBibliography, typstBibliography } from './bibliographyNames';
import { readBibtex } from './bibtex';
import { cslItem, exportRecord } from './exports';
import { parseJson } from './json';
import type { CitedWork } from './work';

export type BibliographyFormat = 'bibtex' | 'csl-json';

export type AddResult =
  | { readonly kind: 'added'; readonly text: string }
  /** The file holds the record already, under `key` (undefined: a CSL item with no id). */
  | { readonly kind: 'present'; readonly key: string | undefined }
  /** The file holds another work under the record's key. */
  | { readonly kind: 'conflict'; readonly key: string; readonly line: number }
  | { readonly kind: 'malformed'; readonly line: number; readonly message: string };

/** The format of a bibliography file, by its name; undefined for any other file. */
export function bibliographyFormat(fileName: string): BibliographyFormat | undefined {
  return /\.(bib|bibtex)$/i.test(fileName) ? 'bibtex' : /\.json$/i.test(fileName) ? 'csl-json' : undefined;
}

/**
 * The bibliography file a document names: LaTeX's \addbibresource{…}, else
 * \bibliography{…} (".bib" implied), in live text only (not in comments,
 * \iffalse … \fi or verbatim text); the front matter's `bibliography:` (a
 * name, a [list] or a - list); Typst's `#bibliography("…")`; Org's
 * `#+bibliography:`. `naming` (the document kind's) says which to read;
 * without it, LaTeX's and the front matter's. Names of remote resources
 * (with "://") are not files: undefined.
 */
export function bibliographyNamed(text: string, naming?: BibliographyNaming): string | undefined {
  const name = NAMINGS[naming ?? 'either'](text);
  return name === undefined || name.includes('://') ? undefined : name;
}

const NAMINGS: Readonly<Record<BibliographyNaming | 'either', (text: string) => string | undefined>> = {
  latex: (text) => latexBibliography(liveLatex(text)),
  'front-matter': frontMatterBibliography,
  either: (text) => latexBibliography(liveLatex(text)) ?? frontMatterBibliography(text),
  typst: typstBibliography,
  org: orgBibliography,
  none: () => undefined,
};

function frontMatterBibliography(text: string): string | undefined {
  const frontMatter = /^\ufeff?---\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
  const entry = frontMatter && /^bibliography:[ \t]*(.*)$((?:\r?\n[ \t]+-.*)*)/m.exec(frontMatter);
  if (!entry) return undefined;
  const value = withoutYamlComment(entry[1]);
  const first = value.trim() ? value.trim().replace(/^\[|\]$/g, '').split(',')[0] : withoutYamlComment(/-\s*(.*)/.exec(entry[2])?.[1] ?? '');
  return first?.trim().replace(/^["']|["']$/g, '') || undefined;
}

/** A YAML value without its trailing comment (" # …"). */
function withoutYamlComment(value: string): string {
  const hash = value.search(/(^|[ \t])#/);
  return hash < 0 ? value : value.slice(0, hash);
}

const VERBATIM = new Set(['verbatim', 'verbatim*', 'Verbatim', 'lstlisting', 'minted', 'comment', 'filecontents', 'filecontents*']);

/**
 * LaTeX text with what TeX does not read as commands blanked out: comments
 * (from an unescaped % to the end of the line), \iffalse … \fi, verbatim
 * environments and \verb. Offsets are kept. One pass: each region blanked
 * is skipped, so no part of the text is searched twice.
 */
function liveLatex(text: string): string {
  const parts: string[] = [];
  let copied = 0;
  const blank = (from: number, to: number): void => {
    parts.push(text.slice(copied, from), text.slice(from, to).replace(/[^\n]/g, ' '));
    copied = to;
  };
  let newline = -1;
  const lineEnd = (from: number): number => {
    if (newline < from && newline !== text.length) {
      newline = text.indexOf('\n', from);
      if (newline < 0) newline = text.length;
    }
    return newline;
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (c === '%') {
      const end = lineEnd(i);
      blank(i, end);
      i = end;
    } else if (c !== '\\') {
      i++;
    } else if (text.startsWith('\\verb', i) && !/[A-Za-z]/.test(text[i + 5] ?? 'a')) {
      const open = text[i + 5] === '*' ? i + 6 : i + 5;
      const close = text.indexOf(text[open], open + 1);
      const end = close < 0 || close > lineEnd(i) ? lineEnd(i) : close + 1;
      blank(i, end);
      i = end;
    } else if (text.startsWith('\\iffalse', i) && !/[A-Za-z]/.test(text[i + 8] ?? '')) {
      const fi = text.indexOf('\\fi', i + 8);
      const end = fi < 0 ? text.length : fi + 3;
      blank(i, end);
      i = end;
    } else if (text.startsWith('\\begin{', i)) {
      const close = text.indexOf('}', i + 7);
      const name = close < 0 || close - i > 40 ? '' : text.slice(i + 7, close);
      if (VERBATIM.has(name)) {
        const endTag = text.indexOf(`\\end{${name}}`, close);
        const end = endTag < 0 ? text.length : endTag + name.length + 6;
        blank(i, end);
        i = end;
      } else {
        i += 7;
      }
    } else {
      // A control symbol such as \% is no comment.
      i += 2;
    }
  }
  parts.push(text.slice(copied));
  return parts.join('');
}

/** The first \addbibresource's file, else the first file of the first \bibliography; in one pass each. */
function latexBibliography(live: string): string | undefined {
  const argument = (command: string, options: boolean): string | undefined => {
    // Where the next "]" and "}" are, remembered: a run of unclosed commands must not search the rest of the text again each time.
    let bracket = -1;
    let brace = -1;
    const next = (char: string, from: number, known: number): number => {
      if (known === -2 || known >= from) return known;
      const found = live.indexOf(char, from);
      return found < 0 ? -2 : found;
    };
    for (let at = live.indexOf(command); at >= 0; at = live.indexOf(command, at + 1)) {
      let i = at + command.length;
      if (/[A-Za-z@]/.test(live[i] ?? '')) continue;
      while (live[i] === ' ' || live[i] === '\t' || live[i] === '\n' || live[i] === '\r') i++;
      if (options && live[i] === '[') {
        bracket = next(']', i, bracket);
        if (bracket === -2) return undefined;
        i = bracket + 1;
        while (live[i] === ' ' || live[i] === '\t' || live[i] === '\n' || live[i] === '\r') i++;
      }
      if (live[i] !== '{') continue;
      brace = next('}', i, brace);
      if (brace === -2) return undefined;
      const value = live.slice(i + 1, brace).trim();
      if (value) return value;
    }
    return undefined;
  };
  const resource = argument('\\addbibresource', true);
  if (resource) return resource;
  const first = argument('\\bibliography', false)?.split(',')[0].trim();
  return first ? (/\.bib$/i.test(first) ? first : `${first}.bib`) : undefined;
}

/** `text` with the record appended, or why not (said in the language of `words`). A byte-order mark stays where it is. */
export function addToBibliography(text: string, format: BibliographyFormat, work: CitedWork, words: BibMessages = ENGLISH.bib): AddResult {
  const bom = text.startsWith('\ufeff') ? '\ufeff' : '';
  const result = format === 'bibtex' ? addToBibtex(text.slice(bom.length), work, words) : addToCslJson(text.slice(bom.length), work, words);
  return result.kind === 'added' ? { kind: 'added', text: bom + result.text } : result;
}

const comparable = (title: string) => title.replace(/[{}\\]/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

/** The 1-based line of `offset`. */
const lineOf = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

function addToBibtex(text: string, work: CitedWork, words: BibMessages): AddResult {
  const read = readBibtex(text, words);
  if ('line' in read) return { kind: 'malformed', ...read };
  const title = comparable(work.title);
  const sameKey = read.entries.find((e) => e.key.toLowerCase() === work.key.toLowerCase());
  if (sameKey) {
    // With no title to tell it by, an entry under the record's key is taken to be the record.
    if (sameKey.title === undefined || comparable(sameKey.title) === title) return { kind: 'present', key: sameKey.key };
    return { kind: 'conflict', key: sameKey.key, line: lineOf(text, bibtexEntryOffset(text, sameKey.key)) };
  }
  const sameTitle = read.entries.find((e) => e.title !== undefined && comparable(e.title) === title);
  if (sameTitle) return { kind: 'present', key: sameTitle.key };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const gap = text === '' || /\r?\n\r?\n$/.test(text.slice(-4)) ? '' : text.endsWith('\n') ? '\n' : '\n\n';
  return { kind: 'added', text: text + `${gap}${exportRecord(work, 'bibtex')}`.replace(/\n/g, eol) };
}

/** Where the entry with `key` starts: the "@" before the key. */
function bibtexEntryOffset(text: string, key: string): number {
  const lower = text.toLowerCase();
  const wanted = key.toLowerCase();
  for (let at = lower.indexOf(wanted); at >= 0; at = lower.indexOf(wanted, at + 1)) {
    const before = lower.slice(Math.max(0, at - 200), at);
    const open = Math.max(before.lastIndexOf('{'), before.lastIndexOf('('));
    if (open >= 0 && /^\s*$/.test(before.slice(open + 1)) && /@[a-z]+\s*$/.test(before.slice(0, open))) return at;
  }
  return 0;
}

function addToCslJson(text: string, work: CitedWork, words: BibMessages): AddResult {
  const parsed = parseJson(text, words);
  if ('line' in parsed) return { kind: 'malformed', ...parsed };
  if (!Array.isArray(parsed.value)) return { kind: 'malformed', line: 1, message: words.cslList };
  const title = comparable(work.titleSentence);
  const items = (parsed.value as unknown[]).map((item) => (item ?? {}) as { id?: unknown; title?: unknown });
  const sameId = items.find((item) => item.id !== undefined && String(item.id) === work.key);
  if (sameId) {
    if (typeof sameId.title !== 'string' || comparable(sameId.title) === title) return { kind: 'present', key: work.key };
    return { kind: 'conflict', key: work.key, line: lineOf(text, text.indexOf(JSON.stringify(work.key))) };
  }
  const sameTitle = items.find((item) => typeof item.title === 'string' && comparable(item.title) === title);
  if (sameTitle) return { kind: 'present', key: sameTitle.id === undefined || sameTitle.id === null ? undefined : String(sameTitle.id) };

  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const close = text.lastIndexOf(']');
  // The end of the last item: everything after it, whitespace included, stays as it is.
  let last = close;
  while (last > 0 && isJsonSpace(text.charCodeAt(last - 1))) last--;
  const before = text.slice(0, last);
  const rest = text.slice(last);
  const empty = before.endsWith('[');
  // The first item's line: on a line of its own ("pretty"), its indentation is the file's.
  let first = text.indexOf('[') + 1;
  let lineStart = -1;
  for (; first < close && isJsonSpace(text.charCodeAt(first)); first++) if (text[first] === '\n') lineStart = first + 1;
  const pretty = lineStart >= 0 || empty;
  if (!pretty) return { kind: 'added', text: `${before}${empty ? '' : ','}${JSON.stringify(cslItem(work))}${rest}` };
  const indent = empty || lineStart < 0 ? '  ' : text.slice(lineStart, first).replace(/\r/g, '');
  const item = JSON.stringify(cslItem(work), null, indent || '  ').split('\n').map((line) => indent + line).join(eol);
  // An empty list on one line gets its closing bracket on a line of its own.
  return { kind: 'added', text: `${before}${empty ? '' : ','}${eol}${item}${rest.includes('\n') ? '' : eol}${rest}` };
}

/** JSON's own whitespace: space, tab, line feed, carriage return. */
function isJsonSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}
