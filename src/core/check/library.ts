/**
 * Checking a document against every text of a library. Each text has its
 * own checker, which sees only the citations that name it (by key, or by
 * author and title in formatted citations), so a quotation is matched to the
 * text its citation names. A quotation that its cited text does not hold but
 * another text does is "cited as the wrong text", with a fix that rewrites
 * the citation to name the text that holds it.
 */
import type { Work } from '../model';
import type { Passage } from '../passage';
import { detached } from './blocks';
import { Prober, QuotationChecker } from './checker';
import { citationEdits } from './manner';
import { movedAcross } from './moved';
import { pagesWritten, paragraphsWritten, rewriteLocator, rewritePages, type PageNames } from './locator';
import { workNames } from './mentions';
import { ENGLISH } from '../messages';
import { placeLabel } from './report';
import type { CheckOptions, CheckResult, Citation, DocumentLanguage, Finding, ParagraphCoverage, ParagraphSpan, Quotation, WrittenLocator } from './types';

/** A finding, with the key of the text whose check found it. */
export interface LibraryFinding extends Finding {
  readonly work: string;
}

export interface WorkCheck {
  readonly work: Work;
  readonly result: CheckResult;
}

/**
 * Every text's result in one: the quotations and citations of all texts, in
 * library order, with the findings' indices pointing into them; `coverage`
 * is the first text's, `coverageByWork` every text's.
 */
export interface LibraryCheckResult extends CheckResult {
  readonly findings: readonly LibraryFinding[];
  /** Each text's own result, in library order (indices point into its own arrays). */
  readonly results: readonly WorkCheck[];
  /** The key of the text each citation names, by index into `citations`. */
  readonly citationWork: readonly string[];
  /** The key of the text each quotation was compared with, by index into `quotations`. */
  readonly quotationWork: readonly string[];
  /** Quoted or cited paragraphs of each text, by key. */
  readonly coverageByWork: ReadonlyMap<string, readonly ParagraphCoverage[]>;
}

/** A quotation must match this share of another text's words to be called that text's. */
const OTHER_TEXT_SIMILARITY = 0.8;

export class LibraryChecker {
  private readonly checkers: QuotationChecker[];
  /** Per text: quoted words looked for in it in this check and the last, and the passage found (null for none). */
  private probes = new Map<string, Map<string, Passage | null>>();
  private probed = new Map<string, Map<string, Passage | null>>();
  /** Per text: what looks quoted words up in it, made when first needed. */
  private readonly probers = new Map<Work, Prober>();
  /** A lookup under way in `prepare`: the text, then the checker, its unheld quotation and the other text next. */
  private lookingUp: { text: string; checker: number; quotation: number; other: number } | undefined;
  /** Lookups done, in all; and in the last check. */
  private lookups = 0;
  private lookupsOfCheck = 0;
  /** The last check, moved across the next edit when every text's check is (see moved.ts). */
  private last: { text: string; language: DocumentLanguage; result: LibraryCheckResult } | undefined;

  constructor(readonly works: readonly Work[], private readonly optionsFor: (work: Work) => CheckOptions = () => ({})) {
    this.checkers = works.map((work) => new QuotationChecker(work, optionsFor(work)));
  }

  /**
   * Builds every text's word index, a little at a time; true when all are
   * ready. Done once per text, whatever the document; `prepare` begins with it.
   */
  prepareTexts(enough: () => boolean): boolean {
    return this.checkers.every((checker) => checker.prepareWork(enough));
  }

  /**
   * Reads ahead for every text, a little at a time; true when all are ready
   * (see `QuotationChecker.prepare`). Last, the quotations a text is cited
   * for but does not hold are looked up in the others, as the check would.
   */
  prepare(text: string, language: DocumentLanguage, enough: () => boolean): boolean {
    if (!this.prepareTexts(enough)) return false;
    for (const checker of this.checkers) {
      if (!checker.prepare(text, language, enough)) return false;
    }
    if (this.works.length < 2) return true;
    if (this.lookingUp?.text !== text) this.lookingUp = { text, checker: 0, quotation: 0, other: 0 };
    const job = this.lookingUp;
    for (; job.checker < this.checkers.length; job.checker++, job.quotation = 0) {
      const { unheld, work } = this.checkers[job.checker];
      for (; job.quotation < unheld.length; job.quotation++, job.other = 0) {
        for (; job.other < this.works.length; job.other++) {
          const other = this.works[job.other];
          if (other === work) continue;
          if (enough()) return false;
          // The first text that holds it is the one the check names.
          if (this.find(other, unheld[job.quotation])?.locator.kind === 'paragraphs') break;
        }
      }
    }
    return true;
  }

