/**
 * When checking as the writer types would hold the editor up: the checker
 * reads a document a block at a time between which the editor runs, but one
 * block is read in one go, and the final check reads the whole document in
 * one go. Past these sizes either takes longer than the 50 ms an extension
 * may hold the editor, so checking as you type pauses for that document and
 * says so; checking on request still works.
 */
import { splitBlocks } from './check/blocks';
import type { DocumentLanguage } from './check/types';

export interface AsYouTypeLimits {
  /** The longest document, in characters, checked as you type; 0 for no limit. */
  readonly maxDocumentSize: number;
  /** The longest block (lines between blank lines), in characters, checked as you type; 0 for no limit. */
  readonly maxBlockSize: number;
}

/**
 * The defaults, measured (`npm run bench`, bench/driver.ts): a document of
 * 400,000 characters is checked in about 40 ms once read, and a block of
 * 10,000 characters is read in about 25 ms.
 */
export const DEFAULT_LIMITS: AsYouTypeLimits = { maxDocumentSize: 400_000, maxBlockSize: 10_000 };

/** Why checking as you type is paused for a document. */
export interface Pause {
  readonly reason: 'document' | 'block';
  /** The document's or its longest block's length, in characters. */
  readonly size: number;
  readonly limit: number;
  /** For a block: its 0-based offset in the document. */
  readonly offset?: number;
}

/** Whether a document of `length` characters is too long to check as you type; cheap: no text is read. */
export function documentPause(length: number, limits: AsYouTypeLimits): Pause | undefined {
  return limits.maxDocumentSize > 0 && length > limits.maxDocumentSize ? { reason: 'document', size: length, limit: limits.maxDocumentSize } : undefined;
}

/**
 * Why `text` is not to be checked as you type, or undefined when it can be:
 * too long, or with a block too long to read in one go. One pass over the
 * text, as the checker splits it.
 */
export function asYouTypePause(text: string, language: DocumentLanguage, limits: AsYouTypeLimits): Pause | undefined {
  const tooLong = documentPause(text.length, limits);
  if (tooLong) return tooLong;
  if (limits.maxBlockSize <= 0 || text.length <= limits.maxBlockSize) return undefined;
  let longest: { size: number; offset: number } | undefined;
  for (const block of splitBlocks(text, language)) {
    if (block.skip) continue;
    const size = block.end - block.start;
    if (size > limits.maxBlockSize && (!longest || size > longest.size)) longest = { size, offset: block.start };
  }
  return longest && { reason: 'block', size: longest.size, limit: limits.maxBlockSize, offset: longest.offset };
}
