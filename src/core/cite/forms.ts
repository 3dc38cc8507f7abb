/**
 * Every form the engine writes, for whoever must recognise them (the
 * quotation checker): the citations of a passage in each style, output and
 * paragraph-number setting, and the reading of a locator back into the
 * passage it points to. Asking here keeps what is inserted and what is
 * recognised from drifting apart.
 */
import type { Work } from '../model';
import { sectionPassage, type Locator, type Passage } from '../passage';
import { composeText, type CitationForm, type CitationOutput } from './compose';
import { locatorRich, pandocLocator, PARAGRAPH_NUMBERS, pinpointOf, stylePinpoint, type ParagraphNumbers } from './locator';
import { STYLE_IDS, type StyleId } from './style';
import { STYLES } from './styles';
import { render, TARGETS, type TargetId } from './targets';

export interface WrittenCitation {
  readonly style: StyleId;
  readonly output: CitationOutput;
  readonly paragraphNumbers: ParagraphNumbers;
  /** A note style's parenthetical form is its note's text. */
  readonly form: CitationForm;
  /** The citation as inserted into an empty document of the target's kind. */
  readonly text: string;
  /** The pinpoint as written in it; empty when the style names none (MLA's default for a paragraph). */
  readonly locator: string;
}

/**
 * Every citation of `passage` the engine can write for `target`: each style,
 * both forms, formatted and (where the target has them) citation keys, with
 * paragraph numbers as the style has them and always counted. Duplicates
 * (a style that counts paragraphs either way) are given once.
 */
export function citationForms(work: Work, passage: Passage, target: TargetId, key?: string): WrittenCitation[] {
  const written: WrittenCitation[] = [];
  const seen = new Set<string>();
  const outputs: CitationOutput[] = TARGETS[target].keys ? ['formatted', 'citationKeys'] : ['formatted'];
  for (const id of STYLE_IDS) {
    const style = STYLES[id];
    for (const paragraphNumbers of PARAGRAPH_NUMBERS) {
      const pinpoint = stylePinpoint(work, style.words, pinpointOf(work, passage.locator), paragraphNumbers);
      for (const output of outputs) {
        const keys = output === 'citationKeys' ? TARGETS[target].keys : undefined;
        const locator = keys?.locator === 'pandoc' ? pandocLocator(pinpoint) : render(locatorRich(style.words, pinpoint), target, style.singleQuotes);
        for (const form of ['parenthetical', 'narrative'] as const) {
          const text = composeText(work, { kind: 'citation', passage }, { style, form, shape: 'auto', output, paragraphNumbers, key }, target);
          const unique = `${id} ${output} ${form} ${text}`;
          if (seen.has(unique)) continue;
          seen.add(unique);
          written.push({ style: id, output, paragraphNumbers, form, text, locator });
        }
      }
    }
  }
  return written;
}

/**
 * The passage a locator points to (as a passage's locator: paragraphs, or a
 * section with its id), in any wording the engine writes, for
 * any style: "para. 4", "par. 4", "paras. 4–5", "pars. 4-5" (LaTeX
 * "para.~4", "4--5"), a section by its heading ("“Heading” section",
 * "under “Heading”", "sec. “Heading”", Pandoc's "sec. Heading", LaTeX's
 * \enquote{Heading}), or the untitled introduction ("Introduction
 * section", "introd."). A heading is compared by its letters and digits, so
 * quotation marks, escapes and case do not matter. Undefined for anything
 * else, and for numbers outside the text. In a text that marks its pages,
 * a page or a range of pages ("p. 23", "pp. 23–24", MLA's and Chicago's bare
 * "23-24") is the run of paragraphs on them.
 */
export function readLocator(work: Work, locator: string): Locator | undefined {
  const plain = locator.replace(/\\[A-Za-z]+\*?/g, ' ').replace(/~/g, ' ').replace(/--/g, '–').replace(/\s+/g, ' ').trim();
  const numbers = /^(?:paras?\.|pars?\.|¶¶?|paragraphs?)\s*(\d{1,4})(?:\s*[-–—]\s*(\d{1,4}))?$/i.exec(plain);
  if (numbers) {
    const first = Number(numbers[1]);
    const last = Number(numbers[2] ?? numbers[1]);
    return first >= 1 && first <= last && last <= work.paragraphs.length ? { kind: 'paragraphs', first, last } : undefined;
  }
  const pages = /^(?:pp?\.\s*)?(\d{1,5})(?:\s*[-–—]\s*(\d{1,5}))?$/i.exec(plain);
  if (pages) return pagesLocator(work, Number(pages[1]), Number(pages[2] ?? pages[1]));
  const wanted = comparable(plain);
  if (!wanted) return undefined;
  return sectionWordings(work).get(wanted);
}

const wordings = new WeakMap<Work, Map<string, Locator>>();

/** Every section's locator in every style's words and Pandoc's, by its comparable letters. */
function sectionWordings(work: Work): Map<string, Locator> {
  const known = wordings.get(work);
  if (known) return known;
  const map = new Map<string, Locator>();
  for (const section of work.sections) {
    const { locator } = sectionPassage(section);
    const pinpoint = pinpointOf(work, locator);
    const add = (text: string) => {
      const key = comparable(text);
      if (key && !map.has(key)) map.set(key, locator);
    };
    add(pandocLocator(pinpoint));
    for (const id of STYLE_IDS) add(render(locatorRich(STYLES[id].words, pinpoint), 'plaintext'));
  }
  wordings.set(work, map);
  return map;
}

function comparable(text: string): string {
  return text.toLowerCase().replace(/[’‘']/g, '').replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The paragraphs on pages `first` to `last` of a paged text, as a paragraph locator; undefined where no paragraph falls on them. */
function pagesLocator(work: Work, first: number, last: number): Locator | undefined {
  if (first > last) return undefined;
  const on = work.paragraphs.filter((p) => p.pages !== undefined && p.pages.first <= last && p.pages.last >= first);
  if (on.length === 0) return undefined;
  return { kind: 'paragraphs', first: on[0].number, last: on[on.length - 1].number };
}
