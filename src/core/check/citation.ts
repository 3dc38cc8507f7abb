/**
 * The citation the "insert citation" fix adds when the caller brings no
 * formatter: a Pandoc key in Markdown, \parencite in LaTeX, and an
 * author-date parenthetical in plain text.
 */
import type { Work } from '../model';
import type { Passage } from '../passage';
import type { CitationInsertion, DocumentLanguage } from './types';

export function defaultCitation(work: Work, passage: Passage, language: DocumentLanguage): CitationInsertion {
  const { record } = work;
  const l = passage.locator;
  const span = l.kind === 'paragraphs' ? l : undefined;
  const plural = span !== undefined && span.first !== span.last;
  if (language === 'latex') {
    const locator = span ? `[${plural ? `paras.~${span.first}--${span.last}` : `para.~${span.first}`}]` : '';
    return { inline: ` \\parencite${locator}{${record.key}}` };
  }
  const locator = span ? (plural ? `paras. ${span.first}–${span.last}` : `para. ${span.first}`) : '';
  if (language === 'markdown') return { inline: ` [@${record.key}${locator ? `, ${locator}` : ''}]` };
  const person = record.authors[0] ?? record.editors[0];
  const who = person ? person.family : `"${record.title},"`;
  return { inline: ` (${who}, ${record.issued.year}${locator ? `, ${locator}` : ''})` };
}
