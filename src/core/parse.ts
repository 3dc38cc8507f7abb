/**
 * Parses a corpus file: YAML front matter holding the bibliographic record,
 * then a Markdown body in which paragraphs before the first "## " heading form
 * an untitled introduction and each "## " heading opens a section.
 */
import { parseFrontMatter, type YamlDocument, type YamlValue } from './frontMatter';
import { organisation, RECORD_TYPES, type BibRecord, type CreatorName, type PageSpan, type Paragraph, type PartialDate, type RecordType, type Section, type Sentence, type Work } from './model';
import { ENGLISH, type ParseMessages } from './messages';
import { inlineText, isThematicBreak, lineContent } from './markdownText';
import { splitSentences } from './sentences';

export interface CorpusProblem {
  readonly file: string;
  readonly line: number;
  readonly message: string;
}

export type ParseResult = { ok: true; work: Work } | { ok: false; problems: CorpusProblem[] };

/** `file:line: message`, the form editors and terminals link to. */
export function formatProblem(problem: CorpusProblem): string {
  return `${problem.file}:${problem.line}: ${problem.message}`;
}

/** Only whitespace (non-breaking spaces included): what `normalizeWhitespace` makes empty, tested without building a string. */
const BLANK = /^[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]*$/;

/** Collapses runs of whitespace (non-breaking spaces included) and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

export function parseCorpus(source: string, file: string): ParseResult {
  const result = finish(readText(source, file, NEVER, ENGLISH.parse));
  return result.ok ? { ok: true, work: result.work } : result;
}

/**
 * When a parse in steps pauses: once `deadline` (a `performance.now()` time)
 * has passed, the parse yields at the end of the line it is reading.
 */
export interface ParseClock {
  deadline: number;
}

const NEVER: ParseClock = { deadline: Infinity };

function finish<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/**
 * The lines of a text one at a time, as `split(/\r\n|\r|\n/)` would give
 * them after a leading byte-order mark, without cutting the whole text up
 * front: a parse in steps reads only as far as it has got.
 */
class LineReader {
  private at: number;
  private readonly breaks = /\r\n|\r|\n/g;
  /** The 1-based number of the line last read. */
  number = 0;

  constructor(private readonly source: string) {
    this.at = source.charCodeAt(0) === 0xfeff ? 1 : 0;
  }

  next(): string | undefined {
    if (this.at > this.source.length) return undefined;
    this.breaks.lastIndex = this.at;
    const found = this.breaks.exec(this.source);
    const end = found ? found.index : this.source.length;
    const line = this.source.slice(this.at, end);
    this.at = found ? end + found[0].length : this.source.length + 1;
    this.number++;
    return line;
  }
}

function* readText(source: string, file: string, clock: ParseClock, words: ParseMessages): Generator<void, TextResult> {
  const problems: CorpusProblem[] = [];
  const report = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const lines = new LineReader(source);
  if (lines.next()?.trim() !== '---') {
    report(1, words.noFrontMatter);
    return { ok: false, problems };
  }
  const front: string[] = [];
  let frontLength = 0;
  for (let line = lines.next(); line?.trim() !== '---'; line = lines.next()) {
    if (line === undefined) {
      report(1, words.frontMatterNotClosed);
      return { ok: false, problems };
    }
    // Read in one step, unlike the body: past a record's size it is not read at all.
    frontLength += line.length + 1;
    if (frontLength > MAX_FRONT_MATTER) {
      report(1, words.frontMatterTooLong(MAX_FRONT_MATTER / 1024));
      return { ok: false, problems };
    }
    front.push(line);
  }
  const yaml = ownNames(parseFrontMatter(front.join('\n'), 2, words.yaml), report, words);
  for (const p of yaml.problems) report(p.line, p.message);
  const record = readRecord(yaml, report, words);
  const body = yield* readBody(lines, report, clock, words, record?.title ?? '');
  if (problems.length > 0 || !record) return { ok: false, problems };
  const work: Work = { id: record.key, record, sections: body.sections, paragraphs: body.paragraphs };
  return { ok: true, work, keyLine: yaml.lines.get('key') ?? 1 };
}

type Report = (line: number, message: string) => void;

/** A record takes a few hundred bytes; its front matter is read in one step, so it may not run on. */
const MAX_FRONT_MATTER = 64 * 1024;
/**
 * A paragraph is read in one step, and a book's longest run to a few
 * thousand characters: one longer is a text whose paragraphs are not
 * separated by blank lines (or no text at all), refused at its first line.
 */
export const MAX_PARAGRAPH = 100_000;

