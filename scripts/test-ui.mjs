#!/usr/bin/env node
// The extension as a person uses it, in a real VS Code (code-server) driven by
// headless Chromium: open the essay and see the Get Started walkthrough open
// once, click the CPC Relations icon in the activity bar, read the section
// rows as a default-width sidebar shows them (each must differ), find ¶ 5 in
// the paragraph picker from "maximum display" and get a message when the
// document is read-only, cite two paragraphs ticked in the picker, expand a
// section, click a paragraph and see the reader open on it, hover a
// misquotation and read its problem, its code (a link) and its fix, and pick
// a style from the status bar and type on in the editor. Every expectation comes from the bundled text as the
// command line parses it (dist/cli.js show --json). When every step passes,
// the window is saved as media/screenshot.png (tree and reader) and
// media/screenshot-hover.png (a problem's hover), the pictures in the README.
//
//   node scripts/test-ui.mjs [--timeout SECONDS] [--keep] [--screenshot FILE]
//
// --timeout (or CPC_RELATIONS_UI_TIMEOUT, default 120) for each wait: the
//   workbench can take a minute to load on a busy two-core machine.
// --keep keeps the temporary folder (logs, workspace copy) even on success;
//   on failure it is always kept, with failure.png and failure.html.
// --screenshot FILE writes the picture elsewhere (default media/screenshot.png;
//   the hover goes beside it as screenshot-hover.png).
//
// Build first: `node esbuild.js` (npm run test:ui does both).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { provision } from './provision.mjs';
import { cleanupAndExit, onCleanup, startCodeServer, tail } from './code-server.mjs';
import { summary } from './test-report.mjs';
import { CHROMIUM_ARGS, MENTIONS_EXTENSION, NOISE, QUIET_USER_SETTINGS } from './browser.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fixtureWorkspace = path.join(repo, 'test', 'fixtures', 'workspace');
const VIEWPORT = { width: 1400, height: 850 };
/** Wide enough for the section headings, which are long. */
const SIDEBAR_WIDTH = 560;
/** The section the test expands, and the paragraph in it that it opens. */
const SECTION_INDEX = 1;
const PARAGRAPH = 4;

function options() {
  const { values } = parseArgs({
    options: {
      timeout: { type: 'string', default: process.env.CPC_RELATIONS_UI_TIMEOUT ?? '120' },
      keep: { type: 'boolean', default: false },
      screenshot: { type: 'string', default: path.join(repo, 'media', 'screenshot.png') },
    },
  });
  const screenshot = path.resolve(values.screenshot);
  return { timeoutMs: Number(values.timeout) * 1000, keep: values.keep, screenshot, hoverScreenshot: screenshot.replace(/(\.png)?$/, '-hover.png') };
}

