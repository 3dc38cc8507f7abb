import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const ROOT = path.join(__dirname, '../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const PROBLEMS = fs.readFileSync(path.join(ROOT, 'test/fixtures/check/problems.md'), 'utf8');
/** The first problem of problems.md, at line 3, column 31. */
const MISQUOTATION = 'Misquotation of para. 3: “keystone” should be “cornerstone”.';

interface Run { status: number | null; stdout: string; stderr: string }

function cli(args: string[], cwd: string = ROOT): Run {
  const run = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', timeout: 20_000 });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

function shell(command: string, cwd: string): Run {
  const run = spawnSync('sh', ['-c', command], { cwd, encoding: 'utf8', timeout: 20_000, env: { ...process.env, CLI } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('The command line as a CI tool', function () {
  // Each test starts Node afresh.
  this.timeout(30_000);
  let dir: string;
  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-relations-cli-'));
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const file = (name: string, bytes: string | Buffer): string => {
    fs.writeFileSync(path.join(dir, name), bytes);
    return name;
  };

  describe('reads files in their encoding', () => {
    it('reports a misquotation in UTF-16 little-endian with a byte-order mark, as PowerShell 5 writes it', () => {
      const name = file('le.md', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(PROBLEMS, 'utf16le')]));
      const run = cli(['check', name], dir);
      assert.equal(run.status, 1);
      assert.equal(run.stdout.split('\n')[0], `le.md:3:31: ${MISQUOTATION}`);
    });

    it('reports a misquotation in UTF-16 big-endian with a byte-order mark', () => {
      const be = Buffer.from(PROBLEMS, 'utf16le').swap16();
      const name = file('be.md', Buffer.concat([Buffer.from([0xfe, 0xff]), be]));
      const run = cli(['check', name], dir);
      assert.equal(run.status, 1);
      assert.equal(run.stdout.split('\n')[0], `be.md:3:31: ${MISQUOTATION}`);
    });

    it('counts columns of the first line without the UTF-8 byte-order mark', () => {
      const line = PROBLEMS.split('\n')[2];
      const run = cli(['check', file('bom.md', `\ufeff${line}\n`)], dir);
      assert.equal(run.status, 1);
      assert.equal(run.stdout, `bom.md:1:31: ${MISQUOTATION}\n`);
    });

    it('counts lines ended by a carriage return alone', () => {
      const run = cli(['check', file('cr.md', PROBLEMS.replace(/\n/g, '\r'))], dir);
      assert.equal(run.status, 1);
      assert.deepEqual(run.stdout.trimEnd().split('\n').map((l) => l.split(': ')[0]), ['cr.md:3:31', 'cr.md:5:160', 'cr.md:7:27']);
    });

    it('refuses a binary file, and UTF-16 without a byte-order mark, with exit 2', () => {
      const binary = cli(['check', file('binary.md', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))], dir);
      assert.equal(binary.status, 2);
      assert.match(binary.stderr, /^cpc-relations check: cannot read "binary\.md": it holds NUL bytes: it is binary, or UTF-16 without a byte-order mark/);
      const bare = cli(['check', file('bare16.md', Buffer.from(PROBLEMS, 'utf16le'))], dir);
      assert.equal(bare.status, 2);
      assert.equal(bare.stdout, '');
    });
  });

  describe('reads only regular files, up to a size', () => {
    it('refuses a FIFO at once, with exit 2', function () {
      if (spawnSync('mkfifo', [path.join(dir, 'fifo')]).status !== 0) this.skip();
      // A reader that blocked on the FIFO would be killed by the time-out, with no status.
      const run = cli(['check', 'fifo'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'cpc-relations check: cannot read "fifo": it is a named pipe (FIFO), not a regular file\n');
    });

    it('refuses a device that never ends, with exit 2', function () {
      if (!fs.existsSync('/dev/zero')) this.skip();
      const run = cli(['check', '/dev/zero'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'cpc-relations check: cannot read "/dev/zero": it is a character device, not a regular file\n');
    });

    it('refuses a folder, with exit 2', () => {
      fs.mkdirSync(path.join(dir, 'folder'), { recursive: true });
      const run = cli(['check', 'folder'], dir);
      assert.equal(run.status, 2);
      assert.equal(run.stderr, 'cpc-relations check: cannot read "folder": it is a folder, not a file\n');
    });

    it('refuses a file larger than --max-size, and reads one within it', () => {
      const name = file('sized.md', PROBLEMS);
      const size = Buffer.byteLength(PROBLEMS);
      const over = cli(['check', '--max-size', String(size - 1), name], dir);
      assert.equal(over.status, 2);
      assert.equal(over.stderr, `cpc-relations check: cannot read "sized.md": it is ${size} bytes, more than the limit of ${size - 1} bytes (raise it with --max-size)\n`);
      assert.equal(cli(['check', `--max-size=${size}`, name], dir).status, 1);
      assert.equal(cli(['check', '--max-size', '1M', name], dir).status, 1);
      const wrong = cli(['check', '--max-size', 'lots', name], dir);
      assert.equal(wrong.status, 2);
      assert.match(wrong.stderr, /^cpc-relations check: --max-size takes a size in bytes such as 500000, 512k or 20M, not "lots"\n/);
    });
  });

  describe('writes its output', () => {
    it('stops quietly when the reader closes the pipe, keeping the status of what it found', () => {
      file('long.md', PROBLEMS.repeat(400));
      const run = shell('node "$CLI" check long.md | head -1', dir);
      assert.equal(run.stdout.split('\n')[0], `long.md:3:31: ${MISQUOTATION}`);
      assert.equal(run.stderr, '');
      const status = shell('node "$CLI" check long.md 2>err.txt | head -1 >/dev/null; exit 0', dir);
      assert.equal(status.stderr, '');
      assert.equal(fs.readFileSync(path.join(dir, 'err.txt'), 'utf8'), '');
    });

    it('exits 1 after a closed pipe when there were problems, without a stack trace', () => {
      file('long2.md', PROBLEMS.repeat(400));
      // The status of the command line itself, not of head.
      const run = shell('{ node "$CLI" check long2.md; echo "exit $?" >&2; } | head -1 >/dev/null', dir);
      assert.equal(run.stderr, 'exit 1\n');
    });

    it('says in one line that the output cannot be written, with exit 3', function () {
      if (!fs.existsSync('/dev/full')) this.skip();
      const run = shell('node "$CLI" check problems.md >/dev/full', path.join(ROOT, 'test/fixtures/check'));
      assert.equal(run.status, 3);
      assert.equal(run.stderr, 'cpc-relations: cannot write the output: no space left on the device (ENOSPC)\n');
    });
  });

  describe('prints a document\'s text safely to a terminal', () => {
    it('escapes control and bidirectional characters in quotations and file names', () => {
      const name = file('title\u001b]0;owned\u0007.md', PROBLEMS.replace('keystone', 'key\u001b[2K\u202Estone'));
      const run = cli(['check', name], dir);
      assert.equal(run.status, 1);
      // The override is a problem of its own, named; the misquotation quotes the words, escaped.
      const lines = run.stdout.split('\n');
      assert.equal(lines[0], 'title\\x1B]0;owned\\x07.md:3:31: The quotation contains an invisible U+202E RIGHT-TO-LEFT OVERRIDE: it may show the words in another order than they are read.');
      assert.equal(lines[1], 'title\\x1B]0;owned\\x07.md:3:31: Misquotation of para. 3: “key\\x1B[2K\\u202Estone” should be “cornerstone”.');
      // eslint-disable-next-line no-control-regex -- none may come out raw
      assert.doesNotMatch(run.stdout, /[\u001b\u0007\u202e]/);
    });

    it('escapes bidirectional characters in JSON too, which reads them back unchanged', () => {
      const name = file('bidi.md', PROBLEMS.replace('keystone', 'key\u202Estone'));
      const run = cli(['check', '--json', name], dir);
      assert.doesNotMatch(run.stdout, /\u202e/);
      const problems = JSON.parse(run.stdout) as { message: string }[];
      assert.equal(problems[1].message, 'Misquotation of para. 3: “key\u202Estone” should be “cornerstone”.');
    });
  });
});

describe('The command line\'s usage and exit statuses', function () {
  this.timeout(60_000);

  it('exits 2 with the usage when no command is given', () => {
    const run = cli([]);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.match(run.stderr, /^cpc-relations: name a command\n\nUsage: cpc-relations <command>/);
  });

  it('documents the exit statuses in its usage', () => {
    const run = cli(['--help']);
    assert.equal(run.status, 0);
    assert.match(run.stdout, /Exit status: 0 done .* 3 the output could not be written;\n4 an internal error \(please report it\)\.\n$/s);
  });

  it('explains each command with --help or -h, exiting 0', () => {
    for (const command of ['show', 'check', 'cite', 'search']) {
      for (const help of ['--help', '-h']) {
        const run = cli([command, help]);
        assert.equal(run.status, 0, `${command} ${help}`);
        assert.equal(run.stderr, '');
        assert.match(run.stdout, new RegExp(`^Usage:\\n {2}${command} `));
      }
      assert.equal(cli(['help', command]).stdout, cli([command, '--help']).stdout);
    }
  });

  it('exits 2 on an unknown option or an extra argument in every command', () => {
    const cases: [string[], RegExp][] = [
      [['show', '--bogus'], /^cpc-relations show: unknown option "--bogus"/],
      [['show', 'extra'], /^cpc-relations show: show takes no argument, not "extra"/],
      [['show', '--json=yes'], /^cpc-relations show: --json takes no value/],
      [['check', '-x', 'a.md'], /^cpc-relations check: unknown option "-x"/],
      [['cite', '4', '5'], /^cpc-relations cite: give one paragraph or range, not "4 5"/],
      [['cite', '--bogus'], /^cpc-relations cite: unknown option "--bogus"/],
      [['search', '-x', 'hot'], /^cpc-relations search: unknown option "-x"/],
      [['search', '--limit', '3', '--limit', '4', 'hot'], /^cpc-relations search: --limit is given twice/],
      [['bogus'], /^cpc-relations: unknown command "bogus"/],
      [['help', 'bogus'], /^cpc-relations: there is no command "bogus" to explain/],
    ];
    for (const [args, message] of cases) {
      const run = cli(args);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '', args.join(' '));
      assert.match(run.stderr, message);
    }
  });

  it('ends the options at -- in every command', () => {
    const check = cli(['check', '--', '--json']);
    assert.equal(check.status, 2);
    assert.equal(check.stderr, 'cpc-relations check: cannot read "--json": no such file\n');
    assert.equal(cli(['cite', '--', '4']).stdout, '(“Outstanding Results,” 2007, para. 4)\n');
    assert.equal(cli(['search', '--', '--notthere']).status, 1);
    const show = cli(['show', '--', '--json']);
    assert.equal(show.status, 2);
    assert.match(show.stderr, /^cpc-relations show: show takes no argument, not "--json"/);
  });

  it('refuses conflicting cite options instead of choosing one', () => {
    const cases: [string[], string][] = [
      [['4', '--section', '2'], 'give a paragraph or range, or --section, not both ("4" and --section "2")'],
      [['4', '--quote', '--reference'], '--quote and --reference ask for different things: give one'],
      [['4', '--quote', '--short', '--style', 'chicago-notes'], '--quote and --short ask for different things: give one'],
      [['--export', 'bibtex', '--reference'], '--reference and --export ask for different things: give one'],
      [['--reference', '--keys'], '--keys writes citation keys, which --reference does not write: give one'],
      [['4', '--style', 'apa', '--style', 'mla'], '--style is given twice ("apa" and "mla"): give it once'],
      [['--section', ''], '--section needs a section number (0 for the introduction, up to 5) or words of its heading'],
      [['--section', '  '], '--section needs a section number (0 for the introduction, up to 5) or words of its heading'],
    ];
    for (const [args, message] of cases) {
      const run = cli(['cite', ...args]);
      assert.equal(run.status, 2, args.join(' '));
      assert.equal(run.stdout, '');
      assert.ok(run.stderr.startsWith(`cpc-relations cite: ${message}\n`), run.stderr);
    }
  });
});
