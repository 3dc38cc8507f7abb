/**
 * Entry point of the integration suite in the Node extension host: VS Code
 * calls run() when started with --extensionTestsPath (desktop, through
 * @vscode/test-electron) or with the same path in the workbench's ?payload=
 * (code-server, through scripts/test-integration.mjs).
 *
 * The launcher cannot see the extension host's output, so the results go to
 * the JSON file named by CPC_RELATIONS_TEST_RESULTS; CPC_RELATIONS_TEST_GREP
 * narrows the run to matching test titles.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import Mocha from 'mocha';
import { collectResults, printTestLines, type SuiteResults } from '../harness/results';

class LineReporter extends Mocha.reporters.Base {
  constructor(runner: Mocha.Runner, options?: Mocha.MochaOptions) {
    super(runner, options);
    printTestLines(runner);
  }
}

export function run(): Promise<void> {
  const grep = process.env.CPC_RELATIONS_TEST_GREP;
  const mocha = new Mocha({ ui: 'bdd', timeout: 20_000, color: false, reporter: LineReporter, ...(grep ? { grep } : {}) });
  for (const file of testFiles(__dirname)) mocha.addFile(file);

  return new Promise((resolve, reject) => {
    try {
      // mocha.run() loads the files synchronously and calls back only after the run, once finish is set.
      let finish: () => SuiteResults = () => { throw new Error('the run ended before it started'); };
      const runner = mocha.run((failures) => {
        const results = finish();
        writeResults(results);
        if (failures > 0) reject(new Error(`${failures} integration test(s) failed`));
        else if (results.passed === 0) reject(new Error('No integration test ran'));
        else resolve();
      });
      finish = collectResults(runner);
    } catch (error) {
      // A test file that throws while loading ends up here: report it as a failure.
      writeResults(null, error);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

function testFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.test.js'))
    .sort()
    .map((file) => path.join(dir, file));
}

/** Writes the results atomically (temp file, then rename): the launcher polls for the file. */
function writeResults(results: SuiteResults | null, loadError?: unknown): void {
  const target = process.env.CPC_RELATIONS_TEST_RESULTS;
  if (!target) return;
  const body = results ?? {
    passed: 0,
    failed: 1,
    pending: 0,
    tests: [{ titlePath: ['loading the test files'], state: 'failed', durationMs: 0, error: errorOf(loadError) }],
  };
  fs.writeFileSync(`${target}.tmp`, JSON.stringify(body, null, 2));
  fs.renameSync(`${target}.tmp`, target);
}

function errorOf(error: unknown): { message: string; stack?: string } {
  return error instanceof Error ? { message: error.message, stack: error.stack } : { message: String(error) };
}
