/**
 * The quotation checker: finds the quotations of the work in a document and
 * reports misquotations, wrong locators and uncited quotations, each with the
 * edits that fix it. Pure: it reads the text and changes nothing. A checker
 * remembers the blocks of the last text it checked, so checking again after
 * an edit re-examines only the blocks that changed.
 */
import type { Work } from '../model';
import { analyseBlock, type BlockAnalysis } from './analysis';
import { detached, proseBlocks, type ProseBlock } from './blocks';
import { Examiner, listDifferences } from './examine';
import { citationManner, prepareShapes, readsDocument } from './manner';
import { lastCheck, movedByBlock, movedResult, type LastCheck } from './moved';
import { workNames, type WorkNames } from './mentions';
import { holdsCited, mayBeUncited, regionOf, report, UNCITED_MIN_WORDS, UNCITED_SIMILARITY } from './report';
import { readQuoted } from './quoted';
import type { Passage } from '../passage';
import { resolveDocument, type ResolvedDocument } from './resolve';
import { prepareSource, sourceText } from './source';
import { withoutSuppressed } from './suppress';
import type { CheckOptions, CheckResult, DocumentLanguage } from './types';

export class QuotationChecker {
  /** Made on first use: the work's index may be built in slices first (see `prepare`). */
  private examinerOfWork: Examiner | undefined;
  private readonly names: WorkNames;
  private readonly maxQuotation: number;
  private blocks = new Map<string, BlockAnalysis>();
  /** The characters of `blocks`' texts. */
  private blockCharacters = 0;
  private language: DocumentLanguage | undefined;
  private counts: CheckStats = { blocks: 0, analysed: 0, moved: false };
  /** The last check, to move across the next edit when it changes nothing the check found. */
  private last: LastCheck | undefined;
  /** A preparation under way: the text, its blocks, the next block to read, then the next quotation to align. */
  private preparing: { text: string; blocks: readonly ProseBlock[]; next: number; document?: ResolvedDocument; quote: number; unheld: string[]; manner?: boolean } | undefined;
  private unheldWords: readonly string[] = [];
  /** The text the last preparation finished reading ahead for. */
  private prepared: string | undefined;

  constructor(readonly work: Work, private readonly options: CheckOptions = {}) {
    this.maxQuotation = longestQuotation(work);
    this.names = workNames(work, options.keys);
  }

  private get examiner(): Examiner {
    return (this.examinerOfWork ??= new Examiner(sourceText(this.work)));
  }

  /**
   * Builds the work's word index a little at a time (once per work, shared by
   * every checker of it); true when it is ready. `prepare` begins with this.
   */
  prepareWork(enough: () => boolean): boolean {
    return this.examinerOfWork !== undefined || prepareSource(this.work, enough);
  }

  /** How much of the text the last check had to read afresh. */
  get stats(): CheckStats {
    return this.counts;
  }

