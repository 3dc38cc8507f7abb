/**
 * Comments that silence the checker, in the document's own syntax, so that
 * the editor and the command line honour them alike:
 *
 * - `<!-- cpc-relations-ignore -->` (Markdown), `% cpc-relations-ignore`
 *   (LaTeX), `[cpc-relations-ignore]` (plain text, which has no comments),
 *   each kind's own comment as the table of document kinds writes it:
 *   no problem is reported on the comment's own line or on the next one;
 * - `<!-- cpc-relations-disable -->`, `% cpc-relations-disable`,
 *   `[cpc-relations-disable]` anywhere: the document is not checked.
 */
import { kindCheckedAs, suppressionPattern } from '../kinds';
import type { CheckResult, DocumentLanguage, TextEdit } from './types';

export const IGNORE_MARK = 'cpc-relations-ignore';
export const DISABLE_MARK = 'cpc-relations-disable';

/** Each language's comment around a mark, and a pattern that finds it: the table of document kinds says how each kind writes it. */
const SYNTAX = {
  write: (language: DocumentLanguage, mark: string): string => kindCheckedAs(language).suppression(mark),
  find: (language: DocumentLanguage, mark: string): RegExp => suppressionPattern(kindCheckedAs(language), mark),
};

/** The comment that makes the checker ignore the next line, as the language writes it. */
export function ignoreComment(language: DocumentLanguage): string {
  return SYNTAX.write(language, IGNORE_MARK);
}

/** The comment that turns checking off for a whole document. */
export function disableComment(language: DocumentLanguage): string {
  return SYNTAX.write(language, DISABLE_MARK);
}

/** Whether the document turns checking off for itself. */
export function isCheckingDisabled(text: string, language: DocumentLanguage): boolean {
  return SYNTAX.find(language, DISABLE_MARK).test(text);
}

/** The start offset of each line. */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineAt(starts: readonly number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * `result` without the findings the document silences: every finding when
 * it turns checking off, else those starting on a line with an ignore
 * comment or on the line after one. Quotations, citations and coverage stay.
 */
export function withoutSuppressed(text: string, language: DocumentLanguage, result: CheckResult): CheckResult {
  if (result.findings.length === 0) return result;
  const { disabled, starts, silenced } = suppressionOf(text, language);
  if (disabled) return { ...result, findings: [] };
  if (!starts || !silenced) return result;
  return { ...result, findings: result.findings.filter((f) => !silenced.has(lineAt(starts, f.range.start))) };
}

interface Suppression {
  readonly disabled: boolean;
  /** With lines silenced: the start of each line, and the silenced lines. */
  readonly starts?: readonly number[];
  readonly silenced?: ReadonlySet<number>;
}

let lastSuppression: { text: string; language: DocumentLanguage; suppression: Suppression } | undefined;

/** What the document's comments silence; the last document's is remembered, as each text of a library is checked against it. */
function suppressionOf(text: string, language: DocumentLanguage): Suppression {
  if (lastSuppression?.text === text && lastSuppression.language === language) return lastSuppression.suppression;
  let suppression: Suppression = { disabled: isCheckingDisabled(text, language) };
  const pattern = SYNTAX.find(language, IGNORE_MARK);
  if (!suppression.disabled && pattern.test(text)) {
    const starts = lineStarts(text);
    const silenced = new Set<number>();
    starts.forEach((start, line) => {
      const end = line + 1 < starts.length ? starts[line + 1] : text.length;
      if (pattern.test(text.slice(start, end))) silenced.add(line).add(line + 1);
    });
    suppression = { disabled: false, starts, silenced };
  }
  lastSuppression = { text, language, suppression };
  return suppression;
}

/**
 * The edit that silences a finding starting at `offset`: an ignore comment
 * on a line of its own above, indented and block-quoted as that line is.
 */
export function ignoreEdit(text: string, language: DocumentLanguage, offset: number): TextEdit {
  const starts = lineStarts(text);
  const start = starts[lineAt(starts, offset)];
  const end = text.indexOf('\n', start);
  const line = text.slice(start, end < 0 ? text.length : end);
  const prefix = language === 'markdown' ? /^[ \t]*(?:>[ \t]?)*/.exec(line)?.[0] ?? '' : /^[ \t]*/.exec(line)?.[0] ?? '';
  const eol = end > 0 && text[end - 1] === '\r' ? '\r\n' : '\n';
  return { range: { start, end: start }, newText: `${prefix}${ignoreComment(language)}${eol}` };
}
