/**
 * The citations of the work in a document, without comparing quotations:
 * what a workspace-wide "who cites paragraph 4" search reads in each file.
 */
import type { Work } from '../model';
import type { BlockAnalysis } from './analysis';
import { splitBlocks } from './blocks';
import { writtenLocator } from './locator';
import { maskBlock } from './mask';
import { findCitations } from './citations';
import { workNames } from './mentions';
import { resolveDocument, type AnalysedBlock } from './resolve';
import type { Citation, DocumentLanguage } from './types';

export function findWorkCitations(text: string, language: DocumentLanguage, work: Work, keys?: readonly string[]): Citation[] {
  const names = workNames(work, keys);
  const blocks: AnalysedBlock[] = splitBlocks(text, language)
    .filter((block) => !block.skip)
    .map((block) => {
      const blockText = text.slice(block.start, block.end);
      const { citations, notes } = findCitations(maskBlock(blockText, language), language, names);
      const analysis: BlockAnalysis = { text: blockText, citations, notes, quotes: [], latex: language === 'latex' };
      return { block, analysis };
    });
  return resolveDocument(text, blocks, names.mention, names.pages).citations
    .filter((c) => c.target === 'work')
    .map((c) => ({
      range: { start: c.start, end: c.end },
      ...(c.locator ? { locator: writtenLocator(c.locator) } : {}),
    }));
}
