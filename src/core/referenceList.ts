/**
 * A reference list inserted into a document that may have one already: the
 * writer's own heading ("## References" typed before running the command)
 * is not repeated, and an entry (or a processor's list, `\printbibliography`,
 * `::: {#refs}`) already there is not added again.
 */

/** Headings writers give a reference list, folded (see `headingTitle`). */
const TITLES = new Set(['references', 'reference list', 'works cited', 'bibliography', 'sources', 'literature cited', 'works consulted', '参考文献', '引用文献']);

/**
 * The words of a heading line without its markup: "## References",
 * "\section*{References}", "<h2>References</h2>", "== References",
 * "**References:**" all give "references".
 */
export function headingTitle(line: string): string {
  return line
    .trim()
    .replace(/^#{1,6}\s+|\s+#+$/g, '')
    .replace(/^\\(?:sub)*(?:section|chapter)\*?\{(.*)\}$/, '$1')
    .replace(/^<h[1-6][^>]*>(.*)<\/h[1-6]>$/i, '$1')
    .replace(/^=+\s+|\s+=+$/g, '')
    .replace(/^[*_]+|[*_]+$/g, '')
    .replace(/[:：]$/, '')
    .trim()
    .toLowerCase();
}

/** Whether `line` heads a reference list: one of the usual titles, or the style's own. */
function isListHeading(line: string, styleTitle: string): boolean {
  const folded = headingTitle(line);
  return folded !== '' && (folded === headingTitle(styleTitle) || TITLES.has(folded));
}

/** Whether `document` holds `text`, however its lines are broken or spaced. */
export function holdsText(document: string, text: string): boolean {
  const fold = (s: string) => s.replace(/\s+/g, ' ').trim();
  const wanted = fold(text);
  return wanted !== '' && fold(document).includes(wanted);
}

export type ReferenceListPlan =
  /** Insert the composed list as it is. */
  | { readonly kind: 'whole' }
  /** The document has a reference-list heading: insert the entries only. */
  | { readonly kind: 'entries' }
  /** The document has the entry (or the processor's list) already: insert nothing. */
  | { readonly kind: 'present' };

/**
 * What to insert of `composed` (a heading, a blank line, then the entries or
 * the processor's list, as the citation engine writes it) into `document`.
 */
export function planReferenceList(document: string, composed: string): ReferenceListPlan {
  const { heading, body } = splitHeading(composed);
  if (holdsText(document, body)) return { kind: 'present' };
  if (heading !== undefined && document.split(/\r?\n/).some((line) => isListHeading(line, heading))) return { kind: 'entries' };
  return { kind: 'whole' };
}

/** `composed` without its heading, keeping the blank lines that set it apart. */
export function withoutHeading(composed: string): string {
  const { heading, lead, body, trail } = splitHeading(composed);
  return heading === undefined ? composed : `${lead}${body}${trail}`;
}

function splitHeading(composed: string): { heading?: string; lead: string; body: string; trail: string } {
  const lead = /^\s*/.exec(composed)?.[0] ?? '';
  const trail = /\s*$/.exec(composed.slice(lead.length))?.[0] ?? '';
  const core = composed.slice(lead.length, composed.length - trail.length);
  const gap = core.indexOf('\n\n');
  if (gap < 0) return { lead, body: core, trail };
  const first = core.slice(0, gap);
  // A setext heading ("References" over "==========") is one heading of two lines.
  const title = first.split('\n')[0];
  if (!TITLES.has(headingTitle(title))) return { lead, body: core, trail };
  return { heading: title, lead, body: core.slice(gap + 2), trail };
}
