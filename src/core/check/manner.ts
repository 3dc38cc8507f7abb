/**
 * The document's own manner of citing the work, read off the citations it
 * already has by comparing them with what the citation engine writes for
 * each style: formatted text in one style, or keys for Pandoc or biblatex to
 * format. The citation the checker inserts for an uncited quotation is then
 * composed by the same engine in that manner, so that what is inserted and
 * what is recognised come from one place.
 */
import { compose, STYLE_IDS, STYLES, type CiteOptions, type ParagraphNumbers, type StyleId, type TargetId } from '../cite';
import type { Work } from '../model';
import type { Passage } from '../passage';
import { kindCheckedAs } from '../kinds';
import { detached } from './blocks';
import { findLocator } from './locator';
import type { ResolvedCitation } from './resolve';
import type { SectionName } from './sections';
import type { CitationManner, DocumentLanguage, TextEdit } from './types';

/** One normalised citation shape per style, form, file kind and locator, from the engine's own output. */
interface Shape {
  readonly style: StyleId;
  readonly numbers: ParagraphNumbers;
  readonly target: TargetId;
  readonly text: string;
}

/** By work and file kind: a document is of one kind, and writing every kind's shapes for it would cost as much again per kind. */
const cache = new WeakMap<Work, Map<TargetId, ShapeWriter>>();


function options(style: StyleId, form: CiteOptions['form'], output: CiteOptions['output'], key?: string, paragraphNumbers: ParagraphNumbers = 'style'): CiteOptions {
  return { style: STYLES[style], form, shape: 'auto', output, paragraphNumbers, ...(key ? { key } : {}) };
}

/**
 * A citation's shape: its locator one mark (one for paragraphs, another for
 * a section), its numbers "#", its spacing one space, its quotation marks
 * straight.
 */
function shapeOf(text: string, sections: readonly SectionName[]): string {
  const locator = findLocator(text, 0, text.length, { sections });
  const marked = locator ? `${text.slice(0, locator.start)}${locator.section ? '\u0002' : '\u0001'}${text.slice(locator.end)}` : text;
  // Straight or curly, the marks are the same style.
  return marked.replace(/\d+/g, '#').replace(/[\s~\u00a0]+/g, ' ').replace(/[“”]/g, '"').replace(/[‘’]/g, "'").trim();
}

/** What the engine writes for the work in every style and form, in one kind of file: citations and notes, of a paragraph, a section and the whole work. */
function engineShapes(work: Work, sections: readonly SectionName[], target: TargetId): Shape[] {
  const building = shapesOf(work, sections, target);
  building.build(() => false);
  return building.shapes;
}

/**
 * Writes the engine's shapes for the work a little at a time, until
 * `enough()` says to stop for now: true once all are written. Done once
 * per work and kind of file; `citationManner` finishes what is left.
 */
export function prepareShapes(work: Work, sections: readonly SectionName[], target: TargetId, enough: () => boolean): boolean {
  return shapesOf(work, sections, target).build(enough);
}

function shapesOf(work: Work, sections: readonly SectionName[], target: TargetId): ShapeWriter {
  const byTarget = cache.get(work) ?? new Map<TargetId, ShapeWriter>();
  cache.set(work, byTarget);
  let writer = byTarget.get(target);
  if (!writer) byTarget.set(target, (writer = new ShapeWriter(work, sections, target)));
  return writer;
}

/** The engine's citations of the work, style by style, form by form and passage by passage, resumable between any two. */
class ShapeWriter {
  readonly shapes: Shape[] = [];
  private readonly requests: { numbers: ParagraphNumbers; style: StyleId; form: CiteOptions['form']; passage: Passage | undefined }[] = [];
  private next = 0;

