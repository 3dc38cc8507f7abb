/**
 * Quotation-check benchmark: a deterministic 50,000-word document mixing
 * prose and quotations of the text (faithful and altered, cited in several
 * forms, some uncited): the first check in a fresh process as the editor
 * runs it (read in slices, then checked), a full check (p50/p95/max) once
 * warm, the check after one keystroke (only the edited block is read again),
 * then fuzzing: how many inputs were tried and the worst time any took.
 *
 * Times are wall-clock; the CPU time of the same runs is given too, as the
 * wall clock of a busy machine also counts other processes' turns.
 *
 *   node out/bench/check.js [--json FILE]
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import { QuotationChecker } from '../src/core/check';
import { bundledWork } from '../src/core/corpus';
import { benchDocument, fuzzInputs } from '../test/fixtures/check/inputs';
import { typedInto } from './corpora';

const WORDS = 50_000;
const RUNS = 30;
const EDITS = 200;
const FUZZ_RANDOM = 600;
const TARGET_MS = 50;
/** Runs before timing: the first checks run before the engine has compiled the checker's code. */
const WARM_UP = 20;
/** The slice the editor reads a new document in (src/vscode/diagnostics.ts). */
const SLICE_MS = 20;

interface Latency { p50: number; p95: number; max: number; count: number }

function latency(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number): number => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))];
  return { p50: at(0.5), p95: at(0.95), max: sorted[sorted.length - 1], count: sorted.length };
}

const cpuTimes: number[] = [];

/** Wall-clock milliseconds of `run`; its CPU milliseconds go to `cpuTimes`. */
function time(run: () => unknown): number {
  const cpu = process.cpuUsage();
  const started = performance.now();
  run();
  const elapsed = performance.now() - started;
  const used = process.cpuUsage(cpu);
  cpuTimes.push((used.user + used.system) / 1000);
  return elapsed;
}

/** The CPU times of the runs timed since `from`. */
function cpuSince(from: number): Latency {
  return latency(cpuTimes.slice(from));
}

const ms = (n: number): string => `${n.toFixed(2)} ms`;
const show = (l: Latency): string => `p50 ${ms(l.p50)}, p95 ${ms(l.p95)}, max ${ms(l.max)} (${l.count} runs)`;

function main(): void {
  const work = bundledWork();
  const text = benchDocument(work, WORDS);
  const words = text.split(/\s+/).filter(Boolean).length;

  // As the editor first meets the document, in a process that has checked nothing yet: read in slices, then checked.
  const first = new QuotationChecker(work);
  const slices: number[] = [];
  let started = performance.now();
  while (!first.prepare(text, 'markdown', () => performance.now() - started > SLICE_MS)) {
    slices.push(performance.now() - started);
    started = performance.now();
  }
  slices.push(performance.now() - started);
  const firstCheck = time(() => first.check(text, 'markdown'));
  const coldFull = time(() => new QuotationChecker(work).check(text, 'markdown'));

  // A full check: a fresh checker each time, nothing remembered, once the code is warm.
  for (let i = 0; i < WARM_UP; i++) new QuotationChecker(work).check(text, 'markdown');
  let mark = cpuTimes.length;
  const full = latency(Array.from({ length: RUNS }, () => time(() => new QuotationChecker(work).check(text, 'markdown'))));
  const fullCpu = cpuSince(mark);
  const result = new QuotationChecker(work).check(text, 'markdown');
  const kinds = new Map<string, number>();
  for (const f of result.findings) kinds.set(f.kind, (kinds.get(f.kind) ?? 0) + 1);

  // Typing: one character inserted at a different place each time, re-checked by the same checker.
  const checker = new QuotationChecker(work);
  checker.check(text, 'markdown');
  let current = text;
  const edits: number[] = [];
  let reread = 0;
  mark = cpuTimes.length;
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(((i * 7919) % 1000) / 1000 * current.length);
    current = typedInto(current, at);
    edits.push(time(() => checker.check(current, 'markdown')));
    reread = Math.max(reread, checker.stats.analysed);
  }
  const incremental = latency(edits);
  const incrementalCpu = cpuSince(mark);

  // Fuzzing: seeded random inputs, then adversarial ones, each in every language.
  let tried = 0;
  let worst = { ms: 0, label: '' };
  const fuzzTimes: number[] = [];
  for (const input of fuzzInputs(work, FUZZ_RANDOM)) {
    const t = time(() => new QuotationChecker(work).check(input.text, input.language));
    tried++;
    fuzzTimes.push(t);
    if (t > worst.ms) worst = { ms: t, label: `${input.label}, ${input.text.length} characters` };
  }
  const fuzz = latency(fuzzTimes);

  const load = os.loadavg()[0];
  console.log(`Quotation check (load average ${load.toFixed(1)} on ${os.cpus().length} cores)`);
  console.log(`  document: ${words} words, ${text.length} characters, ${checker.stats.blocks} blocks; ${result.quotations.length} quotations, ${result.citations.length} citations; findings: ${[...kinds].map(([k, n]) => `${n} ${k}`).join(', ')}`);
  console.log(`  first meeting (cold):  read in ${slices.length} slices of at most ${ms(Math.max(...slices))}, then checked in ${ms(firstCheck)}; a cold full check in one go: ${ms(coldFull)}`);
  console.log(`  full check:            ${show(full)}  (target p95 <= ${TARGET_MS} ms: ${full.p95 <= TARGET_MS ? 'met' : 'MISSED'})`);
  console.log(`                    CPU: ${show(fullCpu)}`);
  console.log(`  after one keystroke:   ${show(incremental)}; blocks read again per check: at most ${reread}`);
  console.log(`                    CPU: ${show(incrementalCpu)}`);
  console.log(`  fuzzing: ${tried} inputs tried, none threw; worst ${ms(worst.ms)} (${worst.label}); p95 ${ms(fuzz.p95)}`);

  const jsonAt = process.argv.indexOf('--json');
  if (jsonAt > 0 && process.argv[jsonAt + 1]) {
    fs.writeFileSync(process.argv[jsonAt + 1], JSON.stringify({ words, load, first: { slices: slices.length, longestSliceMs: Math.max(...slices), checkMs: firstCheck, coldFullMs: coldFull }, full, fullCpu, incremental, incrementalCpu, fuzz: { tried, worstMs: worst.ms, worstInput: worst.label, p95: fuzz.p95 } }, null, 2));
  }
}

main();
