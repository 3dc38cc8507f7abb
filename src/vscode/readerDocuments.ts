/**
 * The reader documents, one per text: the bundled text's under its title,
 * each other text's under its title with its key in the query, so that the
 * reader, Go to Definition and the tree agree on which text a reader shows.
 */
import * as vscode from 'vscode';
import type { Library } from '../core/library';
import { localeOf, messagesFor } from '../core/messages';
import type { Work } from '../core/model';
import { layoutReader, type ReaderLayout } from '../core/readerLayout';
import { READER_PATH, READER_SCHEME } from './commands';

const layouts = new WeakMap<Work, ReaderLayout>();

/** The reader's layout of `work`, made once per text. */
export function readerLayout(work: Work): ReaderLayout {
  let layout = layouts.get(work);
  // A text the writer brings is headed by its reference: in GB/T 7714 in the Chinese interface, else in APA.
  if (!layout) layouts.set(work, (layout = layoutReader(work, messagesFor(vscode.env.language).reader, localeOf(vscode.env.language) === 'zh-cn' ? 'gb-t-7714' : 'apa')));
  return layout;
}

/** The URI of the reader of `work`. */
export function readerUri(library: Library, work: Work): vscode.Uri {
  if (work === library.defaultWork()) return vscode.Uri.from({ scheme: READER_SCHEME, path: READER_PATH });
  const name = work.record.title.replace(/[\\/:*?"<>|]+/g, ' ').trim() || work.id;
  return vscode.Uri.from({ scheme: READER_SCHEME, path: `/${name}.md`, query: `text=${encodeURIComponent(work.id)}` });
}

/** The text a reader URI shows, or undefined when that text is gone. */
export function readerWork(library: Library, uri: vscode.Uri): Work | undefined {
  const key = /(?:^|&)text=([^&]*)/.exec(uri.query)?.[1];
  return library.get(key === undefined ? undefined : decodeURIComponent(key));
}
