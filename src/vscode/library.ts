/**
 * The library in the editor: the bundled text and the texts found in the
 * workspace by the setting `cpcRelations.library.texts` (glob patterns). Texts
 * are read through `workspace.fs` (so vscode.dev works too), one file at a
 * time after activation, each parsed in short slices, watched, and re-read
 * when they change. A malformed text is a problem at its line in the
 * Problems panel; the others keep working.
 *
 * The file watcher alone can miss a file: one written into a folder made
 * the same moment, or while the watcher starts. So the texts are also looked
 * for again when a file is created, deleted or renamed in the editor, when a
 * text is saved, and when the window gets the focus back (after a copy in a
 * terminal, say). Looking again reads only files whose size or time changed.
 */
import * as vscode from 'vscode';
import { BUNDLED_CORPUS_FILE, bundledWork } from '../core/corpus';
import { Library } from '../core/library';
import { messagesFor, type ParseMessages } from '../core/messages';
import { parseTextInSteps, type TextResult } from '../core/parse';

export const TEXTS_SETTING = 'cpcRelations.library.texts';
export const DEFAULT_TEXT_PATTERNS = ['**/*.text.md', '**/*.text.txt'];
const EXCLUDE = '**/{node_modules,.git}/**';
/** Texts larger than this are not read: a book of 300 times the bundled text is about 2.5 MB. */
const MAX_TEXT_BYTES = 32 * 1024 * 1024;
/** The longest a parse runs before the editor gets its turn, in milliseconds. */
const PARSE_SLICE_MS = 20;
/** How long after the first load the texts are looked for again. */
const LOOK_AGAIN_MS = 3_000;

export class LibraryService implements vscode.Disposable {
  readonly library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires once the texts have changed: after the first load, and after each change of a text. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('cpc-relations-texts');
  private readonly disposables: vscode.Disposable[] = [];
  private watchers: vscode.Disposable[] = [];
  /** What each file held when last parsed, so that only changed files are read and parsed again. */
  private readonly parsed = new Map<string, { source: string; result: TextResult; size: number; mtime: number }>();
  private loading: Promise<void> | undefined;
  private first: Promise<void> | undefined;
  private again = false;
  private lookAgain: ReturnType<typeof setTimeout> | undefined;
  /** The texts last given to the library: a load that finds them all as they were tells nobody. */
  private loaded: readonly { file: string; result: TextResult }[] | undefined;