  /**
   * Reads ahead of a check, a little at a time, so that no single call holds
   * the caller up: builds the work's index if need be, reads the blocks not
   * known yet, pairs the quotations with their citations, and aligns each
   * quotation as the report will (one cited to the work within the
   * paragraphs cited, one cited to nothing in the whole work, one cited to
   * another work not at all), then reads the manner of the document's
   * citations, until `enough()`
   * says to stop for now. Returns true when the next check
   * of `text` will find (nearly) everything ready; call again until then.
   *
   * After an edit of a document this checker has checked, only the few
   * blocks the edit changed are new: they are read, and the rest is left
   * to the check, which moves or reports what it knows (see moved.ts)
   * rather than reading the document again.
   */
  prepare(text: string, language: DocumentLanguage, enough: () => boolean): boolean {
    if (!this.prepareWork(enough)) return false;
    this.setLanguage(language);
    if (this.prepared === text) return true;
    if (this.last && this.preparing?.text !== text && this.readEdited(text, language)) return true;
    if (this.preparing?.text !== text) this.preparing = { text, blocks: proseBlocks(text, language), next: 0, quote: 0, unheld: [] };
    const job = this.preparing;
    for (; job.next < job.blocks.length; job.next++) {
      if (enough()) return false;
      const { text: blockText } = job.blocks[job.next];
      if (!this.blocks.has(blockText)) this.remember(blockText, analyseBlock(blockText, language, this.names, this.maxQuotation));
    }
    // Then each quotation as the report will examine it: once the citations are paired, not before, as most of a library's quotations are another text's.
    job.document ??= resolveDocument(text, job.blocks.map(({ block, text: blockText }) => ({ block, analysis: this.blocks.get(blockText) as BlockAnalysis })), this.names.mention, this.names.pages);
    const { quotes, citationOf, citations } = job.document;
    for (; job.quote < quotes.length; job.quote++) {
      if (enough()) return false;
      const c = citationOf[job.quote];
      const { analysis, index, offset, quote } = quotes[job.quote];
      if (c === undefined) {
        // Uncited: looked for in the whole text when long enough and mostly the text's words.
        if (quote.words.count < UNCITED_MIN_WORDS || !mayBeUncited(quote.words, this.examiner.source)) continue;
        const whole = this.examiner.examine(analysis, index);
        if (whole.similarity >= UNCITED_SIMILARITY) listDifferences(whole);
        continue;
      }
      // Another work's quotation: the report passes over it.
      if (citations[c].target !== 'work') continue;
      const locator = citations[c].locator;
      const region = locator && regionOf(this.examiner.source, locator.paragraphs);
      // As the check will choose: within the paragraphs cited first, or in the whole text; what its text does not hold may be another text's (see `unheld`).
      const chosen = this.examiner.examineCited(analysis, index, region);
      if (holdsCited(chosen, quote.words.count)) listDifferences(chosen);
      else if (quote.words.count >= 4) {
        job.unheld.push(detached(text.slice(offset + quote.contentStart, offset + quote.contentEnd)));
      }
    }
    // Last, the manner of the document's citations, which an uncited quotation's fix is written in.
    if (!job.manner) {
      if (!prepareShapes(this.work, this.examiner.source.sections, language, enough)) return false;
      citationManner(text, job.document.citations, language, this.work, this.examiner.source.sections);
      job.manner = true;
    }
    this.unheldWords = job.unheld;
    this.preparing = undefined;
    this.prepared = text;
    return true;
  }

  /**
   * Reads the blocks of `text` not known yet, when they are few; false
   * (reading nothing) when they are many. Their quotations are left to the
   * check, which aligns only those this text's report reads: a quotation
   * edited is most often another text's.
   */
  private readEdited(text: string, language: DocumentLanguage): boolean {
    const blocks = proseBlocks(text, language);
    // Blocks the edit left alone keep their strings in their places: only the others are looked up.
    const before = this.last?.blocks;
    const same = (j: number): boolean => before !== undefined && before.length === blocks.length && before[j].text === blocks[j].text;
    const fresh = blocks.filter(({ text: blockText }, j) => !same(j) && !this.blocks.has(blockText));
    if (fresh.length > FEW_EDITED_BLOCKS) return false;
    for (const { text: blockText } of fresh) this.remember(blockText, analyseBlock(blockText, language, this.names, this.maxQuotation));
    this.prepared = text;
    return true;
  }

  /**
   * The words of the quotations cited to the work at paragraphs it does not
   * hold, as the last preparation found them: the library looks them up in
   * its other texts ahead of the check.
   */
  get unheld(): readonly string[] {
    return this.unheldWords;
  }

  /**
   * Checks `text`, reusing what is known of its unchanged blocks. `claimed`:
   * where uncited quotations start that another text of a library holds,
   * ascending; they are not looked for in this one.
   */
  check(text: string, language: DocumentLanguage, claimed: readonly number[] = []): CheckResult {
    this.setLanguage(language);
    this.preparing = undefined;
    // What was read ahead for another text is gone with its blocks.
    if (text !== this.prepared) this.prepared = undefined;
    const blocks = proseBlocks(text, language);
    let fresh = 0;
    const analysisOf = ({ text: blockText }: ProseBlock): BlockAnalysis => {
      let analysis = this.blocks.get(blockText);
      if (!analysis) {
        analysis = analyseBlock(blockText, language, this.names, this.maxQuotation);
        this.remember(blockText, analysis);
        fresh++;
      }
      return analysis;
    };
    // First by the block the edit fell in, reading nothing else; then by the whole document, resolved again.
    const byBlock = this.last && movedByBlock(this.last, text, blocks, analysisOf, this.names.mention, claimed);
    if (byBlock) {
      this.last = byBlock.last;
      this.forgetOthers(byBlock.last.analyses, text);
      this.counts = { blocks: blocks.length, analysed: fresh, moved: true };
      return byBlock.result;
    }
    const analysed = blocks.map((block) => ({ block: block.block, analysis: analysisOf(block) }));
    this.forgetOthers(analysed.map(({ analysis }) => analysis), text);
    const document = resolveDocument(text, analysed, this.names.mention, this.names.pages);
    const moved = this.last && movedResult(this.last, text, document, claimed);
    this.counts = { blocks: analysed.length, analysed: fresh, moved: moved !== undefined };
    let result = moved;
    if (!result) {
      this.examiner.begin();
      result = withoutSuppressed(text, language, report(text, language, document, this.examiner, this.options, new Set(claimed)));
    }
    const readsAll = !this.options.citationFor && result.findings.some((f) => f.kind === 'uncited') && readsDocument(language, result.manner);
    this.last = lastCheck(text, result, readsAll, blocks, analysed, document, claimed);
    return result;
  }

