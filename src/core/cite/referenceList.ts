/**
 * A reference list of several works: each style's order, and the dash that
 * MLA and Chicago put for the names of an entry that repeats the entry
 * before (MLA 5.124, “---.”; CMOS 14.67, “———.”).
 */
import { lead } from './creators';
import type { Rich } from './rich';
import type { CitationStyle } from './style';
import type { CitedWork } from './work';

export interface ListedEntry {
  readonly key: string;
  readonly entry: Rich;
}

const withoutArticle = (title: string) => title.replace(/^(the|an?)\s+/i, '').toLowerCase();

/** How a work sorts: by the names that head it (family, then given), else its title; then the year and its letter, then the title. */
function sortKey(w: CitedWork): string[] {
  const by = lead(w);
  const names = by ? by.names.map((n) => `${(n.literal ?? n.family).toLowerCase()} ${n.given.toLowerCase()}`).join(' ; ') : withoutArticle(w.title);
  return [names, w.yearLabel, withoutArticle(w.title)];
}

function compare(a: readonly string[], b: readonly string[]): number {
  for (let i = 0; i < a.length; i++) {
    const order = a[i].localeCompare(b[i], 'en');
    if (order !== 0) return order;
  }
  return 0;
}

/**
 * The entries of `works` in `style`: in the order of their numbers in a
 * numbered style, else alphabetically by who heads them (or the title),
 * then by year and title; the names of an entry that repeat the entry
 * before become the style's dash.
 */
export function referenceList(style: CitationStyle, works: readonly CitedWork[]): ListedEntry[] {
  const sorted = [...works].sort((a, b) => (style.numbered ? a.number - b.number : compare(sortKey(a), sortKey(b)) || (a.key < b.key ? -1 : 1)));
  const repeated = style.repeatedNames;
  let previous: string | undefined;
  return sorted.map((w) => {
    const entry = style.reference(w);
    const head = repeated?.head(w);
    const first = entry[0];
    const same = repeated !== undefined && head !== undefined && head === previous && typeof first === 'string' && first.startsWith(head);
    previous = head;
    return { key: w.key, entry: same ? [repeated.dash + first.slice(head.length), ...entry.slice(1)] : entry };
  });
}
