/** Renders a work for reading: plain text for terminals, Markdown for the reader. */
import type { Work } from './model';
import { paragraphRange } from './model';

export function renderWorkText(work: Work): string {
  const out: string[] = [work.record.title, ''];
  for (const section of work.sections) {
    const range = paragraphRange(section);
    out.push(`${section.label}${range ? ` (¶ ${range.first}–${range.last})` : ''}`, '');
    for (const p of section.paragraphs) out.push(`[${p.number}] ${p.text}`, '');
  }
  return out.join('\n');
}
