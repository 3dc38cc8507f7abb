/**
 * Paragraph locators as writers and citation styles spell them: "para. 4",
 * "paras. 4–5", "par. 4" (MLA), "¶ 4", "paragraph 4", "para.~4" and
 * "paras.~4--5" (LaTeX), "para.4". In a text that marks its printed pages,
 * page locators too: "p. 23", "pp. 23–24", "page 23", "p.~23", and the bare
 * numbers of MLA, Chicago and GB/T 7714 ("(Xi 23)", "(Xi 2017, 23)", a
 * note's "…, 23."). Reads them, and rewrites one in the same spelling with
 * other numbers.
 */
import { findSection, type FoundSection, type SectionName } from './sections';
import type { ParagraphSpan, WrittenLocator } from './types';

export interface FoundLocator {
  /** Relative to the text it was found in. */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The paragraphs it cites: for pages, every paragraph on them (none for pages the text does not have). */
  readonly paragraphs: readonly ParagraphSpan[];
  /** For a page locator: the pages as written. */
  readonly pages?: readonly ParagraphSpan[];
  /** For a section locator: the section, and where its heading's words are. */
  readonly section?: FoundSection;
}

/** What a text gives to read its locators: its sections, and its pages where it marks them. */
export interface LocatorNames {
  readonly sections?: readonly SectionName[];
  readonly pages?: PageNames;
}

/** A paged text's pages, paragraph by paragraph. */
export interface PageNames {
  /** Any text's pages (see `ANY_PAGES`). */
  readonly any?: true;
  /** Its first and last page. */
  readonly first: number;
  readonly last: number;
  /** The paragraphs on any of the pages `span`; undefined when the text has none of them. */
  paragraphsOn(span: ParagraphSpan): ParagraphSpan | undefined;
  /** The pages the paragraphs `span` fall on. */
  pagesOf(span: ParagraphSpan): ParagraphSpan;
}

/**
 * The pages of whatever text a block turns out to cite, for a block read
 * once for every text it does not name: "p. 23" and GB/T 7714's "[1]23" are
 * read as pages of no paragraph, and each text finds its paragraphs on them
 * as it resolves its citations (see `onPages`). A bare number is read only
 * where the text is named: "(1)" may be a list's.
 */
export const ANY_PAGES: PageNames = { any: true, first: 1, last: 0, paragraphsOn: () => undefined, pagesOf: (span) => span };

/**
 * `locator` as a locator of the text whose pages are `pages`: a page
 * locator cites the paragraphs on its pages, and none in a text that marks
 * no pages (undefined).
 */
export function onPages(locator: FoundLocator | undefined, pages: PageNames | undefined): FoundLocator | undefined {
  if (!locator?.pages) return locator;
  if (!pages) return undefined;
  return { ...locator, paragraphs: paragraphsOnPages(locator.pages, pages) };
}

/** The paragraphs on the pages `spans`; none when the text lacks any of those pages (the report then says which pages it has). */
function paragraphsOnPages(spans: readonly ParagraphSpan[], pages: PageNames): ParagraphSpan[] {
  const paragraphs: ParagraphSpan[] = [];
  for (const span of spans) {
    const on = pages.paragraphsOn(span);
    if (!on) return [];
    paragraphs.push(on);
  }
  return paragraphs;
}

/** The pages of a text whose paragraphs (in order, numbered from 1) give theirs, or undefined when it marks none. */
export function pageNames(pages: readonly (ParagraphSpan | undefined)[]): PageNames | undefined {
  if (pages.length === 0 || pages.some((p) => p === undefined)) return undefined;
  const spans = pages as readonly ParagraphSpan[];
  const firstAfter = (test: (i: number) => boolean): number => {
    let a = 0;
    let b = spans.length;
    while (a < b) {
      const mid = (a + b) >>> 1;
      if (test(mid)) b = mid;
      else a = mid + 1;
    }
    return a;
  };
  return {
    first: spans[0].first,
    last: spans[spans.length - 1].last,
    // Pages go up paragraph by paragraph (the parser holds them to it): the first paragraph ending on or after the span, the last beginning on or before it.
    paragraphsOn: (span) => {
      const from = firstAfter((i) => spans[i].last >= span.first);
      const to = firstAfter((i) => spans[i].first > span.last) - 1;
      return from <= to ? { first: from + 1, last: to + 1 } : undefined;
    },
    pagesOf: (span) => ({ first: spans[Math.max(0, span.first - 1)].first, last: spans[Math.min(spans.length, span.last) - 1].last }),
  };
}