/** The bundled text as the command line parses it: what the tree must show. */
function bundledWork() {
  const cli = path.join(repo, 'dist', 'cli.js');
  if (!fs.existsSync(path.join(repo, 'dist', 'extension.js')) || !fs.existsSync(cli)) {
    throw new Error('dist/ is missing: build the extension first with `node esbuild.js`');
  }
  const result = spawnSync(process.execPath, [cli, 'show', '--json'], { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`node dist/cli.js show --json failed:\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** "¶ 4", "¶ 2–5": how the tree describes a section's paragraphs. */
function paragraphSpan(section) {
  const first = section.paragraphs[0].number;
  const last = section.paragraphs.at(-1).number;
  return first === last ? `¶ ${first}` : `¶ ${first}–${last}`;
}

function check(condition, message) {
  if (!condition) throw new Error(message);
}

function same(actual, expected, what) {
  check(JSON.stringify(actual) === JSON.stringify(expected), `${what}:\n       expected ${JSON.stringify(expected)}\n       found    ${JSON.stringify(actual)}`);
}

async function main() {
  const opts = options();
  const work = bundledWork();
  const tools = await provision({ packages: ['chromium'] });

  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-ui-'));
  // Kept unless the run passes: whatever stops it, its logs stay for a look.
  let keepTmp = true;
  onCleanup(() => {
    if (keepTmp) console.log(`Logs and the workspace copy kept in ${tmp}`);
    else fs.rmSync(tmp, { recursive: true, force: true });
  });
  const workspace = path.join(tmp, 'workspace');
  fs.cpSync(fixtureWorkspace, workspace, { recursive: true });
  const userDataDir = path.join(tmp, 'ud');
  fs.mkdirSync(path.join(userDataDir, 'User'), { recursive: true });
  fs.writeFileSync(path.join(userDataDir, 'User', 'settings.json'), JSON.stringify(QUIET_USER_SETTINGS, null, 2));

  const logFile = path.join(tmp, 'code-server.log');
  const started = Date.now();
  const server = await startCodeServer({
    node: tools.node,
    entry: tools.codeServer,
    userDataDir,
    extensionsDir: path.join(tmp, 'ext'),
    logFile,
    // The workbench loads the extension under development from ?payload= only with this.
    smokeTestDriver: true,
    startupTimeoutMs: opts.timeoutMs,
  });
  console.log(`code-server ${tools.codeServerVersion} answering at ${server.url} after ${seconds(started)} s`);

  const browser = await chromium.launch({ executablePath: tools.chromium, args: CHROMIUM_ARGS });
  onCleanup(() => browser.close());
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(opts.timeoutMs);
  const extensionErrors = watchConsole(page, path.join(tmp, 'browser-console.log'));

  const payload = [['extensionDevelopmentPath', `vscode-remote://127.0.0.1:${server.port}${repo}`]];
  const url = `${server.url}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;

  console.log('\nthe CPC Relations sidebar, as a person uses it');
  const outcome = await runSteps(steps({ page, url, work, extensionErrors, opts }));

  if (outcome.failed === 0) keepTmp = opts.keep;
  else {
    await page.screenshot({ path: path.join(tmp, 'failure.png') }).catch(() => {});
    fs.writeFileSync(path.join(tmp, 'failure.html'), await page.content().catch((e) => String(e)));
    console.log(`\nThe window as the run failed: ${path.join(tmp, 'failure.png')} (its HTML: failure.html)`);
    console.log(`Last lines of the code-server log (${logFile}):\n${tail(logFile, 30)}`);
  }
  await browser.close();
  await server.stop();
  console.log(`(${seconds(started)} s in all)`);
  // The plain closing line CI reads, alone on a line, last.
  console.log(`\n${summary(outcome)}`);
  return outcome.failed === 0 ? 0 : 1;
}

function seconds(since) {
  return ((Date.now() - since) / 1000).toFixed(1);
}

/** Logs the page's console to a file; returns the errors that name the extension (noise aside). */
function watchConsole(page, file) {
  const log = fs.createWriteStream(file);
  const errors = [];
  const record = (text, type) => {
    log.write(`[${type}] ${text}\n`);
    if (type === 'error' && MENTIONS_EXTENSION.test(text) && !NOISE.some((re) => re.test(text))) errors.push(text);
  };
  page.on('console', (msg) => record(msg.text(), msg.type()));
  page.on('pageerror', (error) => record(`${error.message}\n${error.stack ?? ''}`, 'error'));
  return errors;
}

/** Runs the steps in order, one ✓/✗ line each; after a failure the rest cannot mean anything and are skipped. */
async function runSteps(list) {
  const counts = { passed: 0, failed: 0, pending: 0 };
  for (const [name, run] of list) {
    if (counts.failed > 0) {
      counts.pending++;
      console.log(`  - ${name} (not run)`);
      continue;
    }
    const started = Date.now();
    try {
      const note = await run();
      counts.passed++;
      console.log(`  ✓ ${name} (${Date.now() - started} ms)${note ? `: ${note}` : ''}`);
    } catch (error) {
      counts.failed++;
      console.log(`  ✗ ${name} (${Date.now() - started} ms)\n     ${String(error.message ?? error).split('\n').join('\n     ')}`);
    }
  }
  return counts;
}

/** What the steps look at, by the workbench's own class names and the tree's aria labels. */
function workbench(page) {
  const sidebar = page.locator('.part.sidebar');
  const view = page.locator('[id="workbench.view.extension.cpcRelations"]');
  return {
    sidebar,
    view,
    rows: view.locator('.monaco-list-row[role="treeitem"]'),
    row: (name) => view.getByRole('treeitem', { name }),
    tabs: page.locator('.part.editor .tabs-container [role="tab"]'),
    activeTab: page.locator('.part.editor .editor-group-container.active .tab.active'),
    activeLines: page.locator('.part.editor .editor-group-container.active .monaco-editor .view-lines'),
    selectionStatus: page.locator('.part.statusbar .statusbar-item').filter({ hasText: /\(\d+ selected\)/ }),
    quickInput: page.locator('.quick-input-widget'),
    quickRows: page.locator('.quick-input-widget .monaco-list-row'),
    toasts: page.locator('.notifications-toasts .notification-toast-container'),
  };
}

/** Runs a command from the palette (F1) by its title, as a person would; one that opens a picker of its own leaves it open. */
async function runCommand(page, ui, title, { opensPicker = false } = {}) {
  await page.keyboard.press('F1');
  await ui.quickInput.waitFor();
  await page.keyboard.type(title);
  // The row whose label is the title, not whichever is highlighted (a recently used one may be).
  const row = ui.quickRows.filter({ has: page.locator('.label-name', { hasText: new RegExp(`(^|: )${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`) }) }).first();
  await row.click();
  if (!opensPicker) await ui.quickInput.waitFor({ state: 'hidden' });
}

/**
 * The section rows as displayed: each label cut where the row's width cuts
 * it (the text that fits before the ellipsis), measured with the row's font.
 */
function displayedLabels(rows) {
  return rows.evaluateAll((elements) => elements.filter((row) => row.getAttribute('aria-level') === '2').map((row) => {
    const name = row.querySelector('.label-name');
    const container = row.querySelector('.monaco-icon-label-container') ?? name;
    const text = name?.textContent ?? '';
    const room = container.getBoundingClientRect().right - name.getBoundingClientRect().left;
    // Runs in the page, where `globalThis` is the window.
    const context = globalThis.document.createElement('canvas').getContext('2d');
    context.font = globalThis.getComputedStyle(name).font;
    if (context.measureText(text).width <= room) return text;
    let fits = 0;
    while (fits < text.length && context.measureText(`${text.slice(0, fits + 1)}…`).width <= room) fits++;
    return `${text.slice(0, fits)}…`;
  }));
}

/** The tree's rows as a screen reader and the eye see them. */
function readRows(rows) {
  return rows.evaluateAll((elements) => elements.map((row) => ({
    level: Number(row.getAttribute('aria-level')),
    expanded: row.getAttribute('aria-expanded'),
    ariaLabel: row.getAttribute('aria-label') ?? '',
    label: row.querySelector('.label-name')?.textContent ?? '',
    description: row.querySelector('.label-description')?.textContent ?? '',
  })));
}

/** The visible text of the active editor (Monaco renders spaces as no-break spaces). */
async function activeEditorText(ui) {
  return (await ui.activeLines.innerText()).replace(/\u00a0/g, ' ');
}

function steps({ page, url, work, extensionErrors, opts }) {
  const ui = workbench(page);
  const title = work.record.title;
  const section = work.sections[SECTION_INDEX];
  const paragraph = work.paragraphs[PARAGRAPH - 1];
  const readerTitle = `${title}.md`;
  const readerOpening = `[${PARAGRAPH}] ${paragraph.text.split(' ').slice(0, 3).join(' ')}`;

  return [
    ['the workbench loads with the extension under development', async () => {
      await page.goto(url);
      await page.locator('.monaco-workbench .part.activitybar').waitFor();
    }],
    ['the essay opens from the Explorer', async () => {
      await page.locator('.explorer-folders-view').getByRole('treeitem', { name: 'essay.md' }).click();
      await ui.activeTab.filter({ hasText: 'essay.md' }).waitFor();
    }],
    ['the Get Started walkthrough opens by itself, once, beside the essay, and closes', async () => {
      const walkthrough = page.locator('.gettingStartedContainer');
      await walkthrough.waitFor();
      // The first run shows the view too.
      await ui.view.getByRole('tree', { name: /^Text/ }).waitFor();
      await walkthrough.getByText('Get Started with CPC Relations').first().waitFor();
      const steps = await walkthrough.locator('.getting-started-step .step-title').allInnerTexts().catch(() => []);
      await ui.activeTab.filter({ hasText: 'essay.md' }).waitFor();
      await runCommand(page, ui, 'View: Close Editors in Other Groups');
      await walkthrough.waitFor({ state: 'detached' });
      return steps.length ? `${steps.length} steps: ${steps.join(' | ')}` : 'open';
    }],
    ['the activity bar shows CPC Relations, and its icon shows the Text view', async () => {
      const tree = ui.view.getByRole('tree', { name: /^Text/ });
      // The first run shows it already; clicking the icon then would hide it.
      if (!(await tree.isVisible())) await page.locator('.part.activitybar [aria-label*="CPC Relations"]').first().click();
      await tree.waitFor();
    }],
    ['at the default sidebar width, every section row reads differently and shows its range', async () => {
      await ui.row(`Section ${work.sections.at(-1).label}, ${spanInWords(work.sections.at(-1))}`).waitFor();
      const width = Math.round((await ui.sidebar.boundingBox()).width);
      const shown = await displayedLabels(ui.rows);
      same(shown.length, work.sections.length, 'section rows');
      check(new Set(shown).size === shown.length, `section rows that read alike at ${width} px:\n       ${shown.join('\n       ')}`);
      for (const [i, text] of shown.entries()) check(text.startsWith(`${paragraphSpan(work.sections[i])} · `), `the row "${text}" does not show its range ${paragraphSpan(work.sections[i])}`);
      return `${width} px: ${shown.join(' | ')}`;
    }],
    ['the paragraph picker finds ¶ 5 from "maximum display", and inserting into a read-only essay says so', async () => {
      await ui.activeLines.click();
      await runCommand(page, ui, 'Set Active Editor Read-only in Session');
      await runCommand(page, ui, 'CPC Relations: Insert Citation', { opensPicker: true });
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Citation' }).waitFor();
      await page.keyboard.type('maximum display');
      const first = ui.quickRows.first();
      await first.filter({ hasText: '¶ 5' }).waitFor();
      const label = (await first.innerText()).split('\n')[0];
      await page.keyboard.press('Enter');
      // As a toast, or (when the workbench keeps it quiet) in the notification center.
      let message = ui.toasts.filter({ hasText: /not inserted/ });
      if (!(await message.waitFor({ timeout: 10_000 }).then(() => true, () => false))) {
        await runCommand(page, ui, 'Notifications: Show Notifications');
        message = page.locator('.notifications-center .notification-list-item').filter({ hasText: /not inserted/ });
        await message.waitFor();
      }
      const said = (await message.locator('.notification-list-item-message').first().innerText()).trim();
      await message.getByRole('button', { name: 'Copy' }).first().waitFor();
      await runCommand(page, ui, 'Notifications: Clear All Notifications');
      await runCommand(page, ui, 'Reset Active Editor Read-only in Session');
      return `first row "${label}"; "${said}"`;
    }],
    ['paragraphs ticked in the picker, found by different words, are cited together', async () => {
      await ui.activeLines.click();
      const before = await activeEditorText(ui);
      await runCommand(page, ui, 'CPC Relations: Insert Citation', { opensPicker: true });
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Insert Citation' }).waitFor();
      for (const [words, label] of [['WTO', '¶ 9'], ['maximum display', '¶ 5']]) {
        await page.keyboard.press('Control+A');
        await page.keyboard.type(words);
        const row = ui.quickRows.first().filter({ hasText: label });
        await row.waitFor();
        // The list is sent again for each letter typed: on a slow machine a later list may replace the rows under
        // the pointer. Wait until the words' own list has stood still for a moment, the row still first.
        await page.waitForTimeout(500);
        await row.waitFor();
        // Clicking a row of a many-choice picker ticks it.
        await row.locator('.label-name').first().click();
        await row.locator('[aria-checked="true"], .monaco-custom-toggle.checked, input:checked').first().waitFor().catch(() => {});
      }
      await page.keyboard.press('Enter');
      await ui.quickInput.waitFor({ state: 'hidden' });
      await ui.activeLines.filter({ hasText: 'paras. 5, 9' }).waitFor();
      const after = await activeEditorText(ui);
      check(after.length > before.length, 'nothing was inserted');
      await page.keyboard.press('Control+Z');
      return after.split('\n').find((line) => line.includes('paras. 5, 9'))?.trim();
    }],
    ['dragging its edge widens the sidebar, so the labels can be read', async () => {
      const before = await ui.sidebar.boundingBox();
      const y = before.y + before.height / 2;
      await page.mouse.move(before.x + before.width + 1, y);
      await page.mouse.down();
      await page.mouse.move(SIDEBAR_WIDTH + before.x, y, { steps: 8 });
      await page.mouse.up();
      const after = await ui.sidebar.boundingBox();
      check(after.width > before.width, `the sidebar stayed ${before.width} px wide`);
      return `${Math.round(before.width)} → ${Math.round(after.width)} px`;
    }],
    ['the tree shows the work, then its six sections with their paragraphs', async () => {
      const rows = await readRows(ui.rows);
      same(rows[0] && { level: rows[0].level, label: rows[0].label, expanded: rows[0].expanded }, { level: 1, label: title, expanded: 'true' }, 'the first row');
      const sections = rows.filter((r) => r.level === 2);
      same(sections.length, work.sections.length, 'section rows');
      for (const [i, row] of sections.entries()) {
        const s = work.sections[i];
        const prefix = `${paragraphSpan(s)} · `;
        const own = row.label.slice(prefix.length).toLowerCase();
        check(row.label.startsWith(prefix) && own.length > 0 && s.label.toLowerCase().replace(/[’]/g, "'").endsWith(own.replace(/[’]/g, "'")), `the row of section ${i + 1} reads "${row.label}", not "${prefix}" and the end of "${s.label}"`);
      }
      same(rows.filter((r) => r.level > 2), [], 'rows under the sections before any is expanded');
      return `${work.sections.length} sections`;
    }],
    [`clicking the section "${section.label}" lists its paragraphs ${paragraphSpan(section)}`, async () => {
      await ui.row(`Section ${section.label}, ${spanInWords(section)}`).click();
      const last = section.paragraphs.at(-1).number;
      await ui.row(new RegExp(`^Paragraph ${last}:`)).waitFor();
      const rows = await readRows(ui.rows);
      const shown = rows.filter((r) => r.level === 3);
      same(shown.map((r) => r.ariaLabel.split(':')[0]), section.paragraphs.map((p) => `Paragraph ${p.number}`), 'the paragraph rows');
      for (const [i, row] of shown.entries()) {
        const p = section.paragraphs[i];
        const prefix = `¶ ${p.number} · `;
        const opening = row.label.slice(prefix.length).replace(/…$/, '');
        check(row.label.startsWith(prefix) && opening.length > 0 && p.text.startsWith(opening), `the row of paragraph ${p.number} reads "${row.label}", not "${prefix}" and the paragraph's opening words`);
      }
      return shown.map((r) => r.label.split(' · ')[0]).join(', ');
    }],
    [`clicking paragraph ${PARAGRAPH} opens the reader on it, selected`, async () => {
      await ui.row(new RegExp(`^Paragraph ${PARAGRAPH}:`)).click();
      await ui.activeTab.filter({ hasText: readerTitle }).waitFor();
      // Playwright's text match folds the no-break spaces Monaco renders; the exact check follows.
      await ui.activeLines.filter({ hasText: readerOpening }).waitFor();
      await ui.selectionStatus.first().waitFor();
      const status = await ui.selectionStatus.first().innerText();
      const selected = Number(/\((\d+) selected\)/.exec(status)?.[1]);
      same(selected, paragraph.text.length, 'characters selected in the reader (the whole paragraph)');
      const shown = (await activeEditorText(ui)).split('\n').find((line) => line.startsWith(readerOpening));
      check(shown !== undefined, `the reader shows no line starting "${readerOpening}"`);
      return `tab "${readerTitle}", "${shown.slice(0, 40)}…", ${status.trim()}`;
    }],
    [`the window is saved as ${path.relative(repo, opts.screenshot)}`, async () => {
      const dismissed = await dismissNotifications(page);
      await restTheMouse(page, ui);
      fs.mkdirSync(path.dirname(opts.screenshot), { recursive: true });
      await page.screenshot({ path: opts.screenshot });
      const size = `${Math.round(fs.statSync(opts.screenshot).size / 1024)} KB`;
      return dismissed.length > 0 ? `${size}; notifications dismissed first: ${dismissed.join(' | ')}` : size;
    }],
    ['hovering a misquotation shows the problem, its code as a link, and its fix', async () => {
      await page.keyboard.press('Control+P');
      await ui.quickInput.waitFor();
      await page.keyboard.type('check-quotations.md');
      await ui.quickRows.filter({ hasText: 'check-quotations.md' }).first().waitFor();
      await page.keyboard.press('Enter');
      await ui.activeTab.filter({ hasText: 'check-quotations.md' }).waitFor();
      const squiggle = page.locator('.part.editor .editor-group-container.active .squiggly-warning').first();
      await squiggle.waitFor();
      const box = await squiggle.boundingBox();
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
      const hover = page.locator('.monaco-hover:not(.hidden)').filter({ hasText: 'Misquotation' }).first();
      await hover.waitFor();
      const code = hover.locator('a', { hasText: 'misquotation' }).first();
      await code.waitFor();
      const fix = hover.getByText(/Quick Fix/).first();
      await fix.waitFor();
      await dismissNotifications(page);
      await page.screenshot({ path: opts.hoverScreenshot });
      return `${path.relative(repo, opts.hoverScreenshot)}: ${(await hover.innerText()).split('\n').slice(0, 2).join(' / ')}`;
    }],
    ['a style picked from the status bar applies, and the focus goes back to the editor', async () => {
      await page.keyboard.press('Escape');
      await page.locator('.part.statusbar .statusbar-item').filter({ hasText: /^\s*APA\s*$/ }).first().click();
      await page.locator('.quick-input-widget .quick-input-title', { hasText: 'Citation Style' }).waitFor();
      await ui.quickRows.filter({ hasText: 'MLA 9th edition' }).first().click();
      await page.locator('.part.statusbar .statusbar-item').filter({ hasText: /^\s*MLA\s*$/ }).first().waitFor();
      const before = await activeEditorText(ui);
      await page.keyboard.type('§');
      await ui.activeLines.filter({ hasText: '§' }).waitFor();
      const after = await activeEditorText(ui);
      check(after !== before, 'typing after the pick reached no editor');
      await page.keyboard.press('Control+Z');
      return 'typed into the editor right after the pick';
    }],
    ['the browser console shows no error from the extension', async () => {
      check(extensionErrors.length === 0, extensionErrors.join('\n'));
    }],
  ];
}

