/**
 * The quotation checker: finds the quotations of the work in a document and
 * reports misquotations, wrong locators and uncited quotations, each with the
 * edits that fix it. Pure: it reads the text and changes nothing. A checker
 * remembers the blocks of the last text it checked, so checking again after
 * an edit re-examines only the blocks that changed.
 */
import type { Work } from '../model';
import { analyseBlock, type BlockAnalysis } from './analysis';
import { splitBlocks } from './blocks';
import { Examiner } from './examine';
import { workNames, type WorkNames } from './mentions';
import { report } from './report';
import { resolveDocument, type AnalysedBlock } from './resolve';
import { sourceText } from './source';
import type { CheckOptions, CheckResult, DocumentLanguage } from './types';

export class QuotationChecker {
  private readonly examiner: Examiner;
  private readonly names: WorkNames;
  private readonly maxQuotation: number;
  private blocks = new Map<string, BlockAnalysis>();
  private language: DocumentLanguage | undefined;
  private counts: CheckStats = { blocks: 0, analysed: 0 };

  constructor(readonly work: Work, private readonly options: CheckOptions = {}) {
    this.examiner = new Examiner(sourceText(work));
    // A quotation three times the length of the whole work cannot be a quotation of it.
    this.maxQuotation = 3 * work.paragraphs.reduce((n, p) => n + p.text.length + 2, 0) + 1000;
    this.names = workNames(work, options.keys);
  }

  /** How much of the text the last check had to read afresh. */
  get stats(): CheckStats {
    return this.counts;
  }

  /** Checks `text`, reusing what is known of its unchanged blocks. */
  check(text: string, language: DocumentLanguage): CheckResult {
    const analysed = this.analyse(text, language);
    const document = resolveDocument(text, analysed, this.names.mention);
    this.examiner.begin();
    return report(text, language, document, this.examiner, this.options);
  }

  private analyse(text: string, language: DocumentLanguage): AnalysedBlock[] {
    if (language !== this.language) {
      this.blocks = new Map();
      this.examiner.forget();
      this.language = language;
    }
    const previous = this.blocks;
    const next = new Map<string, BlockAnalysis>();
    const analysed: AnalysedBlock[] = [];
    let fresh = 0;
    for (const block of splitBlocks(text, language)) {
      if (block.skip) continue;
      const blockText = text.slice(block.start, block.end);
      let analysis = next.get(blockText) ?? previous.get(blockText);
      if (!analysis) {
        analysis = analyseBlock(blockText, language, this.names, this.maxQuotation);
        fresh++;
      }
      next.set(blockText, analysis);
      analysed.push({ block, analysis });
    }
    this.blocks = next;
    this.counts = { blocks: analysed.length, analysed: fresh };
    return analysed;
  }
}

export interface CheckStats {
  /** Blocks of prose in the text. */
  readonly blocks: number;
  /** Blocks read afresh rather than remembered from the previous check. */
  readonly analysed: number;
}

/** Checks `text` once, without keeping anything for the next check. */
export function checkQuotations(text: string, language: DocumentLanguage, work: Work, options?: CheckOptions): CheckResult {
  return new QuotationChecker(work, options).check(text, language);
}