  constructor(private readonly work: Work, private readonly sections: readonly SectionName[], private readonly target: TargetId) {
    const passages: (Passage | undefined)[] = [{ locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' }, { locator: { kind: 'paragraphs', first: 4, last: 5 }, text: '' }, undefined];
    const section = work.sections.find((s) => s.heading !== undefined && s.paragraphs.length > 0);
    if (section) passages.push({ locator: { kind: 'section', sectionId: section.id, heading: section.label }, text: '' });
    // Each style's own rule first, so that a document in a style that counts anyway needs no setting.
    for (const numbers of ['style', 'always'] as const) {
      for (const style of STYLE_IDS) for (const form of ['parenthetical', 'narrative'] as const) for (const passage of passages) this.requests.push({ numbers, style, form, passage });
    }
  }

  build(enough: () => boolean): boolean {
    const { work, target, sections, shapes } = this;
    for (; this.next < this.requests.length; this.next++) {
      if (this.next > 0 && this.next % 8 === 0 && enough()) return false;
      const { numbers, style, form, passage } = this.requests[this.next];
      try {
        const request = { kind: 'citation' as const, ...(passage ? { passage } : {}) };
        const first = compose(work, request, options(style, form, 'formatted', undefined, numbers), target, '', [{ start: 0, end: 0 }]);
        const written = first.inserts[0] + (first.append?.text ?? '');
        // A second citation of a note style is a short note.
        const second = compose(work, request, options(style, form, 'formatted', undefined, numbers), target, written, [{ start: written.length, end: written.length }]);
        for (const text of [first.inserts[0], first.append?.text, second.inserts[0], second.append?.text]) {
          for (const part of (text ?? '').split('\n')) if (part.trim() !== '') shapes.push({ style, numbers, target, text: shapeOf(part, sections) });
        }
      } catch {
        // A style that cannot write this form has no shape to recognise.
      }
    }
    return true;
  }
}

/**
 * The shapes matched before, by the engine's shapes they were matched
 * against (one list per work and kind of file) and their own text:
 * citations of one document differ mostly in their numbers, which a shape
 * does not keep.
 */
const matched = new WeakMap<readonly Shape[], Map<string, Shape | null>>();

/** The engine output (style, and whether paragraphs are counted) `written` (a citation, or a note's text) is, or a part of, in this kind of file. */
function shapeMatching(written: string, target: TargetId, shapes: readonly Shape[], sections: readonly SectionName[]): Shape | undefined {
  const shape = shapeOf(written, sections);
  if (shape.length < 4) return undefined;
  let known = matched.get(shapes);
  if (!known || known.size > READ_KEPT) matched.set(shapes, (known = new Map()));
  let found = known.get(shape);
  if (found === undefined) {
    // A narrative citation begins at the name, inside the title's quotation marks; a numbered one leaves out its superscript tags.
    found = shapes.find((s) => s.target === target && s.text === shape) ?? shapes.find((s) => s.target === target && s.text.includes(shape) && shape.length >= 8) ?? null;
    known.set(shape, found);
  }
  return found ?? undefined;
}

const KEY_CITATION = /^(?:\[?-?@\{?([^\s,;\]}[]+)|\\[A-Za-z]*cite[A-Za-z]*\*?(?:\[[^\]]*\]){0,2}\{([^},]+)|#cite\(<([^<>\s]+)>|\[cite(?:\/[\w/-]*)?:[^@\]]*@([^\s,;\]]+))/;

/**
 * Each citation's manner as read before, by work, file kind and the
 * citation's words (and its note's): a document is checked again at every
 * keystroke, with the same citations but one.
 */
const read = new WeakMap<Work, Map<TargetId, Map<string, CitationManner | null>>>();
const READ_KEPT = 10_000;

function mannersRead(work: Work, target: TargetId): Map<string, CitationManner | null> {
  let byTarget = read.get(work);
  if (!byTarget) read.set(work, (byTarget = new Map()));
  let known = byTarget.get(target);
  if (!known || known.size > READ_KEPT) byTarget.set(target, (known = new Map()));
  return known;
}

/** The manner of one citation: its key, or the style whose output its words (or its note's) are. */
function mannerOf(written: string, shaped: string, work: Work, sections: readonly SectionName[], target: TargetId): CitationManner | undefined {
  const keyed = KEY_CITATION.exec(written);
  if (keyed) return { output: 'citationKeys', key: (keyed[1] ?? keyed[2] ?? keyed[3] ?? keyed[4]).trim(), ...(/^\\footcite/.test(written) ? { style: 'chicago-notes' as const } : {}) };
  const found = shapeMatching(shaped, target, engineShapes(work, sections, target), sections);
  return found && { output: 'formatted', style: found.style, ...(found.numbers === 'always' ? { paragraphNumbers: 'always' as const } : {}) };
}

/**
 * The document's manner of citing the work, from its citations of it (the
 * most frequent manner wins), or undefined when it has none.
 */
export function citationManner(
  text: string, citations: readonly ResolvedCitation[], language: DocumentLanguage, work: Work, sections: readonly SectionName[],
): CitationManner | undefined {
  // Each way the checker reads a document is also a way citations are shaped: the table of document kinds names both alike.
  const target: TargetId = language;
  const votes = new Map<string, { manner: CitationManner; count: number }>();
  const vote = (manner: CitationManner): void => {
    const id = `${manner.output}\u0000${manner.style ?? ''}\u0000${manner.key ?? ''}\u0000${manner.paragraphNumbers ?? ''}`;
    const entry = votes.get(id) ?? { manner, count: 0 };
    entry.count++;
    votes.set(id, entry);
  };
  const known = mannersRead(work, target);
  for (const c of citations) {
    if (c.target !== 'work') continue;
    const written = text.slice(c.start, c.end);
    const read = c.note ? `${written}\u0000${text.slice(c.note.start, c.note.end).trim()}` : written;
    let manner = known.get(read);
    if (manner === undefined) {
      manner = mannerOf(written, c.note ? text.slice(c.note.start, c.note.end).trim() : written, work, sections, target) ?? null;
      known.set(detached(read), manner);
    }
    if (manner) vote(manner);
  }
  let best: { manner: CitationManner; count: number } | undefined;
  for (const entry of votes.values()) if (!best || entry.count > best.count) best = entry;
  return best?.manner;
}

/**
 * The edits that cite `passage` right after an uncited quotation ending at
 * `at`, in `manner` (the document's) or, with none, in keys for Markdown and
 * LaTeX and in APA in plain text; a note style's note is appended.
 */
export function citationEdits(work: Work, passage: Passage, language: DocumentLanguage, manner: CitationManner | undefined, text: string, at: number): TextEdit[] {
  return new CitationWriter(work, language, manner, text).edits(passage, at);
}

/**
 * Writes the citations of one check's uncited quotations. The engine reads
 * the whole document only where the citation depends on it (a note's number,
 * whether the full note is written, a numbered style's number), and a passage
 * cited twice is composed once: a document of ten thousand uncited quotations
 * is not read ten thousand times.
 */
export class CitationWriter {
  /** Citations composed in this check (a style that reads the document), or in any check (one that does not), by passage. */
  private readonly written: Map<string, { inline: string; append?: string }>;
  private readonly cite: CiteOptions;
  private readonly target: TargetId;
  private readonly joiner: string;
  private readonly reads: boolean;

  constructor(private readonly work: Work, language: DocumentLanguage, manner: CitationManner | undefined, private readonly text: string) {
    this.target = language;
    const { output, keys, cite } = writing(language, manner);
    this.cite = cite;
    // As in an inserted quotation: a note or a superscript number follows the closing mark directly.
    this.joiner = this.cite.style.notes || (this.cite.style.attached && !keys) ? '' : ' ';
    this.reads = reads(keys, cite);
    // What a style writes without reading the document is the same at every check: kept for the next, by work and manner.
    this.written = this.reads ? new Map() : composedFor(work, `${this.target}\u0000${output}\u0000${manner?.style ?? ''}\u0000${manner?.key ?? ''}\u0000${manner?.paragraphNumbers ?? ''}`);
  }

  edits(passage: Passage, at: number): TextEdit[] {
    const l = passage.locator;
    const id = l.kind === 'paragraphs' ? `${l.first}-${l.last}` : l.sectionId;
    let citation = this.written.get(id);
    if (!citation) {
      const document = this.reads ? this.text : '';
      const point = this.reads ? at : 0;
      const { inserts, append } = compose(this.work, { kind: 'citation', passage }, this.cite, this.target, document, [{ start: point, end: point }]);
      citation = { inline: inserts[0], ...(append ? { append: append.text } : {}) };
      this.written.set(id, citation);
    }
    const edits: TextEdit[] = [{ range: { start: at, end: at }, newText: this.joiner + citation.inline }];
    if (citation.append !== undefined) edits.push({ range: { start: this.text.length, end: this.text.length }, newText: citation.append });
    return edits;
  }
}

function writing(language: DocumentLanguage, manner: CitationManner | undefined): { output: 'formatted' | 'citationKeys'; keys: boolean; cite: CiteOptions } {
  const output = manner?.output ?? (kindCheckedAs(language).citations.keys === undefined ? 'formatted' : 'citationKeys');
  const cite = options(manner?.style ?? 'apa', 'parenthetical', output, manner?.key, manner?.paragraphNumbers);
  return { output, keys: output === 'citationKeys' && kindCheckedAs(language).citations.keys !== undefined, cite };
}

/**
 * Whether an uncited quotation's citation, written in `manner`, depends on
 * the rest of the document: a note's number, whether the note is the
 * first of the work, a numbered style's number.
 */
export function readsDocument(language: DocumentLanguage, manner: CitationManner | undefined): boolean {
  const { keys, cite } = writing(language, manner);
  return reads(keys, cite);
}

function reads(keys: boolean, cite: CiteOptions): boolean {
  return !keys && (cite.style.notes !== undefined || cite.style.attached === true);
}

const composed = new WeakMap<Work, Map<string, Map<string, { inline: string; append?: string }>>>();
const COMPOSED_KEPT = 64;

/** The citations of `work` composed in one manner, by passage: a few manners per work at most, kept while the work is. */
function composedFor(work: Work, manner: string): Map<string, { inline: string; append?: string }> {
  let byManner = composed.get(work);
  if (!byManner) composed.set(work, (byManner = new Map()));
  let written = byManner.get(manner);
  if (!written) {
    if (byManner.size >= COMPOSED_KEPT) byManner.clear();
    byManner.set(manner, (written = new Map()));
  }
  return written;
}
