import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { BUNDLED_CORPUS_SOURCE, bundledWork } from '../../src/core/corpus';
import { normalizeWhitespace, parseCorpus } from '../../src/core/parse';

/**
 * The seed as received. The copy in test/fixtures is checked against the
 * shared original whenever that is present beside the clone.
 */
const FIXTURE = path.join(__dirname, '../../../test/fixtures/seed/000_973ecc2af2093d48.txt');
const SHARED = path.join(__dirname, '../../../../shared/seed/000_973ecc2af2093d48.txt');

/** The seed's body blocks in order: everything after the three header lines and before "Source:". */
function seedBlocks(seed: string): string[] {
  const blocks = seed.split(/\n\s*\n/).map(normalizeWhitespace).filter((b) => b !== '');
  const header = blocks.shift() ?? '';
  assert.equal(header.split('\n').length, 1, 'the header is one block of three lines');
  const source = blocks.pop() ?? '';
  assert.match(source, /^Source: /);
  return blocks;
}

describe('The bundled text reproduces the seed', () => {
  const seed = fs.readFileSync(FIXTURE, 'utf8');

  it('uses a fixture identical to the shared seed', function () {
    if (!fs.existsSync(SHARED)) this.skip();
    assert.equal(seed, fs.readFileSync(SHARED, 'utf8'));
  });

  it('keeps every heading and paragraph character for character, in order', () => {
    const work = bundledWork();
    const modelBlocks = work.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs.map((p) => p.text)]);
    assert.deepEqual(modelBlocks, seedBlocks(seed));
  });

  it('keeps the received oddities: straight and curly apostrophes and "relation have"', () => {
    const work = bundledWork();
    assert.equal(work.sections[2].heading, 'CPC’s international relation have elevated CPC’s governing ability');
    assert.equal(work.sections[1].heading, "CPC's international relations have facilitated a healthy and stable progress of state-to-state relations");
  });

  it('changes nothing but whitespace: the corpus file holds no non-breaking space', () => {
    assert.equal(BUNDLED_CORPUS_SOURCE.includes('\u00a0'), false);
    assert.ok(seed.includes('\u00a0'), 'the seed has non-breaking spaces at line ends');
  });

  it('keeps the received title, kicker, dateline and source line in the record', () => {
    const lines = seed.split('\n').map(normalizeWhitespace);
    const { received } = bundledWork().record;
    assert.equal(received.kicker, lines[0]);
    assert.equal(received.heading, lines[1]);
    assert.equal(received.dateline, lines[2]);
    assert.equal(`Source: ${received.source}`, normalizeWhitespace(seed.slice(seed.lastIndexOf('Source:'))));
  });

  it('fails when one character of a paragraph changes', () => {
    const altered = BUNDLED_CORPUS_SOURCE.replace('As an "accelerator,"', 'As an "accelerator",');
    const result = parseCorpus(altered, 'altered.md');
    assert.ok(result.ok);
    const blocks = result.work.sections.flatMap((s) => [...(s.heading ? [s.heading] : []), ...s.paragraphs.map((p) => p.text)]);
    assert.notDeepEqual(blocks, seedBlocks(seed));
  });
});