/** "paragraphs 2 to 5", "paragraph 1": the section row's aria label says it so. */
function spanInWords(section) {
  const first = section.paragraphs[0].number;
  const last = section.paragraphs.at(-1).number;
  return first === last ? `paragraph ${first}` : `paragraphs ${first} to ${last}`;
}

/** Closes the notification toasts that would cover the picture; returns what they said. */
async function dismissNotifications(page) {
  const toasts = page.locator('.notifications-toasts .notification-toast-container');
  const said = [];
  for (let i = 0; i < 10 && (await toasts.count()) > 0; i++) {
    const toast = toasts.first();
    said.push((await toast.locator('.notification-list-item-message').innerText().catch(() => '')).trim());
    await toast.hover();
    await toast.getByRole('button', { name: /Clear Notification/ }).first().click();
    await toast.waitFor({ state: 'detached', timeout: 10_000 }).catch(() => {});
  }
  return said;
}

/** Parks the pointer on empty sidebar space, so no row is hovered or shows its tooltip. */
async function restTheMouse(page, ui) {
  const box = await ui.sidebar.boundingBox();
  const last = await ui.rows.last().boundingBox();
  if (box && last) await page.mouse.move(box.x + box.width / 2, Math.min(last.y + last.height + 80, box.y + box.height - 10));
  await page.locator('.workbench-hover-container, .monaco-hover:not(.hidden)').first().waitFor({ state: 'hidden', timeout: 10_000 }).catch(() => {});
}

main().then(
  (code) => cleanupAndExit(code),
  (error) => {
    console.error(`\n${error.message ?? error}`);
    console.log('\n0 passed, 1 failed');
    return cleanupAndExit(1);
  },
);
