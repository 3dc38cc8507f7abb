/**
 * From the resolved document to findings: aligns each quotation that the
 * rules select, then reports what differs, which locators are wrong, which
 * quotations cite nothing, and how often each paragraph is quoted and cited.
 */
import type { Examination, Examiner } from './examine';
import { locatorLabel, pagesWritten, paragraphsWritten, rewriteLocator, rewritePages, writtenLocator, type PageNames } from './locator';
import { CitationWriter, citationManner } from './manner';
import type { Alignment } from './align';
import type { Joined } from './joined';
import { workNames } from './mentions';
import { rewriteHeading } from './sections';
import type { ResolvedDocument } from './resolve';
import { idsOf } from './place';
import type { QuotedWords } from './quoted';
import { paragraphWords, type SourceText } from './source';
import { INVISIBLE } from './words';
import { ENGLISH, type CheckMessages } from '../messages';
import type {
  CheckOptions, CheckResult, Citation, CitationManner, DocumentLanguage, Finding, ParagraphCoverage, ParagraphSpan, Quotation, TextEdit,
} from './types';

/** Uncited quotations shorter than this are not reported: short phrases recur everywhere. */
export const UNCITED_MIN_WORDS = 8;
/** Share of words an uncited quotation must match to count as the work's. */
export const UNCITED_SIMILARITY = 0.7;
/** Share of words a cited quotation must match to be compared rather than reported as not found. */
const CITED_SIMILARITY = 0.5;
const MAX_LISTED = 3;
/** Share of a cited quotation's words changed, added or left out past which it is not the text's words misquoted but other words. */
const REWRITTEN_SHARE = 0.34;

/**
 * Whether the text has enough of an uncited quotation's words for it to be
 * the text's: only words the text uses can be found in place, so with fewer
 * than the share `UNCITED_SIMILARITY` of them it is not aligned at all (nor
 * can its pieces be the text's joined, each of whose words the text has).
 * Most uncited quotations checked against a library are another text's.
 */
export function mayBeUncited(words: QuotedWords, source: SourceText): boolean {
  let held = 0;
  for (const segment of words.segments) for (const id of idsOf(segment.words, source)) if (id >= 0) held++;
  return held >= UNCITED_SIMILARITY * words.count;
}

/**
 * Whether a cited quotation of `count` words, so examined, is the text's
 * words, quoted exactly or misquoted: what `report` lists as a quotation
 * rather than passing over it or reporting it not found.
 */
export function holdsCited(examination: Examination, count: number): boolean {
  const { alignment, similarity, joined } = examination;
  if (count < 3 && alignment.cost > 0) return false;
  if (similarity < CITED_SIMILARITY) return false;
  return !(count >= 4 && !joined && rewrittenWords(alignment) > Math.max(2, REWRITTEN_SHARE * count));
}

