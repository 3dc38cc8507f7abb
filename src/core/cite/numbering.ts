/**
 * The number GB/T 7714's numeric system (顺序编码制) gives the work in a
 * document: works are numbered in the order the document first cites them
 * (10.1.1), the reference list carries the same numbers (9.1), and a work
 * cited again keeps its first number (10.1.3). The document is read in one
 * pass, without regular expressions that could backtrack, so a hostile or
 * huge document costs time in proportion to its length.
 */
import type { LocatorWords } from './locator';
import type { TargetId } from './targets';
import type { CitedWork } from './work';

/** Citation numbers above this are taken for something else (a year in brackets). */
const MAX_NUMBER = 999;

/** What a document's bracketed numbers say: the highest number cited or listed, and the work's own number if the document gives it one. */
export interface DocumentNumbers {
  readonly highest: number;
  /** From the reference list entry that names the work, else from a citation that carries one of the work's pinpoints. */
  readonly work: number | undefined;
}

/**
 * The work's number in `document`: the one the document already gives it
 * (its entry in the reference list, or a citation with one of its
 * pinpoints), else the next after the highest number the document uses.
 */
export function citationNumber(document: string, target: TargetId, work: CitedWork, words: LocatorWords): number {
  const found = documentNumbers(document, target, work, words);
  return found.work ?? found.highest + 1;
}

/** The bracketed numbers of `document`: "[3]", "[1,5]", "[2-4]" (GB/T 7714 10.1.2), read in one pass. */
export function documentNumbers(document: string, target: TargetId, work: CitedWork, words: LocatorWords): DocumentNumbers {
  const title = comparable(work.titleSentence);
  let highest = 0;
  let listed: number | undefined;
  let cited: number | undefined;
  let lineStart = 0;
  const n = document.length;
  for (let i = 0; i < n; i++) {
    const c = document.charCodeAt(i);
    if (c === 10) lineStart = i + 1;
    if (c !== 91 /* [ */) continue;
    const group = readGroup(document, i + 1);
    if (!group) continue;
    // The scan resumes after what the group read; a failed group read nothing past the next "[".
    const close = group.end;
    if (target === 'latex' && afterCommand(document, i)) {
      i = close;
      continue;
    }
    // A Markdown link definition, "[1]: https://…", or a link's label, "[text][1]", is not a citation.
    if (target === 'markdown' && (document[close + 1] === ':' || document[i - 1] === ']')) {
      i = close;
      continue;
    }
    // Nor is a reStructuredText footnote, "[1]_" or ".. [1] …".
    if (target === 'restructuredtext' && (document[close + 1] === '_' || document.startsWith('.. ', i - 3))) {
      i = close;
      continue;
    }
    highest = Math.max(highest, group.highest);
    if (group.single !== undefined) {
      if (listed === undefined && startsEntry(document, lineStart, i)) {
        const end = document.indexOf('\n', close);
        if (comparable(document.slice(close + 1, end < 0 ? n : end)).includes(title)) listed = group.single;
      }
      if (cited === undefined && pinpointFollows(document, close + 1, words)) cited = group.single;
    }
    i = close;
  }
  return { highest, work: listed ?? cited };
}

interface Group {
  /** The offset of the closing "]". */
  readonly end: number;
  readonly highest: number;
  /** The number, when the group holds one alone. */
  readonly single: number | undefined;
}

/** Reads "1", "1,5", "2-4", "2–4", "1, 3" up to "]"; undefined when anything else comes first. */
function readGroup(text: string, from: number): Group | undefined {
  let i = from;
  let highest = 0;
  let count = 0;
  let expectNumber = true;
  let single: number | undefined;
  for (; i < text.length; i++) {
    const ch = text[i];
    if (ch >= '0' && ch <= '9') {
      if (!expectNumber) return undefined;
      let value = 0;
      const start = i;
      while (i < text.length && text[i] >= '0' && text[i] <= '9') value = value * 10 + (text.charCodeAt(i++) - 48);
      if (i - start > 3 || value === 0 || value > MAX_NUMBER) return undefined;
      i--;
      highest = Math.max(highest, value);
      single = count === 0 ? value : undefined;
      count++;
      expectNumber = false;
    } else if (ch === ',' || ch === '，' || ch === '-' || ch === '–') {
      if (expectNumber) return undefined;
      expectNumber = true;
    } else if (ch === ' ') {
      continue;
    } else if (ch === ']') {
      return expectNumber ? undefined : { end: i, highest, single };
    } else {
      return undefined;
    }
  }
  return undefined;
}

/** Whether the "[" at `at` is a LaTeX command's optional argument (`\parencite[4]{key}`, `\item[1]`). */
function afterCommand(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && /[A-Za-z*]/.test(text[i])) i--;
  return i < at - 1 && text[i] === '\\';
}

/** Whether only markup stands between the line's start and the "[": the start of a reference list entry. */
function startsEntry(text: string, lineStart: number, at: number): boolean {
  if (at - lineStart > 16) return false;
  return /^[ \t]*(?:<p>|<li>|[-*+>][ \t]+|\\item[ \t]*)?[ \t]*$/.test(text.slice(lineStart, at));
}

/** Markup that may stand between a GB/T number and its superscript pinpoint. */
const SUPERSCRIPT_MARKUP = ['</sup>', '<sup>', '\\textsuperscript{', ':sup:`', '^', '}'];

/** Whether one of the work's pinpoints ("para. 4", "sec. “…”") follows the number, as this engine writes them. */
function pinpointFollows(text: string, from: number, words: LocatorWords): boolean {
  let i = from;
  for (let step = 0; step < 3; step++) {
    const markup = SUPERSCRIPT_MARKUP.find((m) => text.startsWith(m, i));
    if (!markup) break;
    i += markup.length;
  }
  const after = text.slice(i, i + 24);
  return [`${words.paragraphs}`, `${words.paragraph}`, 'sec. ', words.introduction].some((w) => after.startsWith(w));
}

/** Letters and digits only, lower case: titles compare the same whatever the markup, escapes and quotation marks. */
function comparable(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