const NUMBER_RANGE = String.raw`\d{1,4}(?:\s*(?:-{1,3}|[–—]|to)\s*\d{1,4})?`;
// "\s" holds the no-break spaces: naming them again would let a run of them backtrack exponentially.
const SEPARATOR = String.raw`(?:\s|~|\\[ ,]){0,20}`;
const WORD = String.raw`paragraphs?|paras?\.?|pars?\.|¶¶?`;
const LOCATOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${WORD})(${SEPARATOR})(${NUMBER_RANGE}(?:\s*(?:,|&|\band\b)\s*${NUMBER_RANGE})*)`,
  'giu',
);
const WHOLE = new RegExp(String.raw`^(${WORD})(${SEPARATOR})(.*)$`, 'isu');

/**
 * The first locator in `text[from, to)`, with offsets into `text`: a
 * paragraph locator, a page locator in a text that marks pages, or, given
 * the work's sections, a section locator. `bare`: the span is a citation's
 * own (its parentheses, its note, its postnote), where a paged text's page
 * may be a bare number at its end ("(Xi 2017, 23)").
 */
export function findLocator(text: string, from = 0, to = text.length, names?: LocatorNames, bare = false): FoundLocator | undefined {
  const paragraph = findParagraphs(text, from, to) ?? (names?.pages && findPages(text, from, to, names.pages, bare));
  const sections = names?.sections;
  const section = sections && findSection(text, from, paragraph ? paragraph.start : to, sections);
  if (!section) return paragraph || undefined;
  return {
    start: section.start,
    end: section.end,
    text: text.slice(section.start, section.end),
    paragraphs: [{ first: section.section.first, last: section.section.last }],
    section,
  };
}

/** Chinese counts a paragraph or a page "第 4 段", "第 4–5 段", "第 23 页". */
const CHINESE = /第[ \t\u00a0]{0,3}(\d{1,4}(?:[ \t]{0,3}(?:-{1,3}|[–—至到])[ \t]{0,3}\d{1,4})?)[ \t\u00a0]{0,3}(段|页)/g;

/** The first "第 N 段" (`unit` 段) or "第 N 页" (页) in `slice`. */
function chinese(slice: string, unit: '段' | '页'): RegExpExecArray | undefined {
  CHINESE.lastIndex = 0;
  for (let m = CHINESE.exec(slice); m !== null; m = CHINESE.exec(slice)) if (m[2] === unit) return m;
  return undefined;
}

function findParagraphs(text: string, from: number, to: number): FoundLocator | undefined {
  LOCATOR.lastIndex = 0;
  const slice = text.slice(from, to);
  const m = LOCATOR.exec(slice);
  const zh = slice.includes('第') ? chinese(slice, '段') : undefined;
  // Whichever comes first, the English word or the Chinese count.
  if (zh && (!m || zh.index < m.index)) {
    const paragraphs = readNumbers(zh[1]);
    return paragraphs.length === 0 ? undefined : { start: from + zh.index, end: from + zh.index + zh[0].length, text: zh[0], paragraphs };
  }
  if (!m) return undefined;
  const paragraphs = readNumbers(m[3]);
  if (paragraphs.length === 0) return undefined;
  return { start: from + m.index, end: from + m.index + m[0].length, text: m[0], paragraphs };
}

const PAGE_WORD = String.raw`pages?|pp?\.|pgs?\.`;
const PAGE_LOCATOR = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(${PAGE_WORD})(${SEPARATOR})(${NUMBER_RANGE}(?:\s*(?:,|&|\band\b)\s*${NUMBER_RANGE})*)`,
  'giu',
);
const PAGE_WHOLE = new RegExp(String.raw`^(${PAGE_WORD})(${SEPARATOR})(.*)$`, 'isu');
/**
 * A number or a range of numbers ending the span, after its start, a comma
 * (",” 23." in a note, ",} 23" in LaTeX) or a name ("(Xi 23)", "(“Outstanding Results” 23)"):
 * "[@xi2017, 23–24]", "…, 2017), 23.", but not "see chapter 3."
 */
const BARE_PAGES = /(?:^|[,，][”"’}]?|(?<=\p{Lu}[\p{L}\p{M}'’.-]{0,40}[”"’}]?)\s)\s{0,20}(\d{1,4}(?:\s{0,20}(?:-{1,3}|[–—])\s{0,20}\d{1,4})?)[\s.]{0,20}$/u;
/** Four digits that read as a year: "(Xi 2017)" gives the year, not page 2017. */
const YEAR_LIKE = /^(1[5-9]\d\d|20\d\d)$/;

