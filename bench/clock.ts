/**
 * Clocks for the benchmarks. The main thread's CPU time is how long a task
 * holds the thread the editor runs on, whatever else the machine does: the
 * wall clock also counts other processes' turns, and the process's CPU time
 * also counts V8's helper threads (the garbage collector's, the optimising
 * compiler's), which run beside the editor rather than hold it up.
 */
import * as fs from 'node:fs';

/** CPU milliseconds the calling thread has run, where the system says (Linux: /proc/thread-self/schedstat); NaN elsewhere. */
export function threadMs(): number {
  try {
    return Number(fs.readFileSync('/proc/thread-self/schedstat', 'latin1').split(' ')[0]) / 1e6;
  } catch {
    return Number.NaN;
  }
}

/** CPU milliseconds (user and system) the process has spent since `from`, all its threads counted. */
export function cpuSince(from: NodeJS.CpuUsage): number {
  const used = process.cpuUsage(from);
  return (used.user + used.system) / 1000;
}
