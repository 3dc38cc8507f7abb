/** Every citation style, by id. */
import type { CitationStyle, StyleId } from '../style';
import { STYLE_IDS } from '../style';
import { apa } from './apa';
import { chicagoAuthorDate } from './chicagoAuthorDate';
import { chicagoNotes } from './chicagoNotes';
import { gbt7714 } from './gbt7714';
import { gbt7714AuthorDate } from './gbt7714AuthorDate';
import { harvard } from './harvard';
import { mla } from './mla';

export const STYLES: Readonly<Record<StyleId, CitationStyle>> = {
  apa,
  mla,
  'chicago-notes': chicagoNotes,
  'chicago-author-date': chicagoAuthorDate,
  harvard,
  'gb-t-7714': gbt7714,
  'gb-t-7714-author-date': gbt7714AuthorDate,
};

export function isStyleId(value: unknown): value is StyleId {
  return typeof value === 'string' && (STYLE_IDS as readonly string[]).includes(value);
}

/** The style with this id, or undefined. */
export function styleById(id: string): CitationStyle | undefined {
  return isStyleId(id) ? STYLES[id] : undefined;
}
