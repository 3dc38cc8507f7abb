import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');

function cli(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, ['dist/cli.js', 'check', ...args], { cwd: ROOT, encoding: 'utf8' });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('The command line\'s check', function () {
  // Each test starts Node afresh.
  this.timeout(30_000);

  it('prints each problem as file:line:col: message and exits 1', () => {
    const run = cli('test/fixtures/check/problems.md', 'test/fixtures/check/problems.tex');
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'test/fixtures/check/problems.md:3:31: Misquotation of para. 3: “keystone” should be “cornerstone”.',
      'test/fixtures/check/problems.md:5:160: Wrong locator: “By contacts with young political figures,…” is in para. 4, not para. 5.',
      'test/fixtures/check/problems.md:7:27: Quotation from “The Outstanding Results of CPC\'s International Relations” (para. 13) without a citation.',
      'test/fixtures/check/problems.tex:8:39: Misquotation of para. 3: “keystone” should be “cornerstone”.',
      'test/fixtures/check/problems.tex:10:149: Wrong locator: “By contacts with young political figures,…” is in para. 4, not para. 5.',
      'test/fixtures/check/problems.tex:12:27: Quotation from “The Outstanding Results of CPC\'s International Relations” (para. 13) without a citation.',
    ]);
  });

  it('prints nothing and exits 0 when every file is clean', () => {
    const run = cli('test/fixtures/check/clean.md', 'test/fixtures/check/clean.tex');
    assert.deepEqual([run.status, run.stdout, run.stderr], [0, '', '']);
  });

  it('gives the problems as JSON with their fixes on request', () => {
    const run = cli('--json', 'test/fixtures/check/problems.md');
    assert.equal(run.status, 1);
    const problems = JSON.parse(run.stdout) as { kind: string; line: number; fix?: { edits: { newText: string }[] } }[];
    assert.deepEqual(problems.map((p) => [p.kind, p.line, p.fix?.edits[0].newText]), [
      ['misquotation', 3, 'cornerstone'],
      ['wrong-locator', 5, 'para. 4'],
      ['uncited', 7, ' [@cpcir2007outstanding, para. 13]'],
    ]);
  });

  it('exits 2 with a clear message when a file cannot be read, or when no file is named', () => {
    const missing = cli('test/fixtures/check/missing.md');
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'cpc-relations check: cannot read "test/fixtures/check/missing.md": no such file\n');
    const folder = cli('test/fixtures/check');
    assert.equal(folder.status, 2);
    assert.equal(folder.stderr, 'cpc-relations check: cannot read "test/fixtures/check": it is a folder, not a file\n');
    const none = cli();
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^cpc-relations check: name at least one file to check\n/);
    const option = cli('--fix', 'test/fixtures/check/clean.md');
    assert.equal(option.status, 2);
    assert.match(option.stderr, /^cpc-relations check: unknown option "--fix"\n/);
  });
});
