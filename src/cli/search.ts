/**
 * `cpc-relations search`: the passages of the bundled text that best match a
 * query, best first, from the same search as the editor's picker. Exit
 * status 0 when something matches, 1 when nothing does, 2 when misused.
 */
import { bundledWork } from '../core/corpus';
import { resultLocation, TextSearch, type SearchResult } from '../core/search';

export const SEARCH_USAGE = `  search QUERY [--limit N] [--json]
                   the sentences and paragraphs that best match QUERY, best
                   first, with paragraph and sentence numbers; words forgive
                   typos, "quoted phrases" match exactly (see docs/search.md)
      --limit N    at most N results (default 10, up to 1000)
      --json       the results as JSON
`;

interface Io {
  out(text: string): void;
  err(text: string): void;
}

const nodeIo: Io = { out: (t) => process.stdout.write(t), err: (t) => process.stderr.write(t) };

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

export function runSearch(args: readonly string[], io: Io = nodeIo): number {
  const fail = (message: string): number => {
    io.err(`cpc-relations search: ${message}\n\nUsage:\n${SEARCH_USAGE}`);
    return 2;
  };
  const words: string[] = [];
  let limit = DEFAULT_LIMIT;
  let json = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      words.push(...args.slice(i + 1));
      break;
    }
    const [name, inline] = arg.startsWith('--') ? arg.split(/=(.*)/s) : [arg];
    if (name === '--json') {
      json = true;
    } else if (name === '--limit') {
      const value = inline ?? args[++i];
      if (value === undefined) return fail('--limit needs a number');
      if (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT) return fail(`--limit takes a whole number from 1 to ${MAX_LIMIT}, not "${value}"`);
      limit = Number(value);
    } else if (arg.startsWith('--')) {
      return fail(`unknown option "${arg}" (a query that starts with "--" goes after "--")`);
    } else {
      words.push(arg);
    }
  }
  const query = words.join(' ');
  if (query.trim() === '') return fail('give the words to search for, for example: search "hot regions"');

  const results = TextSearch.ofWorks([bundledWork()]).search(query, { limit });
  if (json) {
    io.out(`${JSON.stringify(results.map(toJson), null, 2)}\n`);
  } else if (results.length === 0) {
    io.out(`No passage matches ${JSON.stringify(query)}.\n`);
  } else {
    io.out(results.map((result, i) => `${i + 1}. ${resultLocation(result)} (${result.sectionLabel})\n   ${result.text}\n`).join('\n'));
  }
  return results.length > 0 ? 0 : 1;
}

function toJson(result: SearchResult): object {
  return {
    paragraph: result.paragraphNumber,
    sentence: result.sentenceNumber ?? null,
    section: result.sectionLabel,
    text: result.text,
    score: Number(result.score.toPrecision(4)),
    matches: result.matches,
    passage: result.passage,
  };
}
