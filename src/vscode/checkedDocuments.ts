/**
 * The quotation checks of open documents: one checker per document, so that
 * a re-check after an edit reads only the changed block, and the last result
 * with the document version it belongs to, so that hovers, quick fixes and
 * navigation always read findings that match the text on screen.
 */
import * as vscode from 'vscode';
import { asYouTypePause, DEFAULT_LIMITS, documentPause, type AsYouTypeLimits, type Pause } from '../core/asYouType';
import { LibraryChecker, type DocumentLanguage, type LibraryCheckResult } from '../core/check';
import { messagesFor } from '../core/messages';
import { DOCUMENT_KINDS, kindOfDocument } from '../core/kinds';
import { OWN_SCHEMES } from './commands';
import type { Services } from './services';
import { aboutValue, warnSetting } from './settings';

export { describeValue, warnSetting } from './settings';


/** The longest the checker reads in one go before yielding to the editor. */
export const SLICE_MS = 20;

/** Documents that are views or copies, never the writer's own text. */
const SKIPPED_SCHEMES = new Set([...OWN_SCHEMES, 'output', 'git', 'gitfs', 'vscode-scm', 'debug', 'comment']);

/** The language ids, as a document selector for providers. */
export const CHECKED_SELECTOR: vscode.DocumentSelector = DOCUMENT_KINDS.filter((k) => k.checkedAs).flatMap((k) => k.languageIds.map((language) => ({ language })));

export const SETTINGS = {
  enabled: 'cpcRelations.check.enabled',
  severity: 'cpcRelations.check.severity',
  citationKeys: 'cpcRelations.check.citationKeys',
  maxDocumentSize: 'cpcRelations.check.maxDocumentSize',
  maxBlockSize: 'cpcRelations.check.maxBlockSize',
  /** The citation key the citation settings write, recognised too. */
  citationKey: 'cpcRelations.citation.key',
} as const;

/** How the checker reads `document`, or undefined when it does not check it. */
export function checkedLanguage(document: vscode.TextDocument): DocumentLanguage | undefined {
  if (SKIPPED_SCHEMES.has(document.uri.scheme)) return undefined;
  return kindOfDocument(document.languageId, document.uri.path)?.checkedAs;
}

export interface Checked {
  readonly document: vscode.TextDocument;
  readonly version: number;
  /** Checked against every text of the library. */
  readonly result: LibraryCheckResult;
  /** How long the check took, in milliseconds. */
  readonly duration: number;
}

/** A document that is not checked as you type, and why. */
export interface Paused {
  readonly document: vscode.TextDocument;
  /** Undefined when checking as you type resumes. */
  readonly pause: Pause | undefined;
}

export class CheckedDocuments implements vscode.Disposable {
  private readonly checkers = new Map<string, { checker: LibraryChecker; keys: string }>();
  private readonly results = new Map<string, Checked>();
  private readonly pauses = new Map<string, { version: number; limits: string; pause: Pause | undefined }>();
  private readonly onDidCheckEmitter = new vscode.EventEmitter<Checked>();
  private readonly onDidChangePauseEmitter = new vscode.EventEmitter<Paused>();
  /** Fires after every check, with its result. */
  readonly onDidCheck = this.onDidCheckEmitter.event;
  /** Fires when checking as you type pauses for a document, or resumes. */
  readonly onDidChangePause = this.onDidChangePauseEmitter.event;

  constructor(private readonly services: Services) {}

  /**
   * Why the document is not checked as you type (too long, or a block too
   * long to read in one go), or undefined. Decided once per version: from
   * its length alone when that is over the limit, else in one pass over its
   * blocks.
   */
  pauseFor(document: vscode.TextDocument): Pause | undefined {
    const language = checkedLanguage(document);
    if (!language || document.isClosed) return undefined;
    const key = document.uri.toString();
    const limits = asYouTypeLimits();
    const shape = `${limits.maxDocumentSize}/${limits.maxBlockSize}`;
    const known = this.pauses.get(key);
    if (known && known.version === document.version && known.limits === shape) return known.pause;
    const length = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
    const pause = documentPause(length, limits) ?? asYouTypePause(document.getText(), language, limits);
    this.pauses.set(key, { version: document.version, limits: shape, pause });
    if ((known?.pause === undefined) !== (pause === undefined) || (known?.pause && pause && known.pause.reason !== pause.reason)) {
      this.onDidChangePauseEmitter.fire({ document, pause });
    }
    return pause;
  }

  /**
   * The result for the document as it is now, checking it if the last check
   * is older; undefined for documents not checked, and for documents paused
   * (see pauseFor) unless `evenIfPaused`.
   */
  resultFor(document: vscode.TextDocument, { evenIfPaused = false } = {}): Checked | undefined {
    const language = checkedLanguage(document);
    if (!language || document.isClosed || this.isText(document)) return undefined;
    const key = document.uri.toString();
    const known = this.results.get(key);
    if (known && known.version === document.version && known.document === document) return known;
    if (!evenIfPaused && this.pauseFor(document)) return undefined;
    const started = performance.now();
    const result = this.checkerFor(document).check(document.getText(), language);
    const checked: Checked = { document, version: document.version, result, duration: performance.now() - started };
    this.results.set(key, checked);
    this.onDidCheckEmitter.fire(checked);
    return checked;
  }

