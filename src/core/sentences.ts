/**
 * Splits a paragraph into sentences. A sentence ends at ".", "!" or "?",
 * optionally followed by closing quotes or brackets, when whitespace and then
 * a capital, a digit or an opening quote follow. Numbers such as "1.3 billion"
 * or "2007.10" never split (no space after the point), nor do quotations with
 * punctuation inside such as "accelerator," or known abbreviations.
 */

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'no', 'vs', 'etc', 'e.g', 'i.e', 'cf', 'ed', 'eds', 'vol', 'pp', 'p',
  'u.s', 'u.k', 'u.n', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);

/**
 * The stops and closing marks are read from the start of their run, whole and
 * once (a group in a lookahead keeps what it matched): read from every place
 * and given back a mark at a time, a run of thousands of points ("......")
 * took time growing with its square. No shorter reading could end where a
 * space follows, so the sentences are the same.
 */
const BOUNDARY = /(?<![.!?])(?=([.!?]+["'”’)\]]*))\1(?=\s+["'“‘([]?[\p{Lu}\p{N}])/gu;

export interface SentenceSpan {
  readonly text: string;
  readonly start: number;
}

export function splitSentences(paragraph: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  for (const match of paragraph.matchAll(BOUNDARY)) {
    const end = match.index + match[0].length;
    if (match[0].startsWith('.') && isAbbreviation(paragraph, match.index)) continue;
    pushSpan(spans, paragraph, start, end);
    start = end;
  }
  pushSpan(spans, paragraph, start, paragraph.length);
  return spans;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before) return false;
  const word = before[1].toLowerCase();
  // A single capital letter before the point is an initial ("J. Smith").
  return ABBREVIATIONS.has(word) || /^\p{Lu}$/u.test(before[1]);
}

function pushSpan(spans: SentenceSpan[], text: string, from: number, to: number): void {
  let start = from;
  while (start < to && /\s/.test(text[start])) start++;
  let end = to;
  while (end > start && /\s/.test(text[end - 1])) end--;
  if (end > start) spans.push({ text: text.slice(start, end), start });
}