  constructor() {
    this.disposables.push(this.changed, this.diagnostics, this.library.onDidChange(() => this.changed.fire()));
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(TEXTS_SETTING)) {
        this.watch();
        void this.reload();
      }
    }));
    const reload = () => void this.reload();
    this.disposables.push(
      vscode.workspace.onDidCreateFiles(reload),
      vscode.workspace.onDidDeleteFiles(reload),
      vscode.workspace.onDidRenameFiles(reload),
      vscode.workspace.onDidSaveTextDocument((document) => {
        if (!textPatterns().some((pattern) => vscode.languages.match({ pattern }, document) > 0)) return;
        this.readAgain(document.uri);
        reload();
      }),
      vscode.window.onDidChangeWindowState((state) => {
        if (state.focused && this.first) reload();
      }),
    );
  }

  /**
   * Starts loading the writer's texts, after activation has returned, and
   * looks again a little later: a file written while the watcher was still
   * starting (as a window opens) sends no event.
   */
  start(): void {
    this.watch();
    setTimeout(() => void this.ready().then(() => {
      this.lookAgain = setTimeout(() => void this.reload(), LOOK_AGAIN_MS);
    }), 0);
  }

  /** Resolves once the writer's texts are loaded (loading them if nothing has yet). */
  ready(): Promise<void> {
    return this.loading ?? (this.first ??= this.reload());
  }

  /** Reads every text again (a parse only where the file changed). */
  reload(): Promise<void> {
    if (this.loading) {
      this.again = true;
      return this.loading;
    }
    this.loading = this.load().finally(() => {
      this.loading = undefined;
      if (this.again) {
        this.again = false;
        void this.reload();
      }
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    if (!vscode.workspace.workspaceFolders?.length) return;
    const found = new Map<string, vscode.Uri>();
    for (const pattern of textPatterns()) {
      for (const uri of await vscode.workspace.findFiles(pattern, EXCLUDE)) found.set(uri.toString(), uri);
    }
    const uris = [...found.values()].sort((a, b) => a.toString().localeCompare(b.toString()));
    const texts: { file: string; result: TextResult }[] = [];
    // The problems speak the interface's language, as the checker's findings do.
    const words = messagesFor(vscode.env.language).parse;
    const byFile = new Map<string, vscode.Uri>();
    for (const uri of uris) {
      const file = vscode.workspace.asRelativePath(uri);
      byFile.set(file, uri);
      let entry = this.parsed.get(uri.toString());
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_TEXT_BYTES) {
          texts.push({ file, result: { ok: false, problems: [{ file, line: 1, message: vscode.l10n.t('the text is larger than {0} MB and is not read', MAX_TEXT_BYTES / 1024 / 1024) }] } });
          continue;
        }
        // A file of the same size and time is taken as unchanged, as editors and build tools take it.
        if (entry?.size !== stat.size || entry.mtime !== stat.mtime) {
          const source = new TextDecoder('utf-8').decode(await vscode.workspace.fs.readFile(uri));
          if (entry?.source !== source) entry = { source, result: await parseInSlices(source, file, words), size: stat.size, mtime: stat.mtime };
          else entry = { ...entry, size: stat.size, mtime: stat.mtime };
          this.parsed.set(uri.toString(), entry);
        }
      } catch {
        continue; // deleted while being read: the watcher reloads
      }
      texts.push({ file, result: entry.result });
    }
    for (const key of [...this.parsed.keys()]) if (!found.has(key)) this.parsed.delete(key);
    const before = this.loaded;
    if (before && before.length === texts.length && texts.every((t, i) => t.file === before[i].file && t.result === before[i].result)) return;
    this.loaded = texts;
    const problems = this.library.setParsed(texts, words);
    this.diagnostics.clear();
    const byUri = new Map<string, vscode.Diagnostic[]>();
    for (const problem of problems) {
      const uri = byFile.get(problem.file);
      if (!uri) continue;
      const line = Math.max(0, problem.line - 1);
      const diagnostic = new vscode.Diagnostic(new vscode.Range(line, 0, line, Number.MAX_SAFE_INTEGER), problem.message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'CPC Relations';
      diagnostic.code = 'malformed-text';
      byUri.set(uri.toString(), [...(byUri.get(uri.toString()) ?? []), diagnostic]);
    }
    for (const [key, list] of byUri) this.diagnostics.set(vscode.Uri.parse(key), list);
  }

  /** Has a file read again at the next load, though its size and time be the same (its parse is kept if its words are). */
  private readAgain(uri: vscode.Uri): void {
    const entry = this.parsed.get(uri.toString());
    if (entry) this.parsed.set(uri.toString(), { ...entry, size: -1 });
  }

  private watch(): void {
    for (const w of this.watchers) w.dispose();
    this.watchers = [];
    if (!vscode.workspace.workspaceFolders?.length) return;
    for (const pattern of textPatterns()) {
      const watcher = vscode.workspace.createFileSystemWatcher(pattern);
      // A file the watcher names is read again whatever its size and time say.
      const reload = (uri: vscode.Uri) => {
        this.readAgain(uri);
        void this.reload();
      };
      this.watchers.push(watcher, watcher.onDidCreate(reload), watcher.onDidChange(reload), watcher.onDidDelete(reload));
    }
  }

  dispose(): void {
    clearTimeout(this.lookAgain);
    for (const d of [...this.watchers, ...this.disposables]) d.dispose();
  }
}

/**
 * Parses a text in slices of at most PARSE_SLICE_MS, giving the editor its
 * turn between them: a long book never holds the extension host for long.
 */
async function parseInSlices(source: string, file: string, words: ParseMessages): Promise<TextResult> {
  const clock = { deadline: 0 };
  const steps = parseTextInSteps(source, file, clock, words);
  for (;;) {
    clock.deadline = performance.now() + PARSE_SLICE_MS;
    const next = steps.next();
    if (next.done) return next.value;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** The glob patterns of the setting, valid ones only. */
export function textPatterns(): string[] {
  const value = vscode.workspace.getConfiguration().get<unknown>(TEXTS_SETTING);
  if (!Array.isArray(value)) return DEFAULT_TEXT_PATTERNS;
  return value.filter((p): p is string => typeof p === 'string' && p.trim() !== '');
}
