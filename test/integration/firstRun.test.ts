import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { closeAllEditors, EXTENSION_ID, extensionApi, waitFor } from './support';

interface Step { id: string; description: string; media: { markdown?: string; image?: unknown }; completionEvents: string[] }

describe('Getting started', () => {
  afterEach(closeAllEditors);

  it('contributes a walkthrough of four or five steps, each with media, a button and a completion event', () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    const walkthroughs = (extension?.packageJSON as { contributes: { walkthroughs: { id: string; steps: Step[] }[] } }).contributes.walkthroughs;
    assert.equal(walkthroughs.length, 1);
    const { steps } = walkthroughs[0];
    assert.ok(steps.length >= 4 && steps.length <= 5, `${steps.length} steps`);
    for (const step of steps) {
      assert.ok(step.media.markdown ?? step.media.image, step.id);
      assert.match(step.description, /\]\(command:[\w.]+\)/, `${step.id} has a button`);
      assert.ok(step.completionEvents.length > 0, step.id);
    }
  });

  it('opens the walkthrough with Get Started', async () => {
    await extensionApi();
    const tabs = () => vscode.window.tabGroups.all.flatMap((g) => g.tabs);
    await vscode.commands.executeCommand('cpcRelations.getStarted');
    const tab = await waitFor('the walkthrough\'s tab', () => tabs().find((t) => /Welcome|Get Started|Walkthrough/i.test(t.label)));
    assert.ok(tab.isActive);
  });

  it('shows the Text view on request', async () => {
    const { tree } = await extensionApi();
    await vscode.commands.executeCommand('workbench.view.explorer');
    await vscode.commands.executeCommand('cpcRelations.showText');
    await waitFor('the Text view', () => tree.view.visible);
  });
});
