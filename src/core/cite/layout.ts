/** Where a quotation's punctuation goes, and how a block stands among the lines around it. */
import type { InsertionPoint } from './compose';

/**
 * Splits a quotation's closing punctuation from its words. A period moves
 * after a parenthetical citation; "?" and "!" stay inside and a period
 * follows the citation; a comma, colon or semicolon is dropped, the
 * sentence going on. When the citation follows the punctuation (a note),
 * only ",", ";" and ":" are dropped.
 */
export function splitEnd(text: string, keepPunctuation: boolean): { words: string; end: string } {
  const trimmed = text.trim().replace(/[,;:]+(["”’]?)$/, '$1');
  if (keepPunctuation) return { words: trimmed, end: '' };
  const period = /\.(["”’]?)$/.exec(trimmed);
  if (period) return { words: trimmed.slice(0, period.index) + period[1], end: '.' };
  return { words: trimmed, end: /[?!]["”’]?$/.test(trimmed) ? '.' : '' };
}

/** A block stands on its own lines, a blank line from the text around it. */
export function padBlock(text: string, document: string, point: InsertionPoint): string {
  const lineStart = point.start === 0 ? 0 : document.lastIndexOf('\n', point.start - 1) + 1;
  const lineBreak = document.indexOf('\n', point.end);
  const before = document.slice(lineStart, point.start);
  const after = document.slice(point.end, lineBreak < 0 ? document.length : lineBreak);
  const previousLine = lineStart === 0 ? '' : document.slice(lineStart < 2 ? 0 : document.lastIndexOf('\n', lineStart - 2) + 1, lineStart - 1);
  const nextEnd = lineBreak < 0 ? -1 : document.indexOf('\n', lineBreak + 1);
  const nextLine = lineBreak < 0 ? '' : document.slice(lineBreak + 1, nextEnd < 0 ? document.length : nextEnd);
  const prefix = before.trim() ? '\n\n' : previousLine.trim() ? '\n' : '';
  const suffix = after.trim() ? '\n\n' : nextLine.trim() ? '\n' : '';
  return `${prefix}${text}${suffix}`;
}
