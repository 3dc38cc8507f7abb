/**
 * Writing the command line's output safely: text for a terminal has its
 * control and bidirectional characters escaped, so that a document cannot
 * retitle the terminal, erase lines or reorder what is shown; a reader that
 * closes the pipe early (`| head -1`) ends the output quietly; any other
 * write error is one line on standard error and its own exit status.
 */
import * as fs from 'node:fs';

/** The exit statuses of every command. */
export const EXIT = {
  /** Done; for check, every file is clean. */
  ok: 0,
  /** check: a problem was found; search: nothing matches. */
  found: 1,
  /** The command was misused, or a file named could not be read or was refused. */
  usage: 2,
  /** The output could not be written (a full disk, for example). */
  writeFailed: 3,
  /** An unexpected error in the command line itself. */
  internal: 4,
} as const;

/** The output could not be written: the command stops, with EXIT.writeFailed. */
export class WriteFailed extends Error {}

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

/**
 * C0 and C1 controls (DEL included) and the bidirectional marks, embeddings,
 * overrides and isolates; line feeds and tabs too, for text inside one line.
 */
// eslint-disable-next-line no-control-regex -- these are the characters to escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** What JSON.stringify leaves raw among UNSAFE: JSON escapes the C0 controls itself. */
const RAW_IN_JSON = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** `text` with each control or bidirectional character written visibly, as \xHH or \uHHHH. */
export function escapeForTerminal(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).toUpperCase().padStart(2, '0')}` : `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  });
}

/**
 * `value` as indented JSON with the characters JSON leaves raw but a terminal
 * obeys (DEL, C1 controls, bidirectional characters) escaped as \uHHHH, which
 * JSON reads back as the same characters.
 */
export function jsonForTerminal(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(RAW_IN_JSON, (c) => `\\u${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
}

/** Waits `ms` milliseconds without returning to the event loop. */
function pause(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Writes all of `text` to `fd`, synchronously; throws the write's error. */
function writeAll(fd: number, text: string): void {
  let bytes = Buffer.from(text, 'utf8');
  while (bytes.length > 0) {
    try {
      const written = fs.writeSync(fd, bytes);
      bytes = bytes.subarray(written);
    } catch (error) {
      // A non-blocking pipe that is full: wait for its reader.
      if ((error as NodeJS.ErrnoException).code === 'EAGAIN') pause(5);
      else throw error;
    }
  }
}

const REASONS: Readonly<Record<string, string>> = {
  ENOSPC: 'no space left on the device',
  EDQUOT: 'the disk quota is used up',
  EIO: 'an input/output error',
  EBADF: 'the output is closed',
  EFBIG: 'the file is too large',
};

/**
 * Standard output and error as the commands use them. After the reader of
 * standard output has gone (EPIPE), output is dropped and the command runs
 * on to its usual exit status; any other write error throws WriteFailed.
 */
export function processIo(): Io {
  let closed = false;
  return {
    out(text) {
      if (closed) return;
      try {
        writeAll(1, text);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code ?? '';
        if (code === 'EPIPE') {
          closed = true;
          return;
        }
        throw new WriteFailed(`cannot write the output: ${REASONS[code] ?? (error as Error).message}${code && REASONS[code] ? ` (${code})` : ''}`);
      }
    },
    err(text) {
      try {
        writeAll(2, text);
      } catch {
        // Nowhere left to say it.
      }
    },
  };
}
