/**
 * Masks what is not prose with spaces, keeping every offset: code spans,
 * comments, link targets and URLs in Markdown; comments, \verb and
 * reference commands in LaTeX. Offsets found in the masked text are offsets
 * in the writer's text.
 */
import type { DocumentLanguage } from './types';

/** `text` with everything that is not prose replaced by spaces, same length. */
export function maskBlock(text: string, language: DocumentLanguage): string {
  if (language === 'plaintext') return text;
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
      const verb = /\\verb\*?([^\sa-zA-Z*])[^\n]*?\1/g;
      while ((match = verb.exec(text)) !== null) blank(match.index, match.index + match[0].length);
      const url = /\\(?:url|href|path|label|ref|eqref|cref|Cref|autoref|pageref|input|include|includegraphics)(?:\[[^\]\n]*\])?\{[^}\n]*\}/g;
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
