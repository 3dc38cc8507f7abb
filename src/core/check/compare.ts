/**
 * Turns an alignment into what a writer reads and what a quick fix does:
 * each run of differing words becomes one difference with a message part
 * and an edit that puts the source's words back, touching nothing else.
 */
import type { Alignment, Step } from './align';
import { sourceSpan, sourceTail, sourceWord, type SourceText } from './source';
import type { TextEdit } from './types';
import { decodeEntities } from '../syntax/html';
import { INVISIBLE, sameWording, type Word } from './words';
import type { DifferenceDescription } from '../messages';

export interface Difference {
  /** What differs, for the message: "“keystone” should be “cornerstone”", "“very” is not in the text", ... */
  readonly description: DifferenceDescription;
  /** In order, not overlapping. */
  readonly edits: readonly TextEdit[];
}

/** Markup between words: an edit spanning it would break it, so such edits touch the words only. */
const MARKUP = /[\\{}*_`[\]<>]|\n[ \t]*>/;

const SHOWN = 60;

/**
 * The differences of an aligned quotation. The words' offsets are offsets
 * into `text`; edits are given with `offset` added.
 */
export function differences(alignment: Alignment, source: SourceText, text: string, offset: number, latex = false): Difference[] {
  const result: { at: number; difference: Difference }[] = [];
  for (const aligned of alignment.segments) {
    const { segment } = aligned;
    const words = segment.words;
    // Held word for word, as most are: each word's case and the punctuation between them, with no step made.
    if (aligned.exactAt !== undefined && exactDifferences(aligned.exactAt, segment.gapBefore, words, source, text, offset, latex, result)) continue;
    const { steps } = aligned;
    const ok = faithful(steps, words, source);
    let i = 0;
    while (i < steps.length) {
      if (ok[i]) {
        const punctuation = i + 1 < steps.length && ok[i + 1] ? punctuationDifference(steps[i], steps[i + 1], segment.gapBefore, words, source, text, offset, latex) : undefined;
        if (punctuation) result.push(punctuation);
        i++;
        continue;
      }
      let j = i;
      while (j < steps.length && !ok[j]) j++;
      const described = describe(steps, i, j, words, source, text, offset);
      const spanning = spanningEdit(steps, i, j, words, source, text, offset, described.edits);
      const difference = spanning ? { ...described, edits: [spanning] } : described;
      result.push({ at: difference.edits[0]?.range.start ?? 0, difference });
      i = j;
    }
  }
  if (result.length === 0) return [];
  return result.sort((a, b) => a.at - b.at).map((r) => r.difference);
}

/**
 * The differences of a segment the source holds word for word from source
 * word `at`, added to `result`, when every word is written as the source
 * has it (allowing what `isFaithful` allows): only punctuation between them
 * can differ. False, adding nothing, when a word is not: its steps are read.
 */
function exactDifferences(
  at: number, gapBefore: readonly boolean[], words: readonly Word[], source: SourceText, text: string, offset: number, latex: boolean, result: { at: number; difference: Difference }[],
): boolean {
  for (let i = 0; i < words.length; i++) if (!faithfulWord(words, i, at + i, source)) return false;
  for (let i = 0; i + 1 < words.length; i++) {
    const punctuation = punctuationBetween(i, at + i, gapBefore, words, source, text, offset, latex);
    if (punctuation) result.push(punctuation);
  }
  return true;
}

/**
 * What punctuation between two words comes to, once typing and markup are
 * set aside: quotation marks, spaces, emphasis and LaTeX commands go, and
 * every dash is one dash, every ellipsis one ellipsis.
 */
function punctuationOf(gap: string): string {
  return gap
    .replace(/\\[A-Za-z]+\*?|\\[ ,;:!@/]/g, '')
    .replace(/\.\s?\.\s?\.|…/g, '…')
    .replace(/-{1,3}|[\u2012-\u2015]/g, '—')
    .replace(/\\(?![A-Za-z])/g, '')
    .replace(/[\s~{}*_`"“”‘’'«»>「」『』]/g, '')
    .replace(INVISIBLE, '');
}

/**
 * Interior punctuation changed between two faithful words that follow each
 * other in the text ("relations—the" for "relations, the"). Gaps holding the
 * writer's brackets, notes, comments or tags are the writer's to fill.
 */