  /**
   * `resultFor`, once the document is read ahead a slice at a time (see
   * `prepare`), the editor free between slices: for hovers, code actions
   * and commands, so that none of them holds the editor for the whole
   * check of a document it has not read yet. Undefined when `token` is
   * cancelled, or the document is edited, before the result is ready (the
   * editor then asks again).
   */
  async resultSoon(document: vscode.TextDocument, { evenIfPaused = false, token }: { evenIfPaused?: boolean; token?: vscode.CancellationToken } = {}): Promise<Checked | undefined> {
    const version = document.version;
    for (;;) {
      if (token?.isCancellationRequested || document.isClosed || document.version !== version) return undefined;
      const started = performance.now();
      if (this.prepare(document, () => performance.now() - started > SLICE_MS)) break;
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    // Looked at before the last slice, with no pause since: the document is as it was.
    return this.resultFor(document, { evenIfPaused });
  }

  /**
   * Reads ahead of the document's next check until `enough()` (see
   * QuotationChecker.prepare); true when that check will be quick.
   */
  prepare(document: vscode.TextDocument, enough: () => boolean): boolean {
    const language = checkedLanguage(document);
    if (!language || document.isClosed || this.isText(document)) return true;
    const known = this.results.get(document.uri.toString());
    if (known && known.version === document.version && known.document === document) return true;
    if (this.pauseFor(document)) return true;
    return this.checkerFor(document).prepare(document.getText(), language, enough);
  }

  private checkerFor(document: vscode.TextDocument): LibraryChecker {
    const key = document.uri.toString();
    const keys = citationKeys();
    let entry = this.checkers.get(key);
    if (!entry || entry.keys !== keys.join('\u0000')) {
      // The keys of the settings are other names of the bundled text.
      const bundled = this.services.work();
      // Findings speak the interface's language; the citations their fixes write follow the document's.
      const messages = messagesFor(vscode.env.language).check;
      entry = { checker: new LibraryChecker(this.services.library.works(), (work) => (work === bundled ? { keys, messages } : { messages })), keys: keys.join('\u0000') };
      this.checkers.set(key, entry);
    }
    return entry.checker;
  }

  /** Whether `document` is a text of the library: a text is the source quoted, not a document quoting it. */
  private isText(document: vscode.TextDocument): boolean {
    return document.uri.scheme !== 'untitled' && this.services.library.byFile(vscode.workspace.asRelativePath(document.uri)) !== undefined;
  }

  /** The last result for `uri`, however old. */
  lastResult(uri: vscode.Uri): Checked | undefined {
    return this.results.get(uri.toString());
  }

  forget(uri: vscode.Uri): void {
    this.checkers.delete(uri.toString());
    this.results.delete(uri.toString());
    this.pauses.delete(uri.toString());
  }

  /** Forgets every checker: the keys it recognises changed. */
  forgetAll(): void {
    this.checkers.clear();
    this.results.clear();
  }

  dispose(): void {
    this.onDidCheckEmitter.dispose();
    this.onDidChangePauseEmitter.dispose();
  }
}

/** The extra citation keys from the settings, valid ones only. */
export function citationKeys(): string[] {
  const config = vscode.workspace.getConfiguration();
  const listed = config.get<unknown>(SETTINGS.citationKeys) ?? [];
  const valid = Array.isArray(listed) ? listed.filter((k): k is string => typeof k === 'string' && k.trim() !== '') : [];
  if (!Array.isArray(listed) || valid.length !== listed.length) {
    warnSetting(SETTINGS.citationKeys, listed, Array.isArray(listed)
      ? vscode.l10n.t('The setting {0} must be a list of citation keys (text): the entries that are not are ignored.', SETTINGS.citationKeys)
      : vscode.l10n.t('The setting {0} must be a list of citation keys (text): it is ignored.', SETTINGS.citationKeys));
  }
  const keys = valid.map((k) => k.trim());
  const own = config.get<unknown>(SETTINGS.citationKey);
  if (typeof own === 'string' && own.trim() !== '') keys.push(own.trim());
  return keys;
}

/** The sizes past which a document is not checked as you type, from the settings (a value that is not a whole number of 0 or more warns and gives the default). */
export function asYouTypeLimits(): AsYouTypeLimits {
  const config = vscode.workspace.getConfiguration();
  const size = (setting: string, fallback: number): number => {
    const value = config.get<unknown>(setting);
    if (value === undefined) return fallback;
    if (typeof value === 'number' && Number.isInteger(value) && value >= 0) return value;
    warnSetting(setting, value, aboutValue(value,
      (shown) => vscode.l10n.t('The setting {0} is {1}, not a whole number of characters (0 for no limit): using {2}.', setting, shown, fallback.toLocaleString('en')),
      (shown, length) => vscode.l10n.t('The setting {0} is {1}… ({2} characters), not a whole number of characters (0 for no limit): using {3}.', setting, shown, length, fallback.toLocaleString('en'))));
    return fallback;
  };
  return { maxDocumentSize: size(SETTINGS.maxDocumentSize, DEFAULT_LIMITS.maxDocumentSize), maxBlockSize: size(SETTINGS.maxBlockSize, DEFAULT_LIMITS.maxBlockSize) };
}

/** A range of offsets as a range of the document. */
export function rangeOf(document: vscode.TextDocument, range: { start: number; end: number }): vscode.Range {
  return new vscode.Range(document.positionAt(range.start), document.positionAt(range.end));
}
