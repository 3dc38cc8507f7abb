/**
 * `cpc-relations notes`: the literature note of a notes file, as Export
 * Notes writes it: each highlight as a quotation with its citation in the
 * chosen style, its note below, grouped by section. Exit status 0, or 2 when
 * misused or when the notes file or a text cannot be read (each problem
 * printed as `file:line: message`).
 */
import { STYLE_IDS, styleById, type CiteOptions } from '../core/cite';
import { kindById, KIND_IDS } from '../core/kinds';
import { exportNotes, parseNotes, placeNotes } from '../core/notes';
import { notOneOf, parseArgs } from './args';
import { escapeForTerminal, EXIT, type Io } from './output';
import { readTextFile, type ReadResult } from './read';
import { cliMessages, cliWords } from './language';
import { loadTexts, TEXT_OPTION } from './texts';

/** The usage of notes, in the command line's language. */
export function notesUsage(): string {
  return cliWords().notes.usage(STYLE_IDS, KIND_IDS);
}

const DEFAULT_NOTES = 'notes.cpc.jsonl';
/** A notes file of a whole seminar is far smaller. */
const MAX_NOTES_SIZE = 64 * 1024 * 1024;

export function runNotes(args: readonly string[], io: Io, readFile: (file: string, maxSize: number) => ReadResult = readTextFile): number {
  const fail = (message: string) => {
    io.err(`cpc-relations notes: ${escapeForTerminal(message)}\n\n${cliWords().usageHeading}\n${notesUsage()}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(args, { flags: [], valued: ['--notes', '--style', '--format'], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`${cliWords().usageHeading}\n${notesUsage()}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  if (parsed.positional.length > 0) return fail(cliWords().notes.takesNoArgument(parsed.positional.join(' ')));
  const style = styleById(parsed.options.get('--style') ?? 'apa');
  if (!style) return fail(notOneOf('--style', STYLE_IDS, parsed.options.get('--style') ?? ''));
  const kind = kindById(parsed.options.get('--format') ?? 'markdown');
  if (!kind) return fail(notOneOf('--format', KIND_IDS, parsed.options.get('--format') ?? ''));
  const file = parsed.options.get('--notes') ?? DEFAULT_NOTES;
  const read = readFile(file, MAX_NOTES_SIZE);
  if ('refused' in read) {
    io.err(`cpc-relations notes: ${cliWords().notes.cannotRead(escapeForTerminal(file), escapeForTerminal(read.refused))}\n`);
    return EXIT.usage;
  }
  const notes = parseNotes(read.text, cliMessages().notes);
  if (!notes.ok) {
    for (const problem of notes.problems) io.err(`${escapeForTerminal(file)}:${problem.line}: ${escapeForTerminal(problem.message)}\n`);
    return EXIT.usage;
  }
  const loaded = loadTexts('notes', parsed.lists.get(TEXT_OPTION) ?? [], io);
  if (!loaded.ok) return EXIT.usage;
  const { library } = loaded;
  const cite: CiteOptions = { style, form: 'parenthetical', shape: 'auto', output: 'formatted' };
  const workOf = (key: string) => library.get(key);
  io.out(exportNotes(placeNotes(notes.notes, workOf), workOf, { cite: () => cite, target: kind.citations.shaping, words: cliMessages() }));
  return EXIT.ok;
}
