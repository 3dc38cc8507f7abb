/**
 * Several passages cited together: "paras. 4, 7". The writer picks
 * non-adjacent paragraphs in the tree or the paragraph picker; the citation
 * names them all, in order, runs of adjacent ones as ranges.
 *
 * The citation engine words one paragraph or one range (`Pinpoint`). Until
 * it words a list itself, `listCitation` composes the citation of the first
 * paragraph with the engine and puts the list, in the style's own words, where
 * the engine wrote that paragraph's locator.
 */
import { compose, locatorRich, pandocLocator, pinpointOf, render, stylePinpoint, type CiteOptions, type Composition, type InsertionPoint, type TargetId } from './cite';
import { TARGETS } from './cite/targets';
import type { Work } from './model';
import type { Passage } from './passage';

export interface ParagraphSpan {
  readonly first: number;
  readonly last: number;
}

/** The paragraphs of `passages` as sorted runs: adjacent and overlapping ones merged. */
export function spansOf(passages: readonly Passage[], work: Work): ParagraphSpan[] {
  const numbers = new Set<number>();
  for (const { locator } of passages) {
    if (locator.kind === 'paragraphs') for (let n = locator.first; n <= locator.last; n++) numbers.add(n);
    else for (const p of work.sections.find((s) => s.id === locator.sectionId)?.paragraphs ?? []) numbers.add(p.number);
  }
  const spans: { first: number; last: number }[] = [];
  for (const n of [...numbers].sort((a, b) => a - b)) {
    const last = spans[spans.length - 1];
    if (last && last.last + 1 === n) last.last = n;
    else spans.push({ first: n, last: n });
  }
  return spans;
}

/** "4, 7", "4–5, 7" with the style's range dash. */
function numbersOf(spans: readonly ParagraphSpan[], dash: string): string {
  return spans.map((s) => (s.first === s.last ? `${s.first}` : `${s.first}${dash}${s.last}`)).join(', ');
}

/**
 * The citation of several paragraphs at once, for a document in `target`:
 * one citation whose locator lists them ("paras. 4, 7", Pandoc's
 * `[@key, paras. 4, 7]`, biblatex's `[paras.~4, 7]`). Undefined when the
 * style's citation has no locator to extend (a template without one).
 */
export function listCitation(work: Work, spans: readonly ParagraphSpan[], options: CiteOptions, target: TargetId, document: string, points: readonly InsertionPoint[]): Composition | undefined {
  if (spans.length === 0) return undefined;
  const { style } = options;
  const whole = { kind: 'paragraphs' as const, first: spans[0].first, last: spans[spans.length - 1].last };
  // A style that does not count paragraphs cites the work as a whole (MLA) or
  // the section the paragraphs share (Chicago), as it would cite one of them.
  if (stylePinpoint(work, style.words, pinpointOf(work, whole), options.paragraphNumbers)?.kind !== 'paragraphs') {
    return compose(work, { kind: 'citation', passage: { locator: whole, text: '' } }, options, target, document, points);
  }
  // Paragraphs from several sections keep their numbers in every style.
  const counted: CiteOptions = { ...options, paragraphNumbers: 'always' };
  const first = { kind: 'paragraphs' as const, first: spans[0].first, last: spans[0].last };
  const composed = compose(work, { kind: 'citation', passage: { locator: first, text: '' } }, counted, target, document, points);
  if (spans.length === 1) return composed;
  const pinpoint = pinpointOf(work, first);
  const keys = options.output === 'citationKeys' ? TARGETS[target].keys : undefined;
  const pandoc = keys?.locator === 'pandoc';
  const single = pandoc ? pandocLocator(pinpoint) : render(locatorRich(style.words, pinpoint), target, style.singleQuotes);
  const list = pandoc ? `paras. ${numbersOf(spans, '–')}` : render([`${style.words.paragraphs}\u00a0${numbersOf(spans, style.words.dash)}`], target, style.singleQuotes);
  const replace = (text: string): string | undefined => {
    const at = text.lastIndexOf(single);
    return at < 0 ? undefined : text.slice(0, at) + list + text.slice(at + single.length);
  };
  // In a note style the locator is in the note, appended to the document.
  const inserts = composed.inserts.map((text) => replace(text));
  const append = composed.append && replace(composed.append.text);
  if (inserts.every((t) => t === undefined) && append === undefined) return undefined;
  return {
    inserts: inserts.map((t, i) => t ?? composed.inserts[i]),
    append: composed.append && { offset: composed.append.offset, text: append ?? composed.append.text },
  };
}
