import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCheck } from '../../src/cli/check';
import { runCite } from '../../src/cli/cite';
import { readTextFile } from '../../src/cli/read';
import { runSearch } from '../../src/cli/search';

const TEXT = path.join(__dirname, '../../../test/fixtures/texts/constitution.text.md');
type Run = (args: readonly string[], io: { out(t: string): void; err(t: string): void; readFile(f: string, m: number): ReturnType<typeof readTextFile> }) => number;

function run(command: Run, ...args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const status = command(args, { out: (t) => (out += t), err: (t) => (err += t), readFile: readTextFile });
  return { status, out, err };
}

const made: string[] = [];

function tempFile(name: string, text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-texts-'));
  made.push(dir);
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
}

describe('The command line with --text', () => {
  after(() => {
    for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('cites the text given, with its own record', () => {
    assert.deepEqual(run(runCite, '1', '--text', TEXT, '--style', 'apa'), { status: 0, out: '(Constitutional Convention, 1787, para. 1)\n', err: '' });
    assert.equal(run(runCite, '1', '--style', 'apa', '--keys', '--format', 'markdown', `--text=${TEXT}`).out, '[@usconstitution1787, para. 1]\n');
  });

  it('refuses a paragraph the text given does not have, and --text twice for cite', () => {
    assert.equal(run(runCite, '3', '--text', TEXT).status, 2);
    const twice = run(runCite, '1', '--text', TEXT, '--text', TEXT);
    assert.equal(twice.status, 2);
    assert.match(twice.err, /give --text once/);
  });

  it('searches the built-in text and every text given, naming each result\'s text', () => {
    const found = run(runSearch, 'domestic tranquility', '--text', TEXT, '--limit', '1');
    assert.equal(found.status, 0);
    assert.match(found.out, /^1\. The Constitution of the United States, ¶ 1 \(Introduction\)\n/);
    const json = JSON.parse(run(runSearch, 'party-to-party relations', '--text', TEXT, '--limit', '1', '--json').out) as { work: string }[];
    assert.equal(json[0].work, 'cpcir2007outstanding');
  });

  it('checks against every text, each quotation against the text its citation names', () => {
    const essay = tempFile('essay.md', 'They wrote “in Order to form a more perfect Union, establish Justice” [@cpcir2007outstanding, para. 4].\n');
    const result = run(runCheck as Run, '--text', TEXT, essay);
    assert.equal(result.status, 1);
    assert.equal(result.out, `${essay}:1:13: Cited as “The Outstanding Results of CPC's International Relations”, but the quotation is from “The Constitution of the United States” (para. 1).\n`);
    const fixed = tempFile('fixed.md', 'They wrote “in Order to form a more perfect Union, establish Justice” [@usconstitution1787, para. 1].\n');
    assert.deepEqual(run(runCheck as Run, '--text', TEXT, fixed), { status: 0, out: '', err: '' });
    // Without the text, its key names nothing the checker knows.
    assert.equal(run(runCheck as Run, fixed).status, 0);
  });

  it('reports a malformed text at its line and exits 2', () => {
    const bad = tempFile('bad.text.md', fs.readFileSync(TEXT, 'utf8').replace('issued: 1787-09-17', 'issued: someday'));
    const essay = tempFile('essay.md', 'Nothing quoted.\n');
    const result = run(runCheck as Run, '--text', bad, essay);
    assert.equal(result.status, 2);
    assert.equal(result.err, `${bad}:10: "issued" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found "someday"\n`);
    assert.equal(run(runSearch, 'union', '--text', bad).status, 2);
  });

  it('reports a text under the built-in text\'s key', () => {
    const clash = tempFile('clash.text.md', fs.readFileSync(TEXT, 'utf8').replace('key: usconstitution1787', 'key: cpcir2007outstanding'));
    const result = run(runSearch, 'union', '--text', clash);
    assert.equal(result.status, 2);
    assert.match(result.err, /clash\.text\.md:4: the key "cpcir2007outstanding" is already the key of corpus\/outstanding-results\.md/);
  });
});
