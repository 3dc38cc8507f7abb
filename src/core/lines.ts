/** Where an offset of a text falls: its 0-based line, column, and the line's own span. */
export interface LinePlace {
  readonly line: number;
  readonly column: number;
  readonly lineStart: number;
  /** End of the line's text, before its line break. */
  readonly lineEnd: number;
}

/** Maps offsets of `text` to lines and columns, by binary search over the line starts. */
export function lineIndex(text: string): (offset: number) => LinePlace {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let a = 0;
    let b = starts.length - 1;
    while (a < b) {
      const mid = (a + b + 1) >>> 1;
      if (starts[mid] <= offset) a = mid;
      else b = mid - 1;
    }
    const lineEnd = a + 1 < starts.length ? starts[a + 1] - 1 : text.length;
    return { line: a, column: offset - starts[a], lineStart: starts[a], lineEnd };
  };
}
