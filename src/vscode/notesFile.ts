/**
 * The notes file in the workspace (setting `cpcRelations.notes.file`): read
 * through `workspace.fs` after activation, watched, and read again when the
 * writer or git changes it. It is written only when the writer adds, edits or
 * deletes a note, each write made on the file as it is then, so an edit made
 * meanwhile is kept. A file that cannot be read is reported at its lines in
 * the Problems panel and never written until it is fixed. Reading, placing
 * and writing a big file run in slices, so the editor never waits on them.
 */
import * as vscode from 'vscode';
import type { Library } from '../core/library';
import { messagesFor } from '../core/messages';
import { COLOURS, inSlices, parsingNotes, Placements, serializingNotes, type Colour, type NotesProblem, type PlacedNote, type StudyNote } from '../core/notes';
import type { Log } from './log';

export const NOTES_FILE_SETTING = 'cpcRelations.notes.file';
export const DEFAULT_NOTES_FILE = 'notes.cpc.jsonl';

export type NotesFileState =
  | { readonly kind: 'noFolder' }
  | { readonly kind: 'missing'; readonly uri: vscode.Uri }
  | { readonly kind: 'read'; readonly uri: vscode.Uri }
  | { readonly kind: 'unreadable'; readonly uri: vscode.Uri; readonly problems: readonly NotesProblem[] };

