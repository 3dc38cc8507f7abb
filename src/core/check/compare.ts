/**
 * Turns an alignment into what a writer reads and what a quick fix does:
 * each run of differing words becomes one difference with a message part
 * and an edit that puts the source's words back, touching nothing else.
 */
import type { Alignment, Step } from './align';
import { sourceSpan, sourceTail, type SourceText } from './source';
import type { TextEdit } from './types';
import { sameWording, type Word } from './words';

export interface Difference {
  /** "“keystone” should be “cornerstone”", "“very” is not in the text", ... */
  readonly description: string;
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
export function differences(alignment: Alignment, source: SourceText, text: string, offset: number): Difference[] {
  const result: Difference[] = [];
  for (const { segment, steps } of alignment.segments) {
    const words = segment.words;
    const ok = steps.map((step) => isFaithful(step, words, source));
    let i = 0;
    while (i < steps.length) {
      if (ok[i]) {
        i++;
        continue;
      }
      let j = i;
      while (j < steps.length && !ok[j]) j++;
      result.push(describe(steps, i, j, words, source, text, offset));
      i = j;
    }
  }
  return result;
}

function isFaithful(step: Step, words: readonly Word[], source: SourceText): boolean {
  if (step.kind === 'bracketed' || step.kind === 'heading') return true;
  if (step.kind !== 'same') return false;
  return sameWording(words[step.quoted], source.words[step.source], step.quoted === 0);
}

function quotedOf(step: Step): number | undefined {
  return step.kind === 'left-out' || step.kind === 'bracketed' || step.kind === 'heading' ? undefined : step.quoted;
}

function sourceOf(step: Step): number | undefined {
  return step.kind === 'added' ? undefined : step.source;
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
      description: `“${show(first.start, last.end)}” should be “${shorten(wording)}”`,
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
        description: `“${missing}” is left out after “${show(anchor.start, anchor.end)}”`,
        edits: [{ range: { start: anchor.end + offset, end: anchor.end + offset }, newText }],
      };
    }
    const anchor = words[after ?? 0];
    return {
      description: `“${missing}” is left out before “${show(anchor.start, anchor.end)}”`,
      edits: [{ range: { start: anchor.start + offset, end: anchor.start + offset }, newText: `${sourceSpan(source, s0, sN)} ` }],
    };
  }
  const first = quotedWords[0];
  const last = quotedWords[quotedWords.length - 1];
  const description = `“${show(first.start, last.end)}” is not in the text`;
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