/** `claimed`: where uncited quotations start that another text holds (see LibraryChecker): they are that text's, not looked for in this one. */
export function report(
  text: string,
  language: DocumentLanguage,
  document: ResolvedDocument,
  examiner: Examiner,
  options: CheckOptions,
  claimed: ReadonlySet<number> = new Set(),
): CheckResult {
  const { source } = examiner;
  const work = source.work;
  const title = work.record.title;
  const paragraphCount = work.paragraphs.length;
  const { pages } = workNames(work);
  const findings: Finding[] = [];
  const quotations: Quotation[] = [];
  const m = options.messages ?? ENGLISH.check;

  const publicIndex = new Map<number, number>();
  const citations: Citation[] = [];
  document.citations.forEach((c, i) => {
    if (c.target !== 'work') return;
    publicIndex.set(i, citations.length);
    const locator = c.locator && writtenLocator(c.locator);
    citations.push({ range: { start: c.start, end: c.end }, ...(locator ? { locator } : {}) });
  });
  /** Per cited locator: the paragraphs its quotations come from, and the first of them. */
  const quotedUnder = new Map<number, { paragraphs: Set<number>; quotation: number }>();
  const missingReported = new Set<number>();
  /** The document's manner of citing, read once an uncited quotation needs it (null: not read yet). */
  let manner: CitationManner | undefined | null = null;
  let writer: CitationWriter | undefined;

  document.quotes.forEach((placed, q) => {
    const { quote, offset, analysis, index } = placed;
    const resolvedIndex = document.citationOf[q];
    const citation = resolvedIndex === undefined ? undefined : document.citations[resolvedIndex];
    if (citation?.target === 'other') return;
    const cited = citation !== undefined;
    const count = quote.words.count;
    if (!cited && (count < UNCITED_MIN_WORDS || claimed.has(quote.start + offset) || !mayBeUncited(quote.words, source))) return;

    const region = citation?.locator && regionOf(source, citation.locator.paragraphs);
    const examination = examiner.examineCited(analysis, index, region);
    const { alignment, similarity, paragraphs, passage } = examination;
    const range = { start: quote.start + offset, end: quote.end + offset };
    const content = { start: quote.contentStart + offset, end: quote.contentEnd + offset };
    if (cited) {
      if (count < 3 && alignment.cost > 0) return; // a word in quotation marks, not a quotation
      if (similarity < CITED_SIMILARITY) {
        if (count >= 4) {
          findings.push({
            kind: 'not-found',
            message: m.notFound(title),
            range: content,
            citation: publicIndex.get(resolvedIndex as number),
          });
        }
        return;
      }
    } else if (similarity < UNCITED_SIMILARITY) {
      return;
    }
    // Restoring a quotation most of whose words differ would write a passage of the text over the writer's sentence.
    if (cited && count >= 4 && !examination.joined && rewrittenWords(alignment) > Math.max(2, REWRITTEN_SHARE * count)) {
      findings.push({
        kind: 'not-found',
        message: m.notFoundRewritten(title, rewrittenWords(alignment), count, paragraphs.length > 0 ? placeLabel(m, { first: paragraphs[0], last: paragraphs[paragraphs.length - 1] }, pages) : undefined),
        range: content,
        citation: publicIndex.get(resolvedIndex as number),
      });
      return;
    }

    const citationIndex = resolvedIndex === undefined ? undefined : publicIndex.get(resolvedIndex);
    const quotation = quotations.push({
      range, content, block: quote.block, paragraphs, similarity,
      ...(citationIndex !== undefined ? { citation: citationIndex } : {}),
      ...(passage ? { passage } : {}),
    }) - 1;
    const label = paragraphs.length > 0 ? placeLabel(m, { first: paragraphs[0], last: paragraphs[paragraphs.length - 1] }, pages) : m.aHeading;

    const hidden = hiddenCharacters(text, content, quotation, citationIndex, m);
    if (hidden) findings.push(hidden);
    const joined = examination.joined;
    if (joined) findings.push(joinedFinding(text, content.start - quote.contentStart, joined, language, quotation, citationIndex, m));
    const differing = examination.differences;
    if (differing.length > 0) {
      const listed = differing.slice(0, MAX_LISTED).map((d) => m.difference(d.description));
      const more = differing.length - listed.length;
      const restoring = differing.flatMap((d) => d.edits.map((e) => shift(e, content.start)));
      findings.push({
        kind: 'misquotation',
        message: m.misquotation(label, listed, more),
        range: content,
        ...(restoring.length > 0 ? { fix: { title: m.restoreWording(label), edits: restoring } } : {}),
        quotation,
        ...(citationIndex !== undefined ? { citation: citationIndex } : {}),
      });
    }
    if (citationIndex !== undefined && citation && !citation.locator && paragraphs.length > 0 && !missingReported.has(citationIndex) && requiresLocator(text, citation)) {
      missingReported.add(citationIndex);
      const span = { first: paragraphs[0], last: paragraphs[paragraphs.length - 1] };
      // A text that marks its pages is cited by page, as its citations are written (see docs/citations.md).
      const onPages = pages?.pagesOf(span);
      const written = onPages ? pagesWritten(onPages, language === 'latex') : paragraphsWritten(span, language === 'latex');
      const at = citation.end - 1;
      findings.push({
        kind: 'missing-locator',
        message: onPages ? m.missingPage(m.pages(onPages)) : m.missingLocator(m.span(span)),
        range: { start: citation.start, end: citation.end },
        fix: { title: m.addLocator(onPages ? pagesWritten(onPages, false) : locatorLabel(span)), edits: [{ range: { start: at, end: at }, newText: `, ${written}` }] },
        quotation,
        citation: citationIndex,
      });
    }
    if (citationIndex !== undefined && citation?.locator && paragraphs.length > 0) {
      const entry = quotedUnder.get(citationIndex) ?? { paragraphs: new Set<number>(), quotation };
      for (const p of paragraphs) entry.paragraphs.add(p);
      quotedUnder.set(citationIndex, entry);
    }
    if (!cited && passage) {
      const insertAt = quote.block ? content.end : range.end;
      let edits: TextEdit[];
      if (options.citationFor) {
        const insertion = options.citationFor(passage, language, { nextNoteNumber: document.nextNoteNumber });
        edits = [{ range: { start: insertAt, end: insertAt }, newText: insertion.inline }];
        if (insertion.note) edits.push({ range: { start: text.length, end: text.length }, newText: `${noteSeparator(text)}${insertion.note}\n` });
      } else {
        if (manner === null) {
          manner = citationManner(text, document.citations, language, work, source.sections);
          writer = new CitationWriter(work, language, manner, text);
        }
        edits = (writer as CitationWriter).edits(passage, insertAt);
      }
      findings.push({
        kind: 'uncited',
        message: m.uncited(title, label),
        range,
        fix: { title: m.insertCitation(label), edits },
        quotation,
      });
    }
  });

  citations.forEach((citation, i) => {
    const locator = citation.locator;
    if (!locator) return;
    const quoted = quotedUnder.get(i);
    if (quoted) {
      const needed = [...quoted.paragraphs].sort((a, b) => a - b);
      if (needed.every((p) => locator.paragraphs.some((s) => s.first <= p && p <= s.last))) return;
      const span = { first: needed[0], last: needed[needed.length - 1] };
      const q = quotations[quoted.quotation];
      const section = locator.section;
      if (section) {
        // A section cited for a quotation from another: name the right section, in the writer's own form.
        const holder = source.sections.find((s) => s.first <= span.first && span.last <= s.last);
        const written = text.slice(section.heading.start, section.heading.end);
        // The untitled opening is cited by a word, a heading by its words in quotation marks: one cannot stand in for the other.
        const swappable = holder && holder.id !== 'intro' && section.id !== 'intro';
        const newText = swappable ? rewriteHeading(written, holder, language === 'latex') : undefined;
        findings.push({
          kind: 'wrong-locator',
          message: holder ? m.wrongSectionOf(opening(text, q.content), holder.label, placeLabel(m, span, pages), section.label) : m.wrongSection(opening(text, q.content), placeLabel(m, span, pages), section.label),
          range: locator.range,
          ...(holder && newText ? { fix: { title: m.changeSection(holder.label), edits: [{ range: section.heading, newText }] } } : {}),
          quotation: quoted.quotation,
          citation: i,
        });
        return;
      }
      // A page locator is rewritten with the pages the quotation's paragraphs fall on.
      const onPages = locator.pages && pages ? pages.pagesOf(span) : undefined;
      const newText = onPages ? rewritePages(locator.text, onPages, language === 'latex') : rewriteLocator(locator.text, span, language === 'latex');
      findings.push({
        kind: 'wrong-locator',
        message: m.wrongLocator(opening(text, q.content), onPages ? m.pages(onPages) : m.span(span), flat(locator.text)),
        range: locator.range,
        fix: { title: m.changeLocator(flat(newText)), edits: [{ range: locator.range, newText }] },
        quotation: quoted.quotation,
        citation: i,
      });
    } else if (locator.pages && pages) {
      if (locator.paragraphs.length === 0) {
        findings.push({
          kind: 'wrong-locator',
          message: m.noSuchPage(flat(locator.text), title, pages.first, pages.last),
          range: locator.range,
          citation: i,
        });
      }
    } else if (locator.paragraphs.some((s) => s.first < 1 || s.last > paragraphCount)) {
      findings.push({
        kind: 'wrong-locator',
        message: m.noSuchLocator(flat(locator.text), title, paragraphCount),
        range: locator.range,
        citation: i,
      });
    }
  });

  findings.sort((a, b) => a.range.start - b.range.start || a.range.end - b.range.end);
  return { findings, quotations, citations, coverage: coverageOf(citations, quotations, paragraphCount), ...(manner ? { manner } : {}) };
}

