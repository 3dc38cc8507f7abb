import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { FINDING_KINDS } from '../../src/core/check';
import { PROBLEM_DOCS, problemAnchor } from '../../src/core/problemDocs';

const ROOT = path.join(__dirname, '../../..');

/** The problem codes the checker declares. */
function declaredKinds(): string[] {
  return Object.values(FINDING_KINDS).map((k) => k.code);
}

describe('Problem codes link to their explanation', () => {
  it('derive the anchor from the code', () => {
    assert.equal(problemAnchor('wrong-locator'), 'wrong-locator');
    assert.equal(problemAnchor('Missing Locator'), 'missing-locator');
  });

  it('find a section in docs/checking.md for every kind of problem the checker reports', () => {
    const docs = fs.readFileSync(path.join(ROOT, PROBLEM_DOCS), 'utf8');
    const kinds = declaredKinds();
    assert.ok(kinds.length >= 4, kinds.join(', '));
    const missing = kinds.filter((kind) => !docs.includes(`<a id="${problemAnchor(kind)}"></a>`));
    assert.deepEqual(missing, [], `add <a id="CODE"></a> above each problem's heading in ${PROBLEM_DOCS}`);
  });
});
