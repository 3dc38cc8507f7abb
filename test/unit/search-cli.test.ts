import * as assert from 'node:assert/strict';
import { runSearch } from '../../src/cli/search';

function run(...args: string[]): { code: number; out: string; err: string } {
  let out = '';
  let err = '';
  const code = runSearch(args, { out: (t) => (out += t), err: (t) => (err += t) });
  return { code, out, err };
}

describe('cpc-relations search', () => {
  it('prints the best results first with paragraph and sentence numbers', () => {
    const { code, out, err } = run('hot', 'regoins');
    assert.equal(code, 0);
    assert.equal(err, '');
    assert.match(out, /^1\. ¶ 13, sentence 1 \(CPC's international relations have facilitated world peace and stability\)\n {3}In this new situation, .* from "hot regions" to visit China, or sent CPC delegations to these areas\.\n/);
  });

  it('prints at most --limit results', () => {
    const { out } = run('relations', '--limit', '3');
    assert.deepEqual(out.match(/^\d+\. /gm), ['1. ', '2. ', '3. ']);
    assert.equal(run('relations', '--limit=2').out.match(/^\d+\. /gm)?.length, 2);
  });

  it('prints JSON with --json', () => {
    const { code, out } = run('"rise of central parts of China"', '--json');
    assert.equal(code, 0);
    const [result, ...rest] = JSON.parse(out);
    assert.equal(rest.length, 0);
    assert.equal(result.paragraph, 9);
    assert.equal(result.sentence, 5);
    assert.equal(result.text.slice(result.matches[0].start, result.matches[0].end), 'rise of central parts of China');
    assert.deepEqual(result.passage.locator, { kind: 'paragraphs', first: 9, last: 9 });
  });

  it('exits with 1 when nothing matches', () => {
    const { code, out } = run('zzqxj');
    assert.equal(code, 1);
    assert.equal(out, 'No passage matches "zzqxj".\n');
  });

  it('takes a query that starts with -- after --', () => {
    assert.equal(run('--', '--notthere').code, 1);
  });

  it('explains its usage when misused, exiting with 2', () => {
    for (const args of [[], ['  '], ['--limit'], ['x', '--limit', '0'], ['x', '--limit', 'ten'], ['x', '--fuzzy']]) {
      const { code, out, err } = run(...args);
      assert.equal(code, 2, args.join(' '));
      assert.equal(out, '');
      assert.match(err, /^cpc-relations search: .+\n\nUsage:\n {2}search QUERY/);
    }
  });
});
