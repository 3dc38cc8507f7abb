/**
 * Parentheticals as citations: "(Zhong, 2007, para. 4)", "("Outstanding
 * Results," par. 4)", narrative "Zhong (2007, para. 4)", bare "(para. 4)",
 * and other works' "(Smith, 2001)"; outside LaTeX, bracketed notes too.
 */
import type { Add, Free } from './citations';
import { findLocator, isLocatorOnly, leadingPages, pagesAlone, type FoundLocator } from './locator';
import { citesOther, citesWork, type WorkNames } from './mentions';
import type { DocumentLanguage } from './types';

const MAX_GROUP = 400;

/** Parentheticals (and, outside LaTeX, bracketed notes) that name the work, another work, or only a locator. */
/**
 * `yearsLed` collects the year of each parenthetical called another work's
 * for its year alone ("(2001)"): with another work's years, it would not be.
 */
export function parentheticals(text: string, language: DocumentLanguage, brackets: readonly Pair[], names: WorkNames, add: Add, free: Free, yearsLed?: string[]): void {
  // Chinese writes its parentheses full width: "（钟，2007）".
  const found = joined(outermostPairs(text, '(', ')'), outermostPairs(text, '（', '）'), language === 'latex' || language === 'typst' ? NO_PAIRS : brackets);
  for (const group of found) {
    if (!free(group.start, group.end)) continue;
    if (text[group.start] === '[' && /^[([:]/.test(text[group.end] ?? '')) continue; // a link
    const body = text.slice(group.start + 1, group.end - 1);
    if (citesWork(names, body)) {
      const locator = findLocator(text, group.start + 1, group.end - 1, names, true);
      const after = locator ? undefined : superscriptLocator(text, group.end, names);
      add({ start: group.start, end: after?.end ?? group.end, target: 'work', locator: locator ?? after?.locator });
      continue;
    }
    const narrative = narrativeStart(text, group.start, names.mentionAll);
    if (narrative !== undefined && (startsWithYear(body, names) || findLocator(body, 0, body.length, names) !== undefined)) {
      if (free(narrative, group.start)) {
        const locator = findLocator(text, group.start + 1, group.end - 1, names, true);
        // "Anon (2007)<sup>para. 4</sup>": GB/T 7714's narrative author-year citation.
        const after = locator ? undefined : superscriptLocator(text, group.end, names);
        add({ start: narrative, end: after?.end ?? group.end, target: 'work', locator: locator ?? after?.locator });
        continue;
      }
    }
    // "As Xi put it, "…" (2017, p. 2)": the name before a quotation too long for the look back above, the year and locator after it.
    if (narrative === undefined && startsWithYear(body, names) && quotedAfterMention(text, group.start, names.mentionAll)) {
      add({ start: group.start, end: group.end, target: 'work', locator: findLocator(text, group.start + 1, group.end - 1, names, true) });
      continue;
    }
    // "“…” (41)" in a block that names no text: MLA's page alone, where the citation just before says whose (resolve.ts); a text without pages reads no page.
    const pageAlone = names.pages?.any && text[group.start] === '(' && CLOSED_QUOTATION.test(text.slice(Math.max(0, group.start - 3), group.start))
      ? pagesAlone(text, group.start + 1, group.end - 1)
      : undefined;
    if (isLocatorOnly(body, names)) {
      add({ start: group.start, end: group.end, target: 'locator', locator: findLocator(text, group.start + 1, group.end - 1, names, true) });
    } else if (pageAlone) {
      add({ start: group.start, end: group.end, target: 'locator', locator: pageAlone });
    } else if (text[group.start] === '(' || text[group.start] === '（') {
      const other = citesOther(body);
      if (!other && !startsWithOtherYear(body, names)) continue;
      if (!other) yearsLed?.push(leadingYear(body) as string);
      add({ start: group.start, end: group.end, target: 'other' });
    }
  }
}

/** The lists one after another: most blocks have pairs of one kind or none. */
function joined(a: readonly Pair[], b: readonly Pair[], c: readonly Pair[]): readonly Pair[] {
  if (a.length + b.length === 0) return c;
  if (b.length + c.length === 0) return a;
  return [...a, ...b, ...c];
}

/** A quotation closed right before a parenthesis, with a space or none: "…” (41)", "…'' (41)". */
const CLOSED_QUOTATION = /(?:[”"’»」』]|'')[ \t\u00a0]?$/;

/** What may stand between the parenthesis and a superscript pinpoint; Markdown's <sup> tags and Typst's "#super" are masked to spaces; Org writes "^{…}". */
const SUPERSCRIPT = /^[ \t]{0,8}(?:\\textsuperscript\{|\^\{?|\[)?/;

/**
 * GB/T 7714's author-year pinpoint, set as a superscript after the
 * parentheses: "(佚名, 2007)<sup>para. 4</sup>", "\\textsuperscript{para.~4}".
 */
function superscriptLocator(text: string, at: number, names: WorkNames): { end: number; locator: FoundLocator } | undefined {
  const lead = SUPERSCRIPT.exec(text.slice(at, at + 24))?.[0] ?? '';
  const from = at + lead.length;
  const closed = (locator: FoundLocator) => ({ end: locator.end + (/^[}^\]]/.test(text[locator.end] ?? '') ? 1 : 0), locator });
  // A paged text's bare page: right after the parenthesis, in a superscript's markup, or where a masked "<sup>" left its spaces ("(XI, 2017)²").
  if (names.pages && (lead === '' || /[{^[]|^[ \t]{5}/.test(lead))) {
    const pages = leadingPages(text, from, names.pages);
    if (pages) return closed(pages);
  }
  // AsciiDoc's "^104^" masked to one space either side: the page alone before the sentence goes on.
  if (names.pages && lead === ' ') {
    const pages = leadingPages(text, from, names.pages);
    if (pages && /^ (?:[.,;:)]|$)/.test(text.slice(pages.end, pages.end + 2))) return { end: pages.end + 1, locator: pages };
  }
  if (!/^(?:paras?\.|pars?\.|¶|paragraph|sec\.|under|introd|pp?\.|pages?|pgs?\.)/i.test(text.slice(from, from + 12))) return undefined;
  const locator = findLocator(text, from, Math.min(text.length, from + 400), names);
  if (!locator || locator.start !== from) return undefined;
  return closed(locator);
}

/** "Smith (2001)": a narrative citation of another work. */
function startsWithOtherYear(body: string, names: WorkNames): boolean {
  const year = leadingYear(body);
  return year !== undefined && !names.years.has(year);
}

function leadingYear(body: string): string | undefined {
  return /^\s*(1[5-9]\d\d|20\d\d)[a-z]?\b/.exec(body)?.[1];
}

function startsWithYear(body: string, names: WorkNames): boolean {
  const year = /^\s*(\d{4})/.exec(body)?.[1];
  return year !== undefined && names.years.has(year);
}

/** A character `\b` counts as a word's in a pattern that ignores case by Unicode's folding ("ſ" and the Kelvin sign fold into "s" and "k"). */
const WORD_CHARACTER = /[\w\u017F\u212A]/;

/** Where a mention of the work ends right before `at` ("Zhong (", "Zhong et al. (", "“Outstanding Results” ("). */
function narrativeStart(text: string, at: number, mentionAll: RegExp): number | undefined {
  let from = Math.max(0, at - 80);
  // Not from within a word: its tail would read as a word of its own ("…xSample" as "Sample").
  while (from > 0 && from < at && WORD_CHARACTER.test(text[from - 1]) && WORD_CHARACTER.test(text[from])) from++;
  const before = text.slice(from, at);
  const last = lastMention(before, mentionAll);
  if (!last) return undefined;
  const between = before.slice(last.index + last[0].length);
  // The mention's closing marks may be LaTeX's: "\\enquote{The Outstanding Results …} (2007, para.~4)"; a Chinese family name has its given name after it: "钟连炎（2007）".
  return /^(?:\p{Script=Han}{1,3})?(?:['’]s)?(?:\s+et al\.)?[,"”’'}*_]*\s*$/u.test(between) ? from + last.index : undefined;
}

/** How far back the name before a quotation may be (see `quotedAfterMention`). */
const QUOTED_REACH = 600;
/** A few words, then one quotation in marks, then the parenthesis: " put it, “…” ". */
const ONE_QUOTATION = /^[^“"«„\n]{0,60}[“"«„][^“”"«»„\n]{1,600}[”"»][\s,.;:]{0,8}$/u;

/** Whether a mention of the work comes before `at` with nothing between but a few words and one quotation. */
function quotedAfterMention(text: string, at: number, mentionAll: RegExp): boolean {
  const from = Math.max(0, at - QUOTED_REACH);
  const before = text.slice(from, at);
  const last = lastMention(before, mentionAll);
  return last !== undefined && ONE_QUOTATION.test(before.slice(last.index + last[0].length));
}

/** The last mention of the work in `text`. */
function lastMention(text: string, mentionAll: RegExp): RegExpExecArray | undefined {
  let last: RegExpExecArray | undefined;
  mentionAll.lastIndex = 0;
  for (let m = mentionAll.exec(text); m !== null; m = mentionAll.exec(text)) last = m;
  return last;
}

export interface Pair {
  readonly start: number;
  /** One past the closing mark. */
  readonly end: number;
}

const NEWLINE = 0x0a;
const NO_PAIRS: readonly Pair[] = [];
/** The open marks' offsets while pairing, and the pairs found: arrays emptied for each call. */
const PAIR_STACK: number[] = [];
const PAIRS_FOUND: Pair[] = [];

/** Matched pairs no longer than MAX_GROUP, not inside another: one pass with a stack. */
export function outermostPairs(text: string, open: string, close: string): readonly Pair[] {
  const first = text.indexOf(open);
  if (first < 0) return NO_PAIRS;
  const found = PAIRS_FOUND;
  found.length = 0;
  const stack = PAIR_STACK;
  stack.length = 0;
  const opening = open.charCodeAt(0);
  const closing = close.charCodeAt(0);
  // Outside every pair only an opening mark matters: the scan leaps to the next.
  for (let i = first; i >= 0 && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === opening) {
      stack.push(i);
    } else if (c === closing) {
      const start = stack.pop() as number;
      if (i + 1 - start <= MAX_GROUP) found.push({ start, end: i + 1 });
    } else if (c === NEWLINE && /^\n[ \t>]*\r?\n/.test(text.slice(i, i + 40))) {
      stack.length = 0;
    }
    if (stack.length === 0) i = text.indexOf(open, i + 1) - 1;
  }
  // Copied out of the scratch list at their number: most blocks have a pair or two.
  const pairs = found.slice();
  // Pairs end in order: they begin in order too unless one holds another.
  let nested = false;
  for (let k = 1; k < pairs.length && !nested; k++) nested = pairs[k - 1].end > pairs[k].start;
  if (!nested) return pairs;
  pairs.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Pair[] = [];
  let reach = -1;
  for (const pair of pairs) {
    if (pair.start < reach) continue;
    kept.push(pair);
    reach = pair.end;
  }
  return kept;
}