  /** How many texts' checks the last check moved across the edit rather than made again (see moved.ts). */
  get movedTexts(): number {
    return this.checkers.filter((c) => c.stats.moved).length;
  }

  /** How many quotations the last check looked up in another text, rather than finding them looked up before. */
  get lookupsInCheck(): number {
    return this.lookupsOfCheck;
  }

  check(text: string, language: DocumentLanguage): LibraryCheckResult {
    // An uncited quotation is the first text's that holds it: the texts after it do not look for it.
    const claimed: number[] = [];
    const results = this.checkers.map((checker) => {
      const result = checker.check(text, language, claimed.slice());
      for (const q of result.quotations) if (q.citation === undefined) claimed.push(q.range.start);
      claimed.sort((a, b) => a - b);
      return { work: checker.work, result };
    });
    // Every text's check moved across the edit: so does the whole, with no lookup in another text.
    const last = this.last;
    const moved = last && last.language === language && this.checkers.every((c) => c.stats.moved) ? movedAcross(last.result, last.text, text) : undefined;
    if (moved) {
      this.lookupsOfCheck = 0;
      const result = { ...moved, results };
      this.last = { text, language, result };
      return result;
    }
    this.lookupsOfCheck = this.lookups;
    this.probed = this.probes;
    this.probes = new Map();
    for (const prober of this.probers.values()) prober.begin();
    const findings: LibraryFinding[] = [];
    let quotationBase = 0;
    let citationBase = 0;
    for (const { work, result } of results) {
      const replaced = new Set<number>();
      const own: LibraryFinding[] = [];
      for (const finding of result.findings) {
        const wrong = finding.kind === 'not-found' && this.works.length > 1 ? this.wrongText(text, language, work, result, finding) : undefined;
        if (wrong) {
          if (finding.citation !== undefined) replaced.add(finding.citation);
          own.push(wrong);
        } else {
          own.push({ ...finding, work: work.id });
        }
      }
      // A wrong locator of a citation that names the wrong text is said by the wrong-text finding.
      const kept = own.filter((f) => f.kind !== 'wrong-locator' || f.citation === undefined || !replaced.has(f.citation));
      findings.push(...kept.map((f) => rebase(f, quotationBase, citationBase)));
      quotationBase += result.quotations.length;
      citationBase += result.citations.length;
    }
    findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
    this.lookupsOfCheck = this.lookups - this.lookupsOfCheck;
    const result = merge(findings, results);
    this.last = { text, language, result };
    return result;
  }

  /** The "cited as the wrong text" finding for a quotation `cited` does not hold, if another text holds it. */
  private wrongText(text: string, language: DocumentLanguage, cited: Work, result: CheckResult, finding: Finding): LibraryFinding | undefined {
    const quoted = detached(text.slice(finding.range.start, finding.range.end));
    for (const other of this.works) {
      if (other === cited) continue;
      const passage = this.find(other, quoted);
      if (!passage || passage.locator.kind !== 'paragraphs') continue;
      const span = { first: passage.locator.first, last: passage.locator.last };
      const m = this.optionsFor(cited).messages ?? ENGLISH.check;
      const label = placeLabel(m, span, workNames(other).pages);
      const citation = finding.citation === undefined ? undefined : result.citations[finding.citation];
      const fix = citation && {
        title: m.citeOther(other.record.title, label),
        edits: [{ range: citation.range, newText: this.rewrite(text, language, citation, cited, other, passage) }],
      };
      return {
        kind: 'wrong-text',
        message: m.wrongText(cited.record.title, other.record.title, label),
        range: finding.range,
        ...(fix ? { fix } : {}),
        ...(finding.citation !== undefined ? { citation: finding.citation } : {}),
        work: cited.id,
      };
    }
    return undefined;
  }

