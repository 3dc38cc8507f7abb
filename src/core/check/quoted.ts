/**
 * Reads the words of a quotation the way an editor marks changes to it:
 * an ellipsis ("...", "…", "[...]", "\ldots") omits words, so the quotation
 * becomes segments that must appear in order; words in square brackets are
 * the writer's ("[the CPC]" may stand for a few of the source's words);
 * "[sic]" is no word at all; "[T]he" is the source's word with its case changed.
 */
import { readWords, type Word } from './words';

export interface QuotedSegment {
  readonly words: readonly Word[];
  /** `gapBefore[i]`: bracketed words stand between words i - 1 and i (length `words.length + 1`). */
  readonly gapBefore: readonly boolean[];
}

export interface QuotedWords {
  readonly segments: readonly QuotedSegment[];
  readonly count: number;
}

const MARK = new RegExp([
  /\[\s*(?:…|\.(?:\s?\.){2,}|\\l?dots(?:\{\})?|\\textellipsis(?:\{\})?)\s*\]/.source,
  /…|\.(?:[ \u00a0]?\.){2,}/.source,
  /\\(?:l|text)?dots\b(?:\{\})?|\\textellipsis\b(?:\{\})?|\\textelp\{[^{}\n]{0,200}\}/.source,
  /\\textins\*?\{[^{}\n]{0,200}\}/.source,
  /\[[^[\]\n]{0,120}\]/.source,
].map((s) => `(?:${s})`).join('|'), 'g');

const IGNORED = /^\[(?:\s*sic!?\s*|\^[^\]]*)\]$/i;
const LETTERS = /^[\p{L}\p{M}'’]+$/u;
const LETTER = /[\p{L}\p{N}]/u;

/** The words of `text[from, to)`, with offsets into `text` plus `shift`. */
export function readQuoted(text: string, from: number, to: number, latex: boolean, shift = 0): QuotedWords {
  const slice = text.slice(from, to);
  MARK.lastIndex = 0;
  const first = MARK.exec(slice);
  // Most quotations have no ellipsis and no brackets: one segment, its words as read.
  if (first === null) {
    const all = readWords(text, from, to, latex, shift);
    return all.length === 0 ? { segments: [], count: 0 } : { segments: [{ words: all, gapBefore: new Array<boolean>(all.length + 1).fill(false) }], count: all.length };
  }
  const segments: QuotedSegment[] = [];
  let words: Word[] = [];
  let gapBefore: boolean[] = [false];
  let count = 0;
  let prefix: { start: number; end: number; letters: string } | undefined;

  const pushWords = (list: Word[]): void => {
    for (let word of list) {
      if (prefix && prefix.end === word.start) {
        const form = prefix.letters + word.form;
        word = { start: prefix.start, end: word.end, form, key: form.toLowerCase(), adjusted: true };
      }
      prefix = undefined;
      words.push(word);
      gapBefore.push(false);
      count++;
    }
    prefix = undefined;
  };
  const endSegment = (): void => {
    if (words.length > 0) segments.push({ words, gapBefore });
    words = [];
    gapBefore = [false];
  };

  let at = 0;
  for (let m: RegExpExecArray | null = first; m !== null; m = MARK.exec(slice)) {
    pushWords(readWords(text, from + at, from + m.index, latex, shift));
    at = m.index + m[0].length;
    const mark = m[0];
    if (IGNORED.test(mark)) continue;
    if (mark.startsWith('\\textins') || (mark.startsWith('[') && !isEllipsis(mark))) {
      const inner = mark.slice(mark.indexOf(mark.startsWith('[') ? '[' : '{') + 1, -1);
      const start = from + m.index;
      const end = start + mark.length;
      const before = text[start - 1] ?? ' ';
      const after = text[end] ?? ' ';
      if (LETTERS.test(inner) && LETTER.test(after) && end < to) {
        prefix = { start: start + shift, end: end + shift, letters: inner };
      } else if (LETTERS.test(inner) && LETTER.test(before) && words.length > 0 && words[words.length - 1].end === start + shift) {
        const last = words[words.length - 1];
        const form = last.form + inner;
        words[words.length - 1] = { start: last.start, end: end + shift, form, key: form.toLowerCase(), adjusted: true };
      } else {
        gapBefore[words.length] = true;
      }
      continue;
    }
    endSegment();
  }
  pushWords(readWords(text, from + at, to, latex, shift));
  endSegment();
  return { segments, count };
}

function isEllipsis(mark: string): boolean {
  return /^(?:…|\.(?:\s?\.){2,}|\\l?dots(?:\{\})?|\\textellipsis(?:\{\})?)$/.test(mark.slice(1, -1).trim());
}
