/**
 * Hover and Go to Definition on the text's citations and on checked
 * quotations: the hover shows the cited paragraphs with their locator (and,
 * for a quotation, the text's own wording of it); Go to Definition opens the
 * reader at that passage.
 */
import * as vscode from 'vscode';
import type { LibraryCheckResult, ParagraphSpan } from '../core/check';
import type { Work } from '../core/model';
import { paragraphLabel, type Passage } from '../core/passage';
import { rangeInReader, type ReaderLayout } from '../core/readerLayout';
import { CHECKED_SELECTOR, rangeOf, type CheckedDocuments } from './checkedDocuments';
import { Commands } from './commands';
import { readerLayout, readerUri } from './readerDocuments';
import type { Services } from './services';
/** A long paragraph is cut in the hover, not in the reader. */
const HOVER_CHARS = 900;

/** What sits under the cursor: a quotation or a citation of the work, with the paragraphs it points to. */
interface Target {
  /** The text quoted or cited. */
  readonly work: Work;
  readonly range: { start: number; end: number };
  readonly spans: readonly ParagraphSpan[];
  /** The locator as written, for a citation. */
  readonly locator?: string;
  /** For a quotation: the text's wording of it. */
  readonly passage?: Passage;
  readonly problem?: string;
}

function targetAt(result: LibraryCheckResult, offset: number, workOf: (key: string) => Work | undefined): Target | undefined {
  const inside = (r: { start: number; end: number }) => r.start <= offset && offset <= r.end;
  const valid = (spans: readonly ParagraphSpan[], paragraphCount: number) =>
    spans.map((s) => ({ first: Math.max(1, s.first), last: Math.min(paragraphCount, s.last) })).filter((s) => s.first <= s.last);
  const quotationIndex = result.quotations.findIndex((q) => inside(q.range));
  const quotedWork = quotationIndex >= 0 ? workOf(result.quotationWork[quotationIndex]) : undefined;
  if (quotationIndex >= 0 && quotedWork) {
    const quotation = result.quotations[quotationIndex];
    const problem = result.findings.find((f) => f.quotation === quotationIndex && f.kind === 'misquotation')?.message;
    const spans = quotation.paragraphs.length > 0 ? [{ first: quotation.paragraphs[0], last: quotation.paragraphs[quotation.paragraphs.length - 1] }] : [];
    return { work: quotedWork, range: quotation.range, spans, passage: quotation.passage, problem };
  }
  const citationIndex = result.citations.findIndex((c) => inside(c.range) || (c.locator !== undefined && inside(c.locator.range)));
  const citation = result.citations[citationIndex];
  const work = citation && workOf(result.citationWork[citationIndex]);
  if (!citation?.locator || !work) return undefined;
  const spans = valid(citation.locator.paragraphs, work.paragraphs.length);
  if (spans.length === 0) return undefined;
  return { work, range: citation.locator && inside(citation.locator.range) ? citation.locator.range : citation.range, spans, locator: citation.locator.text };
}

function paragraphsOf(work: Work, spans: readonly ParagraphSpan[]): number[] {
  const numbers = new Set<number>();
  for (const s of spans) for (let n = s.first; n <= s.last && n <= work.paragraphs.length; n++) numbers.add(n);
  return [...numbers].sort((a, b) => a - b);
}

