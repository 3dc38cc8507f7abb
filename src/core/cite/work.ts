/**
 * The facts every style draws on, read once from the work's record: titles
 * in title case and in sentence case, a short title, the names in the order
 * the source writes them, the year with its letter when one author has two
 * works of a year.
 */
import type { CreatorName, PartialDate, RecordType, Work } from '../model';
import { typographic } from './rich';

export interface Name extends CreatorName {
  /** Written family name first, as the source writes "Zhong Lianyan" or the record marks it (Chinese order, not an inversion). */
  readonly familyFirst: boolean;
  /**
   * A name in Chinese, Japanese or Korean script, family and given name run
   * together as they are written: "习近平". Every full form of the name is
   * this, never inverted nor cut to initials; a citation in the text gives
   * the family name, "习" (as CSL processors write names of these scripts).
   */
  readonly whole?: string;
}

export interface CitedWork {
  readonly key: string;
  readonly type: RecordType;
  /** As the record gives it (title case), with typographic apostrophes. */
  readonly title: string;
  readonly titleSentence: string;
  readonly shortTitle: string;
  readonly shortTitleSentence: string;
  readonly container: string;
  readonly containerSentence: string;
  readonly authors: readonly Name[];
  readonly editors: readonly Name[];
  readonly translators: readonly Name[];
  readonly publisher: string;
  readonly place: string;
  readonly year: number;
  readonly month: number | undefined;
  readonly day: number | undefined;
  /** "a", "b" when the same names head two works of one year (disambiguate.ts); else empty. */
  readonly yearSuffix: string;
  /** The year as citations print it: "1993a". */
  readonly yearLabel: string;
  readonly accessed: PartialDate | undefined;
  readonly edition: string | undefined;
  readonly volume: string | undefined;
  readonly issue: string | undefined;
  /** Page range with an en dash: "22–49". */
  readonly pages: string | undefined;
  readonly doi: string | undefined;
  readonly url: string | undefined;
  readonly event: string | undefined;
  readonly eventPlace: string | undefined;
  readonly genre: string | undefined;
  readonly reportNumber: string | undefined;
  /** The text marks its printed pages: pinpoints are pages, not paragraphs. */
  readonly paged: boolean;
  readonly language: string;
  /** The language of the document citing the work, where a style has words in it (GB/T 7714); the work's own language when undefined. */
  readonly citingIn?: 'en' | 'zh';
  /** The work's number in a numbered reference list (GB/T 7714's numeric system): its order of first citation in the document, 1 on its own. */
  readonly number: number;
}

const cache = new WeakMap<Work, Map<string, CitedWork>>();

/**
 * The cited facts of `work`, cited under `key` (the record's key unless the
 * writer chose another), with the year's letter `yearSuffix` (see
 * disambiguate.ts) when one author has two works of its year.
 */
export function citedWork(work: Work, key = work.record.key, yearSuffix = ''): CitedWork {
  const byKey = cache.get(work) ?? new Map<string, CitedWork>();
  cache.set(work, byKey);
  const known = byKey.get(`${key} ${yearSuffix}`);
  if (known) return known;
  const { record } = work;
  const title = typographic(record.title);
  const shortTitle = typographic(shortTitleOf(record.title, record.received.kicker));
  const container = typographic(record.containerTitle);
  const keep = properWords(work, `${title} ${shortTitle} ${container}`);
  const names = (list: readonly CreatorName[]): Name[] =>
    list.map((name) => {
      const unspaced = name.literal === undefined && name.given !== '' && UNSPACED_NAME.test(name.family) && UNSPACED_NAME.test(name.given);
      return { ...name, familyFirst: unspaced || name.staticOrdering === true || writtenFamilyFirst(name, record.received.source), ...(unspaced ? { whole: `${name.family}${name.given}` } : {}) };
    });
  const cited: CitedWork = {
    key,
    type: record.type,
    title,
    titleSentence: sentenceCase(title, keep),
    shortTitle,
    shortTitleSentence: sentenceCase(shortTitle, keep),
    container,
    // A journal's or a site's name is a name: every style keeps its capitals.
    containerSentence: record.type === 'article-journal' || record.type === 'webpage' ? container : sentenceCase(container, keep),
    authors: names(record.authors),
    editors: names(record.editors),
    translators: names(record.translators),
    publisher: record.publisher,
    place: record.place,
    year: record.issued.year,
    month: record.issued.month,
    day: record.issued.day,
    yearSuffix,
    yearLabel: `${record.issued.year}${yearSuffix}`,
    accessed: record.accessed,
    edition: record.edition,
    volume: record.volume,
    issue: record.issue,
    pages: record.pages?.replace(/\s*[-–]+\s*/, '–'),
    doi: record.doi,
    url: record.url,
    event: record.event,
    eventPlace: record.eventPlace,
    genre: record.genre,
    reportNumber: record.number,
    paged: work.paragraphs.some((p) => p.pages !== undefined),
    language: record.language,
    number: 1,
  };
  byKey.set(`${key} ${yearSuffix}`, cited);
  return cited;
}

