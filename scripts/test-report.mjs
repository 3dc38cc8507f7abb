// Prints the results JSON that the suite's runners write
// (test/harness/results.ts), for both launchers: code-server
// (test-integration.mjs) and desktop VS Code (test-electron.mjs).

/** "N passed, M failed" (", K skipped" when some were): the form CI reads. */
export function summary({ passed, failed, pending }) {
  return `${passed} passed, ${failed} failed${pending > 0 ? `, ${pending} skipped` : ''}`;
}

/** Results standing for a run that produced none. */
export function failure(message) {
  return { passed: 0, failed: 1, pending: 0, tests: [{ titlePath: ['the integration run'], state: 'failed', durationMs: 0, error: { message } }] };
}

/** One line per test, the figures the tests recorded, then each failure with its stack. */
export function printResults(results) {
  if (results.vscodeVersion) {
    console.log(`  VS Code ${results.vscodeVersion}, ${results.extensionHost} extension host, uiKind ${results.uiKind}, remote ${results.remoteName ?? 'none'}`);
  }
  for (const test of results.tests ?? []) {
    const mark = { passed: '✓', failed: '✗', pending: '-' }[test.state];
    console.log(`  ${mark} ${test.titlePath.join(' ')}${test.state === 'passed' ? ` (${Math.round(test.durationMs)} ms)` : ''}`);
  }
  for (const [name, ms] of Object.entries(results.metricsMs ?? {})) console.log(`  ${name}: ${Number(ms).toFixed(1)} ms`);
  for (const file of results.skippedFiles ?? []) console.log(`  skipped in this host: ${file}`);
  const failed = (results.tests ?? []).filter((t) => t.state === 'failed');
  failed.forEach((test, i) => {
    console.log(`\n  ${i + 1}) ${test.titlePath.join(' ')}`);
    const stack = test.error?.stack ?? '';
    const message = test.error?.message ?? '';
    // A stack starts with the message; print the message once.
    const text = stack.includes(message) ? stack : `${message}\n${stack}`;
    console.log(text.trim().split('\n').map((line) => `     ${line}`).join('\n'));
  });
}
