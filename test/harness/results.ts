/**
 * Collects a mocha run into the JSON the launchers read
 * (scripts/test-integration.mjs prints it). Shared by the Node extension host
 * runner (test/integration/index.ts) and the web worker one (test/web/index.ts),
 * so both hosts report in one shape.
 */
import * as vscode from 'vscode';
import type { Runner, Runnable } from 'mocha';
import { recordedMetrics } from './metrics';

export interface TestResult {
  /** Suite titles then the test's own title. */
  titlePath: string[];
  state: 'passed' | 'failed' | 'pending';
  durationMs: number;
  error?: { message: string; stack?: string };
}

export interface SuiteResults {
  vscodeVersion: string;
  /** Where this code runs: the Node extension host or the web worker one. */
  extensionHost: 'node' | 'webworker';
  uiKind: 'Desktop' | 'Web';
  remoteName: string | null;
  passed: number;
  failed: number;
  pending: number;
  /** Durations the tests recorded (test/harness/metrics.ts), in milliseconds. */
  metricsMs: Record<string, number>;
  tests: TestResult[];
  /** Test files the web worker could not load (they need Node), with the reason. */
  skippedFiles?: string[];
}

/** Listens to a runner; call the returned function after the run for the results. */
export function collectResults(runner: Runner): () => SuiteResults {
  const tests: TestResult[] = [];
  const add = (runnable: Runnable, state: TestResult['state'], error?: unknown) => {
    const result: TestResult = { titlePath: runnable.titlePath(), state, durationMs: runnable.duration ?? 0 };
    if (error !== undefined) result.error = describeError(error);
    tests.push(result);
  };
  runner.on('pass', (test) => add(test, 'passed'));
  // 'fail' also fires for hooks ("before all" hook …): they count as failures.
  runner.on('fail', (runnable, error) => add(runnable, 'failed', error));
  runner.on('pending', (test) => add(test, 'pending'));
  return () => ({
    vscodeVersion: vscode.version,
    // Not `process`: bundled libraries (mocha's browser build) shim it in the worker.
    extensionHost: typeof (globalThis as { importScripts?: unknown }).importScripts === 'function' ? 'webworker' : 'node',
    uiKind: vscode.env.uiKind === vscode.UIKind.Web ? 'Web' : 'Desktop',
    remoteName: vscode.env.remoteName ?? null,
    passed: tests.filter((t) => t.state === 'passed').length,
    failed: tests.filter((t) => t.state === 'failed').length,
    pending: tests.filter((t) => t.state === 'pending').length,
    metricsMs: recordedMetrics(),
    tests,
  });
}

function describeError(error: unknown): { message: string; stack?: string } {
  if (error instanceof Error) return { message: error.message, stack: error.stack };
  return { message: String(error) };
}

/**
 * Prints one line per test to the extension host's console: the terminal
 * under @vscode/test-electron, the browser console under code-server, where
 * the launcher reads it to tell how far a run that timed out got.
 */
export function printTestLines(runner: Runner): void {
  runner.on('pass', (test) => console.log(`  ✓ ${test.fullTitle()} (${test.duration ?? 0} ms)`));
  runner.on('fail', (test, error: unknown) => console.log(`  ✗ ${test.fullTitle()}: ${describeError(error).message}`));
  runner.on('pending', (test) => console.log(`  - ${test.fullTitle()} (pending)`));
}
