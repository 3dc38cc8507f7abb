/**
 * The library: every text the writer can read, search, cite and check. The
 * bundled text comes first; texts the writer brings follow in the order of
 * their files. A text whose record or body is malformed, or whose key an
 * earlier text already has, is left out and reported at its line, and the
 * others keep working. Texts are data: they are parsed, never run.
 */
import type { Work } from './model';
import { ENGLISH, type ParseMessages } from './messages';
import { duplicateKeys, parseText, type CorpusProblem, type TextResult } from './parse';

/** A text of the library, with where it came from. */
export interface LibraryText {
  readonly work: Work;
  /** The file it was read from: a workspace path, or the bundled corpus file. */
  readonly file: string;
  readonly bundled: boolean;
  /** The line of its key, where a duplicate key is reported. */
  readonly keyLine: number;
}

/** A file the writer brings, as read from the workspace. */
export interface TextSource {
  readonly file: string;
  readonly source: string;
}

/** Something that can be undone, such as a listener's registration. */
export interface Unsubscribe {
  dispose(): void;
}

export class Library {
  private userTexts: LibraryText[] = [];
  private problemList: CorpusProblem[] = [];
  private readonly listeners = new Set<() => void>();
  private bundledText: LibraryText | undefined;

  /** `bundled` parses the bundled text on first use. */
  constructor(private readonly bundled: () => Work, private readonly bundledFile: string) {}

  /** Every text, the bundled one first. */
  texts(): readonly LibraryText[] {
    return [this.bundledEntry(), ...this.userTexts];
  }

  /** Every work, the bundled one first. */
  works(): Work[] {
    return this.texts().map((t) => t.work);
  }

  /** The bundled work: what a passage without a text's key refers to. */
  defaultWork(): Work {
    return this.bundledEntry().work;
  }

  /** The text with this key, or undefined. An absent key is the bundled text. */
  get(key: string | undefined): Work | undefined {
    if (key === undefined) return this.defaultWork();
    return this.texts().find((t) => t.work.id === key)?.work;
  }

  /** The text read from this file, if it is in the library. */
  byFile(file: string): LibraryText | undefined {
    return this.userTexts.find((t) => t.file === file);
  }

  /** Problems of the texts left out: malformed records and bodies, duplicate keys. */
  problems(): readonly CorpusProblem[] {
    return this.problemList;
  }

  /**
   * Replaces the writer's texts with those parsed from `sources`, and tells
   * the listeners. Returns the problems, each at its file and line.
   */
  setSources(sources: readonly TextSource[], words: ParseMessages = ENGLISH.parse): readonly CorpusProblem[] {
    return this.setParsed(sources.map(({ file, source }) => ({ file, result: parseText(source, file, words) })), words);
  }

  /** As `setSources`, for texts parsed already (one at a time, say, between which the editor runs). */
  setParsed(texts: readonly { file: string; result: TextResult }[], words: ParseMessages = ENGLISH.parse): readonly CorpusProblem[] {
    const problems: CorpusProblem[] = [];
    const parsed: LibraryText[] = [];
    for (const { file, result } of texts) {
      if (result.ok) parsed.push({ work: result.work, file, bundled: false, keyLine: result.keyLine });
      else problems.push(...result.problems);
    }
    const bundled = this.bundledEntry();
    const all = [bundled, ...parsed];
    const duplicates = duplicateKeys(all.map((t) => ({ file: t.file, key: t.work.id, keyLine: t.keyLine })), words);
    problems.push(...duplicates);
    const kept = new Set<string>([bundled.work.id]);
    this.userTexts = parsed.filter((t) => {
      if (kept.has(t.work.id)) return false;
      kept.add(t.work.id);
      return true;
    });
    this.problemList = problems;
    for (const listener of [...this.listeners]) listener();
    return problems;
  }

  /** Calls `listener` after every change of the texts. */
  onDidChange(listener: () => void): Unsubscribe {
    this.listeners.add(listener);
    return { dispose: () => this.listeners.delete(listener) };
  }

  private bundledEntry(): LibraryText {
    return (this.bundledText ??= { work: this.bundled(), file: this.bundledFile, bundled: true, keyLine: 1 });
  }
}
