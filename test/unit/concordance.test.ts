import * as assert from 'node:assert/strict';
import { bundledWork } from '../../src/core/corpus';
import type { Work } from '../../src/core/model';
import { parseText } from '../../src/core/parse';
import { Concordance, concordanceRows, type ConcordanceResult } from '../../src/core/study';
import { displayWidth, keywordInContext } from '../../src/core/study/kwic';
import { stem } from '../../src/core/study/stem';
import { wordsIn } from '../../src/core/study/words';
import { syntheticWork } from '../../bench/corpora';

function text(key: string, title: string, body: string, language = 'en'): Work {
  const source = `---\nkey: ${key}\ntype: report\ntitle: ${title}\nauthors:\n  - literal: Test Office\nissued: 2020\nplace: Beijing\nlanguage: ${language}\n---\n\n${body}\n`;
  const result = parseText(source, `${key}.text.md`);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('\n'));
  return result.work;
}

const PEACE = text('peace2020', 'On Peace', [
  'Peace is kept peacefully. A peaceful world',
  'peace and trade go together.',
  '## Trade',
  'Trade relations and a relation of trust. World peace, world peaces.',
].join('\n\n'));

const CHINESE = text('heping2020', '和平与发展', '中国共产党的对外关系促进了世界和平。\n\n## 发展\n\n和平与发展是时代的主题，对外关系服务于和平。', 'zh');

function lookup(works: readonly Work[], query: string): ConcordanceResult {
  const result = new Concordance(works).lookup(query);
  assert.ok(!('problem' in result), `${query} is a query`);
  return result;
}

/** The words each occurrence covers, as written. */
function found(result: ConcordanceResult): string[] {
  return result.occurrences.map((o) => o.unit.paragraph.text.slice(o.start, o.end));
}

describe('The concordance', () => {
  it('groups the inflected forms of a word, and only those', () => {
    const groups = [['peace', 'peaceful', 'peacefully', 'peaces'], ['relation', 'relations'], ['develop', 'developed', 'developing', 'develops'],
      ['country', 'countries'], ['party', 'parties', "party's"], ['facilitate', 'facilitated', 'facilitating'], ['stop', 'stopped', 'stopping']];
    for (const group of groups) assert.deepEqual(group.map(stem), group.map(() => stem(group[0])), group.join(' '));
    for (const [a, b] of [['international', 'internal'], ['policy', 'police'], ['only', 'on'], ['during', 'dure'], ['need', 'ne'], ['this', 'thi']]) {
      assert.notEqual(stem(a), stem(b), `${a} and ${b}`);
    }
  });

  it('finds every form of a word, and only the form typed when it is quoted', () => {
    assert.deepEqual(found(lookup([PEACE], 'peace')), ['Peace', 'peacefully', 'peaceful', 'peace', 'peace', 'peaces']);
    assert.deepEqual(found(lookup([PEACE], '"peace"')), ['Peace', 'peace', 'peace']);
    assert.deepEqual(lookup([PEACE], 'peaceful').forms, [{ form: 'peace', count: 3 }, { form: 'peaceful', count: 1 }, { form: 'peacefully', count: 1 }, { form: 'peaces', count: 1 }]);
  });

  it('finds a phrase as its words in a row within one paragraph, never across two', () => {
    assert.deepEqual(found(lookup([PEACE], 'world peace')), ['World peace', 'world peaces']);
    assert.deepEqual(found(lookup([PEACE], '"world peace"')), ['World peace']);
    // "A peaceful world" ends paragraph 1 and "peace and trade" opens paragraph 2.
    assert.deepEqual(found(lookup([PEACE], 'world peace and')), []);
    assert.deepEqual(found(lookup([bundledWork()], 'hot regions')), ['hot regions']);
  });

  it('counts the occurrences per text and per section, in reading order', () => {
    const result = lookup([PEACE, CHINESE, bundledWork()], 'peace');
    assert.deepEqual(result.texts.map((t) => [t.workId, t.count, t.sections.map((s) => [s.label, s.count])]), [
      ['peace2020', 6, [['Introduction', 4], ['Trade', 2]]],
      ['cpcir2007outstanding', 6, [
        ['Introduction', 1],
        ['CPC’s international relations have shown the world a good image of the CPC', 3],
        ["CPC's international relations have facilitated world peace and stability", 2],
      ]],
    ]);
    assert.deepEqual(result.occurrences.map((o) => o.unit.paragraph.number).slice(6), [1, 10, 10, 11, 12, 12]);
  });

  it('finds Chinese characters wherever they stand, whatever the words around them', () => {
    assert.deepEqual(lookup([CHINESE], '和平').occurrences.map((o) => [o.unit.paragraph.number, o.start]), [[1, 15], [2, 0], [2, 19]]);
    // "对外关" is no word of its own: it is found inside 对外关系 all the same.
    assert.equal(lookup([CHINESE], '对外关').occurrences.length, 2);
    assert.equal(lookup([CHINESE, PEACE], '世界和平').texts.length, 1);
  });

  it('cuts a long run of Chinese characters into the words the platform\'s segmenter finds in it whole', () => {
    // Classical Chinese runs on without punctuation: the run is segmented a piece at a time, its words the same.
    const sentence = '中国共产党的对外交往为国家的改革开放和现代化建设创造了良好的国际环境党际交流促进了国家关系的健康稳定发展';
    const run = sentence.repeat(40);
    const whole = [...new Intl.Segmenter('zh', { granularity: 'word' }).segment(run)].filter((s) => s.isWordLike !== false).map((s) => [s.index, s.segment]);
    assert.deepEqual(wordsIn(run).map((w) => [w.start, run.slice(w.start, w.end)]), whole);
    const same = '中'.repeat(20_000);
    assert.deepEqual(wordsIn(same).map((w) => w.start), Array.from({ length: 20_000 }, (_, i) => i));
  });

  it('says why a query cannot be looked up', () => {
    const concordance = new Concordance([PEACE]);
    assert.deepEqual(concordance.lookup('   '), { problem: 'empty' });
    assert.deepEqual(concordance.lookup('""'), { problem: 'empty' });
    assert.deepEqual(concordance.lookup(' -- ! '), { problem: 'no-words', text: '-- !' });
  });

  it('builds its index in slices and answers as it would have at once', async function () {
    // A book: slow to make on a loaded machine.
    this.timeout(30_000);
    const big = syntheticWork(bundledWork(), 8);
    const sliced = new Concordance([big]);
    let pauses = 0;
    await sliced.prepare({ sliceMs: 0, pause: async () => void pauses++ });
    assert.ok(pauses > 1, `${pauses} pauses`);
    const direct = lookup([big], 'relations');
    const after = sliced.lookup('relations');
    assert.ok(!('problem' in after));
    assert.deepEqual(after.texts, direct.texts);
    assert.equal(after.occurrences.length, direct.occurrences.length);
  });
});

