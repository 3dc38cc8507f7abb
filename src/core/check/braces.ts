/**
 * Matching braces in LaTeX text, found in one pass: looking for each
 * command's closing brace separately would read an unclosed group to the
 * end once per command.
 */

/** For each "{" of `text` (by offset), the offset of its closing "}"; unclosed ones are absent. A backslash escapes the next character. */
function braceMatches(text: string): Map<number, number> {
  const matches = new Map<number, number>();
  const open: number[] = [];
  for (let i = text.indexOf('{') < 0 && text.indexOf('}') < 0 ? text.length : 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 92) i++;
    else if (c === 123) open.push(i);
    else if (c === 125 && open.length > 0) matches.set(open.pop() as number, i);
  }
  return matches;
}

/** Answers "where does the brace at `open` close?" for one text, computing all answers on the first question. */
export class Braces {
  private matches: Map<number, number> | undefined;

  constructor(private readonly text: string) {}

  /** The offset of the brace closing the one at `open`, or -1. */
  closing(open: number): number {
    this.matches ??= braceMatches(this.text);
    return this.matches.get(open) ?? -1;
  }
}
