import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';

const ROOT = path.join(__dirname, '../../..');

/** The packages from node_modules that a bundle built from `entry` includes. */
async function bundledPackages(entry: string, platform: 'node' | 'browser'): Promise<string[]> {
  const result = await esbuild.build({
    entryPoints: [path.join(ROOT, entry)], bundle: true, write: false, metafile: true, platform, logLevel: 'silent',
    external: ['vscode'], loader: { '.md': 'text' },
  });
  const names = Object.keys(result.metafile.inputs)
    .map((input) => /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(input)?.[1])
    .filter((name): name is string => name !== undefined);
  return [...new Set(names)].sort();
}

describe('Third-party notices', function () {
  this.timeout(30_000);
  const notices = fs.readFileSync(path.join(ROOT, 'ThirdPartyNotices.txt'), 'utf8');

  it('give the licence of every package bundled into the extension and the command line, in full', async () => {
    const packages = new Set([
      ...(await bundledPackages('src/extension.ts', 'node')),
      ...(await bundledPackages('src/extension.ts', 'browser')),
      ...(await bundledPackages('src/cli/main.ts', 'node')),
    ]);
    assert.ok(packages.has('fuse.js'), 'Fuse.js is bundled');
    for (const name of packages) {
      const dir = path.join(ROOT, 'node_modules', name);
      const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8')) as { version: string };
      assert.ok(notices.includes(`${name === 'fuse.js' ? 'Fuse.js' : name} ${manifest.version}`), `${name} ${manifest.version} is named`);
      const licence = fs.readdirSync(dir).find((f) => /^(LICEN[CS]E|COPYING)(\.md|\.txt)?$/i.test(f));
      assert.ok(licence, `${name} ships a licence file`);
      assert.ok(notices.includes(fs.readFileSync(path.join(dir, licence), 'utf8').trim()), `the licence of ${name} is given in full`);
    }
  });

  it('go into the .vsix', () => {
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8').split('\n');
    assert.ok(ignore.includes('!ThirdPartyNotices.txt'));
  });
});
