/**
 * What the checker learns from one block on its own: its citations, its note
 * texts and its quotations with their words. A block's analysis depends only
 * on its text, so it is cached by that text and reused after edits elsewhere.
 */
import { maskBlock } from './mask';
import { findCitations, mayCiteByMark, titleCitations, type BlockCitations, type FoundCitation, type FoundNote } from './citations';
import { hintsCurrent, hintsIn, NOBODY, type FoundHints, type WorkNames } from './mentions';
import { findSection, probingSections } from './sections';
import { readQuoted, type QuotedWords } from './quoted';
import { findQuotes, type FoundQuote } from './quotes';
import type { DocumentLanguage } from './types';

export interface AnalysedQuote extends FoundQuote {
  readonly words: QuotedWords;
  /** A citation inside the quotation's own markup (a block quote's last line, \textquote[cite]{…}). */
  readonly ownCitation?: number;
}

/** Offsets are relative to the block. */
export interface BlockAnalysis {
  /** The block's text. */
  readonly text: string;
  readonly citations: readonly FoundCitation[];
  readonly notes: readonly FoundNote[];
  readonly quotes: readonly AnalysedQuote[];
  /** Read as LaTeX: a dash is written "---", markup is commands. */
  readonly latex: boolean;
}

/**
 * `maxQuotation`: quotations longer than this many characters are not read,
 * as none so long can come from the work (a few times its length will do).
 */
export function analyseBlock(text: string, language: DocumentLanguage, names: WorkNames, maxQuotation = Infinity): BlockAnalysis {
  const reading = readBlock(text, language);
  const { masked } = reading;
  // Most of an essay's blocks are prose with no quotation and no mark of a citation: all a text finds there is its title in prose, if that.
  if (reading.prose) {
    const { citations, notes } = titleCitations(masked, names);
    if (citations.length > 0) return { text, citations, notes, quotes: [], latex: language === 'latex' };
    return (reading.proseAnalysis ??= { text, citations, notes, quotes: [], latex: language === 'latex' });
  }
  // One look at the whole block spares a look at each of its quotations; a block that does not name the text reads as for any text it does not name.
  if (!reading.hints || !hintsCurrent(reading.hints)) reading.hints = hintsIn(reading.masked);
  const blockMayMention = names.mentionsFound(reading.masked, reading.hints.words);
  const found = citationsFor(reading, language, names, blockMayMention);
  // Read as for any text it does not name, the block has the same quotations for each such text: they are read once.
  const unnamed = !blockMayMention && found === reading.unnamed?.found;
  const shared = reading.unnamedAnalysis;
  if (unnamed && shared && reading.longestQuote <= Math.min(shared.maxQuotation, maxQuotation)) return shared.analysis;
  const { citations, notes } = found;
  const quotes: AnalysedQuote[] = [];
  for (let q = 0; q < reading.quotes.length; q++) {
    const found = reading.quotes[q];
    // Citations and notes never overlap, so only the last one starting before a quotation can hold it.
    const holder = citations[lastAtOrBefore(citations, found.start)];
    // A quotation inside a citation is a title ("The Outstanding Results…," 2007), not a quotation.
    if (holder && found.end <= holder.end) continue;
    const note = notes[lastAtOrBefore(notes, found.start)];
    if (note && found.end <= note.end && note.citesWork) continue;
    if (found.contentEnd - found.contentStart > maxQuotation) continue;
    let quote: FoundQuote = found;
    let ownCitation: number | undefined;
    let within: FoundCitation[] | undefined;
    for (let i = lastAtOrBefore(citations, found.start) + 1; i < citations.length && citations[i].start < found.end; i++) {
      const c = citations[i];
      if (c.end > found.end) break;
      if (c.end <= quote.contentStart || c.start >= quote.contentEnd) {
        ownCitation ??= i;
      } else if (ownCitation === undefined && quote.block && /^[\s.,;:)\]}'"”’]*$/.test(masked.slice(c.end, quote.contentEnd))) {
        // "> … stability. (Zhong, 2007, para. 1)": the citation closes the block quote.
        let contentEnd = c.start;
        while (contentEnd > quote.contentStart && /\s/.test(masked[contentEnd - 1])) contentEnd--;
        quote = { ...quote, contentEnd };
        ownCitation = i;
      } else {
        (within ??= []).push(c);
      }
    }
    // Citations inside the quoted words are not words of the quotation.
    const content = within && blankRanges(masked, quote.contentStart, quote.contentEnd, within);
    // A title in quotation marks names the work; it does not quote it.
    if (blockMayMention && names.mention.test(content ?? masked.slice(quote.contentStart, quote.contentEnd))) continue;
    const words = content !== undefined
      ? readQuoted(content, 0, content.length, language === 'latex' || language === 'typst', quote.contentStart)
      : wordsOf(reading, q, quote.contentStart, quote.contentEnd, language);
    if (words.count === 0) continue;
    // Written out rather than spread: one shape for every quotation, and a block may hold tens of thousands.
    quotes.push({ start: quote.start, end: quote.end, contentStart: quote.contentStart, contentEnd: quote.contentEnd, block: quote.block, words, ownCitation });
  }
  const analysis = { text, citations, notes, quotes, latex: language === 'latex' };
  if (unnamed) reading.unnamedAnalysis = { analysis, maxQuotation };
  return analysis;
}