function findPages(text: string, from: number, to: number, pages: PageNames, bare: boolean): FoundLocator | undefined {
  PAGE_LOCATOR.lastIndex = 0;
  const slice = text.slice(from, to);
  const m = PAGE_LOCATOR.exec(slice);
  const zh = slice.includes('第') ? chinese(slice, '页') : undefined;
  if (zh && (!m || zh.index < m.index)) return pageLocator(from + zh.index, zh[0], readNumbers(zh[1]), pages);
  if (m) return pageLocator(from + m.index, m[0], readNumbers(m[3]), pages);
  if (!bare || pages.any) return undefined;
  const b = BARE_PAGES.exec(slice);
  if (!b || YEAR_LIKE.test(b[1])) return undefined;
  const start = from + b.index + b[0].indexOf(b[1]);
  return pageLocator(start, b[1], readNumbers(b[1]), pages);
}

function pageLocator(start: number, written: string, spans: readonly ParagraphSpan[], pages: PageNames): FoundLocator | undefined {
  if (spans.length === 0) return undefined;
  return { start, end: start + written.length, text: written, paragraphs: paragraphsOnPages(spans, pages), pages: spans };
}

const LEADING_PAGES = /^(\d{1,4}(?:[ \t]{0,20}(?:-{1,3}|[–—])[ \t]{0,20}\d{1,4})?)(?![\p{L}\p{N}])/u;

/**
 * A bare page or range of pages at `at`, in a paged text: GB/T 7714 sets
 * the page as a superscript right after the citation ("(XI, 2017)²",
 * "[1]²"). The caller says where a superscript begins.
 */
export function leadingPages(text: string, at: number, pages: PageNames): FoundLocator | undefined {
  const m = LEADING_PAGES.exec(text.slice(at, at + 60));
  if (!m || YEAR_LIKE.test(m[1])) return undefined;
  return pageLocator(at, m[1], readNumbers(m[1]), pages);
}

const PAGES_ALONE = /^\s{0,20}(\d{1,4}(?:\s{0,20}(?:-{1,3}|[–—])\s{0,20}\d{1,4})?)\s{0,20}$/;

/**
 * The page or pages `text[from, to)` holds and nothing else ("41",
 * "41–42"), as pages of whatever text the citation before it turns out to
 * cite (see `ANY_PAGES`); not four digits that read as a year.
 */
export function pagesAlone(text: string, from: number, to: number): FoundLocator | undefined {
  const m = PAGES_ALONE.exec(text.slice(from, to));
  if (!m || YEAR_LIKE.test(m[1])) return undefined;
  return pageLocator(from + m[0].indexOf(m[1]), m[1], readNumbers(m[1]), ANY_PAGES);
}

/** Whether `text` is nothing but a paragraph locator (in a paged text, a page locator or a bare page), give or take "see" and punctuation. */
export function isLocatorOnly(text: string, names?: LocatorNames): boolean {
  const sections = names?.sections;
  const paragraph = findParagraphs(text, 0, text.length) ?? (names?.pages && findPages(text, 0, text.length, names.pages, !names.pages.any));
  // A section found before a paragraph locator would leave the paragraph's words over: only the paragraph can be all there is.
  if (paragraph) return onlyBesides(text, paragraph) && !(sections && findSection(text, 0, paragraph.start, sections));
  const section = sections && findSection(text, 0, text.length, sections);
  return section !== undefined && onlyBesides(text, section);
}

/** Whether `text` holds nothing but `[start, end)`, give or take "see" and punctuation. */
function onlyBesides(text: string, { start, end }: { start: number; end: number }): boolean {
  return /^[\s,.;:]*(?:(?:see|cf\.|also|emphasis added|italics added)[\s,.;:]*)*$/i.test(text.slice(0, start) + text.slice(end));
}

const DIGITS = /^\d+$/;

function readNumbers(list: string): ParagraphSpan[] {
  // Most locators give one number: read without splitting it.
  if (DIGITS.test(list)) {
    const n = Number(list);
    return Number.isInteger(n) ? [{ first: n, last: n }] : [];
  }
  const spans: ParagraphSpan[] = [];
  for (const part of list.split(/\s*(?:,|&|\band\b)\s*/)) {
    const numbers = part.split(/\s*(?:-{1,3}|[–—至到]|to)\s*/).map(Number);
    const first = numbers[0];
    const last = numbers[numbers.length - 1];
    if (Number.isInteger(first) && Number.isInteger(last) && first <= last) spans.push({ first, last });
  }
  return spans;
}

const PLURAL: Record<string, string> = { paragraph: 'paragraphs', 'para.': 'paras.', para: 'paras', 'par.': 'pars.', '¶': '¶¶' };
const SINGULAR: Record<string, string> = Object.fromEntries(Object.entries(PLURAL).map(([one, many]) => [many, one]));

/**
 * `written` (a locator as found) rewritten for `span`, keeping its word,
 * spacing and dash: "para. 4" → "paras. 5–6", "paras.~4--5" → "para.~6".
 */
