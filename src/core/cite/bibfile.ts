/**
 * Adding the record to a writer's bibliography file (BibTeX/BibLaTeX or
 * CSL-JSON) without touching anything else in it: the entry is appended
 * once, never twice, and a file that cannot be read is left as it is, with
 * the line where it goes wrong.
 */
import { readBibtex } from './bibtex';
import { cslItem, exportRecord } from './exports';
import { parseJson } from './json';
import type { CitedWork } from './work';

export type BibliographyFormat = 'bibtex' | 'csl-json';

export type AddResult =
  | { readonly kind: 'added'; readonly text: string }
  | { readonly kind: 'present'; readonly key: string }
  | { readonly kind: 'malformed'; readonly line: number; readonly message: string };

/** The format of a bibliography file, by its name; undefined for any other file. */
export function bibliographyFormat(fileName: string): BibliographyFormat | undefined {
  return /\.(bib|bibtex)$/i.test(fileName) ? 'bibtex' : /\.json$/i.test(fileName) ? 'csl-json' : undefined;
}

/** LaTeX's \addbibresource{…} or \bibliography{…} (".bib" implied), or the front matter's `bibliography:` (a name, a [list] or a - list). */
export function bibliographyNamed(text: string): string | undefined {
  const latex = /\\addbibresource(?:\[[^\]]*\])?\{([^}]+)\}/.exec(text)?.[1] ?? /\\bibliography\{([^,}]+)/.exec(text)?.[1]?.replace(/^(?!.*\.bib$)(.*)$/, '$1.bib');
  if (latex) return latex.trim();
  const frontMatter = /^\ufeff?---\r?\n([^]*?)\r?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/.exec(text)?.[1];
  const entry = frontMatter && /^bibliography:[ \t]*(.*)$((?:\r?\n[ \t]+-.*)*)/m.exec(frontMatter);
  if (!entry) return undefined;
  const first = entry[1].trim() ? entry[1].replace(/^\[|\]$/g, '').split(',')[0] : /-\s*(.*)/.exec(entry[2])?.[1];
  return first?.trim().replace(/^["']|["']$/g, '') || undefined;
}

/** `text` with the record appended, or why not. */
export function addToBibliography(text: string, format: BibliographyFormat, work: CitedWork): AddResult {
  return format === 'bibtex' ? addToBibtex(text, work) : addToCslJson(text, work);
}

const comparable = (title: string) => title.replace(/[{}\\]/g, '').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();

function addToBibtex(text: string, work: CitedWork): AddResult {
  const read = readBibtex(text);
  if ('line' in read) return { kind: 'malformed', ...read };
  const title = comparable(work.title);
  const same = read.entries.find((e) => e.key.toLowerCase() === work.key.toLowerCase() || (e.title !== undefined && comparable(e.title) === title));
  if (same) return { kind: 'present', key: same.key };
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const normalised = text.replace(/\r\n/g, '\n');
  const gap = normalised === '' || normalised.endsWith('\n\n') ? '' : normalised.endsWith('\n') ? '\n' : '\n\n';
  return { kind: 'added', text: text + `${gap}${exportRecord(work, 'bibtex')}`.replace(/\n/g, eol) };
}

function addToCslJson(text: string, work: CitedWork): AddResult {
  const parsed = parseJson(text);
  if ('line' in parsed) return { kind: 'malformed', ...parsed };
  if (!Array.isArray(parsed.value)) return { kind: 'malformed', line: 1, message: 'a CSL-JSON file holds a list of records, [ … ]' };
  const title = comparable(work.titleSentence);
  for (const item of parsed.value as unknown[]) {
    const { id, title: itemTitle } = (item ?? {}) as { id?: unknown; title?: unknown };
    if (id === work.key || (typeof itemTitle === 'string' && comparable(itemTitle) === title)) return { kind: 'present', key: String(id) };
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const close = text.lastIndexOf(']');
  const before = text.slice(0, close).replace(/\s+$/, '');
  const empty = before.endsWith('[');
  const pretty = /\[\s*\n/.test(text) || empty;
  if (!pretty) return { kind: 'added', text: `${before}${empty ? '' : ','}${JSON.stringify(cslItem(work))}${text.slice(before.length)}` };
  const indent = /\[\s*\n([ \t]*)\S/.exec(text)?.[1] ?? '  ';
  const unit = indent || '  ';
  const item = JSON.stringify(cslItem(work), null, unit).split('\n').map((line) => indent + line).join(eol);
  const after = text.slice(close);
  return { kind: 'added', text: `${before}${empty ? '' : ','}${eol}${item}${eol}${after}` };
}