/**
 * What does not depend on the text cited: the block masked, its quotations
 * and their words. Each text of a library analyses the same blocks, so the
 * reading of each is remembered by the block's text and language (the most
 * recent blocks only).
 */
interface BlockReading {
  readonly masked: string;
  /** The words of texts' names it holds, for every text to look for its names where they are (see `hintsIn`). */
  hints?: FoundHints;
  readonly quotes: readonly FoundQuote[];
  /** The words of each of `quotes` (by index), with the offsets of the content read (made for the first quotation read). */
  words?: ({ readonly start: number; readonly end: number; readonly words: QuotedWords } | undefined)[];
  /** Its citations as read for a text it does not name, once the first such text asks (see `citationsFor`). */
  unnamed?: UnnamedReading;
  /**
   * Its analysis for a text it does not name, with the longest quotation
   * that text allows: the same for another such text that allows as long
   * a quotation as the block's longest (`longestQuote`, in characters).
   */
  unnamedAnalysis?: { readonly analysis: BlockAnalysis; readonly maxQuotation: number };
  readonly longestQuote: number;
  /** No quotation, and no mark a citation needs but a title's (see `mayCiteByMark`). */
  readonly prose: boolean;
  /** Its analysis for a text whose title it does not hold, when `prose`: the same for every such text. */
  proseAnalysis?: BlockAnalysis;
}

interface UnnamedReading {
  readonly found: BlockCitations;
  /** Years of parentheticals called another work's for their year alone. */
  readonly yearsLed: readonly string[];
  /** Where sections were looked for: each text's own are looked for there. */
  readonly sectionsAt: readonly (readonly [string, number, number])[];
}

/**
 * The block's citations for the text `names` names. A block that does not
 * name the text (no mention of it, nor of its citation key) reads as it does
 * for any text it does not name, but for two things that differ from text
 * to text: a parenthetical led by a year ("(2007)") is another work's only
 * when the year is not the text's, and a heading of one of its sections
 * makes a locator. Where neither differs, the block is read once for every
 * such text; a library of four texts reads most blocks twice, not four times.
 */
