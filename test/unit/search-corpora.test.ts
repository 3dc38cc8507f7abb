import * as assert from 'node:assert/strict';
import { syntheticWork } from '../../bench/corpora';
import { bundledWork } from '../../src/core/corpus';

describe('Synthetic corpora for the search benchmark', () => {
  const base = bundledWork();
  const grown = syntheticWork(base, 20);

  it('keep the text\'s own 13 paragraphs first, unchanged', () => {
    assert.deepEqual(grown.paragraphs.slice(0, 13), base.paragraphs);
  });

  it('grow to about the size asked for, numbering every paragraph in order', () => {
    const size = (w: typeof base) => w.paragraphs.reduce((n, p) => n + p.text.length, 0);
    assert.ok(size(grown) >= 19 * size(base) && size(grown) <= 21 * size(base), `${size(grown)} characters`);
    grown.paragraphs.forEach((p, i) => assert.equal(p.number, i + 1));
    for (const section of grown.sections) for (const p of section.paragraphs) assert.equal(p.sectionId, section.id);
  });

  it('are the same every time', () => {
    assert.deepEqual(syntheticWork(base, 20).paragraphs.map((p) => p.text), grown.paragraphs.map((p) => p.text));
  });

  it('never repeat a sentence of the text', () => {
    const originals = new Set(base.paragraphs.flatMap((p) => p.sentences.map((s) => s.text)));
    for (const p of grown.paragraphs.slice(13)) for (const s of p.sentences) assert.ok(!originals.has(s.text), s.text);
  });
});
