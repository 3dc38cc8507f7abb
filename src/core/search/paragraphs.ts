/**
 * The paragraphs a few typed words point to, for pickers that offer whole
 * paragraphs: the search's sentence and paragraph results folded into their
 * paragraphs, best first, so that any words of a paragraph find it, with the
 * same typo tolerance as Search the Text.
 */
import type { TextSearch } from './textSearch';

export interface ParagraphMatch {
  readonly workId: string;
  readonly paragraphNumber: number;
  /** Words of the query the paragraph's best result lacks (see `SearchResult.missing`). */
  readonly missing: readonly string[];
}

/** How many search results are folded: more than a picker shows, as several may share a paragraph. */
const RESULTS = 60;

export function paragraphsMatching(search: TextSearch, query: string): ParagraphMatch[] {
  const seen = new Set<string>();
  const matches: ParagraphMatch[] = [];
  for (const result of search.search(query, { limit: RESULTS })) {
    const key = `${result.workId}\u0000${result.paragraphNumber}`;
    if (seen.has(key)) continue;
    seen.add(key);
    matches.push({ workId: result.workId, paragraphNumber: result.paragraphNumber, missing: result.missing });
  }
  return matches;
}
