/** Full-text search of the works: see docs/search.md for the query language. */
export { TextSearch, DEFAULT_LIMIT, type SearchResult, type SearchOptions, type PrepareOptions } from './textSearch';
export { paragraphsOfWork, type SearchableParagraph } from './records';
export { parseQuery, toFuseQuery, type ParsedQuery, type QueryTerm, type TermKind } from './query';
export type { TextRange } from './rank';
export { excerpt, matchedWords, missingWordsNote, resultLocation } from './present';
export { paragraphsMatching, type ParagraphMatch } from './paragraphs';
