/**
 * `cpc-relations check FILE...`: checks the quotations of the bundled text in
 * the files of every kind the checker reads (the table of document kinds
 * says which, by extension) and prints each problem as
 * `file:line:col: message`, the form editors, terminals and CI annotate.
 * Exit status: 0 when every file is clean, 1 when there is a problem, 2 when
 * the command is misused or a file cannot be read or is refused.
 */
import { LibraryChecker, type DocumentLanguage, type Finding } from '../core/check';
import { DOCUMENT_KINDS, kindOfFile } from '../core/kinds';
import { lineIndex } from '../core/lines';
import { parseArgs } from './args';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, type Io } from './output';
import { DEFAULT_MAX_SIZE, parseSize, readTextFile, showSize, type ReadResult } from './read';
import { cliMessages, cliWords } from './language';
import { loadTexts, TEXT_OPTION } from './texts';

/** The names of the kinds the checker reads, as a sentence wrapped for the usage. */
function checkedKindNames(): string {
  const names = DOCUMENT_KINDS.filter((k) => k.checkedAs).map((k) => `${k.name} (${k.extensions.map((e) => `.${e}`).join(' ')})`);
  const words = cliWords().checkedKinds(names).split(' ');
  const lines: string[] = [];
  for (const word of words) {
    if (lines.length > 0 && lines[lines.length - 1].length + word.length < 54) lines[lines.length - 1] += ` ${word}`;
    else lines.push(word);
  }
  return lines.join('\n                   ');
}

/** The usage of check, in the command line's language. */
export function checkUsage(): string {
  return cliWords().checkUsage(checkedKindNames(), showSize(DEFAULT_MAX_SIZE));
}

/**
 * How the checker reads a file, by its extension (the table of document
 * kinds): a file of no kind as plain text; undefined for a kind the checker
 * does not read yet.
 */
export function languageOfFile(file: string): DocumentLanguage | undefined {
  return kindOfFile(file).checkedAs;
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
    io.err(`cpc-relations check: ${escapeForTerminal(message)}\n\n${cliWords().usageHeading}\n${checkUsage()}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(args, { flags: ['--json'], valued: ['--max-size'], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`${cliWords().usageHeading}\n${checkUsage()}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const { options, positional: files } = parsed;
  const json = options.has('--json');
  const sizeOption = options.get('--max-size');
  const maxSize = sizeOption === undefined ? DEFAULT_MAX_SIZE : parseSize(sizeOption);
  if (maxSize === undefined) return fail(cliWords().maxSize(sizeOption ?? ''));
  if (files.length === 0) return fail(cliWords().nameAFile);

  const loaded = loadTexts('check', parsed.lists.get(TEXT_OPTION) ?? [], io, io.readFile);
  if (!loaded.ok) return EXIT.usage;
  const several = loaded.works.length > 1;
  let problems = 0;
  let unreadable = 0;
  const report: { file: string; line: number; column: number; kind: string; message: string; work?: string; fix?: Finding['fix'] }[] = [];
  for (const file of files) {
    const read = io.readFile(file, maxSize);
    if ('refused' in read) {
      io.err(`cpc-relations check: ${cliWords().cannotRead(escapeForTerminal(file), escapeForTerminal(read.refused))}\n`);
      unreadable++;
      continue;
    }
    const { text } = read;
    const language = languageOfFile(file);
    if (!language) {
      io.err(`cpc-relations check: ${cliWords().notCheckedYet(escapeForTerminal(file), kindOfFile(file).name)}\n`);
      unreadable++;
      continue;
    }
    const result = new LibraryChecker(loaded.works, () => ({ messages: cliMessages().check })).check(text, language);
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
