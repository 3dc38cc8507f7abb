/**
 * Entry point of the integration suite in the web worker extension host (the
 * `browser` bundle, as on vscode.dev). esbuild.js generates the module VS Code
 * loads (out/test/web/index.js): it lists every test/integration/*.test.ts
 * and calls runSuites() with them.
 *
 * A web worker has no file system and no environment variables, so:
 * - results go to the console in marked parts; the launcher
 *   (scripts/test-integration.mjs) reads them from the browser page;
 * - the grep comes from run-options.json beside the workspace folder, which
 *   the launcher writes.
 * Test files that import a Node built-in (other than assert, which has a
 * small stand-in here) cannot load in a worker: they are skipped and named.
 */
import type { Runner } from 'mocha';
import * as vscode from 'vscode';
import { collectResults, printTestLines, type SuiteResults, type TestResult } from '../harness/results';

// The browser build of mocha: a ready instance (the Node build needs fs and path).
// eslint-disable-next-line @typescript-eslint/no-require-imports
const mocha = require('mocha/mocha.js') as BrowserMocha;

interface BrowserMocha {
  setup(options: { ui: string; timeout: number; reporter: unknown }): void;
  grep(pattern: string): void;
  run(done: (failures: number) => void): Runner;
}

export interface TestModule {
  file: string;
  load: () => unknown;
}

/** Results go out in parts small enough for any console forwarding on the way to the launcher. */
const PART_LENGTH = 4000;

function printResults(results: SuiteResults): void {
  const json = JSON.stringify(results);
  const count = Math.max(1, Math.ceil(json.length / PART_LENGTH));
  for (let i = 0; i < count; i++) {
    // Read by scripts/test-integration.mjs (RESULTS_PART there).
    console.log(`__CPC_RELATIONS_RESULTS_${i + 1}_OF_${count}__${json.slice(i * PART_LENGTH, (i + 1) * PART_LENGTH)}__CPC_RELATIONS_RESULTS_PART_END__`);
  }
}

export async function runSuites(modules: TestModule[]): Promise<void> {
  // Mocha constructs the reporter with `new`; a plain function is all it needs.
  mocha.setup({ ui: 'bdd', timeout: 20_000, reporter: function LineReporter(runner: Runner) { printTestLines(runner); } });
  const grep = await readGrep();
  if (grep) mocha.grep(grep);

  const skipped: string[] = [];
  const loadFailures: TestResult[] = [];
  for (const module of modules) {
    try {
      module.load();
    } catch (error) {
      if (error instanceof Error && error.name === 'NodeOnlyModule') {
        skipped.push(`${module.file} (${error.message})`);
      } else {
        const { message, stack } = error instanceof Error ? error : { message: String(error), stack: undefined };
        loadFailures.push({ titlePath: [`loading ${module.file}`], state: 'failed', durationMs: 0, error: { message, stack } });
      }
    }
  }
  for (const note of skipped) console.log(`skipped in the web worker: ${note}`);

  const run = await new Promise<SuiteResults>((resolve) => {
    let finish: () => SuiteResults = () => {
      throw new Error('the run ended before it started');
    };
    // Mocha.prototype.run: the browser build's own mocha.run reads location.search, which this worker lacks.
    const runner = (Object.getPrototypeOf(mocha) as BrowserMocha).run.call(mocha, () => resolve(finish()));
    finish = collectResults(runner);
  });
  const results: SuiteResults = { ...run, failed: run.failed + loadFailures.length, tests: [...loadFailures, ...run.tests], skippedFiles: skipped };
  printResults(results);
  if (results.failed > 0) throw new Error(`${results.failed} integration test(s) failed`);
}

async function readGrep(): Promise<string | undefined> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return undefined;
  try {
    const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder.uri, '..', 'run-options.json'));
    return (JSON.parse(new TextDecoder().decode(bytes)) as { grep?: string }).grep || undefined;
  } catch {
    return undefined;
  }
}
