/** Renders a work for reading: plain text for terminals, Markdown for the reader. */
import { ENGLISH } from './messages';
import type { Work } from './model';
import { paragraphRange } from './model';
import { paragraphLabel } from './passage';

export function renderWorkText(work: Work): string {
  const out: string[] = [work.record.title, ''];
  for (const section of work.sections) {
    const range = paragraphRange(section);
    out.push(`${section.label}${range ? ` (${paragraphLabel(range.first, range.last)})` : ''}`, '');
    // A text that marks its printed pages gives each paragraph's after its number, as they are cited.
    for (const p of section.paragraphs) out.push(`[${p.number}] ${p.pages ? `(${ENGLISH.reader.pages(p.pages.first, p.pages.last)}) ` : ''}${p.text}`, '');
  }
  return out.join('\n');
}