describe('Keyword in context', () => {
  it('right-aligns the words before, cuts both sides at the width, and marks each cut', () => {
    assert.deepEqual(keywordInContext('the quick brown fox jumps over', 10, 15, 8), { left: '…e quick', keyword: 'brown', right: 'fox jum…' });
    assert.deepEqual(keywordInContext('a  brown\nfox', 3, 8, 8), { left: '       a', keyword: 'brown', right: 'fox' });
  });

  it('puts every keyword in one column, counting Chinese characters as two columns', () => {
    for (const [works, query] of [[[bundledWork()], 'relations'], [[CHINESE, PEACE], '和平'], [[PEACE, CHINESE], 'peace']] as const) {
      const rows = concordanceRows(lookup(works, query).occurrences, 20);
      const columns = new Set(rows.map((r) => displayWidth(r.text.slice(0, r.keyword.start))));
      assert.equal(columns.size, 1, `${query}: ${rows.map((r) => r.text).join('\n')}`);
      for (const row of rows) {
        const { unit, start, end } = row.occurrence;
        assert.equal(row.text.slice(row.keyword.start, row.keyword.end), unit.paragraph.text.slice(start, end));
        assert.equal(row.text.slice(row.paragraph.start, row.paragraph.end), `¶ ${unit.paragraph.number}`);
        const before = row.text.slice(0, row.keyword.start).trim().replace(/^¶ \d+\s*/, '').replace(/^…/, '');
        assert.ok(unit.paragraph.text.slice(0, start).trimEnd().endsWith(before), `${before} comes before the keyword`);
      }
    }
  });
});

describe('Word frequencies', () => {
  it('groups the forms of each word, most frequent first, stop words left out', () => {
    const entries = new Concordance([PEACE]).frequencies('peace2020') ?? [];
    assert.deepEqual(entries.slice(0, 4).map((e) => [e.word, e.count, e.forms.map((f) => `${f.form} ${f.count}`)]), [
      ['peace', 6, ['peace 3', 'peaces 1', 'peaceful 1', 'peacefully 1']],
      ['world', 3, ['world 3']],
      // A tie between forms names the group by the shorter.
      ['relation', 2, ['relation 1', 'relations 1']],
      ['trade', 2, ['trade 2']],
    ]);
    const words = new Set(entries.map((e) => e.word));
    for (const stop of ['is', 'a', 'and', 'of', 'go']) assert.equal(words.has(stop), stop === 'go', stop);
  });

  it('lists the words of one text only, and knows no text it does not hold', () => {
    const concordance = new Concordance([PEACE, CHINESE]);
    assert.equal(concordance.frequencies('nonesuch'), undefined);
    const chinese = concordance.frequencies('heping2020') ?? [];
    assert.ok(chinese.every((e) => !/[a-z]/.test(e.word)));
    assert.deepEqual(chinese.find((e) => e.word === '和平')?.count, 3);
    assert.equal(chinese.some((e) => e.word === '的'), false);
  });

  it('lists the bundled text with its commonest words grouped', () => {
    const entries = new Concordance([bundledWork()]).frequencies('cpcir2007outstanding') ?? [];
    assert.deepEqual(entries.slice(0, 3).map((e) => [e.word, e.count]), [['party', 44], ['china', 29], ['relations', 27]]);
    assert.equal(entries.some((e) => e.word === 'the' || e.word === 'of'), false);
  });
});
