/**
 * The bundled text. esbuild embeds the corpus file as a string at build time,
 * so the Node bundle, the web worker bundle and the command line all have it
 * without file-system access; parsing waits for the first use.
 */
import source from '../../corpus/outstanding-results.md';
import type { Work } from './model';
import { formatProblem, parseCorpus } from './parse';

export const BUNDLED_CORPUS_FILE = 'corpus/outstanding-results.md';
export const BUNDLED_CORPUS_SOURCE: string = source;

let bundled: Work | undefined;

/** The bundled work, parsed once on first use. */
export function bundledWork(): Work {
  if (!bundled) {
    const result = parseCorpus(source, BUNDLED_CORPUS_FILE);
    if (!result.ok) throw new Error(`The bundled text is malformed:\n${result.problems.map(formatProblem).join('\n')}`);
    bundled = result.work;
  }
  return bundled;
}
