/**
 * A build done in slices: long work (an index over a book) written as a
 * generator that yields whenever its deadline has passed, so that it can run
 * between turns of the editor's host, each turn short, or all at once when
 * its result is needed now.
 */

export interface PrepareOptions {
  /** Longest stretch of work between pauses, in milliseconds; 20 unless given. */
  readonly sliceMs?: number;
  /** Lets the host breathe between slices; a zero-delay timer unless given. */
  readonly pause?: () => Promise<void>;
}

/** When a slice must end, as `performance.now()` reads it; Infinity when the build runs at once. */
export interface SliceClock {
  deadline: number;
}

export class SlicedBuild<T> {
  private result: T | undefined;
  private building: Generator<void, T> | undefined;
  private readonly clock: SliceClock = { deadline: Infinity };

  /** `build` starts the work on first need; it yields when `clock.deadline` has passed. */
  constructor(private readonly build: (clock: SliceClock) => Generator<void, T>) {}

  /** Whether the result is there, so that asking for it will not first build it. */
  get isReady(): boolean {
    return this.result !== undefined;
  }

  /** Builds in slices of at most `sliceMs`, with a pause between them. */
  async prepare(options: PrepareOptions = {}): Promise<void> {
    const sliceMs = options.sliceMs ?? 20;
    const pause = options.pause ?? (() => new Promise<void>((resolve) => setTimeout(resolve, 0)));
    while (this.result === undefined) {
      this.clock.deadline = performance.now() + sliceMs;
      this.step();
      this.clock.deadline = Infinity;
      if (this.result === undefined) await pause();
    }
  }

  /** The result, the build finished at once if it is not yet. */
  get(): T {
    while (this.result === undefined) this.step();
    return this.result;
  }

  private step(): void {
    this.building ??= this.build(this.clock);
    const next = this.building.next();
    if (next.done) {
      this.result = next.value;
      this.building = undefined;
    }
  }
}
