#!/usr/bin/env node
// Runs the integration suite in desktop VS Code through @vscode/test-electron,
// for machines that have one or can download one (CI here cannot: it runs
// scripts/test-integration.mjs with code-server instead). Same suite, same
// run(), same results file.
//
//   VSCODE_EXECUTABLE=/path/to/code node scripts/test-electron.mjs [--grep TEXT]
//
// Without VSCODE_EXECUTABLE, test-electron downloads the latest stable VS Code
// into .vscode-test/. Build first: `node esbuild.js --tests`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { runTests } from '@vscode/test-electron';
import { failure, printResults, summary } from './test-report.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

async function main() {
  const { values } = parseArgs({ options: { grep: { type: 'string', default: process.env.CPC_RELATIONS_TEST_GREP } } });
  const extensionTestsPath = path.join(repo, 'out', 'test', 'integration', 'index');
  if (!fs.existsSync(`${extensionTestsPath}.js`)) {
    throw new Error('out/test/integration/index.js is missing: build the tests first with `node esbuild.js --tests`');
  }
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-electron-'));
  // Tests may edit the workspace's files: give them a copy.
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(path.join(repo, 'test', 'fixtures', 'workspace'), workspace, { recursive: true });
  const resultsFile = path.join(tmp, 'results.json');

  let exitCode = 0;
  try {
    exitCode = await runTests({
      ...(process.env.VSCODE_EXECUTABLE ? { vscodeExecutablePath: process.env.VSCODE_EXECUTABLE } : {}),
      extensionDevelopmentPath: repo,
      extensionTestsPath,
      extensionTestsEnv: {
        CPC_RELATIONS_TEST_RESULTS: resultsFile,
        ...(values.grep ? { CPC_RELATIONS_TEST_GREP: values.grep } : {}),
      },
      // Other installed extensions stay out of the way; the one under development still loads.
      launchArgs: [workspace, '--disable-extensions', '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
  } catch (error) {
    // runTests rejects when VS Code exits non-zero, which is also how failed tests end.
    console.error(`VS Code: ${error instanceof Error ? error.message : error}`);
    exitCode = 1;
  }

  const results = fs.existsSync(resultsFile)
    ? JSON.parse(fs.readFileSync(resultsFile, 'utf8'))
    : failure('the suite wrote no results (VS Code did not start, or the run crashed)');
  console.log('\nintegration (desktop VS Code)');
  printResults(results);
  console.log(`integration (desktop VS Code): ${summary(results)}`);
  fs.rmSync(tmp, { recursive: true, force: true });
  const ok = exitCode === 0 && results.failed === 0 && results.passed > 0;
  console.log(`\n${summary(results)}`);
  return ok ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof Error ? error.message : error);
    console.log('\n0 passed, 1 failed');
    process.exit(1);
  },
);
