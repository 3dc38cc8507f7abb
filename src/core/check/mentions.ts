/**
 * How writers name the work in a citation: its citation key, its editor's or
 * author's family name ("Zhong"), its short title ("Outstanding Results"),
 * or, in GB/T 7714 author-date, "佚名" (no author). A name with only other
 * years than the work's marks a citation of something else.
 */
import { ANONYMOUS } from '../cite/styles/gbt7714AuthorDate';
import { citedWork } from '../cite/work';
import type { Work } from '../model';
import { ANY_PAGES, pageNames, type PageNames } from './locator';
import { sectionNames, type SectionName } from './sections';

export interface WorkNames {
  /** Citation keys that name the work. */
  readonly keys: ReadonlySet<string>;
  /** Finds any mention of the work (only `test` is used). */
  readonly mention: Pick<RegExp, 'test'>;
  /** False when `text` cannot mention the work: it holds none of the words every mention has. */
  mayMention(text: string): boolean;
  /** `mention.test(text)`, given the hint words `text` holds (see `hintsIn`). */
  mentionsFound(text: string, found: ReadonlySet<string>): boolean;
  /** The same, global, to walk through every mention (reset `lastIndex` before use). */
  readonly mentionAll: RegExp;
  /** Years a citation of the work may give. */
  readonly years: ReadonlySet<string>;
  /** The work's title or short title (global: reset `lastIndex`), which in quotation marks names it in prose. */
  readonly titles: RegExp;
  /** Letters every mention of a title holds, in lower and upper case: a block without them has no title to look for. */
  readonly titleHints: readonly string[];
  /** The work's sections, for section locators. */
  readonly sections: readonly SectionName[];
  /** The work's pages, where it marks them: page locators cite them. */
  readonly pages?: PageNames;
}

/** Names no text: a block read with these is read as it is for every text it does not name (see analysis.ts). */
export const NOBODY: WorkNames = {
  keys: new Set(),
  mention: { test: () => false },
  mayMention: () => false,
  mentionsFound: () => false,
  // Sticky: a pattern that matches nothing fails at its first place instead of trying every place.
  mentionAll: /(?!)/y,
  years: new Set(),
  titles: /(?!)/y,
  titleHints: [],
  sections: [],
  pages: ANY_PAGES,
};

/** A name written in Chinese characters only. */
const HAN = /^\p{Script=Han}+$/u;

const cache = new WeakMap<Work, Map<string, WorkNames>>();

