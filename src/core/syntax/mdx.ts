/**
 * MDX's syntax beyond Markdown's: ESM lines (`import …`, `export …`) and
 * JavaScript expressions in braces (`{…}`, `{/* comments *\/}`), which hold
 * no prose. JSX elements are tags, which Markdown's reading already leaves
 * out. One pass, braces matched once.
 */
import { matchingPairs, type Region } from './regions';

const ESM = /^(?:import|export)[\s{*]/;

/** ESM lines (with their continuation lines, up to a blank one) and brace expressions outside code, in order. */
export function mdxNonProse(text: string): Region[] {
  const regions: Region[] = [];
  const braces = text.includes('{') ? matchingPairs(text, '{', '}') : undefined;
  let fence: string | undefined;
  let esm: number | undefined;
  /** The end of the last expression: braces inside it are its own. */
  let after = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end);
    const fenceMark = /^ {0,3}(`{3,}|~{3,})/.exec(line)?.[1];
    if (fence) {
      if (fenceMark && fenceMark[0] === fence[0] && fenceMark.length >= fence.length) fence = undefined;
    } else if (fenceMark) {
      fence = fenceMark;
    } else if (esm !== undefined) {
      if (line.trim() === '') {
        regions.push({ start: esm, end: start });
        esm = undefined;
      }
    } else if (ESM.test(line)) {
      esm = start;
    } else if (braces) {
      for (let i = line.indexOf('{'); i >= 0; i = line.indexOf('{', i + 1)) {
        const close = braces.get(start + i);
        if (start + i < after || line[i - 1] === '\\' || close === undefined) continue;
        regions.push({ start: start + i, end: close + 1 });
        after = close + 1;
        // An expression may run over several lines: go on from the line where it ends.
        const newline = text.lastIndexOf('\n', close);
        if (newline >= end) {
          end = newline;
          break;
        }
      }
    }
    start = end + 1;
  }
  if (esm !== undefined) regions.push({ start: esm, end: text.length });
  return regions;
}
