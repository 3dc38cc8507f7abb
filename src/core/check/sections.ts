/**
 * Section locators as the citation styles write them: APA and Harvard
 * “Heading” section, MLA and GB/T 7714 sec. “Heading”, Chicago under
 * “Heading”, a Pandoc key's sec. Heading, LaTeX's \enquote{Heading}, and the
 * untitled opening as Introduction. A heading is recognised by its words,
 * whatever its quotation marks, apostrophes, spacing and case, so a section
 * cited with another section's heading reads as that other section.
 */
import type { Work } from '../model';

export interface SectionName {
  readonly id: string;
  /** The heading as the work gives it, or "Introduction". */
  readonly label: string;
  readonly first: number;
  readonly last: number;
  /** Finds the heading's words (global: reset `lastIndex`). */
  readonly pattern: RegExp;
  /**
   * The heading's first run of letters and digits, in lower case, which
   * every match of `pattern` holds as a run of its own; undefined when the
   * heading has none or is not plain ASCII (case folding may then differ).
   */
  readonly hint?: string;
}

/** Where a section locator was found: the whole locator, and the heading's words inside it. */
export interface FoundSection {
  readonly start: number;
  readonly end: number;
  readonly headingStart: number;
  readonly headingEnd: number;
  readonly section: SectionName;
}

const APOSTROPHE = String.raw`(?:['’ʼ]|\\textquoteright(?:\{\})?)`;
const SPACE = String.raw`(?:\s|~|\\ ){1,20}`;