/** Only what Markdown would read as markup in running text (the hover quotes the text, it does not format it). */
function escape(text: string): string {
  return text.replace(/[\\`*_[\]<>|~#]/g, '\\$&');
}

/** Characters of context either side of the quoted words: enough to place them, short enough that the hover's fix stays in view. */
const CONTEXT_CHARS = 160;

/** The quoted words in bold, with the text around them cut at words: "…party ties **a cornerstone for…** and…". */
function aroundQuote(text: string, at: number, length: number): string {
  const from = at <= CONTEXT_CHARS ? 0 : text.indexOf(' ', at - CONTEXT_CHARS) + 1;
  const endAt = at + length + CONTEXT_CHARS;
  const to = endAt >= text.length ? text.length : Math.max(at + length, text.lastIndexOf(' ', endAt));
  return `${from > 0 ? '…' : ''}${escape(text.slice(from, at))}**${escape(text.slice(at, at + length))}**${escape(text.slice(at + length, to))}${to < text.length ? '…' : ''}`;
}

function hoverMarkdown(target: Target): vscode.MarkdownString {
  const { work } = target;
  const md = new vscode.MarkdownString();
  const numbers = paragraphsOf(work, target.spans);
  const label = target.spans.map((s) => paragraphLabel(s.first, s.last)).join(', ');
  md.appendMarkdown(`**${escape(label)}** · *${escape(work.record.title)}*`);
  if (target.locator) md.appendMarkdown(` · ${vscode.l10n.t('cited as “{0}”', escape(target.locator.replace(/~|\\ /g, ' ')))}`);
  md.appendMarkdown('\n\n');
  if (target.problem) md.appendMarkdown(`$(warning) ${escape(target.problem)}\n\n`);
  const quoted = target.passage?.text ?? '';
  for (const n of numbers) {
    const text = work.paragraphs[n - 1].text;
    const at = quoted && numbers.length === 1 ? text.indexOf(quoted) : -1;
    let shown = at >= 0 ? aroundQuote(text, at, quoted.length) : escape(text);
    if (text.length > HOVER_CHARS && at < 0) shown = `${escape(text.slice(0, HOVER_CHARS))}…`;
    md.appendMarkdown(`> **[${n}]** ${shown}\n\n`);
  }
  const passage: Passage = target.passage ?? { work: work.id, locator: { kind: 'paragraphs', first: numbers[0], last: numbers[numbers.length - 1] }, text: '' };
  md.appendMarkdown(`[${vscode.l10n.t('Open in the reader')}](command:${Commands.openInReader}?${encodeURIComponent(JSON.stringify([passage]))})`);
  md.supportThemeIcons = true;
  md.isTrusted = { enabledCommands: [Commands.openInReader] };
  return md;
}

/** Where the target's paragraphs (or quoted words) are in the reader. */
function readerRange(layout: ReaderLayout, target: Target): vscode.Range | undefined {
  const { work } = target;
  const numbers = paragraphsOf(work, target.spans);
  if (numbers.length === 0) return undefined;
  const single = numbers.length === 1 && target.passage?.text ? target.passage.text : undefined;
  const first = rangeInReader(layout, work, numbers[0], single);
  const last = rangeInReader(layout, work, numbers[numbers.length - 1], single);
  if (!first || !last) return undefined;
  return new vscode.Range(first.start.line, first.start.character, last.end.line, last.end.character);
}

export function registerNavigation(services: Services, checks: CheckedDocuments): vscode.Disposable {
  // A document not read yet is read in slices first: a hover never holds the editor for a whole check.
  const find = async (document: vscode.TextDocument, position: vscode.Position, token: vscode.CancellationToken) => {
    const checked = await checks.resultSoon(document, { token });
    if (!checked) return undefined;
    const target = targetAt(checked.result, document.offsetAt(position), (key) => services.library.get(key));
    return target && { target, origin: rangeOf(document, target.range) };
  };
  return vscode.Disposable.from(
    vscode.languages.registerHoverProvider(CHECKED_SELECTOR, {
      async provideHover(document, position, token) {
        const found = await find(document, position, token);
        return found && new vscode.Hover(hoverMarkdown(found.target), found.origin);
      },
    }),
    vscode.languages.registerDefinitionProvider(CHECKED_SELECTOR, {
      async provideDefinition(document, position, token): Promise<vscode.LocationLink[] | undefined> {
        const found = await find(document, position, token);
        if (!found) return undefined;
        const range = readerRange(readerLayout(found.target.work), found.target);
        return range && [{ originSelectionRange: found.origin, targetUri: readerUri(services.library, found.target.work), targetRange: range, targetSelectionRange: range }];
      },
    }),
  );
}
