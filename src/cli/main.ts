#!/usr/bin/env node
/** The command line: the core outside VS Code. */
import { renderWorkText } from '../core/render';
import { parseArgs } from './args';
import { checkUsage, runCheck } from './check';
import { citeUsage, runCite } from './cite';
import { concordanceUsage, runConcordance } from './concordance';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, WriteFailed, type Io } from './output';
import { notesUsage, runNotes } from './notes';
import { readTextFile } from './read';
import { runSearch, searchUsage } from './search';
import { chooseLanguage, cliWords } from './language';
import { loadTexts, TEXT_OPTION } from './texts';

/** The usage of every command, in the command line's language. */
function usages(): Readonly<Record<string, string>> {
  return { show: cliWords().showUsage, check: checkUsage(), cite: citeUsage(), search: searchUsage(), notes: notesUsage(), concordance: concordanceUsage() };
}

function usage(): string {
  const { show, check, cite, search, notes, concordance } = usages();
  return cliWords().usage(`${show}${check}${cite}${search}${notes}${concordance}${cliWords().exitUsage}`);
}

function runShow(args: readonly string[], io: Io): number {
  const parsed = parseArgs(args, { flags: ['--json'], valued: [], repeated: [TEXT_OPTION] });
  const words = cliWords();
  if (parsed.kind === 'help') {
    io.out(`${words.usageHeading}\n${words.showUsage}`);
    return EXIT.ok;
  }
  const wrong = parsed.kind === 'error' ? parsed.message : parsed.positional.length > 0 ? words.showTakesNoArgument(parsed.positional.join(' ')) : undefined;
  if (wrong !== undefined) {
    io.err(`cpc-relations show: ${escapeForTerminal(wrong)}\n\n${words.usageHeading}\n${words.showUsage}`);
    return EXIT.usage;
  }
  const texts = parsed.kind === 'args' ? parsed.lists.get(TEXT_OPTION) ?? [] : [];
  if (texts.length > 1) {
    io.err(`cpc-relations show: ${words.showOneText}\n\n${words.usageHeading}\n${words.showUsage}`);
    return EXIT.usage;
  }
  const loaded = loadTexts('show', texts, io);
  if (!loaded.ok) return EXIT.usage;
  const work = loaded.works[loaded.works.length - 1];
  io.out(parsed.kind === 'args' && parsed.options.has('--json') ? `${jsonForTerminal(work)}\n` : renderWorkText(work));
  return EXIT.ok;
}

function main(argv: readonly string[], io: Io): number {
  const { args, error } = chooseLanguage(argv, process.env);
  const words = cliWords();
  if (error !== undefined) {
    io.err(`cpc-relations: ${escapeForTerminal(error)}\n`);
    return EXIT.usage;
  }
  const [command, ...rest] = args;
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
      const topics = usages();
      if (topic !== undefined && Object.hasOwn(topics, topic) && rest.length === 1) {
        io.out(`${words.usageHeading}\n${topics[topic]}`);
        return EXIT.ok;
      }
      if (rest.length > 0) {
        io.err(`cpc-relations: ${words.noTopic(escapeForTerminal(rest.join(' ')))}\n\n${usage()}`);
        return EXIT.usage;
      }
      io.out(usage());
      return EXIT.ok;
    }
    case undefined:
      io.err(`cpc-relations: ${words.nameACommand}\n\n${usage()}`);
      return EXIT.usage;
    default:
      io.err(`cpc-relations: ${words.unknownCommand(escapeForTerminal(command))}\n\n${usage()}`);
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
    io.err(`cpc-relations: ${cliWords().internalError(escapeForTerminal(error instanceof Error ? error.message : String(error)))}\n`);
    process.exitCode = EXIT.internal;
  }
}
