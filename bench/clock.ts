/**
 * Clocks for the benchmarks. The main thread's CPU time is how long a task
 * holds the thread the editor runs on, whatever else the machine does: the
 * wall clock also counts other processes' turns, and the process's CPU time
 * also counts V8's helper threads (the garbage collector's, the optimising
 * compiler's), which run beside the editor rather than hold it up.
 */
import * as fs from 'node:fs';

/** The main thread's scheduler statistics, opened once: each reading is then one read, a few microseconds, not an open, a read and a close. */
let schedstat: number | null | undefined;
const reading = Buffer.alloc(64);

/** CPU milliseconds the main thread has run, where the system says (Linux: /proc/thread-self/schedstat, first field, nanoseconds); NaN elsewhere. */
export function threadMs(): number {
  if (schedstat === undefined) {
    try {
      schedstat = fs.openSync('/proc/thread-self/schedstat', 'r');
    } catch {
      schedstat = null;
    }
  }
  if (schedstat === null) return Number.NaN;
  const length = fs.readSync(schedstat, reading, 0, reading.length, 0);
  let nanoseconds = 0;
  for (let i = 0; i < length; i++) {
    const digit = reading[i] - 48;
    if (digit < 0 || digit > 9) break;
    nanoseconds = nanoseconds * 10 + digit;
  }
  return nanoseconds / 1e6;
}

/** CPU milliseconds (user and system) the process has spent since `from`, all its threads counted. */
export function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}
