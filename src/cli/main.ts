#!/usr/bin/env node
/** The command line: the core outside VS Code. */
import { bundledWork } from '../core/corpus';
import { renderWorkText } from '../core/render';
import { CHECK_USAGE, runCheck } from './check';
import { CITE_USAGE, runCite } from './cite';
import { runSearch, SEARCH_USAGE } from './search';

const USAGE = `Usage: cpc-relations <command> [options]

Commands:
  show [--json]    print the text with section headings and paragraph numbers
                   (--json: the parsed model)
${CHECK_USAGE}${CITE_USAGE}${SEARCH_USAGE}`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'show': {
      const work = bundledWork();
      process.stdout.write(rest.includes('--json') ? `${JSON.stringify(work, null, 2)}\n` : renderWorkText(work));
      return 0;
    }
    case 'check':
      return runCheck(rest);
    case 'cite':
      return runCite(rest);
    case 'search':
      return runSearch(rest);
    case undefined:
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(USAGE);
      return command === undefined ? 1 : 0;
    default:
      process.stderr.write(`cpc-relations: unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

process.exitCode = main(process.argv.slice(2));
