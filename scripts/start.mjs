#!/usr/bin/env node
// `npm start`: the extension running in a real VS Code (code-server) in your
// browser, on a sample essay, in one command on a fresh clone.
//
// - installs the repository's dependencies if node_modules is missing;
// - builds the extension (a failed build is reported, and the editor still starts);
// - provisions Node 24 and code-server (cached, see provision.mjs);
// - copies sample/ to ~/.local/share/cpc-relations/sample the first time
//   only, so your edits there survive the next start;
// - links this clone into code-server's extensions folder: a rebuild
//   (`npm run watch`) plus "Developer: Reload Window" shows your changes;
// - lands you in the extension: the sample essay open, the CPC Relations view
//   and its Get Started walkthrough showing (the walkthrough once, on the
//   first start), and no welcome page, chat or tips in the way (settings the
//   first start writes to its own profile, and that you may change);
// - serves on 127.0.0.1:$PORT (default 8080, or a free port when that is taken)
//   until Ctrl+C.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { cacheRoot, provision } from './provision.mjs';
import { cleanupAndExit, freePort, onCleanup, portInUse, startCodeServer, tail } from './code-server.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.join(process.env.XDG_DATA_HOME || path.join(os.homedir(), '.local', 'share'), 'cpc-relations');
const log = (message) => console.log(`[start] ${message}`);

function installDependencies() {
  if (fs.existsSync(path.join(repo, 'node_modules', '.package-lock.json'))) return;
  log('node_modules is missing: npm ci');
  const result = spawnSync('npm', ['ci'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm ci failed; see above');
}

function buildExtension() {
  log('Building the extension: node esbuild.js');
  const result = spawnSync(process.execPath, ['esbuild.js'], { cwd: repo, stdio: 'inherit' });
  if (result.status !== 0) {
    log('warning: the build failed (see above); code-server starts anyway, with the last build if there is one');
  }
  if (!fs.existsSync(path.join(repo, 'dist', 'extension.js'))) {
    log('warning: dist/extension.js does not exist, so the extension cannot activate');
  }
}

/** The sample workspace, copied once: afterwards it is the user's. */
function sampleWorkspace() {
  const dir = path.join(dataRoot, 'sample');
  if (fs.existsSync(dir)) {
    log(`Sample workspace: ${dir} (kept as you left it; delete it to start again from sample/)`);
  } else {
    fs.mkdirSync(dataRoot, { recursive: true });
    fs.cpSync(path.join(repo, 'sample'), dir, { recursive: true });
    log(`Sample workspace: ${dir} (copied from sample/)`);
  }
  return dir;
}

/**
 * Links this clone into the extensions folder as an installed extension.
 * VS Code lists installed extensions in extensions.json and rebuilds that
 * list from the folder when the file is missing, so the file goes whenever it
 * does not name the current link (first start, version bump, another clone).
 */
function linkExtension(extensionsDir) {
  const manifest = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'));
  const id = `${manifest.publisher}.${manifest.name}`;
  const folder = `${id}-${manifest.version}`;
  fs.mkdirSync(extensionsDir, { recursive: true });
  for (const entry of fs.readdirSync(extensionsDir)) {
    if (entry.startsWith(`${id}-`) && entry !== folder) fs.rmSync(path.join(extensionsDir, entry), { recursive: true, force: true });
  }
  const link = path.join(extensionsDir, folder);
  let current = false;
  try {
    current = fs.readlinkSync(link) === repo;
  } catch {
    // not there yet, or not a link
  }
  if (!current) {
    fs.rmSync(link, { recursive: true, force: true });
    fs.symlinkSync(repo, link, 'dir');
  }
  const listFile = path.join(extensionsDir, 'extensions.json');
  let listed = false;
  try {
    listed = JSON.parse(fs.readFileSync(listFile, 'utf8')).some((e) => e.relativeLocation === folder && e.identifier?.id === id);
  } catch {
    // missing or unreadable: rebuilt by VS Code
  }
  if (!current || !listed) fs.rmSync(listFile, { force: true });
  log(`Extension ${id} ${manifest.version} linked: ${link} -> ${repo}`);
}

/** A quiet profile for a newcomer: nothing in the way of the extension. Only keys not set yet are written. */
const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'extensions.ignoreRecommendations': true,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
};

function quietProfile(userDataDir) {
  const file = path.join(userDataDir, 'User', 'settings.json');
  let settings = {};
  try {
    settings = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch {
    // none yet (or with comments: then it is the user's, and left alone)
    if (fs.existsSync(file)) return;
  }
  const missing = Object.entries(QUIET_SETTINGS).filter(([key]) => !(key in settings));
  if (missing.length === 0) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ ...settings, ...Object.fromEntries(missing) }, null, 2)}\n`);
}

/** The address that opens the sample folder with the essay in an editor (the workbench's openFile payload). */
function landingUrl(serverUrl, port, workspace) {
  const essay = path.join(workspace, 'essay-draft.md');
  const payload = fs.existsSync(essay) ? [['openFile', `vscode-remote://127.0.0.1:${port}${essay}`]] : [];
  return `${serverUrl}/?folder=${encodeURIComponent(workspace)}${payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : ''}`;
}

async function choosePort() {
  if (process.env.PORT) {
    const port = Number(process.env.PORT);
    if (await portInUse(port)) throw new Error(`PORT=${port} is in use; choose another or unset PORT`);
    return port;
  }
  return (await portInUse(8080)) ? freePort() : 8080;
}

async function main() {
  installDependencies();
  buildExtension();
  const tools = await provision({ packages: [] });
  const workspace = sampleWorkspace();
  const stateDir = path.join(cacheRoot, 'start');
  const extensionsDir = path.join(stateDir, 'extensions');
  linkExtension(extensionsDir);

  const logFile = path.join(stateDir, 'code-server.log');
  fs.writeFileSync(logFile, '');
  const userDataDir = path.join(stateDir, 'user-data');
  quietProfile(userDataDir);
  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServer,
    userDataDir,
    extensionsDir,
    logFile,
    folder: workspace,
    port: await choosePort(),
  });
  // Cleanups run newest first: this marks a Ctrl+C before the server is stopped.
  let stopping = false;
  onCleanup(() => {
    stopping = true;
  });
  console.log(`\nOpen this address in your browser (the sample essay, with the extension beside it):\n\n  ${landingUrl(server.url, server.port, workspace)}\n`);
  console.log(`(code-server ${tools.codeServerVersion}; its log: ${logFile}). Press Ctrl+C to stop.\n`);
  const code = await server.exited;
  if (stopping) return 0;
  console.error(`code-server stopped (${code}). Last lines of its log:\n${tail(logFile)}`);
  return 1;
}

main().then(
  (code) => cleanupAndExit(code),
  (error) => {
    console.error(`[start] ${error.message ?? error}`);
    return cleanupAndExit(1);
  },
);