/** The fields each type of record must give, beyond key, type, title and issued. */
const REQUIRED: Readonly<Record<RecordType, readonly string[]>> = {
  book: ['publisher'],
  chapter: ['container-title', 'publisher', 'place'],
  'article-journal': ['container-title'],
  webpage: ['url'],
  speech: [],
  report: [],
};

/** The text fields a record may give, by front-matter key. */
const OPTIONAL_TEXT = ['edition', 'volume', 'issue', 'pages', 'doi', 'url', 'event', 'event-place', 'genre', 'number'] as const;

/** Every key a record may hold: a misspelt key is reported rather than silently ignored. */
const KNOWN_KEYS = new Set(['key', 'type', 'title', 'container-title', 'authors', 'editors', 'translators', 'publisher', 'place', 'issued', 'posted', 'accessed', 'language', 'received', ...OPTIONAL_TEXT]);

/**
 * CSL-JSON's names of the record's fields, where they differ from the names
 * here: a record copied from a CSL YAML file (as Zotero and pandoc write
 * one) reads as if written with the names here.
 */
const CSL_NAMES: ReadonlyMap<string, string> = new Map([
  ['id', 'key'],
  ['author', 'authors'],
  ['editor', 'editors'],
  ['translator', 'translators'],
  ['publisher-place', 'place'],
  ['page', 'pages'],
  ['URL', 'url'],
  ['DOI', 'doi'],
  ['event-title', 'event'],
]);

/** `yaml` with CSL-JSON's names of fields read as the names here, and their lines with them; a field given under both is a problem. */
function ownNames(yaml: YamlDocument, report: Report, words: ParseMessages): YamlDocument {
  const given = Object.keys(yaml.value);
  if (!given.some((key) => CSL_NAMES.has(key))) return yaml;
  const value = Object.create(null) as { [key: string]: YamlValue };
  const lines = new Map(yaml.lines);
  for (const key of given) {
    const own = CSL_NAMES.get(key);
    if (own === undefined) {
      value[key] = yaml.value[key];
    } else if (yaml.value[own] !== undefined) {
      report(yaml.lines.get(key) ?? 1, words.twoNames(own, key));
    } else {
      value[own] = yaml.value[key];
      for (const [path, line] of yaml.lines) if (path === key || path.startsWith(`${key}.`)) lines.set(own + path.slice(key.length), line);
    }
  }
  return { value, lines, problems: yaml.problems };
}

/**
 * A date in CSL-JSON's form as pandoc and Zotero write it in YAML, a list
 * of one map of year, month and day ("- year: 2011" then "month: 9"), as
 * YYYY, YYYY-MM or YYYY-MM-DD; undefined when it is not of that form.
 */
function cslDate(value: readonly YamlValue[]): string | undefined {
  const parts = value.length === 1 ? value[0] : undefined;
  if (typeof parts !== 'object' || Array.isArray(parts)) return undefined;
  const { year, month, day } = parts;
  if (Object.keys(parts).some((k) => k !== 'year' && k !== 'month' && k !== 'day')) return undefined;
  const number = (n: YamlValue | undefined, digits: RegExp): n is string => typeof n === 'string' && digits.test(n);
  if (!number(year, /^\d{4}$/)) return undefined;
  if (month === undefined) return day === undefined ? year : undefined;
  if (!number(month, /^\d{1,2}$/)) return undefined;
  if (day === undefined) return `${year}-${month.padStart(2, '0')}`;
  return number(day, /^\d{1,2}$/) ? `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}` : undefined;
}

/** A date's value as the writer gave it, for a message: a list of maps as its keys and values. */
function shownDate(value: YamlValue): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(shownDate).join('; ');
  return Object.entries(value).map(([k, v]) => `${k}: ${shownDate(v)}`).join(', ');
}