function citationsFor(reading: BlockReading, language: DocumentLanguage, names: WorkNames, mayMention: boolean): BlockCitations {
  // The engine matches names without regard to case by Unicode's folding, which takes "ſ" to "s": lower case alone does not.
  if (mayMention || reading.masked.includes('ſ')) return findCitations(reading.masked, language, names);
  let unnamed = reading.unnamed;
  if (!unnamed) {
    const yearsLed: string[] = [];
    const sectionsAt: [string, number, number][] = [];
    const found = probingSections((text, from, to) => sectionsAt.push([text, from, to]), () => findCitations(reading.masked, language, NOBODY, yearsLed));
    unnamed = reading.unnamed = { found, yearsLed, sectionsAt };
  }
  if (unnamed.yearsLed.some((year) => names.years.has(year)) || unnamed.sectionsAt.some(([text, from, to]) => findSection(text, from, to, names.sections))) {
    return findCitations(reading.masked, language, names);
  }
  return unnamed.found;
}

/**
 * Readings are kept in two generations: a new one begins when the current
 * holds this many blocks or this many characters of them, and the one
 * before it is then forgotten. A reading found in the older generation
 * moves to the current one. Counted by characters as well as by blocks: a
 * document of one long paragraph makes a new reading of all of it at each
 * keystroke, and the readings of a long paragraph's quotations take many
 * times its size.
 */
const READINGS_KEPT = 10_000;
export const READING_CHARACTERS_KEPT = 1 << 20;
let readings = new Map<string, BlockReading>();
let olderReadings = new Map<string, BlockReading>();
let readingCharacters = 0;
let readingsLanguage: DocumentLanguage | undefined;

function readBlock(text: string, language: DocumentLanguage): BlockReading {
  if (language !== readingsLanguage) {
    readings = new Map();
    olderReadings = new Map();
    readingCharacters = 0;
    readingsLanguage = language;
  }
  let reading = readings.get(text);
  if (reading) return reading;
  reading = olderReadings.get(text);
  if (!reading) {
    const masked = maskBlock(text, language);
    const quotes = findQuotes(masked, language);
    let longestQuote = 0;
    for (const q of quotes) longestQuote = Math.max(longestQuote, q.contentEnd - q.contentStart);
    reading = { masked, quotes, longestQuote, prose: quotes.length === 0 && !mayCiteByMark(masked, language) };
  }
  if (readings.size >= READINGS_KEPT || readingCharacters + text.length > READING_CHARACTERS_KEPT) {
    olderReadings = readings;
    readings = new Map();
    readingCharacters = 0;
  }
  readings.set(text, reading);
  readingCharacters += text.length;
  return reading;
}

/** How many block readings are kept, and the characters of their blocks: both bounded (see `READINGS_KEPT`). */
export function readingsKept(): { blocks: number; characters: number } {
  let characters = readingCharacters;
  for (const text of olderReadings.keys()) characters += text.length;
  return { blocks: readings.size + olderReadings.size, characters };
}

/** The words of the quotation `index` of the block, its content `masked[start, end)`: read once whatever the text, unless a text ends it elsewhere. */
function wordsOf(reading: BlockReading, index: number, start: number, end: number, language: DocumentLanguage): QuotedWords {
  const known = (reading.words ??= [])[index];
  if (known && known.start === start && known.end === end) return known.words;
  const content = reading.masked.slice(start, end);
  const words = readQuoted(content, 0, content.length, language === 'latex' || language === 'typst', start);
  reading.words[index] = { start, end, words };
  return words;
}

/** The index of the last item starting at or before `at`, or -1 (items sorted by start). */
function lastAtOrBefore(items: readonly { start: number }[], at: number): number {
  let a = 0;
  let b = items.length;
  while (a < b) {
    const mid = (a + b) >>> 1;
    if (items[mid].start <= at) a = mid + 1;
    else b = mid;
  }
  return a - 1;
}

/** `text[from, to)` with `ranges` (sorted, inside it) replaced by spaces. */
function blankRanges(text: string, from: number, to: number, ranges: readonly { start: number; end: number }[]): string {
  let out = '';
  let at = from;
  for (const r of ranges) {
    const start = Math.max(at, r.start);
    const end = Math.min(to, r.end);
    out += text.slice(at, start) + ' '.repeat(Math.max(0, end - start));
    at = Math.max(at, end);
  }
  return out + text.slice(at, to);
}
