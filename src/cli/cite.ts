/**
 * `cpc-relations cite`: a citation of the bundled text, a quotation with its
 * citation, the reference entry, or the record for a reference manager, in
 * any style and for any kind of file. Exit status 0, or 2 when misused
 * (an unknown option, a conflict between options, a paragraph not in the text).
 */
import {
  composeText, EXPORT_FORMATS, exportRecord, citedWork, render, STYLE_IDS, styleById,
  type CiteOptions, type ExportFormat, type Request,
} from '../core/cite';
import { kindById, KIND_IDS } from '../core/kinds';
import { pinpointOf, stylePinpoint } from '../core/cite/locator';
import type { Work } from '../core/model';
import { sectionPassage, type Passage } from '../core/passage';
import { notOneOf, parseArgs } from './args';
import { escapeForTerminal, EXIT, processIo, type Io } from './output';
import { cliWords } from './language';
import { loadTexts, TEXT_OPTION } from './texts';

/** The usage of cite, in the command line's language. */
export function citeUsage(): string {
  return cliWords().cite.usage(STYLE_IDS, KIND_IDS, EXPORT_FORMATS);
}

const nodeIo = processIo();

const VALUED = ['--style', '--form', '--format', '--section', '--export'];
const FLAGS = ['--quote', '--short', '--keys', '--reference', '--count-paragraphs'];
/** What is written: at most one of these. */
const KINDS = ['--quote', '--short', '--reference', '--export'];

export function runCite(args: readonly string[], io: Io = nodeIo): number {
  const fail = (message: string) => {
    io.err(`cpc-relations cite: ${escapeForTerminal(message)}\n\n${cliWords().usageHeading}\n${citeUsage()}`);
    return EXIT.usage;
  };
  // "-4" is no option but a paragraph number that is not in the text: say so.
  const parsed = parseArgs(args, { flags: FLAGS, valued: VALUED, operand: /^-\d/, repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`${cliWords().usageHeading}\n${citeUsage()}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const options = parsed.options;
  const positional = parsed.positional;
  const kinds = KINDS.filter((k) => options.has(k));
  const words = cliWords();
  if (kinds.length > 1) return fail(words.cite.askDifferent(kinds));
  if (positional.length > 0 && options.has('--section')) return fail(words.cite.paragraphOrSection(positional.join(' '), options.get('--section') ?? ''));
  if (options.get('--section')?.trim() === '') return fail(words.cite.sectionNeedsWords);
  if (options.has('--keys') && (options.has('--export') || options.has('--short') || options.has('--reference'))) return fail(words.cite.keysConflict(kinds[0]));
  const texts = parsed.lists.get(TEXT_OPTION) ?? [];
  if (texts.length > 1) return fail(words.cite.oneText);
  const loaded = loadTexts('cite', texts, io);
  if (!loaded.ok) return EXIT.usage;
  const work = loaded.works[loaded.works.length - 1];
  const exportFormat = options.get('--export');
  if (exportFormat !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(exportFormat)) return fail(notOneOf('--export', EXPORT_FORMATS, exportFormat));
    io.out(exportRecord(citedWork(work), exportFormat as ExportFormat));
    return EXIT.ok;
  }
  const style = styleById(options.get('--style') ?? 'apa');
  if (!style) return fail(notOneOf('--style', STYLE_IDS, options.get('--style') ?? ''));
  const form = options.get('--form') ?? 'parenthetical';
  if (form !== 'parenthetical' && form !== 'narrative') return fail(words.cite.formMustBe(form));
  const format = options.get('--format') ?? 'plaintext';
  const kind = kindById(format);
  if (!kind) return fail(notOneOf('--format', KIND_IDS, format));
  const target = kind.citations.shaping;
  if (positional.length > 1) return fail(words.cite.oneParagraph(positional.join(' ')));
  const passage = positional[0] !== undefined ? paragraphsPassage(work, positional[0]) : options.has('--section') ? sectionByWords(work, options.get('--section') ?? '') : undefined;
  if (typeof passage === 'string') return fail(passage);
  const paragraphNumbers = options.has('--count-paragraphs') ? 'always' : 'style';
  const cite: CiteOptions = { style, form, shape: 'auto', output: options.has('--keys') ? 'citationKeys' : 'formatted', paragraphNumbers };
  let request: Request = { kind: 'citation', passage };
  if (options.has('--reference')) request = { kind: 'reference' };
  else if (options.has('--quote')) {
    if (!passage) return fail(words.cite.quoteNeedsPassage);
    request = { kind: 'quotation', passage };
  } else if (options.has('--short')) {
    if (!style.notes) return fail(words.cite.shortIsForNotes(style.id));
    const pinpoint = passage && stylePinpoint(work, style.words, pinpointOf(work, passage.locator), paragraphNumbers);
    io.out(`${render(style.notes.short(citedWork(work), pinpoint), target, style.singleQuotes)}\n`);
    return EXIT.ok;
  }
  io.out(`${composeText(work, request, cite, target)}\n`);
  return EXIT.ok;
}

function paragraphsPassage(work: Work, arg: string): Passage | string {
  const match = /^(\d+)(?:\s*[-–]\s*(\d+))?$/.exec(arg);
  const last = work.paragraphs.length;
  if (!match) return cliWords().cite.notAParagraph(arg, last);
  const first = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  if (first < 1 || end > last || first > end) return cliWords().cite.notAmongParagraphs(last, arg);
  return { work: work.id, locator: { kind: 'paragraphs', first, last: end }, text: '' };
}

function sectionByWords(work: Work, words: string): Passage | string {
  const wanted = words.trim().toLowerCase();
  const section = /^\d+$/.test(wanted)
    ? work.sections.find((s) => s.number === Number(wanted))
    : work.sections.find((s) => s.label.toLowerCase().replace(/’/g, "'").includes(wanted.replace(/’/g, "'")));
  if (!section) return cliWords().cite.noSection(words, work.sections.map((s) => `${s.number} ${s.label}`).join('; '));
  return sectionPassage(section, work);
}