function readRecord(yaml: YamlDocument, report: Report, words: ParseMessages): BibRecord | undefined {
  const v = yaml.value;
  const lineOf = (path: string): number => yaml.lines.get(path) ?? 1;
  for (const key of Object.keys(v)) {
    if (!KNOWN_KEYS.has(key)) report(lineOf(key), words.unknownKey(key, [...KNOWN_KEYS].map((k) => `"${k}"`).join(', ')));
  }
  const text = (key: string, required = true): string => {
    const value = v[key];
    if (value === undefined || value === '') {
      if (required) report(1, words.recordNeeds(key));
      return '';
    }
    if (typeof value !== 'string') {
      report(lineOf(key), words.mustBeText(key));
      return '';
    }
    return value;
  };
  const date = (key: string, required: boolean): PartialDate | undefined => {
    const given = v[key];
    const value = Array.isArray(given) ? cslDate(given) : text(key, required);
    if (value === undefined) {
      report(lineOf(key), words.dateForm(key, shownDate(given)));
      return undefined;
    }
    if (value === '') return undefined;
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match) {
      report(lineOf(key), words.dateForm(key, value));
      return undefined;
    }
    const [year, month, day] = [match[1], match[2], match[3]].map((n) => (n === undefined ? undefined : Number(n)));
    if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) {
      report(lineOf(key), words.notRealDate(key, value));
      return undefined;
    }
    return { year: year as number, month, day };
  };
  const names = (key: string): CreatorName[] => {
    const value = v[key];
    if (value === undefined || value === '') return [];
    if (!Array.isArray(value)) {
      report(lineOf(key), words.namesList(key));
      return [];
    }
    return value.flatMap((item: YamlValue, i): CreatorName[] => {
      const where = lineOf(`${key}.${i}`);
      if (typeof item === 'object' && !Array.isArray(item)) {
        const { family, given, literal } = item;
        if (typeof literal === 'string' && literal !== '' && family === undefined && given === undefined) return [organisation(literal)];
        if (literal !== undefined) {
          report(where, words.literalOrPerson(key));
          return [];
        }
        const ordering = item['static-ordering'];
        if (ordering !== undefined && ordering !== 'true' && ordering !== 'false') {
          report(where, words.staticOrdering(key));
          return [];
        }
        if (typeof family === 'string' && family !== '' && (given === undefined || typeof given === 'string')) {
          return [{ family, given: given ?? '', ...(ordering === 'true' ? { staticOrdering: true } : {}) }];
        }
      }
      report(where, words.nameNeedsFamily(key));
      return [];
    });
  };
  const typeText = text('type');
  const type = (RECORD_TYPES as readonly string[]).includes(typeText) ? (typeText as RecordType) : undefined;
  if (typeText !== '' && !type) report(lineOf('type'), words.typeOneOf(RECORD_TYPES.map((t) => `"${t}"`).join(', '), typeText));
  const receivedValue = v.received;
  const received: Record<string, string> = {};
  if (receivedValue !== undefined) {
    if (typeof receivedValue !== 'object' || Array.isArray(receivedValue)) {
      report(lineOf('received'), words.receivedMap);
    } else {
      for (const [k, value] of Object.entries(receivedValue)) {
        if (typeof value === 'string') received[k] = value;
        else report(lineOf(`received.${k}`), words.mustBeText(`received.${k}`));
      }
    }
  }
  const key = text('key');
  if (key !== '' && !/^[A-Za-z][A-Za-z0-9_:-]*$/.test(key)) {
    report(lineOf('key'), words.keyForm(key));
  }
  const title = text('title');
  const required = new Set(type ? REQUIRED[type] : []);
  const optional = (name: (typeof OPTIONAL_TEXT)[number]) => text(name, required.has(name)) || undefined;
  const record: BibRecord = {
    key,
    type: type ?? 'book',
    title,
    containerTitle: text('container-title', required.has('container-title')),
    authors: names('authors'),
    editors: names('editors'),
    translators: names('translators'),
    publisher: text('publisher', required.has('publisher')),
    place: text('place', required.has('place')),
    issued: date('issued', true) ?? { year: 0 },
    posted: date('posted', false),
    accessed: date('accessed', false),
    edition: optional('edition'),
    volume: optional('volume'),
    issue: optional('issue'),
    pages: optional('pages'),
    doi: optional('doi'),
    event: optional('event'),
    eventPlace: optional('event-place'),
    genre: optional('genre'),
    number: optional('number'),
    language: text('language', false) || 'en',
    url: optional('url'),
    received: { kicker: received.kicker, heading: received.heading, dateline: received.dateline, source: received.source },
  };
  return record;
}

interface Body {
  sections: Section[];
  paragraphs: Paragraph[];
}

