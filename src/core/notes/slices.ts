/**
 * Long work on the notes (reading a big notes file, placing every note,
 * exporting) written as steps, so that the same code runs at once (the
 * command line, the tests) or in slices that give the extension host back
 * between them: the editor never waits on the notebook for long.
 */

/** Work that yields between its steps and returns `T` at the end. */
export type Steps<T> = Generator<void, T, void>;

/** Runs `steps` to the end without pausing. */
export function atOnce<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

export interface SliceOptions {
  /** Longest stretch of work between pauses, in milliseconds; 20 unless given. */
  readonly sliceMs?: number;
  /** Lets the host breathe between slices; a zero-delay timer unless given. */
  readonly pause?: () => Promise<void>;
  /** Told how long each slice took, for the benchmark. */
  readonly onSlice?: (ms: number) => void;
}

/** Runs `steps` in slices of about `sliceMs` (one step may overrun it), pausing between them. */
export async function inSlices<T>(steps: Steps<T>, options: SliceOptions = {}): Promise<T> {
  const sliceMs = options.sliceMs ?? 20;
  const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
  let started = performance.now();
  for (;;) {
    const next = steps.next();
    const now = performance.now();
    if (next.done) {
      options.onSlice?.(now - started);
      return next.value;
    }
    if (now - started >= sliceMs) {
      options.onSlice?.(now - started);
      await pause();
      started = performance.now();
    }
  }
}
