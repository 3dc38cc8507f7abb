/**
 * `cpc-relations concordance`: every occurrence of a word or phrase in
 * context, with its paragraph and the count per text and section; with
 * `--frequency`, a text's words by frequency. Exit status 0 when something
 * is found, 1 when nothing is, 2 when misused.
 */
import { Concordance, concordanceRows, DEFAULT_CONTEXT_WIDTH, frequencyRows, type ConcordanceResult } from '../core/study';
import { parseArgs } from './args';
import { escapeForTerminal, EXIT, jsonForTerminal, processIo, type Io } from './output';
import type { Work } from '../core/model';
import { cliMessages, cliWords } from './language';
import { loadTexts, TEXT_OPTION } from './texts';

/** The usage of concordance, in the command line's language. */
export function concordanceUsage(): string {
  return cliWords().concordance.usage(DEFAULT_CONTEXT_WIDTH);
}

const nodeIo = processIo();

const WIDTH_RANGE = { min: 10, max: 200 };

export function runConcordance(args: readonly string[], io: Io = nodeIo): number {
  const fail = (message: string): number => {
    io.err(`cpc-relations concordance: ${escapeForTerminal(message)}\n\n${cliWords().usageHeading}\n${concordanceUsage()}`);
    return EXIT.usage;
  };
  const parsed = parseArgs(args, { flags: ['--json', '--frequency'], valued: ['--width', '--limit'], repeated: [TEXT_OPTION] });
  if (parsed.kind === 'help') {
    io.out(`${cliWords().usageHeading}\n${concordanceUsage()}`);
    return EXIT.ok;
  }
  if (parsed.kind === 'error') return fail(parsed.message);
  const json = parsed.options.has('--json');
  const files = parsed.lists.get(TEXT_OPTION) ?? [];
  const number = (name: string, min: number, max: number): number | undefined | string => {
    const value = parsed.options.get(name);
    if (value === undefined) return undefined;
    return /^\d+$/.test(value) && Number(value) >= min && Number(value) <= max ? Number(value) : cliWords().wholeNumber(name, min, max, value);
  };
  if (parsed.options.has('--frequency')) {
    if (parsed.positional.length > 0) return fail(cliWords().concordance.frequencyTakesNoWord(parsed.positional.join(' ')));
    if (parsed.options.has('--width')) return fail(cliWords().concordance.widthNotForFrequency);
    if (files.length > 1) return fail(cliWords().concordance.frequencyOneText);
    const limit = number('--limit', 1, Number.MAX_SAFE_INTEGER);
    if (typeof limit === 'string') return fail(limit);
    const loaded = loadTexts('concordance', files, io);
    if (!loaded.ok) return EXIT.usage;
    const work = loaded.works[loaded.works.length - 1];
    const entries = (new Concordance([work]).frequencies(work.id) ?? []).slice(0, limit);
    if (json) io.out(`${jsonForTerminal(entries)}\n`);
    else io.out(frequencyRows(entries).map((row) => `${escapeForTerminal(row.text)}\n`).join(''));
    return entries.length > 0 ? EXIT.ok : EXIT.found;
  }
  if (parsed.options.has('--limit')) return fail(cliWords().concordance.limitIsForFrequency);
  const width = number('--width', WIDTH_RANGE.min, WIDTH_RANGE.max);
  if (typeof width === 'string') return fail(width);
  const query = parsed.positional.join(' ');
  if (query.trim() === '') return fail(cliWords().concordance.giveWord);
  const loaded = loadTexts('concordance', files, io);
  if (!loaded.ok) return EXIT.usage;
  const result = new Concordance(loaded.works).lookup(query);
  if ('problem' in result) {
    return fail(result.problem === 'empty' ? cliWords().concordance.giveWord : cliWords().concordance.noWordIn(result.text));
  }
  if (json) io.out(`${jsonForTerminal(toJson(result))}\n`);
  else io.out(asText(result, width ?? DEFAULT_CONTEXT_WIDTH, loaded.works).map((line) => `${escapeForTerminal(line)}\n`).join(''));
  return result.occurrences.length > 0 ? EXIT.ok : EXIT.found;
}

/** The lines of the concordance, each to be escaped for the terminal. */
function asText(result: ConcordanceResult, width: number, works: readonly Work[]): string[] {
  const several = works.length > 1;
  // The untitled opening is named in the command line's language; headings as the text gives them.
  const sectionName = (workId: string, sectionId: string, label: string) => {
    const section = works.find((w) => w.id === workId)?.sections.find((s) => s.id === sectionId);
    return section && section.heading === undefined ? cliMessages().reader.introduction : label;
  };
  const total = result.occurrences.length;
  if (total === 0) return [cliWords().concordance.noOccurrence(JSON.stringify(result.query.text))];
  const forms = result.forms.map((f) => `${f.form} ${f.count}`).join(', ');
  const lines = [`${result.query.text}: ${cliWords().concordance.occurrences(total)} (${forms})`];
  for (const text of result.texts) {
    lines.push(`${text.title}: ${text.count}`);
    for (const section of text.sections) lines.push(`  ${sectionName(text.workId, section.sectionId, section.label)}: ${section.count}`);
  }
  const rows = concordanceRows(result.occurrences, width);
  let work: string | undefined;
  for (const row of rows) {
    if (several && row.occurrence.unit.workId !== work) lines.push('', `${row.occurrence.unit.title}:`);
    else if (work === undefined) lines.push('');
    work = row.occurrence.unit.workId;
    lines.push(row.text.replace(/\s+$/, ''));
  }
  return lines;
}

function toJson(result: ConcordanceResult): object {
  const { query } = result;
  const rows = concordanceRows(result.occurrences);
  return {
    query: query.text,
    exact: query.kind === 'words' ? query.exact : true,
    total: result.occurrences.length,
    forms: result.forms,
    texts: result.texts.map((t) => ({ work: t.workId, title: t.title, count: t.count, sections: t.sections.map((s) => ({ id: s.sectionId, section: s.label, count: s.count })) })),
    occurrences: rows.map((row) => {
      const { unit, start, end } = row.occurrence;
      return { work: unit.workId, paragraph: unit.paragraph.number, section: unit.sectionLabel, start, end, text: unit.paragraph.text.slice(start, end), line: row.text.trimEnd() };
    }),
  };
}