/** A title's letters and digits in lower case, to tell a heading that repeats it. */
function titleWords(title: string): string {
  return title.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether `heading` is the record's `title`: the whole of it, its main title before the subtitle, or the title followed by a subtitle the record leaves out. */
function isTitle(heading: string, title: string): boolean {
  const [written, whole, main] = [titleWords(heading), titleWords(title), titleWords(title.split(/[:：]/)[0])];
  return whole !== '' && (written === main || written.startsWith(whole));
}

function* readBody(lines: LineReader, report: Report, clock: ParseClock, words: ParseMessages, recordTitle: string): Generator<void, Body> {
  const sections: { id: string; number: number; heading: string | undefined; line: number; paragraphs: Paragraph[] }[] = [];
  const paragraphs: Paragraph[] = [];
  let pending: { text: string[]; length: number; line: number; pages: PageSpan | undefined } | undefined;
  /** A paragraph past MAX_PARAGRAPH was refused: its lines are passed over up to the next blank line or heading. */
  let refused = false;
  /** The page the text has reached, once a page marker has been read. */
  let page: number | undefined;
  /** Headed sections so far: the next is numbered one more. */
  let headed = 0;
  /** A "# " heading with the record's title was read above the first paragraph. */
  let titled = false;
  const firstLine = lines.number + 1;

  const current = () => {
    if (sections.length === 0) sections.push({ id: 'intro', number: 0, heading: undefined, line: firstLine, paragraphs: [] });
    return sections[sections.length - 1];
  };
  const flush = () => {
    if (!pending) return;
    const section = current();
    const number = paragraphs.length + 1;
    // As Markdown shows it: its marks of emphasis, links and notes are no words of the text.
    const joined = inlineText(pending.text.length === 1 ? pending.text[0] : pending.text.join(' '));
    // Most lines are normalised already: kept as they are, they share the file's memory instead of copying it.
    const text = isNormalized(joined) ? joined : normalizeWhitespace(joined);
    if (text === '') {
      // Only marks (an image, a comment): no paragraph.
      pending = undefined;
      return;
    }
    const id = `p${number}`;
    const sentences: Sentence[] = splitSentences(text).map((span, i) => ({
      id: `${id}.s${i + 1}`,
      number: i + 1,
      paragraphNumber: number,
      text: span.text,
      start: span.start,
    }));
    const pages = pending.pages;
    const paragraph: Paragraph = { id, number, sectionId: section.id, text, sentences, line: pending.line, ...(pages ? { pages } : {}) };
    section.paragraphs.push(paragraph);
    paragraphs.push(paragraph);
    pending = undefined;
  };

  /** Refuses the paragraph under way (or that `line` starts), at its first line. */
  const refuse = (lineNumber: number): void => {
    report(pending?.line ?? lineNumber, words.paragraphTooLong(MAX_PARAGRAPH));
    pending = undefined;
    refused = true;
  };

  for (let line = lines.next(); line !== undefined; line = lines.next()) {
    if (performance.now() > clock.deadline) yield;
    const lineNumber = lines.number;
    // Each line is read in one step: one as long as a paragraph may be is not read at all.
    if (line.length > MAX_PARAGRAPH) {
      if (!refused) refuse(lineNumber);
      continue;
    }
    if (refused) {
      if (BLANK.test(line)) {
        refused = false;
        continue;
      }
      if (line.trimStart().charCodeAt(0) !== 35 /* # */) continue;
      refused = false;
    }
    const trimmed = line.trim();
    const heading = trimmed.charCodeAt(0) === 35 /* # */ ? /^(#{1,6})(\s+|$)(.*)$/.exec(trimmed) : null;
    if (heading && PAGE_MARKER_TEST.test(line)) report(lineNumber, words.pageMarkerBeforeHeading);
    if (heading) {
      flush();
      const level = heading[1].length;
      const title = normalizeWhitespace(inlineText(heading[3]));
      if (level === 1 && !titled && paragraphs.length === 0 && sections.length === 0 && isTitle(title, recordTitle)) {
        // A Markdown file's title above its first paragraph, the record's: the record holds it, and the text begins after it.
        titled = true;
      } else if (level !== 2) {
        report(lineNumber, words.headingLevel(level));
      } else if (title === '') {
        report(lineNumber, words.emptyHeading);
      } else {
        const previous = sections[sections.length - 1];
        if (previous && previous.paragraphs.length === 0) report(previous.line, words.sectionWithoutParagraphs(previous.heading));
        headed++;
        sections.push({ id: `s${headed}`, number: headed, heading: title, line: lineNumber, paragraphs: [] });
      }
      continue;
    }
    if (BLANK.test(line) || isThematicBreak(line)) {
      flush();
      continue;
    }
    // A block quotation's ">", a bullet, a note's "[^1]:" are no words of the text.
    const content = lineContent(line);
    // A page marker is a page break at that point of the text: the words after it are on that page.
    const pieces = content.includes('{') ? content.split(PAGE_MARKER) : [content];
    for (let index = 0; index < pieces.length; index++) {
      const piece = pieces[index];
      if (index % 2 === 1) {
        const next = readPageMarker(piece, lineNumber, page, report, words);
        if (next !== undefined) page = next;
        continue;
      }
      // Up to the next brace, not past it, in one way only: a line of "{p. " unclosed was read to its end from every brace.
      if (piece.includes('{') && MISWRITTEN_MARKER.test(piece)) report(lineNumber, words.pageMarkerForm);
      if (BLANK.test(piece)) continue;
      if (!pending) pending = { text: [], length: 0, line: lineNumber, pages: page === undefined ? undefined : { first: page, last: page } };
      else if (pending.pages && page !== undefined) pending.pages = { first: pending.pages.first, last: page };
      pending.length += piece.length + 1;
      if (pending.length > MAX_PARAGRAPH) {
        refuse(lineNumber);
        break;
      }
      pending.text.push(piece);
    }
  }
  flush();
  if (page !== undefined) {
    for (const p of paragraphs) if (!p.pages) report(p.line, words.beforeFirstPage);
  }
  const last = sections[sections.length - 1];
  if (!last) report(firstLine, words.noParagraphs);
  else if (last.paragraphs.length === 0) report(last.line, words.sectionWithoutParagraphs(last.heading));
  return {
    sections: sections.map((s) => ({ ...s, label: s.heading ?? 'Introduction' })),
    paragraphs,
  };
}

/** Whether `text` is as `normalizeWhitespace` leaves it: single spaces between words, none at either end. */
function isNormalized(text: string): boolean {
  const last = text.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i === 0 || i === last || text.charCodeAt(i + 1) === 32) return false;
    } else if (isSpaceCode(c)) {
      return false;
    }
  }
  return true;
}