  /** Where `other` holds the quoted words, looked for once per text and wording. */
  private find(other: Work, quoted: string): Passage | undefined {
    let known = this.probes.get(other.id);
    if (!known) this.probes.set(other.id, (known = new Map()));
    const before = this.probed.get(other.id);
    const remembered = known.has(quoted) ? known.get(quoted) : before?.get(quoted);
    if (remembered !== undefined) {
      known.set(quoted, remembered);
      return remembered ?? undefined;
    }
    this.lookups++;
    // The words alone, as if cited to `other` with no locator.
    const words = quoted.replace(/["“”]/g, ' ').replace(/\s+/g, ' ').trim();
    let prober = this.probers.get(other);
    if (!prober) this.probers.set(other, (prober = new Prober(other)));
    const found = prober.place(words);
    const passage = found && found.similarity >= OTHER_TEXT_SIMILARITY ? { ...found.passage, work: other.id } : undefined;
    known.set(quoted, passage ?? null);
    return passage;
  }

  /** The citation, rewritten to name `other` at the paragraphs of `passage`. */
  private rewrite(text: string, language: DocumentLanguage, citation: Citation, cited: Work, other: Work, passage: Passage): string {
    const written = text.slice(citation.range.start, citation.range.end);
    if (written.includes(cited.id) && passage.locator.kind === 'paragraphs') {
      let rewritten = written;
      if (citation.locator) {
        const from = citation.locator.range.start - citation.range.start;
        const to = citation.locator.range.end - citation.range.start;
        const span = { first: passage.locator.first, last: passage.locator.last };
        rewritten = written.slice(0, from) + locatorFor(citation.locator, span, workNames(other).pages, language === 'latex') + written.slice(to);
      }
      return rewritten.split(cited.id).join(other.id);
    }
    const insertion = this.optionsFor(other).citationFor?.(passage, language, { nextNoteNumber: 1 });
    // Else keys in Markdown and LaTeX, APA in plain text: the engine's citation of the other text.
    const formatted = insertion && !insertion.note ? insertion.inline : citationEdits(other, passage, language, undefined, '', 0)[0]?.newText ?? '';
    return formatted.trim();
  }
}

/**
 * The locator `written` rewritten for the paragraphs `span` of another
 * text: by page where that text marks its pages, else by paragraph; in the
 * writer's own spelling where the two are of one kind.
 */
function locatorFor(written: WrittenLocator, span: ParagraphSpan, pages: PageNames | undefined, latex: boolean): string {
  const onPages = pages?.pagesOf(span);
  if (onPages) return written.pages ? rewritePages(written.text, onPages, latex) : pagesWritten(onPages, latex);
  return written.pages ? paragraphsWritten(span, latex) : rewriteLocator(written.text, span, latex);
}

function rebase(finding: LibraryFinding, quotationBase: number, citationBase: number): LibraryFinding {
  return {
    ...finding,
    ...(finding.quotation !== undefined ? { quotation: finding.quotation + quotationBase } : {}),
    ...(finding.citation !== undefined ? { citation: finding.citation + citationBase } : {}),
  };
}

function merge(findings: LibraryFinding[], results: WorkCheck[]): LibraryCheckResult {
  const quotations: Quotation[] = [];
  const citations: Citation[] = [];
  const citationWork: string[] = [];
  const quotationWork: string[] = [];
  let citationBase = 0;
  for (const { work, result } of results) {
    for (const q of result.quotations) {
      quotationWork.push(work.id);
      quotations.push({
        ...q,
        ...(q.citation !== undefined ? { citation: q.citation + citationBase } : {}),
        ...(q.passage ? { passage: { ...q.passage, work: work.id } } : {}),
      });
    }
    citations.push(...result.citations);
    for (let i = 0; i < result.citations.length; i++) citationWork.push(work.id);
    citationBase += result.citations.length;
  }
  return {
    findings,
    quotations,
    citations,
    coverage: results[0]?.result.coverage ?? [],
    results,
    citationWork,
    quotationWork,
    coverageByWork: new Map(results.map((r) => [r.work.id, r.result.coverage])),
    // The document's manner of citing, read off its citations of the first text that has any.
    ...manner(results),
  };
}

function manner(results: readonly WorkCheck[]): Pick<CheckResult, 'manner'> {
  const found = results.find((r) => r.result.manner)?.result.manner;
  return found ? { manner: found } : {};
}