export function rewriteLocator(written: string, span: ParagraphSpan, latex: boolean): string {
  if (written.startsWith('第')) return rewriteChinese(written, span);
  const m = WHOLE.exec(written);
  const word = m?.[1] ?? 'para.';
  const separator = m ? m[2] : ' ';
  const numbers = m?.[3] ?? '';
  const plural = span.first !== span.last;
  const lower = word.toLowerCase();
  const base = plural ? (PLURAL[lower] ?? lower) : (SINGULAR[lower] ?? lower);
  const inflected = word[0] !== lower[0] ? base[0].toUpperCase() + base.slice(1) : base;
  const dash = /-{1,3}|[–—]/.exec(numbers)?.[0] ?? (latex ? '--' : '–');
  return `${inflected}${separator}${plural ? `${span.first}${dash}${span.last}` : span.first}`;
}

/**
 * A page locator as found (`written`) rewritten for the pages `span`,
 * keeping its word, spacing and dash: "p. 4" → "pp. 5–6", "23" → "24".
 */
export function rewritePages(written: string, span: ParagraphSpan, latex: boolean): string {
  if (written.startsWith('第')) return rewriteChinese(written, span);
  const m = PAGE_WHOLE.exec(written);
  const numbers = m ? m[3] : written;
  const dash = /-{1,3}|[–—]/.exec(numbers)?.[0] ?? (latex ? '--' : '–');
  const pages = span.first === span.last ? `${span.first}` : `${span.first}${dash}${span.last}`;
  if (!m) return pages;
  const word = m[1];
  const lower = word.toLowerCase();
  const plural = span.first !== span.last;
  const base = lower === 'p.' || lower === 'pp.' ? (plural ? 'pp.' : 'p.') : lower.startsWith('pg') ? (plural ? 'pgs.' : 'pg.') : plural ? 'pages' : 'page';
  const inflected = word[0] !== lower[0] ? base[0].toUpperCase() + base.slice(1) : base;
  return `${inflected}${m[2]}${pages}`;
}

/** "第 4 段" → "第 5–6 段", "第23页" → "第24页": the writer's spacing and dash kept. */
function rewriteChinese(written: string, span: ParagraphSpan): string {
  CHINESE.lastIndex = 0;
  const m = CHINESE.exec(written);
  const numbers = m?.[1] ?? '';
  const dash = /-{1,3}|[–—至到]/.exec(numbers)?.[0] ?? '–';
  const inner = span.first === span.last ? `${span.first}` : `${span.first}${dash}${span.last}`;
  return m ? written.slice(0, written.indexOf(numbers)) + inner + written.slice(written.indexOf(numbers) + numbers.length) : inner;
}

/** A page locator written afresh: "p. 4", "pp. 4–5" ("p.~4", "pp.~4--5" in LaTeX). */
export function pagesWritten(span: ParagraphSpan, latex: boolean): string {
  if (latex) return span.first === span.last ? `p.~${span.first}` : `pp.~${span.first}--${span.last}`;
  return span.first === span.last ? `p. ${span.first}` : `pp. ${span.first}–${span.last}`;
}

/** A paragraph locator written afresh: "para. 4", "paras. 4–5" ("para.~4", "paras.~4--5" in LaTeX). */
export function paragraphsWritten(span: ParagraphSpan, latex: boolean): string {
  if (latex) return span.first === span.last ? `para.~${span.first}` : `paras.~${span.first}--${span.last}`;
  return locatorLabel(span);
}

/** "para. 4" or "paras. 4–5", for messages. */
export function locatorLabel(span: ParagraphSpan): string {
  return span.first === span.last ? `para. ${span.first}` : `paras. ${span.first}–${span.last}`;
}

/** A found locator as the check reports it. */
export function writtenLocator(found: FoundLocator): WrittenLocator {
  const section = found.section;
  return {
    range: { start: found.start, end: found.end },
    text: found.text,
    paragraphs: found.paragraphs,
    ...(found.pages ? { pages: found.pages } : {}),
    ...(section ? { section: { id: section.section.id, label: section.section.label, heading: { start: section.headingStart, end: section.headingEnd } } } : {}),
  };
}

/** `locator` moved by `offset`, its section's heading with it. */
export function shiftLocator(locator: FoundLocator | undefined, offset: number): FoundLocator | undefined {
  return mapLocator(locator, (at) => at + offset, (at) => at + offset);
}

/** `locator` with each start taken through `start` and each end through `end`, its section's heading with it. */
export function mapLocator(locator: FoundLocator | undefined, start: (at: number) => number, end: (at: number) => number): FoundLocator | undefined {
  if (!locator) return undefined;
  const section = locator.section && { ...locator.section, start: start(locator.section.start), end: end(locator.section.end), headingStart: start(locator.section.headingStart), headingEnd: end(locator.section.headingEnd) };
  return { ...locator, start: start(locator.start), end: end(locator.end), ...(section ? { section } : {}) };
}
