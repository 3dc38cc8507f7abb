/**
 * Two works by the same authors in the same year are told apart by a letter
 * after the year, "1993a" and "1993b" (APA 8.19, CMOS 15.19, Cite Them
 * Right, GB/T 7714-2015 10.2.3). The letters are given over the set of works
 * cited together (the library), in the order of their titles, leaving out
 * an opening "A", "An" or "The" (APA 9.47), so that they are the same
 * whichever work is cited first.
 */
import type { BibRecord, CreatorName } from '../model';

/** The names that head a record's entry, as in creators.ts `lead`: authors, else a book's editors. */
function heading(record: BibRecord): readonly CreatorName[] {
  if (record.authors.length > 0) return record.authors;
  return record.type === 'chapter' ? [] : record.editors;
}

const sortTitle = (title: string) => title.replace(/^(the|an?)\s+/i, '').toLowerCase();

/**
 * The year letter of each record that needs one, by key: records whose
 * heading names (all of them, in order) and year are the same get "a", "b",
 * ... by title, then by key. Records with no names (cited by title) and
 * records alone in their year get none.
 */
export function yearSuffixes(records: readonly BibRecord[]): Map<string, string> {
  const groups = new Map<string, BibRecord[]>();
  for (const record of records) {
    const names = heading(record);
    if (names.length === 0) continue;
    const id = JSON.stringify([record.issued.year, ...names.map((n) => [n.literal ?? '', n.family, n.given])]);
    groups.set(id, [...(groups.get(id) ?? []), record]);
  }
  const suffixes = new Map<string, string>();
  for (const group of groups.values()) {
    if (group.length < 2) continue;
    const sorted = [...group].sort((a, b) => sortTitle(a.title).localeCompare(sortTitle(b.title), 'en') || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    sorted.forEach((record, i) => suffixes.set(record.key, letters(i)));
  }
  return suffixes;
}

/** "a" … "z", then "aa", "ab", … */
function letters(index: number): string {
  const letter = String.fromCharCode(97 + (index % 26));
  return index < 26 ? letter : letters(Math.floor(index / 26) - 1) + letter;
}
