/**
 * The literature note: every highlight as a quotation with its citation in
 * the chosen style, its note and replies below, grouped by text and section,
 * written in the kind of file it goes into. The citation engine writes each
 * quotation, as Insert Quotation would, into the note as it grows, so note
 * styles number their notes in order.
 */
import { compose, render, type CiteOptions, type TargetId } from '../cite';
import type { ShapingId } from '../kinds';
import { ENGLISH, type Messages } from '../messages';
import type { Work } from '../model';
import { filterNotes, notesBySection, type NotesFilter } from './filter';
import { colourName, type Colour } from './model';
import type { PlacedNote } from './anchor';
import { atOnce, type Steps } from './slices';

/** How each kind of file writes a heading (level 1 or 2) and sets a paragraph apart. */
const HEADINGS: Readonly<Record<ShapingId, (text: string, level: 1 | 2) => string>> = {
  markdown: (t, l) => `${'#'.repeat(l)} ${t}`,
  mdx: (t, l) => `${'#'.repeat(l)} ${t}`,
  latex: (t, l) => `\\${l === 1 ? 'section' : 'subsection'}*{${t}}`,
  typst: (t, l) => `${'='.repeat(l)} ${t}`,
  org: (t, l) => `${'*'.repeat(l)} ${t}`,
  html: (t, l) => `<h${l}>${t}</h${l}>`,
  asciidoc: (t, l) => `${'='.repeat(l + 1)} ${t}`,
  restructuredtext: (t, l) => `${t}\n${(l === 1 ? '=' : '-').repeat(Math.max(3, [...t].length))}`,
  plaintext: (t, l) => (l === 1 ? t.toUpperCase() : t),
};

const PARAGRAPH: Readonly<Partial<Record<ShapingId, (text: string) => string>>> = {
  html: (t) => `<p>${t}</p>`,
};

export interface ExportOptions {
  /** The citation options for quotations from `work`. */
  readonly cite: (work: Work) => CiteOptions;
  readonly target: TargetId;
  /** The writer's names for the colours; `words.colourNames` for those unnamed. */
  readonly colourNames?: Partial<Record<Colour, string>>;
  readonly filter?: NotesFilter;
  /** The literature note's title; `words.exportTitle` ("Notes") when absent. */
  readonly title?: string;
  /** The catalogue of the literature note's own words (its title, colours, untitled introduction, unplaced notes): the interface's language; English when absent. */
  readonly words?: Messages;
}

/** The literature note of `notes`, as placed on the texts `workOf` finds. */
export function exportNotes(notes: readonly PlacedNote[], workOf: (key: string) => Work | undefined, options: ExportOptions): string {
  return atOnce(exportingNotes(notes, workOf, options));
}

/** As `exportNotes`, in steps of one note. */
export function* exportingNotes(notes: readonly PlacedNote[], workOf: (key: string) => Work | undefined, options: ExportOptions): Steps<string> {
  const { target } = options;
  const { notes: words, reader } = options.words ?? ENGLISH;
  const heading = HEADINGS[target];
  const paragraph = PARAGRAPH[target] ?? ((t: string) => t);
  const prose = (text: string) => paragraph(render([text], target));
  let document = `${heading(render([options.title ?? words.exportTitle], target), 1)}\n`;
  const add = (block: string) => {
    document += `\n${block}\n`;
  };
  const chosen = filterNotes(notes, options.filter ?? {});
  const unplaced = chosen.filter((n) => !n.placement.placed);
  const byText = new Map<string, PlacedNote[]>();
  for (const placed of chosen) {
    if (!placed.placement.placed) continue;
    const list = byText.get(placed.note.text);
    if (list) list.push(placed);
    else byText.set(placed.note.text, [placed]);
  }
  for (const [key, placedNotes] of byText) {
    const work = workOf(key);
    if (!work) continue;
    // Once per text: the citation options.
    const cite = options.cite(work);
    // Only note styles and numbered styles read what is written before (to number); others compose alone, so the export stays linear.
    const readsBefore = cite.style.notes || cite.style.numbered;
    for (const { section, notes: here } of notesBySection(work, placedNotes)) {
      const name = section.heading ?? reader.introduction;
      add(heading(render([byText.size > 1 ? `${work.record.title}: ${name}` : name], target), 2));
      for (const { note, placement } of here) {
        if (!placement.placed) continue;
        const passage = { work: work.id, locator: { kind: 'paragraphs' as const, first: placement.paragraph, last: placement.paragraph }, text: note.quote };
        const before = readsBefore ? `${document}\n` : '';
        const point = { start: before.length, end: before.length };
        const composed = compose(work, { kind: 'quotation', passage }, cite, target, before, [point]);
        add(composed.inserts[0].replace(/^\n+|\n+$/g, ''));
        const label = note.colour ? `[${colourName(note.colour, { ...words.colourNames, ...options.colourNames })}] ` : '';
        if (label || note.note) add(prose(`${label}${note.note}`.trim()));
        for (const reply of note.replies) add(prose(`— ${reply}`));
        if (composed.append) document += composed.append.text.replace(/^\n*/, '\n');
        yield;
      }
    }
  }
  if (unplaced.length > 0) {
    add(heading(render([words.unplacedHeading], target), 2));
    for (const { note, placement } of unplaced) {
      add(prose(words.unplacedNote(note.quote, note.text, note.paragraph, placement.placed ? '' : words.unplaced(placement.reason))));
      if (note.note) add(prose(note.note));
      yield;
    }
  }
  return document;
}
