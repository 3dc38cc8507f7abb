/**
 * The notes a document already has, and the ones a composition adds: the
 * next free number, whether the full note on the work was written, and the
 * definitions to append (for targets whose notes are defined apart).
 */
import type { InsertionPoint } from './compose';
import type { TargetRules } from './targets';

export class Notes {
  private last = 0;
  private readonly used = new Set<string>();
  private readonly definitions: string[] = [];
  /** Whether the document (or this composition) holds a note with the work's full title. */
  fullWritten = false;

  /** `title` is the work's full title as the target writes it: a note holding it is a full note. */
  constructor(private readonly rules: TargetRules, private readonly document: string, title: string) {
    const notes = rules.notes;
    for (const match of document.replace(/\r\n/g, '\n').matchAll(notes.bodies)) if (match[1].includes(title)) this.fullWritten = true;
    if ('labels' in notes) {
      for (const label of notes.labels(document)) this.used.add(label);
      const numbers = [...this.used].map(Number).filter(Number.isInteger);
      this.last = Math.max(this.used.size, ...numbers, 0);
    }
  }

  /** The marker of a new note with `body`: the note itself where notes are inline, else a number whose definition is kept for appendix(). */
  add(body: string): string {
    this.fullWritten = true;
    const notes = this.rules.notes;
    if ('inline' in notes) return notes.inline(body);
    let n = this.last + 1;
    while (this.used.has(String(n))) n++;
    this.last = n;
    this.used.add(String(n));
    this.definitions.push(notes.definition(n, body));
    return notes.marker(n);
  }

  /** The definitions to add, after the document's last character or before HTML's closing body tag. */
  appendix(points: readonly InsertionPoint[]): { offset: number; text: string } | undefined {
    const notes = this.rules.notes;
    if (this.definitions.length === 0 || !('labels' in notes)) return undefined;
    const definitions = this.definitions.join('\n');
    const before = notes.appendBefore?.exec(this.document);
    if (before) return { offset: before.index, text: `${definitions}\n` };
    // An insertion at the very end puts text after the last line break.
    const tail = points.some((p) => p.end === this.document.length) ? '.' : this.document.replace(/\r\n/g, '\n');
    // Definitions join the ones that end the document; after anything else, they follow a blank line.
    const lastLine = tail.trimEnd().split('\n').pop() ?? '';
    const afterNotes = new RegExp(notes.bodies.source, 'm').test(lastLine);
    const gap = tail === '' || tail.endsWith('\n\n') || (afterNotes && tail.endsWith('\n')) ? '' : tail.endsWith('\n') || afterNotes ? '\n' : '\n\n';
    return { offset: this.document.length, text: `${gap}${definitions}${this.document.endsWith('\n') ? '\n' : ''}` };
  }
}