function headingPattern(heading: string): RegExp {
  const words = heading.trim().split(/\s+/).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/['’ʼ]/g, APOSTROPHE));
  return new RegExp(String.raw`(?<![\p{L}\p{N}])${words.join(SPACE)}(?![\p{L}\p{N}])`, 'giu');
}

/** The untitled opening, as the styles name it: "Introduction section", MLA's "introd.". */
const INTRODUCTION = /(?<![\p{L}\p{N}])(?:introduction(?![\p{L}\p{N}])|introd\.)/giu;

const named = new WeakMap<Work, SectionName[]>();

/**
 * The work's sections that hold paragraphs, once per work. A heading's
 * pattern is compiled when a locator first needs it: a book of thousands of
 * sections is cited at a few.
 */
export function sectionNames(work: Work): SectionName[] {
  let names = named.get(work);
  if (!names) named.set(work, (names = work.sections.filter((s) => s.paragraphs.length > 0).map((s) => new NamedSection(s))));
  return names;
}

class NamedSection implements SectionName {
  readonly id: string;
  readonly label: string;
  readonly first: number;
  readonly last: number;
  readonly hint?: string;
  private compiled: RegExp | undefined;
  private readonly heading: string | undefined;

  constructor(section: Work['sections'][number]) {
    this.id = section.id;
    this.label = section.label;
    this.first = section.paragraphs[0].number;
    this.last = section.paragraphs[section.paragraphs.length - 1].number;
    this.heading = section.heading;
    const run = section.heading !== undefined && !/[^ -~]/.test(section.heading) ? /[A-Za-z0-9]+/.exec(section.heading) : null;
    if (run) this.hint = run[0].toLowerCase();
  }

  get pattern(): RegExp {
    return (this.compiled ??= this.heading === undefined ? INTRODUCTION : headingPattern(this.heading));
  }
}

/** Sections whose heading may be in `slice`, in their order: a book of hundreds of sections is not tried heading by heading. */
function candidates(slice: string, sections: readonly SectionName[]): readonly SectionName[] {
  if (sections.length <= FEW_SECTIONS) return sections;
  const { byHint, always } = hintsOf(sections);
  const found = new Set<number>(always);
  for (const run of slice.toLowerCase().match(/[a-z0-9]+/g) ?? []) for (const i of byHint.get(run) ?? []) found.add(i);
  return [...found].sort((a, b) => a - b).map((i) => sections[i]);
}

/** The sections' places by hint, and those of sections without one (always tried): once per list of sections. */
const hinted = new WeakMap<readonly SectionName[], { byHint: Map<string, number[]>; always: number[] }>();

function hintsOf(sections: readonly SectionName[]): { byHint: Map<string, number[]>; always: number[] } {
  let known = hinted.get(sections);
  if (!known) {
    known = { byHint: new Map(), always: [] };
    sections.forEach((s, i) => {
      if (s.hint === undefined) (known as { always: number[] }).always.push(i);
      else {
        const list = known?.byHint.get(s.hint);
        if (list) list.push(i);
        else known?.byHint.set(s.hint, [i]);
      }
    });
    hinted.set(sections, known);
  }
  return known;
}

/** Up to this many sections, each heading is looked for in turn. */
const FEW_SECTIONS = 16;

const OPENING = /(?:“|"|‘|'|``|`|\\enquote\*?\{|\\textquote\*?\{)$/;
const KEYWORD = /(?<![\p{L}\p{N}])(?:sec\.|sect\.|section|under|§)(?:\s|~|\\ |\u00a0){0,5}$/iu;
const CLOSING = /^[.,;:]?(?:”|"|’|'|''|\})?[.,;:]?/;
const SECTION_AFTER = /^(?:\s|~|\\ |\u00a0){1,5}section(?![\p{L}\p{N}])/iu;

/**
 * The first section locator in `text[from, to)`: a heading in quotation
 * marks (or after "sec."), with its keyword and marks. A heading standing
 * alone (a sentence that mentions it) is not a locator.
 */
export function findSection(text: string, from: number, to: number, sections: readonly SectionName[]): FoundSection | undefined {
  // No heading in an empty stretch; and with no sections to look for, a probe is told where they would be.
  if (from >= to) return undefined;
  if (sections.length === 0) {
    probe?.(text, from, to);
    return undefined;
  }
  const slice = text.slice(from, to);
  let best: FoundSection | undefined;
  for (const section of candidates(slice, sections)) {
    section.pattern.lastIndex = 0;
    for (let m = section.pattern.exec(slice); m !== null; m = section.pattern.exec(slice)) {
      if (best && from + m.index >= best.start) break;
      const before = slice.slice(Math.max(0, m.index - 40), m.index);
      const open = OPENING.exec(before);
      const head = open ? before.slice(0, before.length - open[0].length) : before;
      const keyword = KEYWORD.exec(head);
      const close = CLOSING.exec(slice.slice(m.index + m[0].length, m.index + m[0].length + 6))?.[0] ?? '';
      const afterClose = m.index + m[0].length + close.length;
      const trailing = SECTION_AFTER.exec(slice.slice(afterClose, afterClose + 20));
      // "sec. Heading", "under “Heading”", "“Heading” section", "Introduction section", a locator's own place
      // after a comma, a bracket or a number: "…, introduction", "[introduction]", "[1]introduction".
      if (!keyword && !trailing && !/(?:^|[,[\]({][”’"'}]?)\s*$/.test(head)) continue;
      const start = keyword ? m.index - (open?.[0].length ?? 0) - keyword[0].length : m.index - (open?.[0].length ?? 0);
      const end = trailing ? afterClose + trailing[0].length : afterClose;
      best = { start: from + start, end: from + end, headingStart: from + m.index, headingEnd: from + m.index + m[0].length, section };
      break;
    }
  }
  return best;
}

let probe: ((text: string, from: number, to: number) => void) | undefined;

/**
 * Runs `read`, telling `looked` of each stretch where a section was looked
 * for among none: where another text's sections would be looked for.
 */
export function probingSections<T>(looked: (text: string, from: number, to: number) => void, read: () => T): T {
  probe = looked;
  try {
    return read();
  } finally {
    probe = undefined;
  }
}

/** The label of `section` written in the manner of `written` (the heading as the writer typed it): LaTeX apostrophes stay LaTeX. */
export function rewriteHeading(written: string, section: SectionName, latex: boolean): string {
  let label = section.label;
  if (latex || (written.includes("'") && !written.includes('’'))) label = label.replace(/’/g, "'");
  else if (written.includes('’')) label = label.replace(/'/g, '’');
  // Keep the writer's capital: "introduction" in a note stays lower case.
  if (written[0] && written[0] === written[0].toLowerCase() && written[0] !== written[0].toUpperCase()) label = label[0].toLowerCase() + label.slice(1);
  return label;
}
