import * as assert from 'node:assert/strict';
import { likeliest, parseArgs } from '../../src/cli/args';
import { escapeForTerminal, jsonForTerminal } from '../../src/cli/output';
import { decodeText, parseSize } from '../../src/cli/read';

const spec = { flags: ['--json'], valued: ['--limit'] };

describe('The command line\'s arguments', () => {
  it('reads flags, valued options in both forms, and operands', () => {
    const parsed = parseArgs(['a', '--json', '--limit', '3', 'b'], spec);
    assert.deepEqual(parsed.kind === 'args' && [[...parsed.options], parsed.positional], [[['--json', ''], ['--limit', '3']], ['a', 'b']]);
    const inline = parseArgs(['--limit=4=5'], spec);
    assert.deepEqual(inline.kind === 'args' && inline.options.get('--limit'), '4=5');
  });

  it('ends the options at --, and takes a lone - as an operand', () => {
    const parsed = parseArgs(['--', '--json', '-h'], spec);
    assert.deepEqual(parsed.kind === 'args' && parsed.positional, ['--json', '-h']);
    const dash = parseArgs(['-'], spec);
    assert.deepEqual(dash.kind === 'args' && dash.positional, ['-']);
  });

  it('asks for help with -h or --help', () => {
    assert.equal(parseArgs(['x', '-h'], spec).kind, 'help');
    assert.equal(parseArgs(['--help', '--bogus'], spec).kind, 'help');
  });

  it('refuses unknown options, values where none is taken, missing values and an option given twice', () => {
    const message = (args: string[]) => {
      const parsed = parseArgs(args, spec);
      return parsed.kind === 'error' ? parsed.message : undefined;
    };
    assert.equal(message(['--bogus']), 'unknown option "--bogus"');
    assert.equal(message(['-x']), 'unknown option "-x"');
    assert.equal(message(['--json=yes']), '--json takes no value');
    assert.equal(message(['--limit']), '--limit needs a value');
    assert.equal(message(['--limit', '1', '--limit=2']), '--limit is given twice ("1" and "2"): give it once');
    assert.equal(message(['--limit', '1', '--limit=1']), undefined);
  });

  it('takes arguments that match the operand pattern as operands', () => {
    const parsed = parseArgs(['-4'], { ...spec, operand: /^-\d/ });
    assert.deepEqual(parsed.kind === 'args' && parsed.positional, ['-4']);
  });
});

describe('Output for a terminal', () => {
  it('writes control and bidirectional characters visibly', () => {
    assert.equal(escapeForTerminal('a\u001b]0;t\u0007b\r\n\t\u007f\u0085\u202e\u2066\u200f'), 'a\\x1B]0;t\\x07b\\x0D\\x0A\\x09\\x7F\\x85\\u202E\\u2066\\u200F');
    assert.equal(escapeForTerminal('plain “text”, 中文'), 'plain “text”, 中文');
  });

  it('escapes in JSON what JSON leaves raw, and reads back the same', () => {
    const value = { message: 'x\u202ey\u0085z\n' };
    const json = jsonForTerminal(value);
    assert.doesNotMatch(json, /[\u202e\u0085]/);
    assert.deepEqual(JSON.parse(json), value);
  });
});

describe('The value a refused option most likely meant', () => {
  const STYLES = ['apa', 'mla', 'chicago-notes', 'chicago-author-date', 'harvard', 'gb-t-7714', 'gb-t-7714-author-date'];
  const KINDS = ['markdown', 'mdx', 'latex', 'typst', 'plaintext'];

  it('is the one it equals without case and punctuation, or the one it begins or that begins it', () => {
    assert.equal(likeliest('GBT7714', STYLES), 'gb-t-7714');
    assert.equal(likeliest('gb/t 7714 author date', STYLES), 'gb-t-7714-author-date');
    assert.equal(likeliest('apa7', STYLES), 'apa');
    assert.equal(likeliest('gbt7714-numeric', STYLES), 'gb-t-7714');
    assert.equal(likeliest('typ', KINDS), 'typst');
  });

  it('is the one a letter or two away, for a word of four letters or more', () => {
    assert.equal(likeliest('harverd', STYLES), 'harvard');
    assert.equal(likeliest('latx', KINDS), 'latex');
    assert.equal(likeliest('md', KINDS), undefined);
  });

  it('is none when several are as likely, or none is near', () => {
    assert.equal(likeliest('chicago', STYLES), undefined);
    assert.equal(likeliest('turabian', STYLES), undefined);
    assert.equal(likeliest('x', STYLES), undefined);
  });
});

describe('Reading a file\'s bytes', () => {
  it('decodes UTF-8 with or without a byte-order mark, and UTF-16 with one', () => {
    assert.deepEqual(decodeText(Buffer.from('\ufeffé')), { text: 'é' });
    assert.deepEqual(decodeText(Buffer.from([0xff, 0xfe, 0xe9, 0x00])), { text: 'é' });
    assert.deepEqual(decodeText(Buffer.from([0xfe, 0xff, 0x00, 0xe9])), { text: 'é' });
  });

  it('ends lines at a carriage return alone, keeping every offset', () => {
    assert.deepEqual(decodeText(Buffer.from('a\rb\r\nc')), { text: 'a\nb\r\nc' });
  });

  it('refuses NUL bytes', () => {
    assert.ok('refused' in decodeText(Buffer.from('a\u0000b')));
  });

  it('reads sizes in bytes, KiB, MiB and GiB', () => {
    assert.deepEqual(['500000', '512k', '10M', '1G', '2kb', '0', 'ten', '-1'].map(parseSize), [500_000, 512 * 1024, 10 * 1024 ** 2, 1024 ** 3, 2048, undefined, undefined, undefined]);
  });
});
