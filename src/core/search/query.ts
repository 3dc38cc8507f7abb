/**
 * The query language: words (each forgiving typos, all required, in any order
 * and anywhere in the passage), "quoted phrases" matched exactly, the Fuse.js
 * extended-search operators ('include, =exact, ^prefix, suffix$, !exclude,
 * !^prefix, !suffix$) and | between alternatives. The parsed query drives the
 * index; the same query written back in Fuse.js's syntax drives the ranking,
 * so both agree on what matches.
 */
import { foldForSearch, wordsOf } from './text';

export type TermKind =
  | 'fuzzy' | 'include' | 'exact' | 'prefix' | 'suffix'
  | 'excludeInclude' | 'excludePrefix' | 'excludeSuffix';

export interface QueryTerm {
  readonly kind: TermKind;
  /** The pattern as typed, folded for search like the text (see `foldForSearch`). */
  readonly pattern: string;
  /** Its words as index keys. */
  readonly words: readonly string[];
}

/** Alternatives separated by |; within one, every positive term must match and no exclusion may. */
export interface ParsedQuery {
  readonly alternatives: readonly (readonly QueryTerm[])[];
}

/** Past these, the rest of a query is ignored: a pasted page must not stall the search. */
export const MAX_QUERY_LENGTH = 1000;
export const MAX_TERMS = 24;
const MAX_ALTERNATIVES = 8;
/** Stands for an escaped \| while the query is split at the others (a private-use character). */
const ESCAPED_BAR = '\ue000';

export function isExclusion(term: QueryTerm): boolean {
  return term.kind === 'excludeInclude' || term.kind === 'excludePrefix' || term.kind === 'excludeSuffix';
}

export function parseQuery(query: string): ParsedQuery {
  const text = foldForSearch(query.slice(0, MAX_QUERY_LENGTH).replace(/\s/g, ' '));
  const alternatives = text
    .replace(/\\\|/g, ESCAPED_BAR)
    .split('|')
    .slice(0, MAX_ALTERNATIVES)
    .map((part) => splitTokens(part.replaceAll(ESCAPED_BAR, '|')).map(classify).filter((t): t is QueryTerm => t !== undefined).slice(0, MAX_TERMS));
  return { alternatives: alternatives.filter((terms) => terms.length > 0) };
}

/**
 * Splits on spaces, except inside a quoted part: a quote opens a part that
 * runs to the next quote ending the token (followed by a space, the end, or $
 * and then those), as Fuse.js's own tokenizer does.
 */
function splitTokens(text: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < text.length) {
    if (text[i] === ' ') {
      i++;
      continue;
    }
    let j = i;
    while (j < text.length && text[j] !== ' ' && text[j] !== '"') j++;
    if (text[j] === '"') {
      j++;
      while (j < text.length && !closesQuote(text, j)) j++;
      j = Math.min(text.length, j + (text[j + 1] === '$' ? 2 : 1));
    } else {
      while (j < text.length && text[j] !== ' ') j++;
    }
    tokens.push(text.slice(i, j));
    i = j;
  }
  return tokens;
}

function closesQuote(text: string, j: number): boolean {
  if (text[j] !== '"') return false;
  const after = j + 1 < text.length && text[j + 1] === '$' ? j + 2 : j + 1;
  return after >= text.length || text[after] === ' ';
}

/** Operator prefixes and suffixes, checked in Fuse.js's order. */
const OPERATORS: readonly { readonly kind: TermKind; readonly prefix: string; readonly suffix: string }[] = [
  { kind: 'exact', prefix: '=', suffix: '' },
  { kind: 'include', prefix: "'", suffix: '' },
  { kind: 'prefix', prefix: '^', suffix: '' },
  { kind: 'excludePrefix', prefix: '!^', suffix: '' },
  { kind: 'excludeSuffix', prefix: '!', suffix: '$' },
  { kind: 'suffix', prefix: '', suffix: '$' },
  { kind: 'excludeInclude', prefix: '!', suffix: '' },
];

function classify(token: string): QueryTerm | undefined {
  for (const op of OPERATORS) {
    if (token.length < op.prefix.length + op.suffix.length) continue;
    if (!token.startsWith(op.prefix) || !token.endsWith(op.suffix)) continue;
    return term(op.kind, unquote(token.slice(op.prefix.length, token.length - op.suffix.length)));
  }
  // A quoted phrase is exact; one still being typed (no closing quote yet) too.
  if (token.startsWith('"')) return term('include', unquote(token));
  return term('fuzzy', token.replace(/"/g, ''));
}

function unquote(body: string): string {
  const inner = body.startsWith('"') ? body.slice(1, body.length > 1 && body.endsWith('"') ? -1 : undefined) : body;
  return inner.replace(/"/g, '').trim();
}

function term(kind: TermKind, pattern: string): QueryTerm | undefined {
  if (pattern === '') return undefined;
  return { kind, pattern, words: wordsOf(pattern) };
}

const FUSE_PREFIX: Readonly<Record<TermKind, string>> = {
  fuzzy: '', include: "'", exact: '=', prefix: '^', suffix: '',
  excludeInclude: '!', excludePrefix: '!^', excludeSuffix: '!',
};

/**
 * The query in Fuse.js's extended-search syntax. Fuzzy words in `exactly`
 * (known to occur exactly in every record to rank) go as exact includes,
 * which score the same but spare the fuzzy matching.
 */
export function toFuseQuery(query: ParsedQuery, exactly: ReadonlySet<QueryTerm> = new Set()): string {
  return query.alternatives.map((terms) => terms.map((term) => fuseToken(term, exactly.has(term))).join(' ')).join(' | ');
}

function fuseToken(term: QueryTerm, exactly: boolean): string {
  const pattern = term.pattern.replace(/\|/g, '\\|');
  if (term.kind === 'fuzzy' && exactly) return `'${pattern}`;
  const body = term.kind === 'fuzzy' ? pattern : `"${pattern}"`;
  const suffix = term.kind === 'suffix' || term.kind === 'excludeSuffix' ? '$' : '';
  return `${FUSE_PREFIX[term.kind]}${body}${suffix}`;
}
