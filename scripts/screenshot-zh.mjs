#!/usr/bin/env node
// Takes media/screenshot-zh.png, the picture of the Chinese interface in the
// README: code-server started with `--locale zh-cn` and a minimal language
// pack (scripts/language-pack.mjs), the Text view and the Notes view (with
// three notes of a notes file) open beside a document with a misquotation
// and the walkthrough, and the command palette listing the extension's
// commands.
// It checks on the way what a person would read: the palette's titles, the
// views' titles and the problem come from the Chinese tables. Every step
// waits for what it needs to see, never for a fixed time; the palette, which
// a keypress sometimes misses while the workbench settles, is opened again
// once if it does not show.
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
/** Notes a writer took on the bundled text: [paragraph, quoted words, colour, note, replies]. */
const NOTES = [
  [3, 'a cornerstone', 'yellow', '政党关系是国家关系的基石 #论点', []],
  [4, 'accelerator', 'green', '“加速器”的比喻 #比喻', ['可与第 3 段对照']],
  [13, 'hot regions', 'blue', '“热点地区”指哪些？', []],
];

/** The notes file of NOTES, each note's words found in its paragraph of the bundled text. */
function notesFile() {
  const source = fs.readFileSync(path.join(repo, 'corpus', 'outstanding-results.md'), 'utf8');
  const body = source.replace(/^---\n[\s\S]*?\n---\n/, '');
  const paragraphs = body.split(/\n\s*\n/).map((p) => p.trim()).filter((p) => p !== '' && !p.startsWith('#'));
  return NOTES.map(([paragraph, quote, colour, note, replies], i) => {
    const start = paragraphs[paragraph - 1]?.indexOf(quote) ?? -1;
    if (start < 0) throw new Error(`paragraph ${paragraph} of the bundled text does not hold "${quote}"`);
    return `${JSON.stringify({ id: `n${i + 1}`, text: 'cpcir2007outstanding', paragraph, start, end: start + quote.length, quote, colour, note, replies })}\n`;
  }).join('');
}

/**
 * Opens the command palette and returns its input: F1 in the editor, then
 * the quick input widget must show. A keypress the workbench misses while it
 * settles gets a second try; a palette that never shows fails the run.
 */
async function openPalette(page) {
  const input = page.locator('.quick-input-widget input');
  for (let attempt = 1; ; attempt++) {
    await page.locator('.part.editor .monaco-editor').first().click();
    await page.keyboard.press('F1');
    try {
      await input.waitFor({ state: 'visible', timeout: 10_000 });
      return input;
    } catch (error) {
      if (attempt === 2) throw new Error(`the command palette did not open, twice: ${error.message}`);
      await page.keyboard.press('Escape');
    }
  }
}

/** Waits until the palette shows at least `count` rows, each holding `holds` (runs in the page). */
async function paletteShows(page, holds, count) {
  await page.waitForFunction(([text, least]) => {
    const widget = globalThis.document.querySelector('.quick-input-widget');
    if (!widget || widget.getClientRects().length === 0) return false;
    const rows = [...widget.querySelectorAll('.monaco-list-row .label-name')].filter((r) => r.getClientRects().length > 0);
    return rows.length >= least && rows.every((r) => r.textContent.includes(text));
  }, [holds, count]);
}

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
  fs.writeFileSync(path.join(workspace, 'notes.cpc.jsonl'), notesFile());
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
    const headers = view.locator('.pane-header');
    const title = (await headers.first().innerText()).replace(/\s+/g, ' ').trim();
    if (!title.includes('文本 · APA')) throw new Error(`the view's title reads "${title}", not "文本 · APA"`);
    // The Notes view, collapsed at first, opened on the notes of the file: a section, and each note by its words.
    const notesHeader = headers.filter({ hasText: '笔记' }).first();
    await notesHeader.waitFor();
    if ((await notesHeader.getAttribute('aria-expanded')) !== 'true') await notesHeader.click();
    const notesPane = view.locator('.pane').filter({ has: page.locator('.pane-header').filter({ hasText: '笔记' }) });
    await notesPane.locator('.monaco-list-row').first().waitFor();
    // The sash above the Notes view's header, dragged up: room for every note without hiding the Text view's sections.
    const header = await notesHeader.boundingBox();
    await page.mouse.move(header.x + header.width / 2, header.y - 1);
    await page.mouse.down();
    await page.mouse.move(header.x + header.width / 2, header.y - 240, { steps: 8 });
    await page.mouse.up();
    // The sidebar a little wider, so that each note's colour and words show beside its quotation.
    const sidebar = await page.locator('.part.sidebar').boundingBox();
    await page.mouse.move(sidebar.x + sidebar.width + 1, sidebar.y + sidebar.height / 2);
    await page.mouse.down();
    await page.mouse.move(sidebar.x + sidebar.width + 120, sidebar.y + sidebar.height / 2, { steps: 8 });
    await page.mouse.up();
    for (const words of ['cornerstone', 'accelerator', 'hot regions']) await notesPane.locator('.monaco-list-row').filter({ hasText: words }).first().waitFor();
    // The misquotation, underlined, its problem in Chinese in the Problems panel's count.
    await page.locator('.part.editor .squiggly-warning').first().waitFor();
    // The palette lists each command by its Chinese title, its English one beneath, and finds it by either.
    const input = await openPalette(page);
    const rows = page.locator('.quick-input-widget .monaco-list-row .label-name');
    for (const [typed, expected] of [['Search the Text', 'CPC Relations: 搜索文本'], ['核对本文档', 'CPC Relations: 核对本文档中的引文'], ['Choose Citation Style', 'CPC Relations: 选择引用格式…']]) {
      await input.fill(`>${typed}`);
      await rows.filter({ hasText: expected }).first().waitFor();
    }
    await input.fill('>CPC Relations: ');
    // The rows of the last query are gone only when every row shown is one of the extension's commands.
    await paletteShows(page, 'CPC Relations', 5);
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
