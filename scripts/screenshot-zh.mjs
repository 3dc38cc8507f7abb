#!/usr/bin/env node
// Takes media/screenshot-zh.png, the picture of the Chinese interface in the
// README: code-server started with `--locale zh-cn` and a minimal language
// pack (scripts/language-pack.mjs), the Text view and the walkthrough open
// beside a document with a misquotation, and the command palette listing the
// extension's commands.
// It checks on the way what a person would read: the palette's titles, the
// view's title and the problem come from the Chinese tables.
//
//   node scripts/screenshot-zh.mjs [--timeout SECONDS] [--keep] [--screenshot FILE]
//
// Build first: `node esbuild.js`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { provision } from './provision.mjs';
import { cleanupAndExit, onCleanup, startCodeServer, tail } from './code-server.mjs';
import { CHROMIUM_ARGS, QUIET_USER_SETTINGS } from './browser.mjs';
import { installLanguagePack } from './language-pack.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const LOCALE = 'zh-cn';
const VIEWPORT = { width: 1400, height: 850 };
/** A Chinese essay with a misquotation of paragraph 3, as a writer would have it. */
const ESSAY = `# 中国共产党对外交往的成果

该文指出，政党关系是“a keystone for the state-to-state relations” [@cpcir2007outstanding, para. 3]。
`;

function options() {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string', default: '120' },
      keep: { type: 'boolean', default: false },
      screenshot: { type: 'string', default: path.join(repo, 'media', 'screenshot-zh.png') },
    },
  });
  return { timeoutMs: Number(values.timeout) * 1000, keep: values.keep, screenshot: path.resolve(values.screenshot) };
}

async function main() {
  const opts = options();
  if (!fs.existsSync(path.join(repo, 'dist', 'extension.js'))) throw new Error('dist/ is missing: build the extension first with `node esbuild.js`');
  const tools = await provision({ packages: ['chromium', 'fonts-wqy-microhei'] });
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-zh-'));
  let keepTmp = true;
  onCleanup(() => {
    if (keepTmp) console.log(`Logs kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  });
  const workspace = path.join(tmp, 'workspace');
  fs.mkdirSync(workspace, { recursive: true });
  fs.writeFileSync(path.join(workspace, '文章.md'), ESSAY);
  const userDataDir = path.join(tmp, 'ud');
  const extensionsDir = path.join(tmp, 'ext');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));
  installLanguagePack({ locale: LOCALE, extensionsDir, userDataDir });
  const logFile = path.join(tmp, 'code-server.log');
  const server = await startCodeServer({
    node: tools.node, entry: tools.codeServer, userDataDir, extensionsDir, logFile,
    smokeTestDriver: true, args: ['--locale', LOCALE], startupTimeoutMs: opts.timeoutMs,
  });
  const browser = await chromium.launch({ executablePath: tools.chromium, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  const page = await (await browser.newContext({ viewport: VIEWPORT })).newPage();
  page.setDefaultTimeout(opts.timeoutMs);
  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${repo}`]];
  await page.goto(`${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);

  try {
    await page.locator('.monaco-workbench .part.activitybar').waitFor();
    await page.locator('.explorer-folders-view').getByRole('treeitem', { name: '文章.md' }).click();
    // The first run opens the walkthrough beside the document, in Chinese: it stays in the picture.
    await page.locator('.gettingStartedContainer').getByText('CPC Relations 入门').first().waitFor();
    const view = page.locator('[id="workbench.view.extension.cpcRelations"]');
    await view.getByRole('tree').waitFor();
    // The Text view's own header (the Notes view shares the sidebar, whose title is the container's).
    const title = (await view.locator('.pane-header').first().innerText()).replace(/\s+/g, ' ').trim();
    if (!title.includes('文本 · APA')) throw new Error(`the view's title reads "${title}", not "文本 · APA"`);
    // The misquotation, underlined, its problem in Chinese in the Problems panel's count.
    await page.locator('.part.editor .squiggly-warning').first().waitFor();
    // The palette lists each command by its Chinese title, its English one beneath, and finds it by either.
    await page.locator('.part.editor .monaco-editor').first().click();
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget input');
    await input.waitFor();
    const rows = page.locator('.quick-input-widget .monaco-list-row .label-name');
    for (const [typed, expected] of [['Search the Text', 'CPC Relations: 搜索文本'], ['核对本文档', 'CPC Relations: 核对本文档中的引文'], ['Choose Citation Style', 'CPC Relations: 选择引用格式…']]) {
      await input.fill(`>${typed}`);
      await rows.filter({ hasText: expected }).first().waitFor();
    }
    await input.fill('>CPC Relations: ');
    await rows.first().waitFor();
    const shown = (await rows.allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
    await page.locator('.monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 5000 }).catch(() => {});
    await page.screenshot({ path: opts.screenshot });
    console.log(`${path.relative(repo, opts.screenshot)}: the palette lists ${shown.length} commands, ${shown.slice(0, 3).join(' | ')} …`);
    keepTmp = opts.keep;
    return 0;
  } catch (error) {
    await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => {});
    console.error(`${error.message}\nThe window as it failed: ${path.join(tmp, 'failure.png')}\n${tail(logFile, 20)}`);
    return 1;
  } finally {
    await browser.close();
    await server.stop();
  }
}

main().then(
  (code) => cleanupAndExit(code),
  (error) => {
    console.error(error.message ?? error);
    return cleanupAndExit(1);
  },
);
