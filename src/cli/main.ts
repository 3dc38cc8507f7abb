#!/usr/bin/env node
/** The command line: the core outside VS Code. */
import { renderWorkText } from '../core/render';
import { parseArgs } from './args';
import { CHECK_USAGE, runCheck } from './check';
import { CITE_USAGE, runCite } from './cite';
import { CONCORDANCE_USAGE, runConcordance } from './concordance';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, WriteFailed, type Io } from './output';
import { NOTES_USAGE, runNotes } from './notes';
import { readTextFile } from './read';
import { runSearch, SEARCH_USAGE } from './search';
import { loadTexts, TEXT_OPTION } from './texts';

const SHOW_USAGE = `  show [--json] [--text FILE]
                   print the text with section headings and paragraph numbers
                   (--json: the parsed model)
      --text FILE  the text of FILE (Markdown or plain text with its record
                   in YAML front matter) instead of the built-in one
`;

const EXIT_USAGE = `
Exit status: 0 done (check: every file clean); 1 check found a problem, or
search or concordance found nothing; 2 misused (an unknown option, a missing or extra
argument, conflicting options) or a file refused (missing, not a regular
file, binary, larger than --max-size); 3 the output could not be written;
4 an internal error (please report it).
`;

const USAGE = `Usage: cpc-relations <command> [options]

Commands (each takes --help; -- ends the options):
${SHOW_USAGE}${CHECK_USAGE}${CITE_USAGE}${SEARCH_USAGE}${NOTES_USAGE}${CONCORDANCE_USAGE}${EXIT_USAGE}`;

const USAGES: Readonly<Record<string, string>> = { show: SHOW_USAGE, check: CHECK_USAGE, cite: CITE_USAGE, search: SEARCH_USAGE, notes: NOTES_USAGE, concordance: CONCORDANCE_USAGE };

function runShow(args: readonly string[], io: Io): number {
  const parsed = parseArgs(args, { flags: ['--json'], valued: [], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`Usage:\n${SHOW_USAGE}`);
    return EXIT.ok;
  }
  const wrong = parsed.kind === 'error' ? parsed.message : parsed.positional.length > 0 ? `show takes no argument, not "${parsed.positional.join(' ')}"` : undefined;
  if (wrong !== undefined) {
    io.err(`cpc-relations show: ${escapeForTerminal(wrong)}\n\nUsage:\n${SHOW_USAGE}`);
    return EXIT.usage;
  }
  const texts = parsed.kind === 'args' ? parsed.lists.get(TEXT_OPTION) ?? [] : [];
  if (texts.length > 1) {
    io.err(`cpc-relations show: show prints one text: give --text once\n\nUsage:\n${SHOW_USAGE}`);
    return EXIT.usage;
  }
  const loaded = loadTexts('show', texts, io);
  if (!loaded.ok) return EXIT.usage;
  const work = loaded.works[loaded.works.length - 1];
  io.out(parsed.kind === 'args' && parsed.options.has('--json') ? `${jsonForTerminal(work)}\n` : renderWorkText(work));
  return EXIT.ok;
}

function main(argv: readonly string[], io: Io): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'show':
      return runShow(rest, io);
    case 'check':
      return runCheck(rest, { ...io, readFile: readTextFile });
    case 'cite':
      return runCite(rest, io);
    case 'search':
      return runSearch(rest, io);
    case 'notes':
      return runNotes(rest, io);
    case 'concordance':
      return runConcordance(rest, io);
    case 'help':
    case '--help':
    case '-h': {
      const topic = rest[0];
      if (topic !== undefined && Object.hasOwn(USAGES, topic) && rest.length === 1) {
        io.out(`Usage:\n${USAGES[topic]}`);
        return EXIT.ok;
      }
      if (rest.length > 0) {
        io.err(`cpc-relations: there is no command "${escapeForTerminal(rest.join(' '))}" to explain\n\n${USAGE}`);
        return EXIT.usage;
      }
      io.out(USAGE);
      return EXIT.ok;
    }
    case undefined:
      io.err(`cpc-relations: name a command\n\n${USAGE}`);
      return EXIT.usage;
    default:
      io.err(`cpc-relations: unknown command "${escapeForTerminal(command)}"\n\n${USAGE}`);
      return EXIT.usage;
  }
}

const io = processIo();
try {
  process.exitCode = main(process.argv.slice(2), io);
} catch (error) {
  if (error instanceof WriteFailed) {
    io.err(`cpc-relations: ${error.message}\n`);
    process.exitCode = EXIT.writeFailed;
  } else {
    io.err(`cpc-relations: internal error, please report it: ${escapeForTerminal(error instanceof Error ? error.message : String(error))}\n`);
    process.exitCode = EXIT.internal;
  }
}
