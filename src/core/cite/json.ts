import { ENGLISH, type BibMessages } from '../messages';

/** JSON.parse, but a failure says on which line, the same in every JavaScript engine. */
export function parseJson(text: string, words: Pick<BibMessages, 'jsonEndsEarly' | 'jsonInvalidAt'> = ENGLISH.bib): { value: unknown } | { line: number; message: string } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const offset = jsonErrorOffset(text);
    return { line: text.slice(0, offset).split('\n').length, message: offset >= text.length ? words.jsonEndsEarly : words.jsonInvalidAt(text.slice(offset, offset + 12).split(/\r?\n/)[0]) };
  }
}

/**
 * Where JSON text stops being valid, used only once JSON.parse has failed. A
 * reader with its own stack of open brackets, not recursion, so that any
 * depth of nesting is read (10,000 "[" overflowed the call stack).
 */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const token = (pattern: RegExp): boolean => {
    const match = pattern.exec(text.slice(i, i + 100_000));
    if (match) i += match[0].length;
    return match !== null;
  };
  const string = () => token(/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/);
  const scalar = () => (text[i] === '"' ? string() : token(/^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/));
  /** A member's name and colon. */
  const name = (): boolean => {
    ws();
    if (!string()) return false;
    ws();
    if (text[i] !== ':') return false;
    i++;
    return true;
  };
  const open: string[] = [];
  let expectValue = true;
  for (;;) {
    ws();
    if (expectValue) {
      const c = text[i];
      if (c === '{' || c === '[') {
        i++;
        ws();
        if (text[i] === (c === '{' ? '}' : ']')) {
          i++;
          expectValue = false;
        } else {
          open.push(c);
          if (c === '{' && !name()) return i;
        }
        continue;
      }
      if (!scalar()) return i;
      expectValue = false;
      continue;
    }
    const top = open[open.length - 1];
    if (top === undefined) return i;
    if (text[i] === ',') {
      i++;
      if (top === '{' && !name()) return i;
      expectValue = true;
    } else if (text[i] === (top === '{' ? '}' : ']')) {
      i++;
      open.pop();
    } else {
      return i;
    }
  }
}
