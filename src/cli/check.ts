/**
 * `cpc-relations check FILE...`: checks the quotations of the bundled text in
 * Markdown, LaTeX and plain-text files and prints each problem as
 * `file:line:col: message`, the form editors, terminals and CI annotate.
 * Exit status: 0 when every file is clean, 1 when there is a problem, 2 when
 * the command is misused or a file cannot be read or is refused.
 */
import { LibraryChecker, type DocumentLanguage, type Finding } from '../core/check';
import { lineIndex } from '../core/lines';
import { parseArgs } from './args';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, type Io } from './output';
import { DEFAULT_MAX_SIZE, parseSize, readTextFile, showSize, type ReadResult } from './read';
import { loadTexts, TEXT_OPTION } from './texts';

export const CHECK_USAGE = `  check [--json] [--max-size SIZE] [--text FILE]... [--] FILE...
                   check the quotations of the text in Markdown, LaTeX and
                   plain-text files (UTF-8, or UTF-16 with a byte-order
                   mark); print each problem as file:line:col: message;
                   exit 1 when there is one, 0 when all are clean
      --json       the problems as JSON, with their fixes
      --text FILE  check against the text of FILE too (repeatable): each
                   quotation against the text its citation names
      --max-size SIZE
                   refuse files larger than SIZE bytes (k, M, G: KiB, MiB,
                   GiB; default ${showSize(DEFAULT_MAX_SIZE)})
`;

/** The language of a file, by its extension: Markdown and LaTeX by name, anything else as plain text. */
export function languageOfFile(file: string): DocumentLanguage {
  if (/\.(?:md|markdown|mdown|mkd|rmd|qmd)$/i.test(file)) return 'markdown';
  if (/\.(?:tex|latex|ltx|sty|cls)$/i.test(file)) return 'latex';
  return 'plaintext';
}

/** Maps offsets to 1-based lines and columns (in characters). */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const place = lineIndex(text);
  return (offset) => {
    const { line, column } = place(offset);
    return { line: line + 1, column: column + 1 };
  };
}

export interface CheckIo extends Io {
  readFile(file: string, maxSize: number): ReadResult;
}

export function runCheck(args: readonly string[], io: CheckIo = { ...processIo(), readFile: readTextFile }): number {
  const fail = (message: string): number => {
    io.err(`cpc-relations check: ${escapeForTerminal(message)}\n\nUsage:\n${CHECK_USAGE}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['--max-size'], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`Usage:\n${CHECK_USAGE}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const { options, positional: files } = parsed;
  const json = options.has('--json');
  const sizeOption = options.get('--max-size');
  const maxSize = sizeOption === undefined ? DEFAULT_MAX_SIZE : parseSize(sizeOption);
  if (maxSize === undefined) return fail(`--max-size takes a size in bytes such as 500000, 512k or 20M, not "${sizeOption}"`);
  if (files.length === 0) return fail('name at least one file to check');

  const loaded = loadTexts('check', parsed.lists.get(TEXT_OPTION) ?? [], io, io.readFile);
  if (!loaded.ok) return EXIT.usage;
  const several = loaded.works.length > 1;
  let problems = 0;
  let unreadable = 0;
  const report: { file: string; line: number; column: number; kind: string; message: string; work?: string; fix?: Finding['fix'] }[] = [];
  for (const file of files) {
    const read = io.readFile(file, maxSize);
    if ('refused' in read) {
      io.err(`cpc-relations check: cannot read "${escapeForTerminal(file)}": ${escapeForTerminal(read.refused)}\n`);
      unreadable++;
      continue;
    }
    const { text } = read;
    const result = new LibraryChecker(loaded.works).check(text, languageOfFile(file));
    const positionOf = positions(text);
    for (const finding of result.findings) {
      const { line, column } = positionOf(finding.range.start);
      problems++;
      if (json) report.push({ file, line, column, kind: finding.kind, message: finding.message, ...(several ? { work: finding.work } : {}), ...(finding.fix ? { fix: finding.fix } : {}) });
      else io.out(`${escapeForTerminal(file)}:${line}:${column}: ${escapeForTerminal(finding.message)}\n`);
    }
  }
  if (json) io.out(`${jsonForTerminal(report)}\n`);
  if (unreadable > 0) return EXIT.usage;
  return problems > 0 ? EXIT.found : EXIT.ok;
}