/**
 * Where paragraphs of a text are, as a finding names them: by the pages they
 * are on where the text marks its pages, as the writer cites it ("p. 41"),
 * else by paragraph ("para. 2").
 */
export function placeLabel(m: CheckMessages, span: ParagraphSpan, pages: PageNames | undefined): string {
  const onPages = pages?.pagesOf(span);
  return onPages ? m.pages(onPages) : m.span(span);
}

/** The words of the paragraphs `spans` cover, from the first to the last. */
export function regionOf(source: SourceText, spans: readonly ParagraphSpan[]): { start: number; end: number } | undefined {
  if (spans.length === 0) return undefined;
  const first = Math.min(...spans.map((s) => s.first));
  const last = Math.max(...spans.map((s) => s.last));
  return paragraphWords(source, first, last);
}

/**
 * Counts per paragraph, kept only for the paragraphs some citation or
 * quotation touches: a book has thousands of paragraphs, a check a few.
 */
function coverageOf(citations: readonly Citation[], quotations: readonly Quotation[], paragraphCount: number): ParagraphCoverage[] {
  const counts = new Map<number, { citations: number; quotations: number; uncited: number }>();
  const entry = (p: number) => {
    let found = counts.get(p);
    if (!found) counts.set(p, (found = { citations: 0, quotations: 0, uncited: 0 }));
    return found;
  };
  for (const c of citations) {
    const spans = c.locator?.paragraphs ?? [];
    // One span, as most locators give, counts each of its paragraphs once without a set.
    if (spans.length === 1) {
      for (let p = Math.max(1, spans[0].first); p <= Math.min(paragraphCount, spans[0].last); p++) entry(p).citations++;
      continue;
    }
    const covered = new Set<number>();
    for (const s of spans) {
      for (let p = Math.max(1, s.first); p <= Math.min(paragraphCount, s.last); p++) covered.add(p);
    }
    for (const p of covered) entry(p).citations++;
  }
  for (const q of quotations) {
    for (const p of q.paragraphs) {
      if (p < 1 || p > paragraphCount) continue;
      const counted = entry(p);
      counted.quotations++;
      if (q.citation === undefined) counted.uncited++;
    }
  }
  return [...counts].sort((a, b) => a[0] - b[0]).map(([paragraph, n]) => ({ paragraph, ...n }));
}

