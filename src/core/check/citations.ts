/**
 * Recognises citations of the work in a block, in every form the supported
 * styles and markups produce: Pandoc keys ("[@key, para. 4]", "@key [para. 4]"),
 * LaTeX commands ("\parencite[para.~4]{key}", "\textcite", "\footcite"),
 * notes ("[^1]" with "[^1]: … para. 4.", "\footnote{…}", numbered "[1]"),
 * author-date and title parentheticals ("(Zhong, 2007, para. 4)",
 * "("Outstanding Results" par. 4)"), narrative forms ("Zhong (2007, para. 4)")
 * and bare locators ("(para. 4)") that complete an earlier citation.
 * Citations of other works are kept too: a quotation next to one is not the work's.
 */
import { Braces } from './braces';
import { findLocator, type FoundLocator } from './locator';
import { citesWork, type WorkNames } from './mentions';
import { noteDefinitions, noteReferences } from './notes';
import { outermostPairs, parentheticals, type Pair } from './parentheticals';
import { kindCitations } from './kindSyntax';
import type { DocumentLanguage } from './types';

/**
 * - `work`: cites the work;
 * - `other`: cites something else;
 * - `locator`: a bare locator, the work's when a citation of it comes just before;
 * - `note`: a note reference, the work's when the note cites it.
 */
export type CitationTarget = 'work' | 'other' | 'locator' | 'note';

/** Offsets are relative to the block. */
export interface FoundCitation {
  readonly start: number;
  readonly end: number;
  readonly target: CitationTarget;
  readonly locator?: FoundLocator;
  /** For a note reference: the note's label, "fn:1" or "num:1". */
  readonly note?: string;
}

/** A note's text: a footnote definition or a numbered reference-list entry. */
export interface FoundNote {
  readonly label: string;
  readonly start: number;
  readonly end: number;
  readonly citesWork: boolean;
  readonly locator?: FoundLocator;
}

export interface BlockCitations {
  readonly citations: FoundCitation[];
  readonly notes: FoundNote[];
}

/** `yearsLed`: see `parentheticals`. */
export function findCitations(text: string, language: DocumentLanguage, names: WorkNames, yearsLed?: string[]): BlockCitations {
  const citations: FoundCitation[] = [];
  const notes: FoundNote[] = [];
  const taken = scratchTaken(text.length);
  taken.fill(0, 0, text.length);
  const free = (start: number, end: number): boolean => {
    for (let i = start; i < end; i++) if (taken[i]) return false;
    return true;
  };
  const take = (start: number, end: number): void => {
    taken.fill(1, start, end);
  };
  const add = (citation: FoundCitation): void => {
    if (!free(citation.start, citation.end)) return;
    take(citation.start, citation.end);
    citations.push(citation);
  };

  // Markdown's notes, "[^1]": Typst and Org write theirs otherwise, and LaTeX has \footnote.
  const footnotes = language === 'markdown' || language === 'mdx' || language === 'plaintext';
  if (!mayCiteByMark(text, language)) {
    titlesInProse(text, names, add);
    return { citations, notes };
  }
  noteDefinitions(text, names, notes, take, footnotes);
  const brackets = outermostPairs(text, '[', ']');
  if (language === 'latex') latexCitations(text, names, add);
  else if (!kindCitations(text, language, names, add, notes, take)) pandocCitations(text, brackets, names, add, free);
  noteReferences(text, add, free, footnotes, names);
  parentheticals(text, language, brackets, names, add, free, yearsLed);
  titlesInProse(text, names, add);
  if (citations.length > 1) citations.sort((a, b) => a.start - b.start);
  return { citations, notes };
}

