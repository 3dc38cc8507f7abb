/**
 * `cpc-relations search`: the passages of the bundled text that best match a
 * query, best first, from the same search as the editor's picker. Exit
 * status 0 when something matches, 1 when nothing does, 2 when misused.
 */
import { resultLocation, TextSearch, type SearchResult } from '../core/search';
import { parseArgs } from './args';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, type Io } from './output';
import { loadTexts, TEXT_OPTION } from './texts';
import { cliMessages, cliWords } from './language';


const nodeIo = processIo();

const DEFAULT_LIMIT = 10;
const MAX_LIMIT = 1000;

/** The usage of search, in the command line's language. */
export function searchUsage(): string {
  return cliWords().search.usage(MAX_LIMIT);
}

export function runSearch(args: readonly string[], io: Io = nodeIo): number {
  const fail = (message: string): number => {
    io.err(`cpc-relations search: ${escapeForTerminal(message)}\n\n${cliWords().usageHeading}\n${searchUsage()}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['--limit'], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`${cliWords().usageHeading}\n${searchUsage()}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const json = parsed.options.has('--json');
  const value = parsed.options.get('--limit');
  if (value !== undefined && (!/^\d+$/.test(value) || Number(value) < 1 || Number(value) > MAX_LIMIT)) return fail(cliWords().wholeNumber('--limit', 1, MAX_LIMIT, value));
  const limit = value === undefined ? DEFAULT_LIMIT : Number(value);
  const words = parsed.positional;
  const query = words.join(' ');
  if (query.trim() === '') return fail(cliWords().search.giveWords);

  const loaded = loadTexts('search', parsed.lists.get(TEXT_OPTION) ?? [], io);
  if (!loaded.ok) return EXIT.usage;
  const several = loaded.works.length > 1;
  const titleOf = (key: string) => loaded.library.get(key)?.record.title ?? key;
  // The untitled opening is named in the command line's language; headings as the text gives them.
  const sectionOf = (result: SearchResult) => {
    const work = loaded.library.get(result.workId);
    const section = work?.sections.find((s) => s.id === work.paragraphs[result.paragraphNumber - 1]?.sectionId);
    return section && section.heading === undefined ? cliMessages().reader.introduction : result.sectionLabel;
  };
  const results = TextSearch.ofWorks(loaded.works).search(query, { limit });
  if (json) {
    io.out(`${jsonForTerminal(results.map((r) => (several ? { work: r.workId, ...toJson(r) } : toJson(r))))}\n`);
  } else if (results.length === 0) {
    io.out(`${cliWords().search.noMatch(escapeForTerminal(JSON.stringify(query)))}\n`);
  } else {
    io.out(results.map((result, i) => `${i + 1}. ${several ? `${escapeForTerminal(titleOf(result.workId))}, ` : ''}${resultLocation(result, cliMessages().search)} (${sectionOf(result)})\n   ${escapeForTerminal(result.text)}\n`).join('\n'));
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
