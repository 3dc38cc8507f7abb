import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runConcordance } from '../../src/cli/concordance';

function run(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runConcordance(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

/**
 * The received text as it came, one line a paragraph or heading: an
 * independent source for the counts. Its paragraphs are the lines after the
 * heading block that end as a sentence does; its section headings are the
 * other non-empty lines, and the "Source:" line is the record, not the text.
 */
const SEED = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/seed/000_973ecc2af2093d48.txt'), 'utf8').split(/\r?\n/).slice(4).map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('Source:'));
const isParagraph = (line: string) => /[.:!?"”]$/.test(line);

/** Matches of `pattern` in the seed's paragraphs, counted section by section (sections without one left out). */
function seedCounts(pattern: RegExp): number[] {
  const sections: number[] = [0];
  for (const line of SEED) {
    if (!isParagraph(line)) sections.push(0);
    else sections[sections.length - 1] += line.match(pattern)?.length ?? 0;
  }
  return sections.filter((n) => n > 0);
}

function concordanceCounts(...query: string[]): { total: number; sections: number[] } {
  const { code, out, err } = run(...query, '--json');
  assert.equal(err, '');
  const json = JSON.parse(out);
  assert.equal(code, json.total > 0 ? 0 : 1);
  assert.equal(json.texts.length, json.total > 0 ? 1 : 0);
  return { total: json.total, sections: json.texts[0]?.sections.map((s: { count: number }) => s.count) ?? [] };
}

describe('cpc-relations concordance', () => {
  it('counts as a plain search of the received text does, word by word and section by section', () => {
    assert.equal(SEED.filter(isParagraph).length, 13);
    const cases: [string, RegExp][] = [
      ['peace', /\bpeace(ful|fully)?\b/gi],
      ['"peace"', /\bpeace\b/gi],
      ['relations', /\brelations?\b/gi],
      ['countries', /\b(country|countries)\b/gi],
      ['developed', /\bdevelop(s|ed|ing)?\b/gi],
      ['world peace', /\bworld peace\b/gi],
      ['"party-to-party"', /\bparty-to-party\b/gi],
      ['hot regions', /\bhot regions\b/gi],
      ['zebra', /\bzebras?\b/gi],
    ];
    for (const [query, pattern] of cases) {
      const expected = seedCounts(pattern);
      assert.deepEqual(concordanceCounts(query), { total: expected.reduce((a, b) => a + b, 0), sections: expected }, query);
    }
  });

  it('prints the counts, then each occurrence in context with its paragraph, keywords aligned', () => {
    const { code, out, err } = run('world', 'peace', '--width', '20');
    assert.equal(code, 0);
    assert.equal(err, '');
    const lines = out.split('\n');
    assert.equal(lines[0], 'world peace: 4 occurrences (world peace 4)');
    assert.equal(lines[1], "The Outstanding Results of CPC's International Relations: 4");
    const rows = lines.filter((l) => l.startsWith('¶'));
    assert.deepEqual(rows.map((r) => r.indexOf('world peace')), [28, 28, 28, 28]);
    assert.equal(rows[0], '¶ 1   …is is very good for  world peace  and stability. Part…');
  });

  it('names the text of each occurrence when it looks in several', () => {
    const file = path.join(__dirname, '../../../test/fixtures/texts/constitution.text.md');
    const json = JSON.parse(run('united', '--json', '--text', file).out);
    assert.deepEqual(json.texts.map((t: { work: string; count: number }) => [t.work, t.count]), [['usconstitution1787', 3]]);
    assert.ok(json.occurrences.every((o: { work: string; text: string }) => o.work === 'usconstitution1787' && o.text === 'United'));
  });

  it('lists a text\'s words by frequency with --frequency', () => {
    const { code, out } = run('--frequency', '--limit', '3');
    assert.equal(code, 0);
    assert.equal(out, '44  party      party 33 · parties 11\n29  china\n27  relations  relations 26 · relation 1\n');
    const json = JSON.parse(run('--frequency', '--json').out);
    assert.deepEqual(json[0], { word: 'party', count: 44, forms: [{ form: 'party', count: 33 }, { form: 'parties', count: 11 }] });
  });

  it('exits with 1 when nothing is found, and explains its usage when misused, exiting with 2', () => {
    assert.deepEqual(run('zebra'), { code: 1, out: 'No occurrence of "zebra".\n', err: '' });
    for (const args of [[], ['""'], ['--'], ['peace', '--width', '5'], ['peace', '--limit', '3'], ['--frequency', 'peace'], ['--frequency', '--width', '30'], ['-x']]) {
      const { code, out, err } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /^cpc-relations concordance: .+\n\nUsage:\n {2}concordance WORD/);
    }
  });
});
