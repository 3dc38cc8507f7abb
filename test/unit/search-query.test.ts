import * as assert from 'node:assert/strict';
import { parseQuery, toFuseQuery } from '../../src/core/search';

const kinds = (query: string) => parseQuery(query).alternatives.map((terms) => terms.map((t) => `${t.kind}:${t.pattern}`));

describe('Reading a search query', () => {
  it('takes plain words as fuzzy terms, folded to lower case without accents', () => {
    assert.deepEqual(kinds('Hot Régions'), [['fuzzy:hot', 'fuzzy:regions']]);
  });

  it('takes a quoted phrase as one exact term, even before its closing quote', () => {
    assert.deepEqual(kinds('"hot regions" party'), [['include:hot regions', 'fuzzy:party']]);
    assert.deepEqual(kinds('party "hot reg'), [['fuzzy:party', 'include:hot reg']]);
    assert.deepEqual(kinds('“hot regions”'), [['include:hot regions']]);
  });

  it("reads the Fuse.js operators: 'include, =exact, ^prefix, suffix$, !exclude, !^prefix, !suffix$", () => {
    assert.deepEqual(kinds("'wto =all ^by end$ !china !^the !stop$"), [[
      'include:wto', 'exact:all', 'prefix:by', 'suffix:end', 'excludeInclude:china', 'excludePrefix:the', 'excludeSuffix:stop',
    ]]);
    assert.deepEqual(kinds('^"by contacts" !"world peace"'), [['prefix:by contacts', 'excludeInclude:world peace']]);
  });

  it('splits alternatives at |, except an escaped \\|', () => {
    assert.deepEqual(kinds('cornerstone | "hot regions"'), [['fuzzy:cornerstone'], ['include:hot regions']]);
    assert.deepEqual(kinds('a\\|b'), [['fuzzy:a|b']]);
  });

  it('ignores operators with nothing to apply to, and empty alternatives', () => {
    assert.deepEqual(kinds(`! ^ = ' $ "" | |`), []);
    assert.deepEqual(parseQuery('   ').alternatives, []);
  });

  it('keeps the words of a term for the index, punctuation aside', () => {
    const [[term]] = parseQuery('party-to-party').alternatives;
    assert.deepEqual(term.words, ['party', 'to', 'party']);
  });

  it('keeps at most 24 words of a very long query', () => {
    assert.equal(parseQuery('word '.repeat(100)).alternatives[0].length, 24);
  });

  it('writes the query back in Fuse.js syntax, quoted phrases as exact includes', () => {
    assert.equal(toFuseQuery(parseQuery('hot "rise of central" ^by end$ !china | wto')), `hot '"rise of central" ^"by" "end"$ !"china" | wto`);
  });

  it('writes words known to occur exactly as exact includes when asked', () => {
    const query = parseQuery('hot regions');
    assert.equal(toFuseQuery(query, new Set([query.alternatives[0][0]])), "'hot regions");
  });
});
