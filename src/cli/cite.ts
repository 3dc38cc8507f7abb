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
import { parseArgs } from './args';
import { escapeForTerminal, EXIT, processIo, type Io } from './output';
import { loadTexts, TEXT_OPTION } from './texts';

export const CITE_USAGE = `  cite [N | N-M] [options]
                   cite paragraph N (or N to M) of the text, a section, or
                   the whole work
      --text FILE  cite the text of FILE (Markdown or plain text with its
                   record in YAML front matter) instead of the built-in one
      --style S    the citation style (default apa):
                   ${STYLE_IDS.join(', ')}
      --form F     parenthetical (default) or narrative
      --format T   the kind of file (default plaintext):
                   ${KIND_IDS.join(', ')}
      --section S  cite a section: 0 (the introduction) to 5, or words of
                   its heading
      --quote      the quoted paragraphs with their citation
      --short      the short note (note styles: chicago-notes)
      --keys       citation keys for the document's processor: Pandoc
                   (markdown, quarto, rmarkdown, mdx), biblatex (latex),
                   Typst (typst) or org-cite (org)
      --count-paragraphs
                   counted paragraph numbers ("par. 4") in every style; by
                   default MLA cites the work as a whole and Chicago the
                   heading of the paragraph's section
      --reference  the reference-list entry
      --export E   the record as ${EXPORT_FORMATS.join(', ')}
                   Give one of --quote, --short, --reference and --export,
                   and a paragraph or a section, not both.
`;

const nodeIo = processIo();

const VALUED = ['--style', '--form', '--format', '--section', '--export'];
const FLAGS = ['--quote', '--short', '--keys', '--reference', '--count-paragraphs'];
/** What is written: at most one of these. */
const KINDS = ['--quote', '--short', '--reference', '--export'];

export function runCite(args: readonly string[], io: Io = nodeIo): number {
  const fail = (message: string) => {
    io.err(`cpc-relations cite: ${escapeForTerminal(message)}\n\nUsage:\n${CITE_USAGE}`);
    return EXIT.usage;
  };
  // "-4" is no option but a paragraph number that is not in the text: say so.
  const parsed = parseArgs(args, { flags: FLAGS, valued: VALUED, operand: /^-\d/, repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`Usage:\n${CITE_USAGE}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const options = parsed.options;
  const positional = parsed.positional;
  const kinds = KINDS.filter((k) => options.has(k));
  if (kinds.length > 1) return fail(`${kinds.join(' and ')} ask for different things: give one`);
  if (positional.length > 0 && options.has('--section')) return fail(`give a paragraph or range, or --section, not both ("${positional.join(' ')}" and --section "${options.get('--section')}")`);
  if (options.get('--section')?.trim() === '') return fail('--section needs a section number (0 for the introduction, up to 5) or words of its heading');
  if (options.has('--keys') && (options.has('--export') || options.has('--short') || options.has('--reference'))) return fail(`--keys writes citation keys, which ${kinds[0]} does not write: give one`);
  const texts = parsed.lists.get(TEXT_OPTION) ?? [];
  if (texts.length > 1) return fail('cite cites one text: give --text once');
  const loaded = loadTexts('cite', texts, io);
  if (!loaded.ok) return EXIT.usage;
  const work = loaded.works[loaded.works.length - 1];
  const exportFormat = options.get('--export');
  if (exportFormat !== undefined) {
    if (!(EXPORT_FORMATS as readonly string[]).includes(exportFormat)) return fail(`--export must be one of ${EXPORT_FORMATS.join(', ')}, not "${exportFormat}"`);
    io.out(exportRecord(citedWork(work), exportFormat as ExportFormat));
    return EXIT.ok;
  }
  const style = styleById(options.get('--style') ?? 'apa');
  if (!style) return fail(`--style must be one of ${STYLE_IDS.join(', ')}, not "${options.get('--style')}"`);
  const form = options.get('--form') ?? 'parenthetical';
  if (form !== 'parenthetical' && form !== 'narrative') return fail(`--form must be parenthetical or narrative, not "${form}"`);
  const format = options.get('--format') ?? 'plaintext';
  const kind = kindById(format);
  if (!kind) return fail(`--format must be one of ${KIND_IDS.join(', ')}, not "${format}"`);
  const target = kind.citations.shaping;
  if (positional.length > 1) return fail(`give one paragraph or range, not "${positional.join(' ')}"`);
  const passage = positional[0] !== undefined ? paragraphsPassage(work, positional[0]) : options.has('--section') ? sectionByWords(work, options.get('--section') ?? '') : undefined;
  if (typeof passage === 'string') return fail(passage);
  const paragraphNumbers = options.has('--count-paragraphs') ? 'always' : 'style';
  const cite: CiteOptions = { style, form, shape: 'auto', output: options.has('--keys') ? 'citationKeys' : 'formatted', paragraphNumbers };
  let request: Request = { kind: 'citation', passage };
  if (options.has('--reference')) request = { kind: 'reference' };
  else if (options.has('--quote')) {
    if (!passage) return fail('--quote needs a paragraph, a range or a section to quote');
    request = { kind: 'quotation', passage };
  } else if (options.has('--short')) {
    if (!style.notes) return fail(`--short is for note styles (chicago-notes), not ${style.id}`);
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
  if (!match) return `"${arg}" is not a paragraph number (1-${last}) or range such as 4-5`;
  const first = Number(match[1]);
  const end = Number(match[2] ?? match[1]);
  if (first < 1 || end > last || first > end) return `the text has paragraphs 1 to ${last}: "${arg}" is not among them`;
  return { work: work.id, locator: { kind: 'paragraphs', first, last: end }, text: '' };
}

function sectionByWords(work: Work, words: string): Passage | string {
  const wanted = words.trim().toLowerCase();
  const section = /^\d+$/.test(wanted)
    ? work.sections.find((s) => s.number === Number(wanted))
    : work.sections.find((s) => s.label.toLowerCase().replace(/’/g, "'").includes(wanted.replace(/’/g, "'")));
  if (!section) return `no section is numbered or headed "${words}" (sections: ${work.sections.map((s) => `${s.number} ${s.label}`).join('; ')})`;
  return sectionPassage(section, work);
}
