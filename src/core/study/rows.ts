/**
 * The lines the concordance and the frequency list are shown as, in the
 * editor and on the command line alike: one occurrence (or one word) a line,
 * in aligned columns, with where on the line its link goes.
 */
import type { Occurrence } from './concordance';
import type { FrequencyEntry } from './frequency';
import { displayWidth, keywordInContext } from './kwic';

/** Columns of context either side of a keyword unless asked otherwise. */
export const DEFAULT_CONTEXT_WIDTH = 50;

/** Where on a line something sits, in UTF-16 offsets. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

/** A line of the concordance: "¶ 13", the context before, the keyword, the context after. */
export interface ConcordanceRow {
  readonly text: string;
  readonly occurrence: Occurrence;
  readonly paragraph: Span;
  readonly keyword: Span;
}

/** The label of a paragraph on a concordance line. */
export function paragraphMark(n: number): string {
  return `¶ ${n}`;
}

/** One aligned line per occurrence, in the order given. */
export function concordanceRows(occurrences: readonly Occurrence[], width = DEFAULT_CONTEXT_WIDTH): ConcordanceRow[] {
  let labelWidth = 0;
  for (const o of occurrences) labelWidth = Math.max(labelWidth, paragraphMark(o.unit.paragraph.number).length);
  return occurrences.map((occurrence) => {
    const mark = paragraphMark(occurrence.unit.paragraph.number);
    const { left, keyword, right } = keywordInContext(occurrence.unit.paragraph.text, occurrence.start, occurrence.end, width);
    const head = `${mark.padEnd(labelWidth)}  ${left}  `;
    return {
      text: `${head}${keyword}${right === '' ? '' : `  ${right}`}`,
      occurrence,
      paragraph: { start: 0, end: mark.length },
      keyword: { start: head.length, end: head.length + keyword.length },
    };
  });
}

/** A line of a frequency list: the count, the word (its link), and its forms when it has several. */
export interface FrequencyRow {
  readonly text: string;
  readonly entry: FrequencyEntry;
  readonly word: Span;
}

/** Words longer than this do not widen the column for all the others. */
const WORD_COLUMN_MAX = 24;

/** One aligned line per entry, in the order given. */
export function frequencyRows(entries: readonly FrequencyEntry[]): FrequencyRow[] {
  const countWidth = entries.reduce((w, e) => Math.max(w, String(e.count).length), 1);
  const wordWidth = Math.min(WORD_COLUMN_MAX, entries.reduce((w, e) => Math.max(w, displayWidth(e.word)), 1));
  return entries.map((entry) => {
    const head = `${String(entry.count).padStart(countWidth)}  `;
    const forms = entry.forms.length > 1 ? entry.forms.map((f) => `${f.form} ${f.count}`).join(' · ') : '';
    const pad = ' '.repeat(Math.max(0, wordWidth - displayWidth(entry.word)));
    return {
      text: `${head}${entry.word}${forms === '' ? '' : `${pad}  ${forms}`}`,
      entry,
      word: { start: head.length, end: head.length + entry.word.length },
    };
  });
}