function punctuationDifference(
  a: Step, b: Step, gapBefore: readonly boolean[], words: readonly Word[], source: SourceText, text: string, offset: number, latex: boolean,
): { at: number; difference: Difference } | undefined {
  if (a.kind !== 'same' || b.kind !== 'same' || b.quoted !== a.quoted + 1 || b.source !== a.source + 1) return undefined;
  return punctuationBetween(a.quoted, a.source, gapBefore, words, source, text, offset, latex);
}

/** As `punctuationDifference`, between quoted words `q` and `q + 1`, the source's words `s` and `s + 1`. */
function punctuationBetween(
  q: number, s: number, gapBefore: readonly boolean[], words: readonly Word[], source: SourceText, text: string, offset: number, latex: boolean,
): { at: number; difference: Difference } | undefined {
  if (gapBefore[q + 1]) return undefined;
  const unit = source.unitOf[s];
  if (unit !== source.unitOf[s + 1]) return undefined;
  const qa = words[q];
  const qb = words[q + 1];
  const unitText = source.units[unit].text;
  // Most words are a space apart in both: compared without building a string or an object.
  if (source.starts[s + 1] - source.ends[s] === 1 && qb.start - qa.end === 1 && text.charCodeAt(qa.end) === unitText.charCodeAt(source.ends[s])) return undefined;
  const sa = { start: source.starts[s], end: source.ends[s] };
  const sb = { start: source.starts[s + 1], end: source.ends[s + 1] };
  // A character reference ("&rdquo;") is the character it names.
  const written = decodeEntities(text.slice(qa.end, qb.start));
  if (/[[\]%<]/.test(written) || written.length > 40) return undefined;
  const original = unitText.slice(sa.end, sb.start);
  if (written === original || punctuationOf(written) === punctuationOf(original)) return undefined;
  const wanted = latex ? original.replace(/—/g, '---').replace(/–/g, '--') : original;
  const editable = !/\n/.test(written) && !MARKUP.test(written);
  return {
    at: qa.end + offset,
    difference: {
      description: { kind: 'punctuation', quoted: shorten(text.slice(qa.start, qb.end)), wording: shorten(unitText.slice(sa.start, sb.end)) },
      edits: editable ? [{ range: { start: qa.end + offset, end: qb.start + offset }, newText: wanted }] : [],
    },
  };
}

/** Whether each step is faithful, in an array reused from one segment to the next. */
function faithful(steps: readonly Step[], words: readonly Word[], source: SourceText): Uint8Array {
  if (faithfulSteps.length < steps.length) faithfulSteps = new Uint8Array(Math.max(steps.length, 2 * faithfulSteps.length));
  for (let i = 0; i < steps.length; i++) faithfulSteps[i] = isFaithful(steps[i], words, source) ? 1 : 0;
  return faithfulSteps;
}

let faithfulSteps = new Uint8Array(256);

function isFaithful(step: Step, words: readonly Word[], source: SourceText): boolean {
  if (step.kind === 'bracketed' || step.kind === 'heading') return true;
  if (step.kind !== 'same') return false;
  return faithfulWord(words, step.quoted, step.source, source);
}

/** Whether quoted word `q`, aligned with source word `s` as the same, is written as the source has it (allowing a changed initial capital and bracketed case). */
function faithfulWord(words: readonly Word[], q: number, s: number, source: SourceText): boolean {
  const quoted = words[q];
  // Most quoted words are the text's as written: compared in place, without reading the source's word out.
  const start = source.starts[s];
  if (source.ends[s] - start === quoted.form.length && source.units[source.unitOf[s]].text.startsWith(quoted.form, start)) return true;
  return sameWording(quoted, sourceWord(source, s), q === 0);
}

function quotedOf(step: Step): number | undefined {
  return step.kind === 'left-out' || step.kind === 'bracketed' || step.kind === 'heading' ? undefined : step.quoted;
}

function sourceOf(step: Step): number | undefined {
  return step.kind === 'added' ? undefined : step.source;
}

/**
 * The edit that puts back the text's words and punctuation between the
 * faithful words either side of steps `[from, to)`, when those words follow
 * each other in one paragraph of the text and nothing but the differing words
 * and punctuation stands between them in the writer's text. Else undefined.
 */
