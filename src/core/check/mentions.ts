/**
 * How writers name the work in a citation: its citation key, its editor's or
 * author's family name ("Zhong"), its short title ("Outstanding Results"),
 * or, in GB/T 7714 author-date, "佚名" (no author). A name with only other
 * years than the work's marks a citation of something else.
 */
import { ANONYMOUS } from '../cite/styles/gbt7714AuthorDate';
import { citedWork } from '../cite/work';
import type { Work } from '../model';
import { sectionNames, type SectionName } from './sections';

export interface WorkNames {
  /** Citation keys that name the work. */
  readonly keys: ReadonlySet<string>;
  /** Finds any mention of the work (only `test` is used). */
  readonly mention: Pick<RegExp, 'test'>;
  /** False when `text` cannot mention the work: it holds none of the words every mention has. */
  mayMention(text: string): boolean;
  /** The same for a text already in lower case. */
  mayMentionLower(lower: string): boolean;
  /** `mention.test(text)`, given `text` in lower case too. */
  mentionsLower(text: string, lower: string): boolean;
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
}

/** Names no text: a block read with these is read as it is for every text it does not name (see analysis.ts). */
export const NOBODY: WorkNames = {
  keys: new Set(),
  mention: { test: () => false },
  mayMention: () => false,
  mayMentionLower: () => false,
  mentionsLower: () => false,
  // Sticky: a pattern that matches nothing fails at its first place instead of trying every place.
  mentionAll: /(?!)/y,
  years: new Set(),
  titles: /(?!)/y,
  titleHints: [],
  sections: [],
};

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
  for (const person of [...record.authors, ...record.editors]) terms.push({ pattern: `\\b${escape(person.family)}\\b`, hint: person.family });
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
  const mayMentionLower = (lower: string): boolean => hints.some((hint) => lower.includes(hint));
  const mayMention = (text: string): boolean => mayMentionLower(text.toLowerCase());
  const mentionsLower = (text: string, lower: string): boolean => ways.some((way) => lower.includes(way.hint) && way.pattern.test(text));
  const test = (text: string): boolean => mentionsLower(text, text.toLowerCase());
  const mentionAll = new RegExp(terms.map((t) => t.pattern).join('|'), 'giu');
  return { keys, mention: { test }, mayMention, mayMentionLower, mentionsLower, mentionAll, years, titles, titleHints: titleHints(short ?? record.title), sections: sectionNames(work) };
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
  return (YEAR.test(text) || /\bn\.\s?d\./.test(text)) && /\p{Lu}/u.test(text);
}