const CITATION_MARK = /[[(（@\\]/;

/**
 * False when `text` can hold no citation but a title in prose (see
 * `titlesInProse`): most blocks are prose, and in Markdown, plain text and
 * LaTeX every other citation has a bracket, a parenthesis (full width in
 * Chinese), "@" or a command.
 */
export function mayCiteByMark(text: string, language: DocumentLanguage): boolean {
  return !(language === 'markdown' || language === 'mdx' || language === 'plaintext' || language === 'latex') || CITATION_MARK.test(text);
}

/** The citations of a block `mayCiteByMark` says holds none but a title in prose. */
export function titleCitations(text: string, names: WorkNames): BlockCitations {
  if (!mayHoldTitle(text, names)) return NO_CITATIONS;
  const citations: FoundCitation[] = [];
  titlesInProse(text, names, (citation) => citations.push(citation));
  return { citations, notes: [] };
}

const NO_CITATIONS: BlockCitations = { citations: [], notes: [] };

/** Which characters a citation already holds: one array, cleared and reused, as allocating one per block costs more than the search. */
let takenBuffer = new Uint8Array(4096);

function scratchTaken(size: number): Uint8Array {
  if (takenBuffer.length < size) takenBuffer = new Uint8Array(Math.max(size, takenBuffer.length * 2));
  return takenBuffer;
}

export type Add = (citation: FoundCitation) => void;
export type Free = (start: number, end: number) => boolean;

/*
 * Every repetition is bounded or stops at the next opening mark, so that a
 * block of unclosed "\parencite[" or "\footnote[" is read once, not once per command.
 */
const LATEX_CITE = /\\([A-Za-z]{0,20}cite[A-Za-z]{0,20})(\*?)((?:\s{0,20}\[[^[\]\n]{0,300}\]){0,2})\s{0,20}\{([^{}]{0,1000})\}/g;
const FOOTNOTE = /\\footnote(?:text)?(?:\[[^[\]\n]{0,100}\])?\s{0,20}\{/g;

function latexCitations(text: string, names: WorkNames, add: Add): void {
  LATEX_CITE.lastIndex = 0;
  for (let m = LATEX_CITE.exec(text); m !== null; m = LATEX_CITE.exec(text)) {
    const keys = m[4].split(',').map((k) => k.trim());
    const ours = keys.some((k) => names.keys.has(k));
    const optionsStart = m.index + 1 + m[1].length + m[2].length;
    const options = m[3];
    // With one optional argument it is the postnote; with two, the second is.
    const last = options.lastIndexOf('[');
    // Inside its brackets: a bare page ends the argument ("[23]").
    const locator = ours && last >= 0 ? findLocator(text, optionsStart + last + 1, optionsStart + options.length - 1, names, true) : undefined;
    add({ start: m.index, end: m.index + m[0].length, target: ours ? 'work' : 'other', locator });
  }
  FOOTNOTE.lastIndex = 0;
  const braces = new Braces(text);
  for (let m = FOOTNOTE.exec(text); m !== null; m = FOOTNOTE.exec(text)) {
    const open = m.index + m[0].length - 1;
    const close = braces.closing(open);
    if (close < 0) continue;
    const body = text.slice(open + 1, close);
    if (!/\\[A-Za-z]*cite/.test(body) && citesWork(names, body)) {
      add({ start: m.index, end: close + 1, target: 'work', locator: findLocator(text, open + 1, close, names, true) });
    }
  }
}

const KEY_CHARS = String.raw`[\p{L}\p{N}_](?:[\p{L}\p{N}_]|[:.#$%&+?<>~\/-](?=[\p{L}\p{N}_]))*`;
const BRACKETED_KEY = new RegExp(String.raw`(?:^|[\s;,\[(-])-?@(?:\{([^{}\n]{1,200})\}|(${KEY_CHARS}))`, 'gu');
const NARRATIVE_KEY = new RegExp(String.raw`(?<![\p{L}\p{N}_@.\[;-])-?@(?:\{([^{}\n]{1,200})\}|(${KEY_CHARS}))`, 'gu');

function pandocCitations(text: string, brackets: readonly Pair[], names: WorkNames, add: Add, free: Free): void {
  for (const group of brackets) {
    const body = text.slice(group.start + 1, group.end - 1);
    if (!body.includes('@') || body.startsWith('^')) continue;
    let ours: number | undefined;
    let any = false;
    BRACKETED_KEY.lastIndex = 0;
    for (let m = BRACKETED_KEY.exec(body); m !== null; m = BRACKETED_KEY.exec(body)) {
      any = true;
      if (ours === undefined && names.keys.has(m[1] ?? m[2])) ours = m.index + m[0].length;
    }
    if (!any) continue;
    if (ours === undefined) {
      add({ start: group.start, end: group.end, target: 'other' });
      continue;
    }
    // The locator belongs to the key's own item, up to the next ";".
    const itemEnd = body.indexOf(';', ours);
    const from = group.start + 1 + ours;
    const to = itemEnd < 0 ? group.end - 1 : group.start + 1 + itemEnd;
    add({ start: group.start, end: group.end, target: 'work', locator: findLocator(text, from, to, names, true) });
  }
  NARRATIVE_KEY.lastIndex = 0;
  for (let m = NARRATIVE_KEY.exec(text); m !== null; m = NARRATIVE_KEY.exec(text)) {
    if (!free(m.index, m.index + m[0].length)) continue;
    const ours = names.keys.has(m[1] ?? m[2]);
    let end = m.index + m[0].length;
    let locator: FoundLocator | undefined;
    // "@key [para. 4]": the locator in brackets right after.
    const after = /^[ \t]?\[([^[\]\n]{0,200})\]/.exec(text.slice(end, end + 210));
    if (after && ours) {
      locator = findLocator(text, end + after[0].indexOf('[') + 1, end + after[0].length - 1, names, true);
      end += after[0].length;
    }
    add({ start: m.index, end, target: ours ? 'work' : 'other', locator });
  }
}

/** False when `text` lacks the letters every mention of the title holds. */
function mayHoldTitle(text: string, names: WorkNames): boolean {
  const hints = names.titleHints;
  for (let i = 0; i < hints.length; i++) if (text.includes(hints[i])) return true;
  return hints.length === 0;
}

const TITLE_OPENING = /(?:[“"‘'«]|``|\\enquote\*?\{|\\textit\{|\\emph\{|\*)$/;
const TITLE_CLOSING = /^[,.]?(?:[”"’'»}*]|'')/;

/**
 * The work's title in quotation marks in the writer's prose ("“The
 * Outstanding Results of CPC's International Relations” argues that …"):
 * MLA names the work there, and a quotation needing no pinpoint is cited by it.
 */
function titlesInProse(text: string, names: WorkNames, add: Add): void {
  if (!mayHoldTitle(text, names)) return;
  names.titles.lastIndex = 0;
  for (let m = names.titles.exec(text); m !== null; m = names.titles.exec(text)) {
    const open = TITLE_OPENING.exec(text.slice(Math.max(0, m.index - 10), m.index));
    const close = TITLE_CLOSING.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 3));
    if (!open || !close) continue;
    add({ start: m.index - open[0].length, end: m.index + m[0].length + close[0].length, target: 'work' });
  }
}
