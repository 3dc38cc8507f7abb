import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '../../..');
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { noNodeBuiltins } = require(path.join(ROOT, 'esbuild.js')) as { noNodeBuiltins: esbuild.Plugin };

async function bundleForBrowser(source: string): Promise<esbuild.BuildResult> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-build-'));
  const entry = path.join(dir, 'entry.ts');
  fs.writeFileSync(entry, source);
  try {
    return await esbuild.build({ entryPoints: [entry], bundle: true, write: false, platform: 'browser', logLevel: 'silent', plugins: [noNodeBuiltins] });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

describe('The browser build', () => {
  it('fails when a Node built-in reaches the browser bundle, naming it', async () => {
    await assert.rejects(bundleForBrowser("import * as fs from 'node:fs';\nexport const read = fs.readFileSync;\n"), (error: Error) => {
      assert.match(error.message, /Node built-in "node:fs" imported by .*entry\.ts cannot run in the browser bundle/);
      return true;
    });
    await assert.rejects(bundleForBrowser("import * as path from 'path';\nexport const join = path.join;\n"), /Node built-in "path"/);
  });

  it('accepts code free of Node built-ins', async () => {
    const result = await bundleForBrowser("export const answer: number = 42;\n");
    assert.equal(result.errors.length, 0);
  });

  it('keeps Node built-ins out of the extension\'s browser entry point and everything it imports', async () => {
    const result = await esbuild.build({
      entryPoints: [path.join(ROOT, 'src/extension.ts')], bundle: true, write: false, platform: 'browser', logLevel: 'silent',
      external: ['vscode'], loader: { '.md': 'text' }, plugins: [noNodeBuiltins],
    });
    assert.equal(result.errors.length, 0);
  });
});
