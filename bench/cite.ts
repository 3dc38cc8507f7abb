/**
 * Citation-engine benchmark: what an insertion reads of the document, on
 * documents made to be slow. GB/T 7714 numbering scans the whole document
 * for bracketed numbers, and a Markdown note inserts after every "[^" label;
 * both must take time in proportion to the document's length, so the times
 * at 1× and 10× should differ about tenfold.
 *
 *   node out/bench/cite.js
 */
import { citationNumber, citedWork, compose, STYLES, type CiteOptions } from '../src/core/cite';
import { markdownNoteLabels } from '../src/core/cite/targets';
import { bundledWork } from '../src/core/corpus';

const work = bundledWork();
const cited = citedWork(work);
const { words } = STYLES['gb-t-7714'];

/** The best of five runs, in milliseconds. */
function best(run: () => void): number {
  let fastest = Infinity;
  for (let i = 0; i < 5; i++) {
    const started = performance.now();
    run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  return fastest;
}

const DOCUMENTS: Record<string, (scale: number) => string> = {
  '"[" repeated': (n) => '['.repeat(100_000 * n),
  '"[1," repeated': (n) => '[1,'.repeat(30_000 * n),
  '"[^" repeated': (n) => '[^'.repeat(40_000 * n),
  '"\\footnote{" repeated': (n) => '\\footnote{'.repeat(10_000 * n),
  'a reference list': (n) => Array.from({ length: 2_000 * n }, (_, i) => `[${(i % 999) + 1}] SMITH J. A book[M]. Beijing: Press, 2001.`).join('\n'),
};

const notes: CiteOptions = { style: STYLES['chicago-notes'], form: 'parenthetical', shape: 'auto', output: 'formatted' };
const point = [{ start: 0, end: 0 }];
const cite = { kind: 'citation', passage: { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' } } as const;

console.log('document                 size     GB/T number  note labels  Chicago note (Markdown; LaTeX for \\footnote)');
for (const [name, make] of Object.entries(DOCUMENTS)) {
  for (const scale of [1, 10]) {
    const text = make(scale);
    const number = best(() => citationNumber(text, 'markdown', cited, words));
    const labels = best(() => markdownNoteLabels(text));
    const note = best(() => compose(work, cite, notes, name.includes('footnote') ? 'latex' : 'markdown', text, point));
    console.log(`${`${name} ${scale}×`.padEnd(24)} ${String(text.length).padStart(8)} ${number.toFixed(1).padStart(9)} ms ${labels.toFixed(1).padStart(9)} ms ${note.toFixed(1).padStart(12)} ms`);
  }
}