export class NotesStore implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the notes or the file's state changed. */
  readonly onDidChange = this.changed.event;
  private readonly diagnostics = vscode.languages.createDiagnosticCollection('cpc-relations-notes');
  private readonly disposables: vscode.Disposable[] = [];
  private watcher: vscode.Disposable | undefined;
  private current: readonly StudyNote[] = [];
  private lastSource: string | undefined;
  private fileState: NotesFileState = { kind: 'noFolder' };
  private loading: Promise<void> | undefined;
  private first: Promise<void> | undefined;
  private writing: Promise<unknown> = Promise.resolve();
  /** Writes begun, in all: a read that a write overtook is not applied. */
  private writes = 0;
  private placedCache: PlacedNote[] | undefined;
  private readonly placements = new Placements();
  /** Each file text is applied after the one before, so that a write sees the notes its read gave. */
  private applying: Promise<void> = Promise.resolve();
  /** Placing the notes after the notes or the texts changed; the one running, if any. */
  private placing: Promise<void> | undefined;
  private placingGeneration = 0;

  constructor(private readonly library: Library, readonly log: Log) {
    this.disposables.push(this.changed, this.diagnostics);
    this.disposables.push(library.onDidChange(() => void this.placeAll()));
    this.disposables.push(vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration(NOTES_FILE_SETTING)) return;
      this.lastSource = undefined;
      this.watch();
      void this.reload();
    }));
  }

  /** Starts watching and reading the file, after activation has returned. */
  start(): void {
    this.watch();
    setTimeout(() => void this.ready(), 0);
  }

  /** Resolves once the file has been read and its notes placed. */
  async ready(): Promise<void> {
    await (this.loading ?? (this.first ??= this.reload()));
    while (this.placing) await this.placing;
  }

  /** The notes as last read (none while the file cannot be read). */
  get notes(): readonly StudyNote[] {
    return this.current;
  }

  get state(): NotesFileState {
    return this.fileState;
  }

  /**
   * Every note with where it sits in the texts: as last placed, while the
   * notes are placed again in slices after a change (`onDidChange` fires then).
   */
  placed(): PlacedNote[] {
    return (this.placedCache ??= this.placements.place(this.current, (key) => this.library.get(key)));
  }

  /** Places every note again, in slices, then tells the views; a newer change supersedes it. */
  private placeAll(): Promise<void> {
    const generation = ++this.placingGeneration;
    const notes = this.current;
    const run = (async () => {
      const placed = await inSlices(this.placements.placing(notes, (key) => this.library.get(key)));
      if (generation !== this.placingGeneration) return;
      this.placedCache = placed;
      this.changed.fire();
    })().catch((error: unknown) => this.log.error('Placing the notes failed', error));
    this.placing = run;
    void run.finally(() => {
      if (this.placing === run) this.placing = undefined;
    });
    return run;
  }

  /** The file's URI, or undefined with no folder open (an absolute path in the setting needs none). */
  uri(): vscode.Uri | undefined {
    const setting = vscode.workspace.getConfiguration().get<unknown>(NOTES_FILE_SETTING);
    const path = typeof setting === 'string' && setting.trim() !== '' ? setting.trim() : DEFAULT_NOTES_FILE;
    if (/^([a-zA-Z]:[\\/]|\/)/.test(path)) return vscode.Uri.file(path);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder && vscode.Uri.joinPath(folder.uri, path);
  }

  /** Reads the file again. */
  reload(): Promise<void> {
    const run = async () => {
      // Never read while this store writes: the file may be half written, and a read from before would undo the write.
      await this.writing;
      const writes = this.writes;
      const uri = this.uri();
      const source = uri && (await this.read(uri));
      // A write begun since applies what it wrote, and the watcher reads the file again after it.
      if (writes !== this.writes) return;
      await this.apply(uri, source);
    };
    this.loading = (this.loading ?? Promise.resolve()).then(run, run).finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  /**
   * Changes the notes and writes the file: `edit` gets the notes as the file
   * holds them now and returns the new list (undefined: nothing to write).
   * Refuses, saying what to fix, while the file cannot be read. True when written.
   */
  change(edit: (notes: readonly StudyNote[]) => StudyNote[] | undefined): Promise<boolean> {
    const write = this.writing.then(() => {
      this.writes++;
      return this.write(edit);
    });
    this.writing = write.catch(() => undefined);
    return write;
  }

  private async write(edit: (notes: readonly StudyNote[]) => StudyNote[] | undefined): Promise<boolean> {
    const uri = this.uri();
    if (!uri) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a folder to keep notes: they are written to a file in the workspace ({0}).', NOTES_FILE_SETTING));
      return false;
    }
    const source = await this.read(uri);
    await this.apply(uri, source);
    const state = this.fileState;
    if (state.kind === 'unreadable') {
      const first = state.problems[0];
      void vscode.window.showErrorMessage(
        vscode.l10n.t('The notes file {0} cannot be read at line {1}: {2} Fix the line (see the Problems panel), then try again: nothing was written.', vscode.workspace.asRelativePath(uri), first.line, first.message),
      );
      return false;
    }
    const next = edit(this.current);
    if (!next) return false;
    const text = await inSlices(serializingNotes(next));
    try {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    } catch (error) {
      this.log.error(`Writing ${uri.toString()} failed`, error);
      void vscode.window.showErrorMessage(vscode.l10n.t('The notes file {0} could not be written: {1}', vscode.workspace.asRelativePath(uri), error instanceof Error ? error.message : String(error)));
      return false;
    }
    await this.apply(uri, text);
    return true;
  }

  /** The file's text; undefined when it does not exist. */
  private async read(uri: vscode.Uri): Promise<string | undefined> {
    try {
      return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch (error) {
      if (error instanceof vscode.FileSystemError && error.code === 'FileNotFound') return undefined;
      this.log.warn(`Reading ${uri.toString()} failed`, error);
      return undefined;
    }
  }

  private apply(uri: vscode.Uri | undefined, source: string | undefined): Promise<void> {
    const next = this.applying.then(() => this.applyInTurn(uri, source));
    this.applying = next.catch(() => undefined);
    return next;
  }

  private async applyInTurn(uri: vscode.Uri | undefined, source: string | undefined): Promise<void> {
    const key = uri ? `${uri.toString()}\n${source ?? '\u0000missing'}` : '\u0000nofolder';
    if (key === this.lastSource) return;
    this.lastSource = key;
    this.diagnostics.clear();
    if (!uri) {
      this.fileState = { kind: 'noFolder' };
      this.current = [];
    } else if (source === undefined) {
      this.fileState = { kind: 'missing', uri };
      this.current = [];
    } else {
      const parsed = await inSlices(parsingNotes(source, messagesFor(vscode.env.language).notes));
      if (parsed.ok) {
        this.fileState = { kind: 'read', uri };
        this.current = parsed.notes;
      } else {
        // The notes shown stay those last read, so nothing vanishes while the writer fixes a line.
        this.fileState = { kind: 'unreadable', uri, problems: parsed.problems };
        const lines = source.split(/\r?\n/);
        this.diagnostics.set(uri, parsed.problems.map((p) => {
          const diagnostic = new vscode.Diagnostic(new vscode.Range(p.line - 1, 0, p.line - 1, lines[p.line - 1]?.length ?? 0), p.message, vscode.DiagnosticSeverity.Error);
          diagnostic.source = vscode.l10n.t('CPC Relations notes');
          return diagnostic;
        }));
      }
    }
    await this.placeAll();
  }

  private watch(): void {
    this.watcher?.dispose();
    const uri = this.uri();
    if (!uri) return;
    const folder = vscode.Uri.joinPath(uri, '..');
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const reload = () => void this.reload();
    watcher.onDidChange(reload);
    watcher.onDidCreate(reload);
    watcher.onDidDelete(reload);
    // An edit in an editor is seen on save by the watcher; a file saved by VS Code itself is seen here at once.
    const saved = vscode.workspace.onDidSaveTextDocument((d) => {
      if (d.uri.toString() === this.uri()?.toString()) reload();
    });
    this.watcher = vscode.Disposable.from(watcher, saved);
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const d of this.disposables) d.dispose();
  }
}

export const COLOUR_NAMES_SETTING = 'cpcRelations.notes.colourNames';


/** The writer's names for the highlight colours (setting `cpcRelations.notes.colourNames`); unnamed colours keep the interface's names. */
export function colourNames(): Partial<Record<Colour, string>> {
  const config = vscode.workspace.getConfiguration();
  const value = config.get<unknown>(COLOUR_NAMES_SETTING);
  // The setting's default lists the English names, for the settings editor: a name left at its default is said in the interface's language.
  const defaults = config.inspect<unknown>(COLOUR_NAMES_SETTING)?.defaultValue;
  const names: Partial<Record<Colour, string>> = { ...messagesFor(vscode.env.language).notes.colourNames };
  if (typeof value !== 'object' || value === null) return names;
  for (const colour of COLOURS) {
    const name = (value as Record<string, unknown>)[colour];
    const byDefault = typeof defaults === 'object' && defaults !== null && (defaults as Record<string, unknown>)[colour] === name;
    if (typeof name === 'string' && name.trim() !== '' && !byDefault) names[colour] = name.trim();
  }
  return names;
}