/** The characters `normalizeWhitespace` collapses: JavaScript's \s and the wider spaces of its class. */
function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `{p. 23}`: page 23 starts here. Split by it, a line alternates text and page numbers. */
const PAGE_MARKER = /\{p\.\s*(\d{1,5})\}/;
const PAGE_MARKER_TEST = /\{p\.\s*\d{1,5}\}/;
/** What looks meant as a page marker but is not one ("{pp. 23}", "{p 23}", "{p. xiv}"). */
const MISWRITTEN_MARKER = /\{\s*pp?\.?[^{}]*\}/;

/** The page a marker starts, or undefined (reported) when it does not follow the page before. */
function readPageMarker(digits: string, line: number, before: number | undefined, report: Report, words: ParseMessages): number | undefined {
  const page = Number(digits);
  if (page < 1) {
    report(line, words.pageNotPositive(page));
    return undefined;
  }
  if (before !== undefined && page <= before) {
    report(line, words.pageGoesDown(page, before));
    return undefined;
  }
  return page;
}

/** A text a writer brings: its work, or its problems at their lines, and the line of its key (for duplicate keys). */
export type TextResult = { ok: true; work: Work; keyLine: number } | { ok: false; problems: CorpusProblem[] };

/**
 * Parses a text the writer brings (a Markdown or plain-text file with the
 * record in its front matter), as the bundled text is parsed. `path` names
 * the file in problems. Nothing in the text is run: the record is read as
 * data by the small YAML reader, the body as paragraphs.
 */
export function parseText(source: string, path: string, words: ParseMessages = ENGLISH.parse): TextResult {
  return finish(readText(source, path, NEVER, words));
}

/**
 * `parseText` in steps, for a text too long to parse without holding the
 * editor: each `next()` reads lines until `clock.deadline` has passed, and
 * the last returns exactly what `parseText` returns.
 */
export function parseTextInSteps(source: string, path: string, clock: ParseClock, words: ParseMessages = ENGLISH.parse): Generator<void, TextResult> {
  return readText(source, path, clock, words);
}

/** A text as the library holds it: where it came from, its key and the line of that key. */
export interface KeyedText {
  readonly file: string;
  readonly key: string;
  readonly keyLine: number;
}

/**
 * One problem for each text whose key an earlier text already has (the
 * first keeps it), at the line of its key: citations name a text by key, so
 * two texts cannot share one.
 */
export function duplicateKeys(texts: readonly KeyedText[], words: ParseMessages = ENGLISH.parse): CorpusProblem[] {
  const first = new Map<string, KeyedText>();
  const problems: CorpusProblem[] = [];
  for (const text of texts) {
    const earlier = first.get(text.key);
    if (!earlier) {
      first.set(text.key, text);
      continue;
    }
    problems.push({
      file: text.file,
      line: text.keyLine,
      message: words.duplicateKey(text.key, earlier.file, earlier.keyLine),
    });
  }
  return problems;
}
