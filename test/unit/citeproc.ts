/**
 * What the citeproc oracles share: the CSL style Debian ships for each of
 * our styles, and whether pandoc and those styles are installed.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { StyleId } from '../../src/core/cite';

export const CSL_DIR = '/usr/share/citation-style-language/styles';

export const CSL: Record<StyleId, string> = {
  apa: 'apa',
  mla: 'modern-language-association',
  // The full-note variant: a first note in full, later ones short.
  'chicago-notes': 'chicago-fullnote-bibliography',
  'chicago-author-date': 'chicago-author-date',
  harvard: 'harvard-cite-them-right',
  'gb-t-7714': 'china-national-standard-gb-t-7714-2015-numeric',
  'gb-t-7714-author-date': 'china-national-standard-gb-t-7714-2015-author-date',
};

export const INSTALL = 'apt-get install pandoc citation-style-language-styles';

export function pandocReady(): boolean {
  return spawnSync('pandoc', ['--version']).status === 0 && Object.values(CSL).every((name) => fs.existsSync(path.join(CSL_DIR, `${name}.csl`)));
}
