/**
 * What the syntax readers of each kind of document share: regions of text,
 * and brackets matched in one pass, so that looking for each opening
 * bracket's partner never reads an unclosed run to the end once per bracket.
 */

/** A half-open range of offsets `[start, end)`. */
export interface Region {
  readonly start: number;
  readonly end: number;
}

/** For each `open` character of `text`, the offset of its partner `close`; unclosed ones are absent. A backslash escapes the next character. */
export function matchingPairs(text: string, open: string, close: string): Map<number, number> {
  const matches = new Map<number, number>();
  const stack: number[] = [];
  if (!text.includes(open)) return matches;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === open) stack.push(i);
    else if (c === close && stack.length > 0) matches.set(stack.pop() as number, i);
  }
  return matches;
}

/** `text` with `regions` (sorted, not overlapping) replaced by spaces, line breaks kept, so offsets stay the same. */
export function blankRegions(text: string, regions: readonly Region[]): string {
  if (regions.length === 0) return text;
  const parts: string[] = [];
  let at = 0;
  for (const r of regions) {
    if (r.start < at) continue;
    parts.push(text.slice(at, r.start), text.slice(r.start, r.end).replace(/[^\r\n]/g, ' '));
    at = r.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}
