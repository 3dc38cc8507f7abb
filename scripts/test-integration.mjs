#!/usr/bin/env node
// Runs the integration suite inside a real VS Code: code-server (a VS Code
// server build from the npm registry) driven by headless Chromium, because
// @vscode/test-electron's desktop download is out of reach on these machines.
// See ../../shared/TESTING.md for why each piece is the way it is.
//
//   node scripts/test-integration.mjs [--host node|web|both] [--grep TEXT]
//                                     [--timeout SECONDS] [--keep] [--screenshot]
//
// --host both (default) runs the suite twice, one run after the other, in
//   one code-server: node, in the Node extension host (package.json `main`),
//   and web, in the web worker extension host (`browser`), as on vscode.dev.
//   Also CPC_RELATIONS_TEST_HOST.
// --grep (or CPC_RELATIONS_TEST_GREP) runs only tests whose title matches.
// --timeout (or CPC_RELATIONS_TEST_TIMEOUT, seconds, default 600) per run: the
//   suite took 250 s on a machine loaded 6 times over.
// --keep keeps the temporary folder (logs, workspace copies) even on success.
// --screenshot saves out/workbench-HOST.png, the workbench as each run ended.
// --locale zh-cn (or CPC_RELATIONS_TEST_LOCALE) starts VS Code in that display
//   language, with a minimal language pack (scripts/language-pack.mjs); the
//   suite learns it from CPC_RELATIONS_TEST_LOCALE (test/integration/l10n.test.ts).
//   Tests that assert English words fail in it: give --grep too.
//
// Build first: `node esbuild.js --tests` (npm run test:integration does both).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { provision } from './provision.mjs';
import { cleanupAndExit, onCleanup, startCodeServer, tail } from './code-server.mjs';
import { failure, printResults, summary } from './test-report.mjs';
import { CHROMIUM_ARGS, MENTIONS_EXTENSION, NOISE } from './browser.mjs';
import { installLanguagePack, PACK_LOCALES } from './language-pack.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtureWorkspace = path.join(repo, 'test', 'fixtures', 'workspace');

/** The web runner prints its results in parts like this (test/web/index.ts): a web worker cannot write files. */
const RESULTS_PART = /__CPC_RELATIONS_RESULTS_(\d+)_OF_(\d+)__(.*?)__CPC_RELATIONS_RESULTS_PART_END__/s;

const HOSTS = {
  node: {
    label: 'node extension host',
    testsPath: path.join(repo, 'out', 'test', 'integration', 'index'),
    extensionBundle: path.join(repo, 'dist', 'extension.js'),
    payload: [],
  },
  web: {
    label: 'web worker extension host',
    testsPath: path.join(repo, 'out', 'test', 'web', 'index'),
    extensionBundle: path.join(repo, 'dist', 'web', 'extension.js'),
    // VS Code 1.139's browser workbench reads this payload entry but never
    // applies it (it stores extensionDevelopmentLocationKind; the extension
    // host placement reads extensionDevelopmentKind), so the run below also
    // loads the extension from a copy of the manifest without `main` and
    // `extensionKind`, which only a web worker host can run: exactly how
    // vscode.dev sees it.
    payload: [['extensionDevelopmentKind', 'web']],
    browserOnly: true,
  },
};

function options() {
  const { values } = parseArgs({
    options: {
      host: { type: 'string', default: process.env.CPC_RELATIONS_TEST_HOST ?? 'both' },
      grep: { type: 'string', default: process.env.CPC_RELATIONS_TEST_GREP },
      timeout: { type: 'string', default: process.env.CPC_RELATIONS_TEST_TIMEOUT ?? '600' },
      keep: { type: 'boolean', default: false },
      screenshot: { type: 'boolean', default: false },
      locale: { type: 'string', default: process.env.CPC_RELATIONS_TEST_LOCALE },
    },
  });
  const host = values.host;
  if (!['node', 'web', 'both'].includes(host)) throw new Error(`--host must be node, web or both, not ${host}`);
  if (values.locale && !PACK_LOCALES.includes(values.locale)) throw new Error(`--locale must be one of ${PACK_LOCALES.join(', ')}, not ${values.locale}`);
  // The web worker has no environment to learn the locale from.
  if (values.locale && host !== 'node') throw new Error('--locale runs in the Node extension host only: give --host node');
  return {
    hosts: host === 'both' ? ['node', 'web'] : [host],
    grep: values.grep || undefined,
    timeoutMs: Number(values.timeout) * 1000,
    keep: values.keep,
    screenshot: values.screenshot,
    locale: values.locale || undefined,
  };
}

