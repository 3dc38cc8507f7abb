/**
 * What goes into a document: a quotation with its citation, a citation, a
 * reference entry or a reference list, in the chosen style, shaped for the
 * file by the target table, numbered after the document's own notes.
 */
import type { Work } from '../model';
import type { Passage } from '../passage';
import { padBlock, splitEnd } from './layout';
import { locatorRich, pandocLocator, paragraphNumbers, pinpointOf, stylePinpoint, type ParagraphNumbers, type Pinpoint } from './locator';
import { citationNumber } from './numbering';
import { Notes } from './notes';
import { quotationLength, quotedParagraphs } from './quotation';
import { quoted, readQuoted, type Rich } from './rich';
import type { CitationStyle } from './style';
import { render, TARGETS, type KeyRules, type TargetId, type TargetRules } from './targets';
import { fillTemplate, type Template, type TemplateField } from './template';
import { citationLanguage, type CitationLanguageSetting } from './documentLanguage';
import { citedWork, fullName, listNames, type CitedWork } from './work';

export type CitationForm = 'parenthetical' | 'narrative';
export type QuotationShape = 'auto' | 'inline' | 'block';
/** Formatted text, or citation keys for Pandoc (Markdown) and biblatex (LaTeX) to format. */
export type CitationOutput = 'formatted' | 'citationKeys';

export interface CiteOptions {
  readonly style: CitationStyle;
  readonly form: CitationForm;
  readonly shape: QuotationShape;
  readonly output: CitationOutput;
  /** The citation key; the record's own when undefined. */
  readonly key?: string;
  /** Counted paragraph numbers as each style's manual has them ("style", the default), or always. */
  readonly paragraphNumbers?: ParagraphNumbers;
  /** The writer's templates, used instead of the style's forms for formatted output. */
  readonly templates?: Partial<Record<CitationForm | 'reference', Template>>;
  /** The year's letter ("a" in "1993a") that `yearSuffixes` gives the work among the works cited with it; none when undefined. */
  readonly yearSuffix?: string;
  /**
   * The language the citation is written in, whatever the interface speaks:
   * GB/T 7714 has its Chinese words (等, 佚名, 译, 版, 参考文献) in a Chinese
   * document. `auto` reads it from the document; undefined: the work's own
   * language.
   */
  readonly language?: CitationLanguageSetting;
}

export type Request =
  | { readonly kind: 'quotation'; readonly passage: Passage }
  /** Without a passage, the work as a whole. */
  | { readonly kind: 'citation'; readonly passage?: Passage }
  | { readonly kind: 'reference' }
  | { readonly kind: 'referenceList' };

/** A selection of the document, as offsets into its text. */
export interface InsertionPoint {
  readonly start: number;
  readonly end: number;
}

export interface Composition {
  /** What replaces each insertion point, in the order given. */
  readonly inserts: readonly string[];
  /** Note definitions to add at `offset` (the end of the document, or before HTML's closing body tag). */
  readonly append?: { readonly offset: number; readonly text: string };
}

/**
 * Composes `request` for a document whose text is `document`, to replace
 * each of `points` (in document order). Line breaks are "\n"; the caller
 * writes them in the document's own line endings.
 */
export function compose(work: Work, request: Request, options: CiteOptions, target: TargetId, document: string, points: readonly InsertionPoint[]): Composition {
  const writer = new Writer(work, options, target, document);
  const inserts = points.map((point) => {
    const { text, block } = writer.write(request);
    return block ? padBlock(text, document, point) : text;
  });
  return { inserts, append: writer.notes.appendix(points) };
}

/**
 * The same, standing alone (for the clipboard and the command line): a note
 * style's citation is its note's text. `document`, the text the writer is
 * working on, numbers the work as that document does (GB/T 7714 numeric).
 */
export function composeText(work: Work, request: Request, options: CiteOptions, target: TargetId, document = ''): string {
  const { style, form, output } = options;
  if (request.kind === 'citation' && style.notes && form === 'parenthetical' && (output === 'formatted' || !TARGETS[target].keys)) {
    const writer = new Writer(work, options, target, document);
    return writer.note(request.passage && writer.pinpoint(request.passage), false);
  }
  const { inserts, append } = compose(work, request, options, target, document, [{ start: 0, end: 0 }]);
  return inserts[0] + (append?.text ?? '');
}

/** The work as cited in `setting`'s language (the document's for `auto`); unchanged when no language is set. */
function withLanguage(cited: CitedWork, setting: CitationLanguageSetting | undefined, document: string): CitedWork {
  return setting === undefined ? cited : { ...cited, citingIn: citationLanguage(setting, document) };
}

class Writer {
  private readonly cited: CitedWork;
  private readonly rules: TargetRules;
  private readonly keys: KeyRules | undefined;
  readonly notes: Notes;

