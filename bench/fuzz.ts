/**
 * Growth under hostile input: each shape of hostileShapes() (unclosed
 * brackets, braces, quotation marks, command names, note markers) is checked
 * at 40 KB, then doubled to 80, 160, 320 and 640 KB; and each of
 * hostileTexts() (unclosed page markers, a front matter or a paragraph that
 * runs on) is read as a text a writer brings, and indexed for search and
 * the concordance, at the same sizes. A linear scan takes about
 * twice as long per doubling; a quadratic one four times. Reports the inputs
 * tried, the worst time, and the worst growth ratio per doubling, in CPU time.
 *
 * It runs with V8's helper threads turned off (`--single-threaded`): the
 * collector and the compiler then do their work on the main thread, and the
 * process's CPU time is the check's work and the collector's, done once.
 * With the helpers, the process's CPU time also counts the collector's
 * concurrent marking, which grows with the heap and with when it happens to
 * run rather than with the scan: over these sizes it read as 2.6–2.9× per
 * doubling for shapes that grow 1.8–2.3× here, and 2.0–2.4× by the wall clock.
 *
 *   node --single-threaded --expose-gc out/bench/fuzz.js [--json FILE]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { QuotationChecker } from '../src/core/check';
import { bundledWork } from '../src/core/corpus';
import { parseText } from '../src/core/parse';
import { paragraphsOfWork, TextSearch } from '../src/core/search';
import { Concordance } from '../src/core/study';
import { hostileInput, hostileShapes } from '../test/fixtures/check/inputs';
import { hostileText, hostileTexts } from '../test/fixtures/hostileTexts';

const SIZES = [40_000, 80_000, 160_000, 320_000, 640_000];
/** Below this, a time is mostly the collector's and the scheduler's: a ratio between two such times says nothing about growth. */
const NOISE_MS = 20;
const MAX_RATIO = 2.5;
const MAX_160K_MS = 250;

/** Collects garbage before a run when node runs with --expose-gc: one input's garbage is not the next one's time. */
const collect = (globalThis as { gc?: () => void }).gc ?? (() => undefined);

/**
 * The least CPU time (user and system, milliseconds) of `times` runs: on a
 * machine shared with other work the wall clock also counts their turns,
 * which would read as growth.
 */
function best(run: () => unknown, times: number): number {
  let min = Infinity;
  for (let i = 0; i < times; i++) {
    collect();
    const before = process.cpuUsage();
    run();
    const used = process.cpuUsage(before);
    min = Math.min(min, (used.user + used.system) / 1000);
  }
  return min;
}

interface Growth {
  tried: number;
  worst: { ms: number; label: string };
  worst160: { ms: number; label: string };
  worstRatio: { ratio: number; label: string };
  worstStep: { ratio: number; label: string };
  rows: { label: string; ms: number[] }[];
}

/** Each shape at every size, timed: the worst time, and the worst growth per doubling over the range and in one step. */
function growth(shapes: readonly { label: string; input: (size: number) => string; run: (text: string) => unknown }[]): Growth {
  const found: Growth = { tried: 0, worst: { ms: 0, label: '' }, worst160: { ms: 0, label: '' }, worstRatio: { ratio: 0, label: '' }, worstStep: { ratio: 0, label: '' }, rows: [] };
  for (const shape of shapes) {
    const times: number[] = [];
    for (const size of SIZES) {
      const text = shape.input(size);
      // The best of five: another process's turn on a shared machine is not growth.
      const ms = best(() => shape.run(text), 5);
      found.tried++;
      times.push(ms);
      if (ms > found.worst.ms) found.worst = { ms, label: `${shape.label}, ${size / 1000} KB` };
      if (size === 160_000 && ms > found.worst160.ms) found.worst160 = { ms, label: shape.label };
    }
    for (let i = 1; i < times.length; i++) {
      if (times[i] < NOISE_MS) continue;
      const ratio = times[i] / Math.max(times[i - 1], NOISE_MS / 2);
      if (ratio > found.worstStep.ratio) found.worstStep = { ratio, label: `${shape.label}, ${SIZES[i - 1] / 1000} → ${SIZES[i] / 1000} KB` };
    }
    // The growth per doubling over the whole range, from the first size above the noise floor: one collection
    // falling in one run moves a single step's ratio, not the range's.
    const from = Math.max(0, times.findIndex((t) => t >= NOISE_MS / 2));
    const doublings = times.length - 1 - from;
    if (doublings >= 2 && times[times.length - 1] >= NOISE_MS) {
      const ratio = (times[times.length - 1] / times[from]) ** (1 / doublings);
      if (ratio > found.worstRatio.ratio) found.worstRatio = { ratio, label: `${shape.label}, ${SIZES[from] / 1000} → ${SIZES[SIZES.length - 1] / 1000} KB` };
    }
    found.rows.push({ label: shape.label, ms: times });
  }
  return found;
}

function report(title: string, found: Growth): void {
  const ms = (n: number): string => `${n.toFixed(1)} ms`;
  const { worst, worst160, worstRatio, worstStep } = found;
  console.log(`${title}, doubled from ${SIZES[0] / 1000} KB to ${SIZES[SIZES.length - 1] / 1000} KB (CPU time, best of 5; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`);
  for (const row of found.rows) console.log(`  ${row.label.padEnd(58)} ${row.ms.map(ms).join('  ')}`);
  console.log(`  fuzz: ${found.tried} inputs tried (${found.rows.length} shapes × ${SIZES.length} sizes)`);
  console.log(`  worst time: ${ms(worst.ms)} (${worst.label}); worst at 160 KB: ${ms(worst160.ms)} (${worst160.label}) (target < ${MAX_160K_MS} ms: ${worst160.ms < MAX_160K_MS ? 'met' : 'MISSED'})`);
  console.log(`  worst growth per doubling over the range: ${worstRatio.ratio.toFixed(2)}× (${worstRatio.label || 'every time under the noise floor'}) (target <= ${MAX_RATIO}×: ${worstRatio.ratio <= MAX_RATIO ? 'met' : 'MISSED'})`);
  console.log(`  worst single doubling: ${worstStep.ratio.toFixed(2)}× (${worstStep.label || 'every time under the noise floor'}); a quadratic scan shows 4× on every step`);
}

function main(): void {
  const work = bundledWork();
  const documents = growth(hostileShapes().map((shape) => ({ label: shape.label, input: (size: number) => hostileInput(shape, size), run: (text: string) => new QuotationChecker(work).check(text, shape.language) })));
  // The texts a writer brings are read as the editor reads them, then indexed for search and for the concordance
  // (in the editor, each in steps; here each step runs to its end).
  const readAndIndexed = (text: string): unknown => {
    const read = parseText(text, 'hostile.text.md');
    if (!read.ok) return read;
    new TextSearch([...paragraphsOfWork(read.work)]).search('word');
    return new Concordance([read.work]).lookup('word');
  };
  const texts = growth(hostileTexts().map((hostile) => ({ label: hostile.label, input: (size: number) => hostileText(hostile, size), run: readAndIndexed })));
  report('Hostile documents checked', documents);
  console.log('');
  report('Hostile texts a writer brings, read and indexed for search and the concordance', texts);
  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0 && process.argv[jsonAt + 1]) {
    fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ sizes: SIZES, documents, texts }, null, 2));
  }
}

main();