async function main() {
  const opts = options();
  for (const host of opts.hosts) {
    const { testsPath } = HOSTS[host];
    if (!fs.existsSync(`${testsPath}.js`)) {
      throw new Error(`${path.relative(repo, testsPath)}.js is missing: build the tests first with \`node esbuild.js --tests\``);
    }
  }
  const tools = await provision({ packages: ['chromium', 'pandoc', 'citation-style-language-styles'] });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-it-'));
  let keepTmp = opts.keep;
  onCleanup(() => {
    if (keepTmp) console.log(`Logs and workspace copies kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  });

  const nodeResultsFile = path.join(tmp, 'results-node.json');
  const logFile = path.join(tmp, 'code-server.log');
  const userDataDir = path.join(tmp, 'ud');
  const extensionsDir = path.join(tmp, 'ext');
  if (opts.locale) installLanguagePack({ locale: opts.locale, extensionsDir, userDataDir });
  const started = Date.now();
  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServer,
    userDataDir,
    extensionsDir,
    logFile,
    smokeTestDriver: true,
    ...(opts.locale ? { args: ['--locale', opts.locale] } : {}),
    // The extension host inherits the server's environment: this is how the suite learns where to report.
    env: {
      CPC_RELATIONS_TEST_RESULTS: nodeResultsFile,
      ...(opts.grep ? { CPC_RELATIONS_TEST_GREP: opts.grep } : {}),
      ...(opts.locale ? { CPC_RELATIONS_TEST_LOCALE: opts.locale } : {}),
    },
  });
  console.log(`code-server ${tools.codeServerVersion} answering at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);

  const browser = await chromium.launch({ executablePath: tools.chromium, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());

  const totals = { passed: 0, failed: 0, pending: 0 };
  for (const host of opts.hosts) {
    const outcome = await runSuite({ host, server, browser, tmp, nodeResultsFile, opts });
    totals.passed += outcome.passed;
    totals.failed += outcome.failed;
    totals.pending += outcome.pending;
  }

  const ok = totals.failed === 0 && totals.passed > 0;
  if (!ok) {
    keepTmp = true;
    console.log(`\nLast lines of the code-server log (${logFile}):\n${tail(logFile, 30)}`);
  }
  await browser.close();
  await server.stop();
  // The plain closing line CI reads, alone on a line, last.
  console.log(`\n${summary(totals)}`);
  return ok ? 0 : 1;
}

/** One run of the suite in one extension host, in a fresh browser page and a fresh copy of the workspace. */
async function runSuite({ host, server, browser, tmp, nodeResultsFile, opts }) {
  const { label, testsPath, extensionBundle, payload, browserOnly } = HOSTS[host];
  console.log(`\nintegration (${label}${opts.locale ? `, display language ${opts.locale}` : ''})`);
  if (!fs.existsSync(extensionBundle)) {
    console.log(`  warning: ${path.relative(repo, extensionBundle)} does not exist; build the extension with \`node esbuild.js\``);
  }
  const workspace = path.join(tmp, `workspace-${host}`);
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  // The web runner has no environment variables: it reads its options from beside the workspace.
  fs.writeFileSync(path.join(tmp, 'run-options.json'), JSON.stringify({ grep: opts.grep }));

  const extensionPath = browserOnly ? browserOnlyExtension(tmp) : repo;
  const remote = (p) => `vscode-remote://127.0.0.1:${server.port}${p}`;
  const fullPayload = [
    ['extensionDevelopmentPath', remote(extensionPath)],
    // VS Code runs the tests in the host of the extension whose folder holds them.
    ['extensionTestsPath', remote(path.join(extensionPath, path.relative(repo, testsPath)))],
    ...payload,
  ];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(fullPayload))}`;

  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const consoleLog = fs.createWriteStream(path.join(tmp, `browser-console-${host}.log`));
  let consoleResults;
  const resultParts = [];
  // The suite's one line per test (LineReporter) reaches the page console too:
  // kept to show how far a run got when it times out.
  const progress = [];
  const onConsole = (text, type) => {
    consoleLog.write(`[${type}] ${text}\n`);
    const line = /^(?:%c\s*\w+\s+color:\s*\S+\s+)?\s*([✓✗] .*)$/s.exec(text);
    if (line) progress.push(line[1]);
    const part = RESULTS_PART.exec(text);
    if (part) {
      const [, index, count, chunk] = part;
      resultParts[Number(index) - 1] = chunk;
      const received = resultParts.filter((p) => p !== undefined).length;
      if (received === Number(count)) consoleResults = JSON.parse(resultParts.join(''));
      return;
    }
    if (type === 'error' && MENTIONS_EXTENSION.test(text) && !NOISE.some((re) => re.test(text))) {
      console.log(`  browser console: ${text}`);
    }
  };
  page.on('console', (msg) => onConsole(msg.text(), msg.type()));
  page.on('pageerror', (error) => onConsole(`${error.message}\n${error.stack ?? ''}`, 'error'));

  const started = Date.now();
  // Under load the workbench page can take longer than Playwright's default 30 s to load.
  await page.goto(url, { timeout: 180_000 });
  let results;
  let serverGone;
  void server.exited.then((code) => (serverGone = code));
  for (;;) {
    if (host === 'node' && fs.existsSync(nodeResultsFile)) {
      results = JSON.parse(fs.readFileSync(nodeResultsFile, 'utf8'));
      fs.renameSync(nodeResultsFile, `${nodeResultsFile}.done`);
      break;
    }
    if (host === 'web' && consoleResults) {
      results = consoleResults;
      break;
    }
    if (serverGone !== undefined) {
      results = failure(`code-server exited (${serverGone}) during the run`);
      break;
    }
    if (Date.now() - started > opts.timeoutMs) {
      const seen = progress.length > 0 ? `; the last tests it reported:\n${progress.slice(-5).join('\n')}` : '; it reported no test';
      results = failure(`no results after ${opts.timeoutMs / 1000} s: the suite never finished (or never started)${seen}`);
      break;
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  const seconds = ((Date.now() - started) / 1000).toFixed(1);

  if (opts.screenshot) {
    const file = path.join(repo, 'out', `workbench-${host}.png`);
    await page.screenshot({ path: file }).catch(() => {});
    console.log(`  screenshot: ${file}`);
  }
  await context.close();
  consoleLog.end();

  printResults(results);
  console.log(`  (${seconds} s in the browser)`);
  console.log(`integration (${label}): ${summary(results)}`);
  if (results.passed === 0 && results.failed === 0) {
    console.log('  no test ran: that counts as a failure');
    return { passed: 0, failed: 1, pending: 0 };
  }
  return results;
}

/**
 * The extension as a web-only extension: its package.json without `main` and
 * `extensionKind`, and every other file of the repository linked, not copied.
 */
function browserOnlyExtension(tmp) {
  const dir = path.join(tmp, 'web-extension');
  fs.mkdirSync(dir, { recursive: true });
  for (const entry of fs.readdirSync(repo)) {
    if (entry === 'package.json' || entry === '.git') continue;
    fs.symlinkSync(path.join(repo, entry), path.join(dir, entry));
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  // Without `main` (and any extensionKind naming other hosts) VS Code deduces the kind ["web"].
  delete manifest.main;
  delete manifest.extensionKind;
  fs.writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest, null, 2));
  return dir;
}

main().then(
  (code) => cleanupAndExit(code),
  (error) => {
    console.error(`\n${error.message ?? error}`);
    console.log('\n0 passed, 1 failed');
    return cleanupAndExit(1);
  },
);