export function workNames(work: Work, extraKeys: readonly string[] = []): WorkNames {
  const cacheKey = extraKeys.join('\u0000');
  let byKeys = cache.get(work);
  if (!byKeys) {
    byKeys = new Map();
    cache.set(work, byKeys);
  }
  let names = byKeys.get(cacheKey);
  if (!names) {
    names = buildNames(work, extraKeys);
    byKeys.set(cacheKey, names);
  }
  return names;
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The title's spaces and apostrophes may vary. */
function flexible(text: string): string {
  return escape(text).replace(/\s+/g, '\\s+').replace(/['’]/g, "['’]");
}

function buildNames(work: Work, extraKeys: readonly string[]): WorkNames {
  const record = work.record;
  const keys = new Set([record.key, ...extraKeys].filter((k) => k !== ''));
  // Each way of naming the work, with a word every mention of it that way holds in full, whatever its case.
  const longest = (text: string): string => text.split(/[^\p{L}\p{N}]+/u).reduce((a, b) => (b.length > a.length ? b : a), '');
  const terms: { pattern: string; hint: string }[] = [...keys].map((k) => ({ pattern: `${escape(k)}(?![\\w:.-]*\\w)`, hint: k }));
  // "\b" is a boundary of ASCII words: a name in Chinese characters ("钟", "国务院新闻办公室") has none, and is followed by the given name with no space ("钟连炎").
  for (const person of [...record.authors, ...record.editors]) terms.push({ pattern: HAN.test(person.family) ? escape(person.family) : `\\b${escape(person.family)}\\b`, hint: person.family });
  // GB/T 7714 author-date cites a work with no author under 佚名, or "Anon" in English (8.1.3).
  if (record.authors.length === 0) terms.push({ pattern: ANONYMOUS.zh, hint: ANONYMOUS.zh }, { pattern: `\\b${ANONYMOUS.other}\\b`, hint: ANONYMOUS.other });
  // The full title first, so that a narrative mention runs to its end.
  terms.push({ pattern: flexible(record.title), hint: longest(record.title) });
  // The short title the citation engine writes, so that what is inserted is what is recognised.
  const short = citedWork(work).shortTitle;
  if (short) terms.push({ pattern: flexible(short), hint: longest(short) });
  if (record.received.kicker) terms.push({ pattern: flexible(record.received.kicker), hint: longest(record.received.kicker) });
  const titles = new RegExp([flexible(record.title), ...(short ? [flexible(short)] : [])].join('|'), 'giu');
  const years = new Set<string>([String(record.issued.year)]);
  if (record.posted) years.add(String(record.posted.year));
  // Each way is looked for alone, and only where its word is: a block may hold words of several texts' names ("Synthetic") and name none of them.
  const ways = terms.map((t) => ({ hint: t.hint.toLowerCase(), pattern: new RegExp(t.pattern, 'iu') }));
  const hints = [...new Set(ways.map((w) => w.hint))];
  // Loops rather than callbacks: each is called for every block of every document, once per text.
  const mayMention = (text: string): boolean => {
    const lower = text.toLowerCase();
    for (const hint of hints) if (lower.includes(hint)) return true;
    return false;
  };
  registerHints(hints);
  const mentionsFound = (text: string, found: ReadonlySet<string>): boolean => {
    for (const way of ways) if ((way.hint === '' || found.has(way.hint)) && way.pattern.test(text)) return true;
    return false;
  };
  const test = (text: string): boolean => {
    const lower = text.toLowerCase();
    for (const way of ways) if (lower.includes(way.hint) && way.pattern.test(text)) return true;
    return false;
  };
  const mentionAll = new RegExp(terms.map((t) => t.pattern).join('|'), 'giu');
  return { keys, mention: { test }, mayMention, mentionsFound, mentionAll, years, titles, titleHints: titleHints(short ?? record.title), sections: sectionNames(work), pages: pageNames(work.paragraphs.map((p) => p.pages)) };
}

/**
 * Every text's hint words, found in a block in one pass for all texts at
 * once: a library's texts each look for their names in every block, and a
 * look for each word would read the block once per word and text.
 */
const hintWords = new Set<string>();
let hintsVersion = 0;
let hintSearch: { pattern: RegExp; prefixes: Map<string, string[]> } | undefined;

function registerHints(hints: readonly string[]): void {
  for (const hint of hints) {
    if (hint === '' || hintWords.has(hint)) continue;
    hintWords.add(hint);
    hintsVersion++;
    hintSearch = undefined;
  }
}

/** The hint words a text holds, and which texts' hints were looked for (see `hintsCurrent`). */
export interface FoundHints {
  readonly version: number;
  readonly words: ReadonlySet<string>;
}

const NONE_FOUND: ReadonlySet<string> = new Set();

/** The hint words of every text's names that `text` holds, whatever their case. */
export function hintsIn(text: string): FoundHints {
  if (!hintSearch) {
    // The longest first: where two begin at one place the pattern names the longer, and the shorter is added as its prefix.
    const sorted = [...hintWords].sort((a, b) => b.length - a.length);
    const prefixes = new Map(sorted.map((hint) => [hint, sorted.filter((other) => other !== hint && hint.startsWith(other))]));
    hintSearch = { pattern: new RegExp(`(?=(${sorted.map(escape).join('|')}))`, 'g'), prefixes };
  }
  const { pattern, prefixes } = hintSearch;
  const lower = text.toLowerCase();
  let found: Set<string> | undefined;
  pattern.lastIndex = 0;
  for (let m = hintWords.size > 0 ? pattern.exec(lower) : null; m !== null; m = pattern.exec(lower)) {
    found ??= new Set();
    found.add(m[1]);
    for (const prefix of prefixes.get(m[1]) ?? []) found.add(prefix);
    if (found.size === hintWords.size) break;
    // Hints may overlap: the next look starts one place on.
    pattern.lastIndex = m.index + 1;
  }
  return { version: hintsVersion, words: found ?? NONE_FOUND };
}

/** Whether hints found looked for every text's known now. */
export function hintsCurrent(found: FoundHints): boolean {
  return found.version === hintsVersion;
}

/** The short title's first word past its first letter ("utstanding"), as typed and in capitals. */
function titleHints(short: string): string[] {
  const word = short.split(/\s+/)[0].slice(1);
  return word.length >= 3 ? [word.toLowerCase(), word.toUpperCase()] : [];
}

const YEAR = /(?<![\p{L}\p{N}])(1[5-9]\d\d|20\d\d)[a-z]?(?![\p{L}\p{N}])/gu;

/**
 * Whether a citation's text names the work: a mention, and either no year or
 * the work's own among its years (a note may add an access date).
 */
export function citesWork(names: WorkNames, text: string): boolean {
  if (!names.mention.test(text)) return false;
  let anyYear = false;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(text); m !== null; m = YEAR.exec(text)) {
    if (names.years.has(m[1])) return true;
    anyYear = true;
  }
  return !anyYear;
}

/** Whether a parenthetical looks like a citation of some other work: a name and a year (or "n.d."). */
export function citesOther(text: string): boolean {
  YEAR.lastIndex = 0;
  // A name: a capital, or Chinese characters ("（王力，2001）").
  return (YEAR.test(text) || /\bn\.\s?d\./.test(text)) && /\p{Lu}|\p{Script=Han}/u.test(text);
}
