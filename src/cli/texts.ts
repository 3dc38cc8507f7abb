/**
 * `--text FILE`: texts the writer brings, read for a command. A text that
 * cannot be read, a malformed record or body, and a key another text already
 * has are each printed as `file:line: message`; the command then exits 2.
 */
import { BUNDLED_CORPUS_FILE, bundledWork } from '../core/corpus';
import { Library } from '../core/library';
import type { Work } from '../core/model';
import { formatProblem } from '../core/parse';
import { escapeForTerminal, type Io } from './output';
import { readTextFile, type ReadResult } from './read';
import { cliMessages, cliWords } from './language';

export const TEXT_OPTION = '--text';
/** A text may be a long book: 300 times the bundled text is about 2.5 MB. */
const MAX_TEXT_SIZE = 64 * 1024 * 1024;

export type LoadedTexts = { readonly ok: true; readonly library: Library; readonly works: readonly Work[] } | { readonly ok: false };

/** The bundled text and the texts of `files`, or false after printing why they cannot be used. */
export function loadTexts(command: string, files: readonly string[], io: Io, readFile: (file: string, maxSize: number) => ReadResult = readTextFile): LoadedTexts {
  const library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
  if (files.length === 0) return { ok: true, library, works: library.works() };
  const sources: { file: string; source: string }[] = [];
  let unreadable = false;
  for (const file of files) {
    const read = readFile(file, MAX_TEXT_SIZE);
    if ('refused' in read) {
      io.err(`cpc-relations ${command}: ${cliWords().cannotReadText(escapeForTerminal(file), escapeForTerminal(read.refused))}\n`);
      unreadable = true;
    } else {
      sources.push({ file, source: read.text });
    }
  }
  const problems = library.setSources(sources, cliMessages().parse);
  for (const problem of problems) io.err(`${escapeForTerminal(formatProblem(problem))}\n`);
  if (unreadable || problems.length > 0) return { ok: false };
  return { ok: true, library, works: library.works() };
}