function spanningEdit(
  steps: readonly Step[], from: number, to: number, words: readonly Word[], source: SourceText, text: string, offset: number, edits: readonly TextEdit[],
): TextEdit | undefined {
  const a = steps[from - 1];
  const b = steps[to];
  if (a?.kind !== 'same' || b?.kind !== 'same') return undefined;
  const unit = source.unitOf[a.source];
  if (unit !== source.unitOf[b.source]) return undefined;
  const start = words[a.quoted].end;
  const end = words[b.quoted].start;
  const written = text.slice(start, end);
  if (MARKUP.test(written) || /[\n%]/.test(written)) return undefined;
  const original = source.units[unit].text.slice(source.ends[a.source], source.starts[b.source]);
  // Where the word-by-word edits put the punctuation right too, they are the smaller change.
  let fixed = written;
  for (const edit of [...edits].sort((x, y) => y.range.start - x.range.start)) {
    const from = edit.range.start - offset - start;
    const to = edit.range.end - offset - start;
    if (from < 0 || to > written.length) return undefined;
    fixed = fixed.slice(0, from) + edit.newText + fixed.slice(to);
  }
  if (punctuationOf(fixed) === punctuationOf(original)) return undefined;
  return { range: { start: start + offset, end: end + offset }, newText: original };
}

/** Steps `[from, to)` differ: one difference. */
function describe(steps: readonly Step[], from: number, to: number, words: readonly Word[], source: SourceText, text: string, offset: number): Difference {
  const quoted: number[] = [];
  const sourced: number[] = [];
  for (let k = from; k < to; k++) {
    const q = quotedOf(steps[k]);
    const s = sourceOf(steps[k]);
    if (q !== undefined) quoted.push(q);
    if (s !== undefined) sourced.push(s);
  }
  let before: number | undefined;
  let beforeSource: number | undefined;
  for (let k = from - 1; k >= 0 && (before === undefined || beforeSource === undefined); k--) {
    before ??= quotedOf(steps[k]);
    beforeSource ??= sourceOf(steps[k]);
  }
  let after: number | undefined;
  for (let k = to; k < steps.length && after === undefined; k++) after = quotedOf(steps[k]);

  const show = (a: number, b: number): string => shorten(text.slice(a, b));
  /** Replaces the words `list` with `newText`, or, across markup, the first word alone and deletes the others. */
  const replace = (list: readonly Word[], newText: string): TextEdit[] => {
    const start = list[0].start;
    const end = list[list.length - 1].end;
    if (!MARKUP.test(text.slice(start, end))) return [{ range: { start: start + offset, end: end + offset }, newText }];
    return list.map((w, k) => ({ range: { start: w.start + offset, end: w.end + offset }, newText: k === 0 ? newText : '' }));
  };
  const quotedWords = quoted.map((q) => words[q]);
  if (quoted.length > 0 && sourced.length > 0) {
    const first = quotedWords[0];
    const last = quotedWords[quotedWords.length - 1];
    const wording = sourceSpan(source, sourced[0], sourced[sourced.length - 1]);
    return {
      description: { kind: 'changed', quoted: show(first.start, last.end), wording: shorten(wording) },
      edits: replace(quotedWords, wording),
    };
  }
  if (quoted.length === 0) {
    const s0 = sourced[0];
    const sN = sourced[sourced.length - 1];
    const missing = shorten(sourceSpan(source, s0, sN));
    if (before !== undefined) {
      const anchor = words[before];
      const newText = beforeSource !== undefined ? sourceTail(source, beforeSource, sN) : ` ${sourceSpan(source, s0, sN)}`;
      return {
        description: { kind: 'left-out-after', missing, anchor: show(anchor.start, anchor.end) },
        edits: [{ range: { start: anchor.end + offset, end: anchor.end + offset }, newText }],
      };
    }
    const anchor = words[after ?? 0];
    return {
      description: { kind: 'left-out-before', missing, anchor: show(anchor.start, anchor.end) },
      edits: [{ range: { start: anchor.start + offset, end: anchor.start + offset }, newText: `${sourceSpan(source, s0, sN)} ` }],
    };
  }
  const first = quotedWords[0];
  const last = quotedWords[quotedWords.length - 1];
  const description: DifferenceDescription = { kind: 'not-in-text', quoted: show(first.start, last.end) };
  const remove = (start: number, end: number): TextEdit[] =>
    MARKUP.test(text.slice(start, end)) ? replace(quotedWords, '') : [{ range: { start: start + offset, end: end + offset }, newText: '' }];
  if (after !== undefined && /^\s+$/.test(text.slice(last.end, words[after].start))) {
    return { description, edits: remove(first.start, words[after].start) };
  }
  if (before !== undefined) return { description, edits: remove(words[before].end, last.end) };
  return { description, edits: remove(first.start, last.end) };
}

function shorten(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= SHOWN ? flat : `${flat.slice(0, SHOWN - 1)}…`;
}
