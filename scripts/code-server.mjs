// Starts and stops code-server, shared by the integration test launcher and
// `npm start`. code-server spawns a tree of processes (server, file watcher,
// extension host, pty host); it runs as the leader of its own process group
// so stopping it ends the whole tree, also when this process is interrupted
// or crashes, and no server is left holding a port.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';

// ---------------------------------------------------------------------------
// Cleanup on every way out: normal exit, Ctrl+C, SIGTERM (CI's time-out) and
// uncaught errors.

const cleanups = new Set();
const processGroups = new Set();
let exiting = false;

/** Registers an async cleanup to run before the process exits on a signal or error. */
export function onCleanup(fn) {
  cleanups.add(fn);
  return () => cleanups.delete(fn);
}

/** Runs the registered cleanups once, newest first, then exits with the given code. */
export async function cleanupAndExit(code) {
  if (exiting) return;
  exiting = true;
  for (const fn of [...cleanups].reverse()) {
    try {
      await fn();
    } catch (error) {
      console.error(`cleanup failed: ${error.message}`);
    }
  }
  process.exit(code);
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
    return true;
  } catch {
    return false; // already gone
  }
}

// 'exit' handlers cannot wait, so this last resort kills synchronously.
process.on('exit', () => {
  for (const pid of processGroups) killGroup(pid, 'SIGKILL');
});
process.on('SIGINT', () => void cleanupAndExit(130));
process.on('SIGTERM', () => void cleanupAndExit(143));
process.on('uncaughtException', (error) => {
  console.error(error);
  void cleanupAndExit(1);
});
process.on('unhandledRejection', (error) => {
  console.error(error);
  void cleanupAndExit(1);
});

// ---------------------------------------------------------------------------

/** A port that was free a moment ago on 127.0.0.1. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** True when something already listens on 127.0.0.1:port. */
export function portInUse(port) {
  return new Promise((resolve) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}

function healthy(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

/** The last lines of a log file, for error messages. */
export function tail(file, lines = 40) {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return `(no log at ${file})`;
  }
}

/**
 * An environment for code-server: the caller's, without variables that would
 * change what it does. VSCODE_IPC_HOOK_CLI in particular (set in a VS Code or
 * code-server terminal) makes code-server open the folder in that other
 * instance instead of starting a server.
 */
function serverEnv(extra) {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) {
    if (/^(VSCODE_|ELECTRON_)/.test(key) || key === 'PORT' || key === 'PASSWORD' || key === 'HASHED_PASSWORD') continue;
    env[key] = value;
  }
  return { ...env, ...extra };
}

/**
 * Starts code-server on 127.0.0.1 and waits until it answers HTTP.
 *
 * @param {object} options
 * @param {string} options.node the Node 24 binary
 * @param {string} options.entry code-server's out/node/entry.js
 * @param {string} options.userDataDir
 * @param {string} options.extensionsDir
 * @param {string} options.logFile where the server's output goes
 * @param {string} [options.folder] folder to open when no ?folder= is given
 * @param {number} [options.port] a free one when omitted
 * @param {Record<string, string>} [options.env] extra variables; the extension host inherits them
 * @param {boolean} [options.smokeTestDriver] accept ?payload= (extension under test, tests to run)
 * @param {string[]} [options.args] extra code-server arguments
 * @param {number} [options.startupTimeoutMs]
 * @returns {Promise<{port: number, url: string, pid: number, logFile: string, exited: Promise<number|null>, stop: () => Promise<void>}>}
 */
export async function startCodeServer(options) {
  const port = options.port ?? (await freePort());
  const args = [
    options.entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    // A config file of our own: otherwise code-server creates ~/.config/code-server/config.yaml.
    '--config', `${options.userDataDir}/code-server.yaml`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--ignore-last-opened',
    '--user-data-dir', options.userDataDir,
    '--extensions-dir', options.extensionsDir,
    // The workbench honours the ?payload= that loads the extension and its tests only with this.
    // Not for people: it also answers every dialog (save changes?) with Cancel.
    ...(options.smokeTestDriver ? ['--vscode-option', 'enable-smoke-test-driver'] : []),
    ...(options.args ?? []),
    ...(options.folder ? [options.folder] : []),
  ];
  fs.mkdirSync(options.userDataDir, { recursive: true });
  fs.mkdirSync(options.extensionsDir, { recursive: true });
  const out = fs.openSync(options.logFile, 'a');
  const child = spawn(options.node, args, {
    detached: true, // own process group, so stop() ends the whole tree
    stdio: ['ignore', out, out],
    env: serverEnv(options.env ?? {}),
  });
  fs.closeSync(out);
  processGroups.add(child.pid);
  const exited = new Promise((resolve) => child.on('exit', (code, signal) => resolve(code ?? signal)));
  let stopped = false;

  const stop = async () => {
    if (stopped) return;
    stopped = true;
    unregister();
    if (killGroup(child.pid, 'SIGTERM')) {
      const timer = new Promise((resolve) => setTimeout(resolve, 5000, 'timeout'));
      if ((await Promise.race([exited, timer])) === 'timeout') killGroup(child.pid, 'SIGKILL');
    }
    // Children of the extension host may outlive the leader; the group signal reaches them too.
    killGroup(child.pid, 'SIGKILL');
    processGroups.delete(child.pid);
  };
  const unregister = onCleanup(stop);

  const deadline = Date.now() + (options.startupTimeoutMs ?? 60_000);
  let exitCode;
  void exited.then((code) => (exitCode = code));
  while (!(await healthy(port))) {
    if (exitCode !== undefined) {
      await stop();
      throw new Error(`code-server exited (${exitCode}) before answering on port ${port}. Its log:\n${tail(options.logFile)}`);
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`code-server did not answer on port ${port} within ${(options.startupTimeoutMs ?? 60_000) / 1000} s. Its log:\n${tail(options.logFile)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return { port, url: `http://127.0.0.1:${port}`, pid: child.pid, logFile: options.logFile, exited, stop };
}