/** A word: letters and digits only, so "CPC’s" is "CPC" and "s", and "State-to-State" three words. */
const WORD = /[\p{L}\p{N}]+/gu;

/**
 * Sentence case: the first word and the first after a colon keep their
 * capital; so do acronyms ("CPC") and the words `keep` names; every other
 * word loses its initial capital.
 */
export function sentenceCase(title: string, keep: ReadonlySet<string>): string {
  let first = true;
  return title.replace(WORD, (word, offset: number) => {
    const opens = first || /:\s*$/.test(title.slice(0, offset));
    first = false;
    if (opens || /\p{Lu}/u.test(word.slice(1)) || keep.has(word)) return word;
    return word.charAt(0).toLowerCase() + word.slice(1);
  });
}

/**
 * Names the text itself treats as names: words it capitalises inside a
 * sentence ("Communist Party", "China"). The record holds titles in title
 * case only, and this is the evidence the text gives for which capitals are
 * names and which are title case.
 */
function properWords(work: Work, titles: string): Set<string> {
  // Only the titles' capitalised words can be kept: the text is searched for those alone.
  const candidates = [...new Set((titles.match(WORD) ?? []).filter((word) => UPPER_INITIAL.test(word)))];
  const words = new Set<string>();
  // One plain look per paragraph and word: a long book's paragraphs mostly hold none of them.
  for (const word of candidates) {
    for (const paragraph of work.paragraphs) {
      if (paragraph.text.includes(word) && paragraph.sentences.some((sentence) => insideSentence(sentence.text, word))) {
        words.add(word);
        break;
      }
    }
  }
  return words;
}

/** Whether `word` stands as a whole word in `sentence`, after its first word. */
function insideSentence(sentence: string, word: string): boolean {
  const seen = sentence.indexOf(word);
  if (seen < 0) return false;
  const first = sentence.match(FIRST_WORD);
  const from = first ? (first.index ?? 0) + first[0].length : 0;
  for (let at = sentence.indexOf(word, Math.max(seen, from)); at >= 0; at = sentence.indexOf(word, at + 1)) {
    const before = sentence.charAt(at - 1);
    const after = sentence.charAt(at + word.length);
    if (!WORD_CHARACTER.test(before) && !WORD_CHARACTER.test(after)) return true;
  }
  return false;
}

const FIRST_WORD = /[\p{L}\p{N}]+/u;
const WORD_CHARACTER = /^[\p{L}\p{N}]$/u;
const UPPER_INITIAL = /^\p{Lu}/u;

/** The source's own short title (its kicker, "Outstanding Results") when it is part of the title, else the first words without an article. */
function shortTitleOf(title: string, kicker: string | undefined): string {
  if (kicker && title.toLowerCase().includes(kicker.toLowerCase())) return kicker;
  // A title with a subtitle is shortened to its main title.
  const words = title.split(/:\s/)[0].replace(/^(the|an?)\s+/i, '').split(/\s+/).slice(0, 4);
  while (words.length > 1 && /^(of|and|the|an?|in|on|for|to)$/i.test(words[words.length - 1])) words.pop();
  return words.join(' ');
}

/** The scripts that write a name with no space between its parts: Chinese characters, kana, Hangul, and the middle dots of transcribed names. */
const UNSPACED_NAME = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u30fb\u00b7\u30fc]+$/u;

function writtenFamilyFirst(name: CreatorName, source: string | undefined): boolean {
  return source !== undefined && name.given !== '' && source.includes(`${name.family} ${name.given}`);
}

/** "L." for "Lianyan", "J.-P." for "Jean-Paul", "M. A." for "Mary Ann". */
export function initials(given: string, dots = true): string {
  return given
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => part.split('-').map((p) => p.charAt(0).toUpperCase() + (dots ? '.' : '')).join('-'))
    .join(' ');
}

/** "Zhong Lianyan" when the source writes the family name first, "Lianyan Zhong" otherwise. */
export function fullName(name: Name): string {
  if (name.whole) return name.whole;
  if (!name.given) return name.family;
  return name.familyFirst ? `${name.family} ${name.given}` : `${name.given} ${name.family}`;
}

/** Names joined as prose joins them: "A", "A and B", "A, B, and C". */
export function listNames(names: readonly string[], and = ' and ', serial = ','): string {
  if (names.length <= 2) return names.join(and);
  return `${names.slice(0, -1).join(', ')}${serial}${and}${names[names.length - 1]}`;
}