function shift(edit: TextEdit, offset: number): TextEdit {
  return { range: { start: edit.range.start + offset, end: edit.range.end + offset }, newText: edit.newText };
}

function noteSeparator(text: string): string {
  if (text.length === 0 || text.endsWith('\n\n')) return '';
  return text.endsWith('\n') ? '\n' : '\n\n';
}

/** A locator as a reader sees it: LaTeX ties and dashes as typeset. */
function flat(text: string): string {
  return text.replace(/~|\\ |\s+/g, ' ').replace(/---?/g, '–');
}

/** The first words of a quotation, for messages. */
function opening(text: string, content: { start: number; end: number }): string {
  const words = text.slice(content.start, Math.min(content.end, content.start + 200)).replace(/\s+/g, ' ').trim().split(' ');
  return words.length > 6 ? `${words.slice(0, 6).join(' ')}…` : words.join(' ');
}

/**
 * Whether a citation is in an author-date form (it gives the work's year and
 * closes a parenthesis): APA 8.25, Chicago 15.22 and Harvard require the
 * paragraph or section of a direct quotation there. MLA, notes, numbered
 * citations, GB/T 7714's author-year citations (in Chinese) and keys a
 * processor formats may cite without one.
 */
function requiresLocator(text: string, citation: { start: number; end: number }): boolean {
  const written = text.slice(citation.start, citation.end);
  if (!written.endsWith(')') || /^(?:[[@<]|\\[A-Za-z]*(?:cite|footnote))/.test(written)) return false;
  // GB/T 7714's author-year system sets a pinpoint only where the work is cited at several places.
  if (/[\u3400-\u9fff]/.test(written)) return false;
  return /(?<![\p{L}\p{N}])(?:1[5-9]\d\d|20\d\d)[a-z]?(?![\p{L}\p{N}])/u.test(written);
}

/**
 * Pieces of the text joined out of order, or across a gap with no ellipsis:
 * the fix reorders the writer's pieces, or marks each join with an ellipsis,
 * and changes none of the writer's words. `shift` turns the pieces' offsets
 * (in the block) into offsets in `text`.
 */
function joinedFinding(text: string, shift: number, joined: Joined, language: DocumentLanguage, quotation: number, citation: number | undefined, m: CheckMessages): Finding {
  const ellipsis = language === 'latex' ? ' \\ldots{} ' : ' … ';
  const { pieces } = joined;
  const start = pieces[0].first.start + shift;
  const end = pieces[pieces.length - 1].last.end + shift;
  const pieceText = (k: number): string => text.slice(pieces[k].first.start + shift, pieces[k].last.end + shift);
  const shown = (k: number): string => opening(text, { start: pieces[k].first.start + shift, end: pieces[k].last.end + shift });
  let message: string;
  let fix: { title: string; edits: TextEdit[] };
  if (joined.outOfOrder) {
    const order = pieces.map((_, k) => k).sort((a, b) => pieces[a].sourceFirst - pieces[b].sourceFirst);
    const moved = order.findIndex((k, position) => k !== position);
    message = m.outOfOrder(shown(order[moved]), shown(moved));
    fix = { title: m.reorderParts, edits: [{ range: { start, end }, newText: order.map(pieceText).join(ellipsis) }] };
  } else {
    const joins = pieces.slice(1).filter((p) => !p.afterEllipsis);
    message = m.joinedWithoutEllipsis(opening(text, { start: joins[0].first.start + shift, end: joins[0].last.end + shift }));
    fix = {
      title: m.markLeftOut,
      edits: pieces.slice(1).flatMap((p, k) => (p.afterEllipsis ? [] : [{ range: { start: pieces[k].last.end + shift, end: p.first.start + shift }, newText: ellipsis }])),
    };
  }
  return { kind: 'joined-parts', message, range: { start, end }, fix, quotation, ...(citation !== undefined ? { citation } : {}) };
}

/** Words changed, added or left out: what a restoring fix would write over the writer's. */
function rewrittenWords(alignment: Alignment): number {
  let n = 0;
  for (const segment of alignment.segments) {
    // A segment held word for word has none.
    if (segment.exactAt === undefined) for (const step of segment.steps) if (step.kind === 'changed' || step.kind === 'added' || step.kind === 'left-out') n++;
  }
  return n;
}

const CHARACTER_NAMES: Readonly<Record<string, string>> = {
  '\u00ad': 'SOFT HYPHEN', '\u200b': 'ZERO WIDTH SPACE', '\u200c': 'ZERO WIDTH NON-JOINER', '\u200d': 'ZERO WIDTH JOINER',
  '\u200e': 'LEFT-TO-RIGHT MARK', '\u200f': 'RIGHT-TO-LEFT MARK', '\u202a': 'LEFT-TO-RIGHT EMBEDDING', '\u202b': 'RIGHT-TO-LEFT EMBEDDING',
  '\u202c': 'POP DIRECTIONAL FORMATTING', '\u202d': 'LEFT-TO-RIGHT OVERRIDE', '\u202e': 'RIGHT-TO-LEFT OVERRIDE', '\u2060': 'WORD JOINER',
  '\u2061': 'FUNCTION APPLICATION', '\u2062': 'INVISIBLE TIMES', '\u2063': 'INVISIBLE SEPARATOR', '\u2064': 'INVISIBLE PLUS',
  '\u2066': 'LEFT-TO-RIGHT ISOLATE', '\u2067': 'RIGHT-TO-LEFT ISOLATE', '\u2068': 'FIRST STRONG ISOLATE', '\u2069': 'POP DIRECTIONAL ISOLATE',
  '\ufeff': 'ZERO WIDTH NO-BREAK SPACE', '\u061c': 'ARABIC LETTER MARK',
};

/** Invisible characters inside a quotation, named, with a fix that removes them. */
function hiddenCharacters(text: string, content: { start: number; end: number }, quotation: number, citation: number | undefined, m: CheckMessages): Finding | undefined {
  const slice = text.slice(content.start, content.end);
  INVISIBLE.lastIndex = 0;
  const edits: TextEdit[] = [];
  const names = new Set<string>();
  for (let m = INVISIBLE.exec(slice); m !== null; m = INVISIBLE.exec(slice)) {
    const code = m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    names.add(`U+${code} ${CHARACTER_NAMES[m[0]] ?? 'FORMAT CHARACTER'}`);
    edits.push({ range: { start: content.start + m.index, end: content.start + m.index + 1 }, newText: '' });
  }
  if (edits.length === 0) return undefined;
  const listed = [...names];
  const bidi = listed.some((n) => /DIRECTIONAL|OVERRIDE|EMBEDDING|ISOLATE|MARK/.test(n));
  return {
    kind: 'hidden-character',
    message: m.hiddenCharacters(listed, edits.length, bidi),
    range: content,
    fix: { title: m.removeHidden(edits.length), edits },
    quotation,
    ...(citation !== undefined ? { citation } : {}),
  };
}
