/**
 * Reading a file the command line is asked to check: only a regular file
 * (never a pipe, device or folder, which could block or never end), no larger
 * than a limit, as UTF-8 or, with a byte-order mark, UTF-16; binary files are
 * refused.
 */
import * as fs from 'node:fs';
import { cliWords } from './language';

/** The largest file read unless --max-size says otherwise: 10 MiB. */
export const DEFAULT_MAX_SIZE = 10 * 1024 * 1024;

const CHUNK = 1024 * 1024;

export type ReadResult = { readonly text: string } | { readonly refused: string };

/** A size such as 500000, 512k, 10M or 1G (powers of 1024), in bytes; undefined when it is not one. */
export function parseSize(value: string): number | undefined {
  const match = /^(\d+)([kKmMgG])?[bB]?$/.exec(value.trim());
  if (!match) return undefined;
  const unit = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(match[2] ?? '').toLowerCase()] ?? 1;
  const size = Number(match[1]) * unit;
  return Number.isSafeInteger(size) && size > 0 ? size : undefined;
}

/** A size for a message: bytes, KiB or MiB. */
export function showSize(bytes: number): string {
  if (bytes < 1024) return cliWords().bytes(bytes);
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1).replace(/\.0$/, '')} KiB`;
  return `${(bytes / 1024 ** 2).toFixed(1).replace(/\.0$/, '')} MiB`;
}

function kindOf(stat: fs.Stats): string {
  const { kinds } = cliWords().refused;
  if (stat.isDirectory()) return kinds.folder;
  if (stat.isFIFO()) return kinds.fifo;
  if (stat.isCharacterDevice()) return kinds.characterDevice;
  if (stat.isBlockDevice()) return kinds.blockDevice;
  if (stat.isSocket()) return kinds.socket;
  return kinds.other;
}

const REASONS = {
  ENOENT: 'noSuchFile',
  ENOTDIR: 'noSuchFile',
  EACCES: 'permissionDenied',
  EPERM: 'permissionDenied',
  ELOOP: 'tooManyLinks',
  ENAMETOOLONG: 'nameTooLong',
} as const;

/** Why a file could not be opened, in the command line's language; undefined for a code without words of its own. */
function reason(code: string): string | undefined {
  return Object.hasOwn(REASONS, code) ? cliWords().refused.reasons[REASONS[code as keyof typeof REASONS]] : undefined;
}

/**
 * The text of `file`, or why it is refused. The file is opened without
 * blocking and examined before anything is read, so a FIFO or a device is
 * refused at once; at most `maxSize` + 1 bytes are ever read.
 */
export function readTextFile(file: string, maxSize: number): ReadResult {
  let fd: number;
  try {
    fd = fs.openSync(file, fs.constants.O_RDONLY | fs.constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { refused: reason(code) ?? (error as Error).message };
  }
  const { refused } = cliWords();
  try {
    const stat = fs.fstatSync(fd);
    if (stat.isDirectory()) return { refused: refused.folder };
    if (!stat.isFile()) return { refused: refused.notRegular(kindOf(stat)) };
    if (stat.size > maxSize) return { refused: refused.tooLarge(showSize(stat.size), showSize(maxSize)) };
    // The file can grow while it is read: read to its end, but never more than one byte past the limit.
    const chunks: Buffer[] = [];
    let length = 0;
    for (;;) {
      const chunk = Buffer.alloc(Math.min(CHUNK, maxSize + 1 - length));
      const read = fs.readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      length += read;
      if (length > maxSize) return { refused: refused.overLimit(showSize(maxSize)) };
    }
    return decodeText(Buffer.concat(chunks, length));
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    return { refused: code === 'EISDIR' ? refused.folder : reason(code) ?? (error as Error).message };
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * Bytes as text: UTF-16 (little- or big-endian) when they start with its
 * byte-order mark, else UTF-8, without the mark. Text with a NUL character is
 * binary (or UTF-16 without a mark) and refused. Line breaks that are a
 * carriage return alone become line feeds, one character for one, so that
 * lines and columns come out as an editor shows them.
 */
export function decodeText(bytes: Uint8Array): ReadResult {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else text = new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes);
  if (text.includes('\u0000')) {
    return { refused: cliWords().refused.binary };
  }
  return { text: text.replace(/\r(?!\n)/g, '\n') };
}
