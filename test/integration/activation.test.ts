import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { recordMetric } from '../harness/metrics';
import { EXTENSION_ID } from './support';

interface Contributes {
  commands?: { command: string }[];
  viewsContainers?: { activitybar?: { id: string }[] };
  views?: Record<string, { id: string }[]>;
}

/** The extension under test; fails the calling test with a readable message when VS Code did not load it. */
function extension(): vscode.Extension<unknown> {
  const ext = vscode.extensions.getExtension(EXTENSION_ID);
  assert.ok(ext, `${EXTENSION_ID} is not among the loaded extensions`);
  return ext;
}

/** What package.json contributes, read from the running extension so the tests follow the manifest. */
function contributes(): Contributes {
  return (extension().packageJSON as { contributes?: Contributes }).contributes ?? {};
}

describe('The extension', () => {
  it('is loaded by VS Code under its id', () => {
    assert.equal(extension().id, EXTENSION_ID);
  });

  it('activates without error, and reports how long activation took', async () => {
    const ext = extension();
    const wasActive = ext.isActive;
    const started = performance.now();
    await ext.activate();
    const elapsedMs = performance.now() - started;
    assert.equal(ext.isActive, true);

    const exported = (ext.exports as { activationMs?: unknown } | undefined)?.activationMs;
    if (wasActive) {
      console.log('activation: already active before the test (VS Code activated it on an event)');
    } else {
      console.log(`activation: ${elapsedMs.toFixed(1)} ms (await ext.activate())`);
      recordMetric('activation', elapsedMs);
    }
    if (typeof exported === 'number') {
      console.log(`activation: ${exported.toFixed(1)} ms (measured inside activate())`);
      recordMetric('activate() itself', exported);
    }
    const cpu = (ext.exports as { activationCpuMs?: unknown } | undefined)?.activationCpuMs;
    if (typeof cpu === 'number') recordMetric('activate() processor time', cpu);
  });

  it('registers every command that package.json declares', async () => {
    await extension().activate();
    const declared = (contributes().commands ?? []).map((c) => c.command);
    assert.ok(declared.length > 0, 'package.json contributes no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    assert.deepEqual(declared.filter((id) => !registered.has(id)), [], 'declared commands that are not registered');
  });

  it('opens each view container that package.json declares in the activity bar, and focuses each of its views', async () => {
    await extension().activate();
    const containers = contributes().viewsContainers?.activitybar ?? [];
    assert.ok(containers.length > 0, 'package.json contributes no activity bar view container');
    for (const container of containers) {
      await vscode.commands.executeCommand(`workbench.view.extension.${container.id}`);
      const views = contributes().views?.[container.id] ?? [];
      assert.ok(views.length > 0, `view container ${container.id} has no views`);
      // VS Code registers "<view id>.focus" for every view it knows.
      for (const view of views) await vscode.commands.executeCommand(`${view.id}.focus`);
    }
  });
});
