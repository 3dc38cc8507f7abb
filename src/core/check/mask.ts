/**
 * Masks what is not prose with spaces, keeping every offset: code spans,
 * comments, link targets and URLs in Markdown; comments, \verb and
 * reference commands in LaTeX. Offsets found in the masked text are offsets
 * in the writer's text.
 */
import { lowerBound } from './place';
import { maskKind } from './kindSyntax';
import type { DocumentLanguage } from './types';

/** `text` with everything that is not prose replaced by spaces, same length. */
export function maskBlock(text: string, language: DocumentLanguage): string {
  if (language === 'plaintext') return text;
  // Typst, Org, HTML, AsciiDoc and reStructuredText have their own syntax; MDX is Markdown with JavaScript besides.
  if (language === 'typst' || language === 'org' || language === 'html' || language === 'asciidoc' || language === 'restructuredtext') return maskKind(text, language);
  if (language === 'mdx') return maskKind(maskBlock(text, 'markdown'), 'mdx');
  // Split into characters only once something is masked: most blocks are prose.
  let chars: string[] | undefined;
  const blank = (from: number, to: number): void => {
    chars ??= text.split('');
    for (let i = from; i < to; i++) if (chars[i] !== '\n' && chars[i] !== '\r') chars[i] = ' ';
  };
  const result = (): string => (chars ? chars.join('') : text);
  let match: RegExpExecArray | null;
  // Each pattern runs only where its first character occurs: most blocks are plain prose.
  if (language === 'latex') {
    if (text.includes('%')) {
      const comment = /(?<!\\)%[^\n]*/g;
      while ((match = comment.exec(text)) !== null) blank(match.index, match.index + match[0].length);
    }
    if (text.includes('\\')) {
      if (text.includes('\\verb')) blankVerb(text, blank);
      // An argument stops at the next opening brace or bracket: "\url{\url{…" is read once.
      const url = /\\(?:url|href|path|label|ref|eqref|cref|Cref|autoref|pageref|input|include|includegraphics)(?:\[[^[\]\n]{0,300}\])?\{[^{}\n]*\}/g;
      while ((match = url.exec(text)) !== null) blank(match.index, match.index + match[0].length);
    }
    return result();
  }
  if (text.includes('`')) blankCodeSpans(text, blank);
  let open = text.indexOf('<!--');
  while (open >= 0) {
    const close = text.indexOf('-->', open + 4);
    if (close < 0) {
      blank(open, text.length);
      break;
    }
    blank(open, close + 3);
    open = text.indexOf('<!--', close + 3);
  }
  if (text.includes('](')) {
    const link = /\]\((?:[^()\s]|\([^()\s]*\))*(?:\s+"[^"\n]*")?\)/g;
    // Keep the parentheses: "[text](" must still read as a link, not as a citation in brackets.
    while ((match = link.exec(text)) !== null) blank(match.index + 2, match.index + match[0].length - 1);
  }
  if (!text.includes('<') && !text.includes('://') && !text.includes(']:')) return result();
  const other = /<https?:[^>\s]*>|https?:\/\/[^\s)>\]]+|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>|^ {0,3}\[[^\]\n]+\]:\s+\S+/gm;
  while ((match = other.exec(text)) !== null) {
    // A footnote definition "[^1]: ..." is prose, not a link reference.
    if (!/^ {0,3}\[\^/.test(match[0])) blank(match.index, match.index + match[0].length);
  }
  return result();
}

/**
 * Blanks Markdown code spans: a run of backticks up to the next run of the
 * same length. Linear in the text, whatever the backticks.
 */
function blankCodeSpans(text: string, blank: (from: number, to: number) => void): void {
  const runs: { start: number; length: number }[] = [];
  for (let i = text.indexOf('`'); i >= 0; i = text.indexOf('`', i)) {
    let j = i;
    while (text.charCodeAt(j) === 96) j++;
    runs.push({ start: i, length: j - i });
    i = j;
  }
  // For each run, the index of the next run of the same length.
  const next = new Int32Array(runs.length).fill(-1);
  const lastOfLength = new Map<number, number>();
  for (let r = runs.length - 1; r >= 0; r--) {
    next[r] = lastOfLength.get(runs[r].length) ?? -1;
    lastOfLength.set(runs[r].length, r);
  }
  for (let r = 0; r < runs.length; r++) {
    const closing = next[r];
    if (closing < 0) continue;
    blank(runs[r].start, runs[closing].start + runs[closing].length);
    r = closing;
  }
}

const VERB = /\\verb\*?([^\sa-zA-Z*])/g;

/**
 * Blanks LaTeX "\verb|…|": from the delimiter to its next occurrence on the
 * same line. Each character's positions are listed once, so a line of
 * unclosed "\verb!\verb"\verb#…" is read once, not once per command.
 */
function blankVerb(text: string, blank: (from: number, to: number) => void): void {
  let positions: Map<string, number[]> | undefined;
  let from = 0;
  VERB.lastIndex = 0;
  for (let m = VERB.exec(text); m !== null; m = VERB.exec(text)) {
    if (m.index < from) continue;
    positions ??= charPositions(text);
    const open = m.index + m[0].length;
    const list = positions.get(m[1]) ?? [];
    const close = list[lowerBound(list, open)];
    const breaks = positions.get('\n') ?? [];
    const lineEnd = breaks[lowerBound(breaks, open)];
    if (close === undefined || (lineEnd !== undefined && close > lineEnd)) continue;
    blank(m.index, close + 1);
    from = close + 1;
    VERB.lastIndex = close + 1;
  }
}

function charPositions(text: string): Map<string, number[]> {
  const positions = new Map<string, number[]>();
  for (let i = 0; i < text.length; i++) {
    const list = positions.get(text[i]);
    if (list) list.push(i);
    else positions.set(text[i], [i]);
  }
  return positions;
}
