/**
 * Parses a corpus file: YAML front matter holding the bibliographic record,
 * then a Markdown body in which paragraphs before the first "## " heading form
 * an untitled introduction and each "## " heading opens a section.
 */
import { parseFrontMatter, type YamlDocument, type YamlValue } from './frontMatter';
import type { BibRecord, Paragraph, PartialDate, PersonName, Section, Sentence, Work } from './model';
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

/** Collapses runs of whitespace (non-breaking spaces included) and trims. */
export function normalizeWhitespace(text: string): string {
  return text.replace(/[\s\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+/g, ' ').trim();
}

export function parseCorpus(source: string, file: string): ParseResult {
  const problems: CorpusProblem[] = [];
  const report = (line: number, message: string): void => {
    problems.push({ file, line, message });
  };
  const lines = source.replace(/^\ufeff/, '').split(/\r\n|\r|\n/);
  if (lines[0]?.trim() !== '---') {
    report(1, 'expected front matter: the file must start with a line "---"');
    return { ok: false, problems };
  }
  const close = lines.findIndex((line, i) => i > 0 && line.trim() === '---');
  if (close < 0) {
    report(1, 'front matter is not closed: add a line "---" after the record');
    return { ok: false, problems };
  }
  const yaml = parseFrontMatter(lines.slice(1, close).join('\n'), 2);
  for (const p of yaml.problems) report(p.line, p.message);
  const record = readRecord(yaml, report);
  const body = readBody(lines, close + 1, report);
  if (problems.length > 0 || !record) return { ok: false, problems };
  const work: Work = { id: record.key, record, sections: body.sections, paragraphs: body.paragraphs };
  return { ok: true, work };
}

type Report = (line: number, message: string) => void;

function readRecord(yaml: YamlDocument, report: Report): BibRecord | undefined {
  const v = yaml.value;
  const lineOf = (path: string): number => yaml.lines.get(path) ?? 1;
  const text = (key: string, required = true): string => {
    const value = v[key];
    if (value === undefined || value === '') {
      if (required) report(1, `the record needs "${key}"`);
      return '';
    }
    if (typeof value !== 'string') {
      report(lineOf(key), `"${key}" must be text`);
      return '';
    }
    return value;
  };
  const date = (key: string, required: boolean): PartialDate | undefined => {
    const value = text(key, required);
    if (value === '') return undefined;
    const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
    if (!match) {
      report(lineOf(key), `"${key}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found "${value}"`);
      return undefined;
    }
    const [year, month, day] = [match[1], match[2], match[3]].map((n) => (n === undefined ? undefined : Number(n)));
    if ((month !== undefined && (month < 1 || month > 12)) || (day !== undefined && (day < 1 || day > 31))) {
      report(lineOf(key), `"${key}" is not a real date: "${value}"`);
      return undefined;
    }
    return { year: year as number, month, day };
  };
  const names = (key: string): PersonName[] => {
    const value = v[key];
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      report(lineOf(key), `"${key}" must be a list of names, each with "family" and "given"`);
      return [];
    }
    return value.flatMap((item: YamlValue, i) => {
      if (typeof item !== 'object' || Array.isArray(item) || typeof item.family !== 'string' || item.family === '') {
        report(lineOf(`${key}.${i}`), `each of "${key}" needs a "family" name (and a "given" name)`);
        return [];
      }
      return [{ family: item.family, given: typeof item.given === 'string' ? item.given : '' }];
    });
  };
  const type = text('type');
  if (type !== '' && type !== 'chapter') report(lineOf('type'), `"type" must be "chapter", found "${type}"`);
  const receivedValue = v.received;
  const received: Record<string, string> = {};
  if (receivedValue !== undefined) {
    if (typeof receivedValue !== 'object' || Array.isArray(receivedValue)) {
      report(lineOf('received'), '"received" must be a map of the forms as received');
    } else {
      for (const [k, value] of Object.entries(receivedValue)) {
        if (typeof value === 'string') received[k] = value;
        else report(lineOf(`received.${k}`), `"received.${k}" must be text`);
      }
    }
  }
  const key = text('key');
  if (key !== '' && !/^[A-Za-z][A-Za-z0-9_:-]*$/.test(key)) {
    report(lineOf('key'), `"key" must be letters, digits, "_", ":" or "-", starting with a letter; found "${key}"`);
  }
  const record: BibRecord = {
    key,
    type: 'chapter',
    title: text('title'),
    containerTitle: text('container-title'),
    editors: names('editors'),
    authors: names('authors'),
    publisher: text('publisher'),
    place: text('place'),
    issued: date('issued', true) ?? { year: 0 },
    posted: date('posted', false),
    language: text('language', false) || 'en',
    url: text('url', false) || undefined,
    received: { kicker: received.kicker, heading: received.heading, dateline: received.dateline, source: received.source },
  };
  return record;
}

interface Body {
  sections: Section[];
  paragraphs: Paragraph[];
}

function readBody(lines: string[], from: number, report: Report): Body {
  const sections: { id: string; number: number; heading: string | undefined; line: number; paragraphs: Paragraph[] }[] = [];
  const paragraphs: Paragraph[] = [];
  let pending: { text: string[]; line: number } | undefined;

  const current = () => {
    if (sections.length === 0) sections.push({ id: 'intro', number: 0, heading: undefined, line: from + 1, paragraphs: [] });
    return sections[sections.length - 1];
  };
  const flush = () => {
    if (!pending) return;
    const section = current();
    const number = paragraphs.length + 1;
    const text = normalizeWhitespace(pending.text.join(' '));
    const id = `p${number}`;
    const sentences: Sentence[] = splitSentences(text).map((span, i) => ({
      id: `${id}.s${i + 1}`,
      number: i + 1,
      paragraphNumber: number,
      text: span.text,
      start: span.start,
    }));
    const paragraph: Paragraph = { id, number, sectionId: section.id, text, sentences, line: pending.line };
    section.paragraphs.push(paragraph);
    paragraphs.push(paragraph);
    pending = undefined;
  };

  for (let i = from; i < lines.length; i++) {
    const line = lines[i];
    const lineNumber = i + 1;
    const heading = /^(#{1,6})(\s+|$)(.*)$/.exec(line.trim());
    if (heading) {
      flush();
      const level = heading[1].length;
      const title = normalizeWhitespace(heading[3]);
      if (level !== 2) {
        report(lineNumber, `only "## " section headings are supported, found a level-${level} heading`);
      } else if (title === '') {
        report(lineNumber, 'the section heading is empty');
      } else {
        const previous = sections[sections.length - 1];
        if (previous && previous.paragraphs.length === 0) report(previous.line, `the section "${previous.heading ?? 'Introduction'}" has no paragraphs`);
        sections.push({ id: `s${sections.filter((s) => s.heading !== undefined).length + 1}`, number: sections.filter((s) => s.heading !== undefined).length + 1, heading: title, line: lineNumber, paragraphs: [] });
      }
      continue;
    }
    if (normalizeWhitespace(line) === '') {
      flush();
      continue;
    }
    if (pending) pending.text.push(line);
    else pending = { text: [line], line: lineNumber };
  }
  flush();
  const last = sections[sections.length - 1];
  if (!last) report(from + 1, 'the text has no paragraphs');
  else if (last.paragraphs.length === 0) report(last.line, `the section "${last.heading ?? 'Introduction'}" has no paragraphs`);
  return {
    sections: sections.map((s) => ({ ...s, label: s.heading ?? 'Introduction' })),
    paragraphs,
  };
}
