/**
 * Where each kind of quotation problem is explained: a section of
 * docs/checking.md whose anchor is the problem's code, so that a kind added
 * to the checker needs only its section there, and no table here.
 */

/** The document that explains the problems, relative to the extension's folder. */
export const PROBLEM_DOCS = 'docs/checking.md';

/** The anchor of a problem's section: its code, as an HTML id may hold it. */
export function problemAnchor(code: string): string {
  return code.toLowerCase().replace(/[^a-z0-9_-]+/g, '-');
}