  constructor(private readonly work: Work, private readonly options: CiteOptions, private readonly target: TargetId, document: string) {
    this.rules = TARGETS[target];
    this.keys = options.output === 'citationKeys' ? this.rules.keys : undefined;
    const cited = withLanguage(citedWork(work, options.key, options.yearSuffix), options.language, document);
    const { style } = options;
    this.cited = style.numbered && !this.keys ? { ...cited, number: citationNumber(document, target, cited, style.words) } : cited;
    this.notes = new Notes(this.rules, document, this.render([this.cited.title]));
  }

  write(request: Request): { text: string; block: boolean } {
    const { style } = this.options;
    switch (request.kind) {
      case 'quotation':
        return this.quotation(request.passage);
      case 'citation':
        return { text: this.citation(request.passage && this.pinpoint(request.passage), this.options.form), block: false };
      case 'reference':
        return { text: this.reference(), block: false };
      case 'referenceList': {
        const title = this.cited.citingIn === 'zh' ? style.referenceListTitleInChinese ?? style.referenceListTitle : style.referenceListTitle;
        const heading = this.rules.heading(this.render([title]));
        if (this.keys) return { text: this.keys.titled ? this.keys.referenceList : `${heading}\n\n${this.keys.referenceList}`, block: true };
        return { text: `${heading}\n\n${this.rules.paragraph(this.reference())}`, block: true };
      }
    }
  }

  private quotation(passage: Passage): { text: string; block: boolean } {
    const { style, shape } = this.options;
    const paragraphs = quotedParagraphs(this.work, passage);
    const pinpoint = this.pinpoint(passage);
    const block = shape === 'block' || (shape === 'auto' && (paragraphs.length > 1 || style.isLongQuotation(quotationLength(paragraphs))));
    // The citation follows the final punctuation of a block quotation, and of a quotation a note is attached to.
    const afterPunctuation = block || style.notes !== undefined;
    const citation = this.citation(pinpoint, 'parenthetical');
    const joiner = style.notes || (style.attached && !this.keys) ? '' : ' ';
    if (block) {
      const rendered = paragraphs.map((p) => this.render(readQuoted(p)));
      rendered[rendered.length - 1] += joiner + citation;
      return { text: this.rules.blockQuote(rendered), block: true };
    }
    const { words, end } = splitEnd(paragraphs.join(' '), afterPunctuation);
    return { text: `${this.render([quoted(...readQuoted(words))])}${joiner}${citation}${end}`, block: false };
  }

  /** The passage's pinpoint as the style gives it: counted paragraphs, the section holding them, or none. */
  pinpoint(passage: Passage): Pinpoint | undefined {
    return stylePinpoint(this.work, this.options.style.words, pinpointOf(this.work, passage.locator), this.options.paragraphNumbers);
  }

  private citation(pinpoint: Pinpoint | undefined, form: 'parenthetical' | 'narrative'): string {
    const { style, templates } = this.options;
    if (this.keys) {
      const locator = this.keys.locator === 'pandoc' ? pandocLocator(pinpoint) : this.render(locatorRich(style.words, pinpoint));
      return this.keys.cite(this.cited.key, locator, form === 'narrative' ? 'narrative' : style.notes ? 'note' : 'parenthetical');
    }
    const template = templates?.[form];
    if (style.notes) {
      const lead = form === 'narrative' ? this.render(template ? this.fill(template, pinpoint) : style.narrative(this.cited, pinpoint)) : '';
      return lead + this.noteMarker(pinpoint);
    }
    return this.render(template ? this.fill(template, pinpoint) : style[form](this.cited, pinpoint));
  }

  /** The note's text: full the first time the document cites the work, short after. A parenthetical template replaces both. */
  note(pinpoint: Pinpoint | undefined, short: boolean): string {
    const { style, templates } = this.options;
    const notes = style.notes;
    if (!notes) return '';
    const rich = templates?.parenthetical ? this.fill(templates.parenthetical, pinpoint) : short ? notes.short(this.cited, pinpoint) : notes.full(this.cited, pinpoint);
    return this.render(rich);
  }

  private noteMarker(pinpoint: Pinpoint | undefined): string {
    return this.notes.add(this.note(pinpoint, this.notes.fullWritten));
  }

  private reference(): string {
    const template = this.options.templates?.reference;
    return this.render(template ? this.fill(template, undefined) : this.options.style.reference(this.cited));
  }

  private fill(template: Template, pinpoint: Pinpoint | undefined): Rich {
    const w = this.cited;
    const { words } = this.options.style;
    const fields: Record<TemplateField, Rich> = {
      title: [w.title],
      sentenceTitle: [w.titleSentence],
      shortTitle: [w.shortTitle],
      book: [w.container],
      sentenceBook: [w.containerSentence],
      editors: [listNames(w.editors.map(fullName))],
      publisher: [w.publisher],
      place: [w.place],
      year: [w.yearLabel],
      locator: locatorRich(words, pinpoint),
      paragraphs: [paragraphNumbers(words, pinpoint)],
      section: pinpoint?.kind === 'section' ? [pinpoint.heading ?? 'Introduction'] : [],
      key: [w.key],
    };
    return fillTemplate(template, fields);
  }

  private render(rich: Rich): string {
    return render(rich, this.target, this.options.style.singleQuotes);
  }
}
