/**
 * Front matter for a text the writer brings: the record they gave, written
 * as the YAML that `parseText` reads back. Every value is double-quoted, so
 * that no title or name can be read as markup.
 */
import type { RecordType } from './model';

/** What "Make This File a Text…" asks for. Empty fields are left out. */
export interface RecordFields {
  readonly key: string;
  readonly type: RecordType;
  readonly title: string;
  /** "Family, Given" for a person, or an organisation's name (no comma). */
  readonly authors: readonly string[];
  /** `2011`, `2011-09` or `2011-09-17`. */
  readonly issued: string;
  readonly publisher?: string;
  readonly place?: string;
  readonly containerTitle?: string;
  readonly url?: string;
  readonly language?: string;
}

function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/[\r\n]+/g, ' ')}"`;
}

/** The front matter, from its opening `---` to its closing `---` and the blank line after it. */
export function frontMatterOf(fields: RecordFields): string {
  const lines = ['---', `key: ${quote(fields.key)}`, `type: ${fields.type}`, `title: ${quote(fields.title)}`];
  if (fields.containerTitle) lines.push(`container-title: ${quote(fields.containerTitle)}`);
  if (fields.authors.length > 0) {
    lines.push('authors:');
    for (const author of fields.authors) {
      const comma = author.indexOf(',');
      if (comma < 0) lines.push(`  - literal: ${quote(author.trim())}`);
      else lines.push(`  - family: ${quote(author.slice(0, comma).trim())}`, `    given: ${quote(author.slice(comma + 1).trim())}`);
    }
  }
  if (fields.publisher) lines.push(`publisher: ${quote(fields.publisher)}`);
  if (fields.place) lines.push(`place: ${quote(fields.place)}`);
  lines.push(`issued: ${quote(fields.issued)}`);
  if (fields.url) lines.push(`url: ${quote(fields.url)}`);
  lines.push(`language: ${quote(fields.language || 'en')}`, '---', '', '');
  return lines.join('\n');
}

/** A citation key from the first author's family name (or first word of the title), the year and the title's first long word. */
export function suggestKey(fields: Pick<RecordFields, 'authors' | 'issued' | 'title'>): string {
  const words = (text: string) => text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9\s]/g, '').split(/\s+/).filter(Boolean);
  const who = fields.authors[0] ? words(fields.authors[0].split(',')[0])[0] ?? '' : '';
  const title = words(fields.title).filter((w) => w.length > 3 && !['with', 'from', 'that', 'this', 'their'].includes(w));
  const year = /^\d{4}/.exec(fields.issued)?.[0] ?? '';
  const first = who || title[0] || 'text';
  return `${first}${year}${title.find((w) => w !== first) ?? ''}`;
}