  private remember(blockText: string, analysis: BlockAnalysis): void {
    this.blocks.set(blockText, analysis);
    this.blockCharacters += blockText.length;
  }

  /**
   * Forgets the blocks of earlier versions of the document once they
   * outnumber its own, or hold more characters than twice its length: not
   * at every keystroke. By characters too, as a document of one long
   * paragraph has a new version of it at every keystroke.
   */
  private forgetOthers(analyses: readonly BlockAnalysis[], text: string): void {
    if (this.blocks.size <= 2 * analyses.length + 64 && this.blockCharacters <= 2 * text.length + 65_536) return;
    this.blocks = new Map();
    this.blockCharacters = 0;
    for (const analysis of analyses) if (!this.blocks.has(analysis.text)) this.remember(analysis.text, analysis);
  }

  /** How many blocks' analyses the checker keeps, and their characters. */
  get blocksKept(): { blocks: number; characters: number } {
    return { blocks: this.blocks.size, characters: this.blockCharacters };
  }

  private setLanguage(language: DocumentLanguage): void {
    if (language === this.language) return;
    this.blocks = new Map();
    this.blockCharacters = 0;
    this.last = undefined;
    this.examiner.forget();
    this.preparing = undefined;
    this.prepared = undefined;
    this.language = language;
  }
}

/** Up to this many new blocks, reading ahead after an edit reads them alone (see `prepare`). */
const FEW_EDITED_BLOCKS = 8;

export interface CheckStats {
  /** Blocks of prose in the text. */
  readonly blocks: number;
  /** Blocks read afresh rather than remembered from the previous check. */
  readonly analysed: number;
  /** The last check's result was moved across the edit rather than made again (see moved.ts). */
  readonly moved: boolean;
}

/**
 * Looks a quotation's words up in a work as if they were cited to it with
 * no locator, without a document around them: where another text of the
 * library may hold a quotation its citation's text does not. It remembers
 * what it found in this check and the last (call `begin` once per check).
 */
export class Prober {
  private readonly examiner: Examiner;
  private readonly names: WorkNames;
  private readonly maxQuotation: number;

  constructor(readonly work: Work) {
    this.examiner = new Examiner(sourceText(work));
    this.names = workNames(work);
    this.maxQuotation = longestQuotation(work);
  }

  begin(): void {
    this.examiner.begin();
  }

  /** Where the work holds the quoted words (plain text, no markup), and what share of them; undefined when it does not. */
  place(words: string): { readonly similarity: number; readonly passage: Passage } | undefined {
    // As a check would: a title in quotation marks names the work, and a quotation longer than the work is none of it.
    if (words.length > this.maxQuotation || (this.names.mayMention(words) && this.names.mention.test(words))) return undefined;
    const quoted = readQuoted(words, 0, words.length, false);
    if (quoted.count === 0) return undefined;
    const quote = { start: 0, end: words.length, contentStart: 0, contentEnd: words.length, block: false, words: quoted };
    const examination = this.examiner.examine({ text: words, citations: [], notes: [], quotes: [quote], latex: false }, 0);
    const { similarity, passage } = examination;
    return passage && holdsCited(examination, quoted.count) ? { similarity, passage } : undefined;
  }
}

const longest = new WeakMap<Work, number>();

/** A quotation three times the length of the whole work cannot be a quotation of it. */
function longestQuotation(work: Work): number {
  let length = longest.get(work);
  if (length === undefined) longest.set(work, (length = 3 * work.paragraphs.reduce((n, p) => n + p.text.length + 2, 0) + 1000));
  return length;
}

/** Checks `text` once, without keeping anything for the next check. */
export function checkQuotations(text: string, language: DocumentLanguage, work: Work, options?: CheckOptions): CheckResult {
  return new QuotationChecker(work, options).check(text, language);
}
