/**
 * How Typst and Org documents name their bibliography file:
 * `#bibliography("refs.bib")` and `#+bibliography: refs.bib`, in live text
 * only (not in comments, raw text or source blocks). Each reader makes one
 * pass over the document, whatever it holds.
 */
import { blankRegions } from '../syntax/regions';
import { typstNonProse } from '../syntax/typst';

/** The first file of the first live `#bibliography(…)` of a Typst document. */
export function typstBibliography(text: string): string | undefined {
  const live = blankRegions(text, typstNonProse(text, { codeLines: false, escapedAsText: false }));
  // Where the next quotation mark and line break are, remembered: a run of empty or broken calls must not search the rest of the text each time.
  let quote = -1;
  let newline = -1;
  const next = (char: string, from: number, known: number): number => (known === -2 || known >= from ? known : live.indexOf(char, from) < 0 ? -2 : live.indexOf(char, from));
  for (let at = live.indexOf('#bibliography'); at >= 0; at = live.indexOf('#bibliography', at + 1)) {
    let i = at + '#bibliography'.length;
    if (live[i] !== '(') continue;
    i++;
    // A list of files, ("a.bib", "b.bib"): the first.
    while (live[i] === ' ' || live[i] === '(' || live[i] === '\n' || live[i] === '\r' || live[i] === '\t') i++;
    if (live[i] !== '"') continue;
    quote = next('"', i + 1, quote);
    newline = next('\n', i + 1, newline);
    if (quote === -2) return undefined;
    if (newline !== -2 && newline < quote) continue;
    const name = live.slice(i + 1, quote).trim();
    if (name) return name;
  }
  return undefined;
}

/**
 * The first file of the first `#+bibliography:` line of an Org document,
 * outside source, example, export and comment blocks.
 */
export function orgBibliography(text: string): string | undefined {
  let inBlock: string | undefined;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).trim();
    start = end + 1;
    if (!line.startsWith('#+')) continue;
    const lower = line.toLowerCase();
    if (inBlock) {
      if (lower.startsWith(`#+end_${inBlock}`)) inBlock = undefined;
      continue;
    }
    const begin = /^#\+begin_(src|example|export|comment|verse|quote)\b/.exec(lower);
    if (begin) {
      // Quotations and verse are prose: a keyword line inside them is not one Org reads either, but nothing to skip for.
      if (begin[1] !== 'verse' && begin[1] !== 'quote') inBlock = begin[1];
      continue;
    }
    if (lower.startsWith('#+bibliography:')) {
      const value = line.slice('#+bibliography:'.length).trim();
      const name = value.startsWith('"') ? value.slice(1, value.indexOf('"', 1) < 0 ? undefined : value.indexOf('"', 1)) : value.split(/\s/)[0];
      if (name) return name;
    }
  }
  return undefined;
}
