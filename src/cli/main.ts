#!/usr/bin/env node
/** The command line: the core outside VS Code. */
import { bundledWork } from '../core/corpus';
import { renderWorkText } from '../core/render';

const USAGE = `Usage: cpc-relations <command> [options]

Commands:
  show [--json]    print the text with section headings and paragraph numbers
                   (--json: the parsed model)
`;

function main(argv: string[]): number {
  const [command, ...rest] = argv;
  switch (command) {
    case 'show': {
      const work = bundledWork();
      process.stdout.write(rest.includes('--json') ? `${JSON.stringify(work, null, 2)}\n` : renderWorkText(work));
      return 0;
    }
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
