/**
 * `cpc-relations search`: the passages of the bundled text that best match a
 * query, best first, from the same search as the editor's picker. Exit
 * status 0 when something matches, 1 when nothing does, 2 when misused.
 */
import { resultLocation, TextSearch, type SearchResult } from '../core/search';
import { parseArgs } from './args';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, type Io } from './output';
import { loadTexts, TEXT_OPTION } from './texts';
import { cliMessages } from './language';

export const SEARCH_USAGE = `  search QUERY [--limit N] [--json] [--text FILE]...
                   the sentences and paragraphs that best match QUERY, best
                   first, with paragraph and sentence numbers; words forgive
                   typos, "quoted phrases" match exactly (see docs/search.md)
      --limit N    at most N results (default 10, up to 1000)
      --json       the results as JSON
      --text FILE  search the text of FILE too (repeatable); each result
                   then names its text
                   (a query that starts with "-" goes after "--")
`;

const nodeIo = processIo();

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

export function runSearch(args: readonly string[], io: Io = nodeIo): number {
  const fail = (message: string): number => {
    io.err(`cpc-relations search: ${escapeForTerminal(message)}\n\nUsage:\n${SEARCH_USAGE}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['--limit'], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`Usage:\n${SEARCH_USAGE}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const json = parsed.options.has('--json');
  const value = parsed.options.get('--limit');
  if (value !== undefined && (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT)) return fail(`--limit takes a whole number from 1 to ${MAX_LIMIT}, not "${value}"`);
  const limit = value === undefined ? DEFAULT_LIMIT : Number(value);
  const words = parsed.positional;
  const query = words.join(' ');
  if (query.trim() === '') return fail('give the words to search for, for example: search "hot regions"');

  const loaded = loadTexts('search', parsed.lists.get(TEXT_OPTION) ?? [], io);
  if (!loaded.ok) return EXIT.usage;
  const several = loaded.works.length > 1;
  const titleOf = (key: string) => loaded.library.get(key)?.record.title ?? key;
  const results = TextSearch.ofWorks(loaded.works).search(query, { limit });
  if (json) {
    io.out(`${jsonForTerminal(results.map((r) => (several ? { work: r.workId, ...toJson(r) } : toJson(r))))}\n`);
  } else if (results.length === 0) {
    io.out(`No passage matches ${escapeForTerminal(JSON.stringify(query))}.\n`);
  } else {
    io.out(results.map((result, i) => `${i + 1}. ${several ? `${escapeForTerminal(titleOf(result.workId))}, ` : ''}${resultLocation(result, cliMessages().search)} (${result.sectionLabel})\n   ${escapeForTerminal(result.text)}\n`).join('\n'));
  }
  return results.length > 0 ? EXIT.ok : EXIT.found;
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
