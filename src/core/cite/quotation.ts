/**
 * The words a quotation takes from the text, and how long they are in the
 * measures the manuals use: words (APA, Chicago, Cite Them Right) and lines
 * (MLA's "more than four lines").
 */
import type { Work } from '../model';
import { paragraphsOf, type Passage } from '../passage';
import type { QuotationLength } from './style';

/**
 * A line of an MLA manuscript: 6.5 inches between one-inch margins on US
 * letter paper, in 12-point Times New Roman, holds about 88 characters.
 */
export const MANUSCRIPT_LINE = 88;

/** The quoted paragraphs: the passage's own words, or, when it quotes none, the whole of the paragraphs it covers. */
export function quotedParagraphs(work: Work, passage: Passage): string[] {
  const own = passage.text.split(/\n\s*\n/).map((p) => p.replace(/\s+/g, ' ').trim()).filter(Boolean);
  return own.length > 0 ? own : paragraphsOf(work, passage).map((p) => p.text);
}

/** Words, and lines when the text is wrapped word by word at MANUSCRIPT_LINE characters. */
export function quotationLength(paragraphs: readonly string[]): QuotationLength {
  let words = 0;
  let lines = 0;
  for (const paragraph of paragraphs) {
    let line = 0;
    lines++;
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      words++;
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed > MANUSCRIPT_LINE && line > 0) {
        lines++;
        line = word.length;
      } else {
        line = needed;
      }
    }
  }
  return { words, lines };
}
