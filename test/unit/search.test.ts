import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { bundledWork } from '../../src/core/corpus';
import { sectionOf } from '../../src/core/model';
import { missingWordsNote, paragraphsMatching, TextSearch, type SearchResult } from '../../src/core/search';

const work = bundledWork();
const search = TextSearch.ofWorks([work]);

interface FixtureQuery {
  readonly query: string;
  readonly expect: readonly number[];
  readonly kind: string;
}

const FIXTURE: FixtureQuery[] = JSON.parse(fs.readFileSync(path.join(__dirname, '../../../test/fixtures/search-queries.json'), 'utf8')).queries;

const first = (query: string): SearchResult => {
  const [result] = search.search(query);
  assert.ok(result, `"${query}" finds something`);
  return result;
};

/** The text a result should quote: its sentence, or its paragraph taken whole. */
function expectedText(result: SearchResult): string {
  const paragraph = work.paragraphs[result.paragraphNumber - 1];
  return result.sentenceNumber === undefined ? paragraph.text : paragraph.sentences[result.sentenceNumber - 1].text;
}

describe('Searching the text', () => {
  describe('forgives typos', () => {
    const cases: [string, number, string][] = [
      ['acelerator', 4, 'accelerator'],
      ['hot regoins', 13, 'hot regions'],
      ['70 milion members', 6, '70 million members'],
      ['cornerstne', 3, 'cornerstone'],
      ['brillant civilisation', 7, 'brilliant civilization'],
      ['govermance of the party and the state', 8, 'governance of the party and the state'],
    ];
    for (const [query, paragraph, words] of cases) {
      it(`finds "${words}" in paragraph ${paragraph} first when "${query}" is typed`, () => {
        const result = first(query);
        assert.equal(result.paragraphNumber, paragraph);
        assert.ok(result.text.includes(words), `the first result holds "${words}": ${result.text}`);
      });
    }

    it('finds the paragraph each typo query of the benchmark expects, first', () => {
      const typos = FIXTURE.filter((q) => q.kind === 'typo');
      assert.ok(typos.length >= 8);
      for (const { query, expect } of typos) assert.ok(expect.includes(first(query).paragraphNumber), `"${query}" finds paragraph ${expect.join(' or ')} first`);
    });
  });

  it('finds the expected paragraph among the first five results for every benchmark query', () => {
    for (const { query, expect } of FIXTURE) {
      const top = search.search(query, { limit: 5 }).map((r) => r.paragraphNumber);
      assert.ok(top.some((n) => expect.includes(n)), `"${query}" finds paragraph ${expect.join(' or ')} among ${top.join(', ')}`);
    }
  });

  describe('with several words', () => {
    it('finds a paragraph whose words stand in different sentences, taken whole', () => {
      const result = first('accelerator young political figures');
      assert.equal(result.kind, 'paragraph');
      assert.equal(result.paragraphNumber, 4);
      assert.equal(result.sentenceNumber, undefined);
      assert.equal(result.text, work.paragraphs[3].text);
    });

    it('offers the sentence, not its whole paragraph, when one sentence holds every word', () => {
      const results = search.search('accelerator party relations');
      assert.equal(results[0].kind, 'sentence');
      assert.equal(results[0].paragraphNumber, 4);
      assert.ok(!results.some((r) => r.kind === 'paragraph' && r.paragraphNumber === 4));
    });

    it('requires every word: each result holds all of them', () => {
      const results = search.search('negotiations disputes');
      assert.ok(results.length > 0);
      for (const r of results) assert.match(r.text.toLowerCase(), /negotiations[\s\S]*disputes/);
    });

    it('when no passage holds every word, finds those holding the most of them and names the words missing', () => {
      const results = search.search('peaceful coexistence');
      assert.ok(results.length > 0);
      for (const r of results) {
        assert.match(r.text.toLowerCase(), /peaceful/);
        assert.deepEqual(r.missing, ['coexistence']);
      }
      assert.deepEqual(first('peaceful coexistence principles').missing, ['coexistence', 'principles']);
    });

    it('names no missing word when every word is found', () => {
      for (const r of search.search('negotiations disputes')) assert.deepEqual(r.missing, []);
      assert.equal(missingWordsNote(search.search('negotiations disputes')), undefined);
    });

    it('says in words that not every word was found', () => {
      assert.equal(missingWordsNote(search.search('peaceful coexistence')), 'Not every word was found: no passage holds “coexistence”. Showing the passages that hold the most of your words.');
    });

    it('finds nothing when none of the words is in the text', () => {
      assert.deepEqual(search.search('xyzzy plugh'), []);
    });

    it('ranks the passage where the words stand together in the order typed above one where they are scattered', () => {
      const results = search.search('world peace and stability');
      assert.equal(results[0].text.includes('world peace and stability'), true, results[0].text);
    });
  });

  describe('quoted phrases', () => {
    it('match exactly: every result holds the phrase', () => {
      const results = search.search('"rise of central parts of China"');
      assert.deepEqual(results.map((r) => [r.paragraphNumber, r.sentenceNumber]), [[9, 5]]);
      assert.equal(results[0].text.slice(results[0].matches[0].start, results[0].matches[0].end), 'rise of central parts of China');
    });

    it('forgive no typo', () => {
      assert.deepEqual(search.search('"hot regoins"'), []);
    });

    it('match while still being typed, before the closing quote', () => {
      assert.deepEqual(search.search('"hot reg').map((r) => r.paragraphNumber), [13]);
    });
  });

  describe('extended-search operators', () => {
    it('!word leaves out passages holding the word', () => {
      const results = search.search('party !china');
      assert.ok(results.length > 0);
      for (const r of results) assert.ok(!/china/i.test(r.text), r.text);
    });

    it("'word includes the exact word, ^\"words\" starts with them, word$ ends with it", () => {
      for (const r of search.search("'opening-up")) assert.ok(r.text.includes('opening-up'));
      const starting = search.search('^"by contacts"');
      assert.ok(starting.length >= 4);
      for (const r of starting) assert.match(r.text, /^By contacts/);
      const ending = search.search('stability.$');
      assert.ok(ending.length >= 2);
      for (const r of ending) assert.match(r.text, /stability\.$/);
    });

    it('=sentence finds exactly that sentence', () => {
      const results = search.search('="Misunderstandings and doubts have been reduced."');
      assert.deepEqual(results.map((r) => [r.paragraphNumber, r.sentenceNumber]), [[10, 5]]);
    });

    it('| finds passages matching either side', () => {
      const results = search.search('cornerstone | "hot regions"');
      assert.deepEqual(results.map((r) => r.paragraphNumber).sort((a, b) => a - b), [3, 13]);
    });
  });

  describe('results', () => {
    const queries = ['relations', 'acelerator', 'accelerator young political figures', '^By', 'world peace', '"opening-up"'];

    it('quote their sentence or paragraph exactly, with its paragraph, sentence and section', () => {
      for (const query of queries) {
        for (const r of search.search(query)) {
          const paragraph = work.paragraphs[r.paragraphNumber - 1];
          assert.equal(r.text, expectedText(r), `${query}: ${r.text}`);
          assert.equal(r.kind, r.sentenceNumber === undefined ? 'paragraph' : 'sentence');
          assert.equal(r.sectionLabel, sectionOf(work, paragraph).label);
          assert.equal(r.workId, work.id);
          assert.deepEqual(r.passage, { locator: { kind: 'paragraphs', first: r.paragraphNumber, last: r.paragraphNumber }, text: r.text });
        }
      }
    });

    it('give the ranges that matched, in order and within the text', () => {
      for (const query of queries) {
        for (const r of search.search(query)) {
          assert.ok(r.matches.length > 0, `${query}: a result says what matched`);
          let previousEnd = 0;
          for (const { start, end } of r.matches) {
            assert.ok(start >= previousEnd && start < end && end <= r.text.length, `${query}: [${start}, ${end}) in ${r.text.length}`);
            previousEnd = end;
          }
        }
      }
      const hit = first('accelerator');
      assert.equal(hit.text.slice(hit.matches[0].start, hit.matches[0].end), 'accelerator');
    });

    it('come best first, with scores from 0 (perfect) to 1', () => {
      const results = search.search('relations');
      assert.ok(results.length > 1);
      for (let i = 0; i < results.length; i++) {
        assert.ok(results[i].score >= 0 && results[i].score <= 1);
        if (i > 0) assert.ok(results[i - 1].score <= results[i].score);
      }
    });

    it('are at most the limit asked for, 20 by default', () => {
      assert.equal(search.search('the').length, 20);
      assert.equal(search.search('the', { limit: 3 }).length, 3);
      assert.deepEqual(search.search('the', { limit: 0 }), []);
    });

    it('ignore case, accents and curly or straight quotes', () => {
      assert.equal(first('ACCELERATOR').paragraphNumber, 4);
      assert.equal(first('acceleratör').paragraphNumber, 4);
      assert.equal(first('“hot regions”').paragraphNumber, 13);
      assert.ok(search.search("CPC’s governing ability").some((r) => r.text.includes("CPC's governing ability")));
    });
  });

  describe('odd queries', () => {
    const odd = ['', '   ', '\t\n', '"', "'", '!', '^', '$', '=', '|', '||', ' | ', '\\', '\\|', '""', '"$', '!^', '(', '[a-z]+', '.*', '%s', '💥', '🇨🇳 China', 'ĀĒĪ', 'İstanbul', '\u0000', 'x'.repeat(10_000), 'party '.repeat(500), '"'.repeat(99), 'a|b|c|d|e|f|g|h|i|j|k'];
    for (const query of odd) {
      it(`do not throw: ${JSON.stringify(query.length > 30 ? `${query.slice(0, 20)}… (${query.length} characters)` : query)}`, () => {
        const results = search.search(query);
        assert.ok(Array.isArray(results));
        for (const r of results) assert.equal(r.text, expectedText(r));
      });
    }

    it('find nothing when empty or blank', () => {
      assert.deepEqual(search.search(''), []);
      assert.deepEqual(search.search('  \t '), []);
    });

    it('find a pasted sentence with a changed word', () => {
      const result = first('The party-to-party relations have served as a cornerstone for the state-to-state relations.');
      assert.deepEqual([result.paragraphNumber, result.sentenceNumber], [3, 1]);
    });
  });

  describe('any list of paragraphs', () => {
    it('searches paragraphs a user brings, splitting their sentences', () => {
      const mine = new TextSearch([
        { workId: 'notes', number: 1, sectionLabel: 'Notes', text: 'Nothing here. The accelerator metaphor recurs.' },
        { workId: 'notes', number: 2, sectionLabel: 'Notes', text: 'A second paragraph about hot regions.' },
      ]);
      const [result] = mine.search('acelerator');
      assert.deepEqual([result.workId, result.paragraphNumber, result.sentenceNumber, result.sectionLabel, result.text], ['notes', 1, 2, 'Notes', 'The accelerator metaphor recurs.']);
    });

    it('keeps results of several works apart by work', () => {
      const other = { ...work, id: 'other-work' };
      const both = TextSearch.ofWorks([work, other]);
      assert.deepEqual(both.search('"hot regions"').map((r) => r.workId).sort(), [work.id, 'other-work']);
    });

    it('reads the paragraphs only when first searching', () => {
      let asked = 0;
      const lazy = new TextSearch(() => {
        asked++;
        return [{ workId: 'w', number: 1, sectionLabel: 'S', text: 'One sentence only.' }];
      });
      assert.equal(asked, 0);
      assert.equal(lazy.isReady, false);
      assert.equal(lazy.search('sentence')[0].kind, 'paragraph');
      lazy.search('only');
      assert.equal(asked, 1);
    });
  });

  describe('building the index ahead of the first search', () => {
    const many = Array.from({ length: 400 }, (_, i) => ({ workId: 'w', number: i + 1, sectionLabel: 'S', text: `${work.paragraphs[i % 13].text} Marker${i + 1}.` }));

    it('works in slices, pausing between them, and then searches', async () => {
      const built = new TextSearch(many);
      let pauses = 0;
      await built.prepare({ sliceMs: 0, pause: async () => { pauses++; } });
      assert.ok(pauses > 1, `paused ${pauses} times`);
      assert.equal(built.isReady, true);
      assert.equal(built.search('marker321')[0].paragraphNumber, 321);
    });

    it('finishes at once when a search comes during the build', async () => {
      const built = new TextSearch(many);
      let resume: () => void = () => undefined;
      const preparing = built.prepare({ sliceMs: 0, pause: () => new Promise<void>((resolve) => { resume = resolve; }) });
      assert.equal(built.isReady, false);
      assert.equal(built.search('marker7')[0].paragraphNumber, 7);
      resume();
      await preparing;
      assert.equal(built.isReady, true);
    });
  });

  describe('paragraphs for a picker', () => {
    it('finds a paragraph from words anywhere in it, not only its opening', () => {
      assert.equal(paragraphsMatching(search, 'maximum display')[0]?.paragraphNumber, 5);
      assert.equal(paragraphsMatching(search, 'WTO')[0]?.paragraphNumber, 9);
      assert.equal(paragraphsMatching(search, 'young political figures')[0]?.paragraphNumber, 4);
    });

    it('forgives typos as the search does, and lists each paragraph once', () => {
      const found = paragraphsMatching(search, 'maximim displya').map((m) => m.paragraphNumber);
      assert.equal(found[0], 5);
      assert.equal(new Set(found).size, found.length);
    });
  });
});
