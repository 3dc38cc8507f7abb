/**
 * Page locators: a text that marks its printed pages ("{p. 41}") is cited
 * by page, and the checker reads, checks and rewrites its pages as it does
 * paragraphs.
 */
import * as assert from 'node:assert/strict';
import { LibraryChecker } from '../../src/core/check';
import type { Finding } from '../../src/core/check';
import { bundledWork } from '../../src/core/corpus';
import type { DocumentLanguage } from '../../src/core/check';
import { SIMPLIFIED_CHINESE } from '../../src/core/messages';
import { parseText } from '../../src/core/parse';
import { pageNames } from '../../src/core/check/locator';
import type { Work } from '../../src/core/model';
import { HARBOUR_SOURCE } from '../fixtures/check/harbour';

const SOURCE = HARBOUR_SOURCE;

function pagedWork(): Work {
  const result = parseText(SOURCE, 'keeper.text.md');
  assert.ok(result.ok, 'the sample text parses');
  return result.work;
}

const work = pagedWork();
const FIRST = 'raised in the spring by the fishing families of the eastern shore';
const SECOND = 'Trade along the coast grew slowly at first. Later the merchants built warehouses';
const THIRD = 'kept its ledgers in two languages for the visiting captains';

function check(text: string, language: DocumentLanguage = 'markdown'): readonly Finding[] {
  return new LibraryChecker([bundledWork(), work]).check(text, language).findings;
}

function fixed(text: string, finding: Finding | undefined): string {
  const edits = [...(finding?.fix?.edits ?? [])].sort((a, b) => b.range.start - a.range.start);
  assert.ok(edits.length > 0, 'the finding has a fix');
  return edits.reduce((t, e) => t.slice(0, e.range.start) + e.newText + t.slice(e.range.end), text);
}

describe('Page locators of a text that marks its pages', () => {
  it("reads each text's title in a block of prose with no quotation or bracket, and nothing in a block that names no text", () => {
    const text = [
      "*The Outstanding Results of CPC's International Relations* surveys the party's contacts abroad.",
      'Nothing here names a text.',
      '*Harbour Walls* tells of the harbour and its keepers.',
    ].join('\n\n');
    const result = new LibraryChecker([bundledWork(), work]).check(text, 'markdown');
    const named = result.citations.map((c, i) => [text.slice(c.range.start, c.range.end), result.citationWork[i]]);
    assert.deepEqual(named, [
      ["*The Outstanding Results of CPC's International Relations*", 'cpcir2007outstanding'],
      ['*Harbour Walls*', 'keeper2020harbour'],
    ]);
  });

  it('knows the pages of each paragraph, a paragraph running onto the next page on both', () => {
    assert.deepEqual(work.paragraphs.map((p) => p.pages), [{ first: 41, last: 41 }, { first: 41, last: 42 }, { first: 43, last: 43 }, { first: 43, last: 43 }]);
  });

  it('finds nothing wrong with a quotation cited at its page, as each style writes the page', () => {
    const cited = [
      `She wrote that the walls were “${FIRST}” (Keeper, 2020, p. 41).`,
      `She wrote that the walls were “${FIRST}” (Keeper 2020, 41).`,
      `She wrote that the walls were “${FIRST}” (Keeper 41).`,
      `She wrote that the walls were “${FIRST}” (KEEPER, 2020)41.`,
      `She wrote that the walls were “${FIRST}” [@keeper2020harbour, p. 41].`,
      `She wrote that the walls were “${FIRST}” [@keeper2020harbour, 41].`,
      // A paragraph on two pages is on each of them; a paragraph locator still cites paragraphs.
      `She wrote “${SECOND}” (Keeper, 2020, p. 42).`,
      `She wrote “${SECOND}” (Keeper, 2020, pp. 41–42).`,
      `She wrote that the walls were “${FIRST}” (Keeper, 2020, para. 1).`,
    ];
    for (const text of cited) assert.deepEqual(check(`${text}\n`).map((f) => f.message), [], text);
    // A note ending in the page, as Chicago's notes write it; a number ending a note that is not after a comma or a name is no page.
    const note = (end: string) => check(`She wrote that the walls were “${FIRST}”.[^1]\n\n[^1]: Keeper, *Harbour Walls* (Ningbo: Sample Press, 2020)${end}\n`).map((f) => f.kind);
    assert.deepEqual(note(', 41.'), []);
    assert.deepEqual(note(', 43.'), ['wrong-locator']);
    assert.deepEqual(note('; see chapter 43.'), []);
    assert.deepEqual(check(`She wrote that the walls were \`\`${FIRST}'' \\parencite[41]{keeper2020harbour}.\n`, 'latex'), []);
    assert.deepEqual(check(`She wrote that the walls were \`\`${FIRST}'' \\parencite[p.~41]{keeper2020harbour}.\n`, 'latex'), []);
  });

  it('reports a wrong page, and its fix writes the right one in the writer\'s own form', () => {
    const cases: [string, DocumentLanguage, string, string][] = [
      [`They were “${FIRST}” (Keeper, 2020, p. 43).`, 'markdown', 'p. 41', 'Wrong locator: “raised in the spring by the…” is in p. 41, not p. 43.'],
      [`They were “${FIRST}” (Keeper 2020, 43).`, 'markdown', '41', 'Wrong locator: “raised in the spring by the…” is in p. 41, not 43.'],
      [`She wrote “${SECOND}” (Keeper, 2020, p. 43).`, 'markdown', 'pp. 41–42', 'Wrong locator: “Trade along the coast grew slowly…” is in pp. 41–42, not p. 43.'],
      [`They were \`\`${FIRST}'' \\parencite[p.~43]{keeper2020harbour}.`, 'latex', 'p.~41', 'Wrong locator: “raised in the spring by the…” is in p. 41, not p. 43.'],
    ];
    for (const [text, language, newText, message] of cases) {
      const findings = check(`${text}\n`, language);
      assert.deepEqual(findings.map((f) => f.kind), ['wrong-locator'], text);
      assert.equal(findings[0].message, message);
      assert.equal(findings[0].fix?.edits[0].newText, newText);
      assert.deepEqual(check(fixed(`${text}\n`, findings[0]), language), [], 'the fix leaves nothing to report');
    }
  });

  it('asks for the page a quotation comes from, not its paragraph, and adds it', () => {
    const text = `The ledgers were “${THIRD}” (Keeper, 2020).\n`;
    const findings = check(text);
    assert.deepEqual(findings.map((f) => f.kind), ['missing-locator']);
    assert.equal(findings[0].message, 'Missing locator: a quotation cited in an author-date style needs the page it comes from (p. 43).');
    assert.equal(fixed(text, findings[0]), `The ledgers were “${THIRD}” (Keeper, 2020, p. 43).\n`);
    // The year is not read as a page: "(Keeper 2020)" has no locator.
    assert.deepEqual(check(`The ledgers were “${THIRD}” (Keeper 2020).\n`).map((f) => f.kind), ['missing-locator']);
    const latex = `The ledgers were \`\`${THIRD}'' (Keeper 2020).\n`;
    const inLatex = check(latex, 'latex');
    assert.deepEqual(inLatex.map((f) => f.kind), ['missing-locator']);
    assert.equal(fixed(latex, inLatex[0]), `The ledgers were \`\`${THIRD}'' (Keeper 2020, p.~43).\n`);
  });

  it('reads GB/T 7714\'s page after a numbered citation in a block that does not name the text', () => {
    const list = '\n\n[1] KEEPER A. Harbour walls[M]. Ningbo: Sample Press, 2020.\n';
    assert.deepEqual(check(`She wrote that the walls were “${FIRST}”[1]41.${list}`), []);
    const text = `She wrote that the walls were “${FIRST}”[1]43.${list}`;
    const findings = check(text);
    assert.deepEqual(findings.map((f) => [f.kind, f.fix?.edits[0].newText]), [['wrong-locator', '41']]);
    assert.deepEqual(check(fixed(text, findings[0])), []);
  });

  it('finds the paragraphs on a span of pages, and the pages of a span of paragraphs', () => {
    const pages = pageNames(work.paragraphs.map((p) => p.pages));
    assert.ok(pages);
    assert.deepEqual([pages.first, pages.last], [41, 43]);
    assert.deepEqual(pages.paragraphsOn({ first: 41, last: 41 }), { first: 1, last: 2 });
    assert.deepEqual(pages.paragraphsOn({ first: 42, last: 42 }), { first: 2, last: 2 });
    assert.deepEqual(pages.paragraphsOn({ first: 42, last: 43 }), { first: 2, last: 4 });
    assert.equal(pages.paragraphsOn({ first: 44, last: 50 }), undefined);
    assert.equal(pages.paragraphsOn({ first: 1, last: 40 }), undefined);
    assert.deepEqual(pages.pagesOf({ first: 2, last: 3 }), { first: 41, last: 43 });
    assert.equal(pageNames(bundledWork().paragraphs.map((p) => p.pages)), undefined);
  });

  it('says which pages the text has when a citation gives one it does not have', () => {
    const findings = check('As Keeper shows (Keeper, 2020, p. 99), the harbour mattered.\n');
    assert.deepEqual(findings.map((f) => [f.kind, f.message]), [['wrong-locator', 'Wrong locator: there is no page p. 99; the pages of “Harbour Walls” run from 41 to 43.']]);
  });

  it('speaks of pages in Chinese too', () => {
    const checker = new LibraryChecker([bundledWork(), work], () => ({ messages: SIMPLIFIED_CHINESE.check }));
    const findings = checker.check(`The ledgers were “${THIRD}” (Keeper, 2020).\n`, 'markdown').findings;
    assert.equal(findings[0]?.message, '缺少段码：以著者-出版年制引用的引文须注明出自哪一页（第 43 页）。');
  });

  it('rewrites a citation of the wrong text with the page of the text that holds the quotation', () => {
    const text = `She wrote that the walls were “${FIRST}” [@cpcir2007outstanding, para. 4].\n`;
    const findings = check(text);
    assert.deepEqual(findings.map((f) => f.kind), ['wrong-text']);
    assert.equal(fixed(text, findings[0]), `She wrote that the walls were “${FIRST}” [@keeper2020harbour, p. 41].\n`);
  });

  it('names the pages, not the paragraphs, in its other findings and their fixes', () => {
    // A misquotation, and its fix's title.
    const misquoted = check(`The ledgers were “kept its ledgers in three languages for the visiting captains” (Keeper, 2020, p. 43).\n`);
    assert.deepEqual(misquoted.map((f) => f.kind), ['misquotation']);
    assert.match(misquoted[0].message, /^Misquotation of p\. 43:/);
    assert.equal(misquoted[0].fix?.title, 'Restore the wording of p. 43');
    // A quotation running over a page break, cited with no locator at all.
    const uncited = check(`The book says “${SECOND}” in its second chapter.\n`);
    assert.deepEqual(uncited.map((f) => [f.kind, f.message]), [['uncited', 'Quotation from “Harbour Walls” (pp. 41–42) without a citation.']]);
    assert.equal(uncited[0].fix?.title, 'Insert a citation (pp. 41–42)');
    // A quotation of the text cited as the built-in one: the page of the text that holds it.
    const wrong = check(`She wrote that the walls were “${FIRST}” [@cpcir2007outstanding, para. 4].\n`);
    assert.match(wrong[0].message, /“Harbour Walls” \(p\. 41\)/);
    // In Chinese, the page as the glossary writes it.
    const zh = new LibraryChecker([bundledWork(), work], () => ({ messages: SIMPLIFIED_CHINESE.check }));
    assert.match(zh.check(`The ledgers were “kept its ledgers in three languages for the visiting captains” (Keeper, 2020, p. 43).\n`, 'markdown').findings[0].message, /第 43 页/);
  });

  it('reads a page alone after a quotation in a paragraph that does not name the text, as the citation before it says whose', () => {
    const opening = 'Keeper (2020) tells how the harbour was built.\n\n';
    // MLA's page alone, the text clear from the citation before it: the right page, and a wrong one fixed.
    assert.deepEqual(check(`${opening}The walls were “${FIRST}” (41).\n`), []);
    const wrong = check(`${opening}The walls were “${FIRST}” (43).\n`);
    assert.deepEqual(wrong.map((f) => [f.kind, f.message]), [['wrong-locator', 'Wrong locator: “raised in the spring by the…” is in p. 41, not 43.']]);
    assert.equal(fixed(`${opening}The walls were “${FIRST}” (43).\n`, wrong[0]), `${opening}The walls were “${FIRST}” (41).\n`);
    // A range, and LaTeX's closing marks.
    assert.deepEqual(check(`${opening}She wrote “${SECOND}” (41–42).\n`), []);
    assert.deepEqual(check(`Keeper \\parencite{keeper2020harbour} tells how the harbour was built.\n\nThe walls were \`\`${FIRST}'' (41).\n`, 'latex'), []);
    // No citation before it: the number completes nothing, and the quotation is as uncited as before.
    const alone = (page: string) => check(`The walls were “${FIRST}” ${page}.\n`).map((f) => [f.kind, f.range.start]);
    assert.deepEqual(alone('(41)'), alone('(x41)'));
    // A year, and a number not right after a quotation, are no page.
    assert.deepEqual(check(`${opening}The walls were “${FIRST}” (2020).\n`).map((f) => f.kind), check(`${opening}The walls were “${FIRST}” (x2020).\n`).map((f) => f.kind));
    assert.deepEqual(check(`${opening}The walls were “${FIRST}”, as step (43) shows.\n`).map((f) => f.kind), check(`${opening}The walls were “${FIRST}”, as step (x43) shows.\n`).map((f) => f.kind));
    // The built-in text marks no pages: after a citation of it, "(4)" is no locator of it.
    const quoted = '“CPC\'s role has been significant to the solution of disputes and regional stability”';
    const builtIn = (page: string) => new LibraryChecker([bundledWork(), work]).check(`Zhong (2007) surveys the record.\n\nThe text says ${quoted} ${page}.\n`, 'markdown').findings.map((f) => [f.kind, f.range.start]);
    assert.deepEqual(builtIn('(4)'), builtIn('(x4)'));
  });

  it('reads no page in a text that does not mark them', () => {
    // The built-in text has no pages: "p. 4" is no locator of it, and the citation still lacks one.
    const quoted = '“CPC\'s role has been significant to the solution of disputes and regional stability”';
    const findings = new LibraryChecker([bundledWork()]).check(`${quoted} (Zhong, 2007, p. 4).\n`, 'markdown').findings;
    assert.deepEqual(findings.map((f) => f.kind), ['missing-locator']);
    // Nor does a bare "(p. 4)" after a quotation complete a citation of it, as "(para. 4)" would.
    const after = `Zhong (2007) surveys the record.\n\nThe text says ${quoted} (p. 4).\n`;
    const asBefore = `Zhong (2007) surveys the record.\n\nThe text says ${quoted} (x. 4).\n`;
    const kinds = (text: string) => new LibraryChecker([bundledWork()]).check(text, 'markdown').findings.map((f) => [f.kind, f.range.start]);
    assert.deepEqual(kinds(after), kinds(asBefore));
  });
});

describe('Citations written in Chinese', () => {
  const source = [
    '---', 'key: zhong2007guoji', 'type: book', 'title: 中国共产党对外关系', 'authors:', '  - family: 钟', '    given: 连炎',
    'issued: 2007', 'place: 北京', 'publisher: 五洲传播出版社', 'language: zh', '---', '',
    '{p. 12}', '', '中国共产党的对外交往为国家关系的健康稳定发展发挥了独特的作用。', '',
    '{p. 13}', '', '党际交往是国家关系的重要基础，也是国家关系发展的推动力量。', '',
  ].join('\n');
  const parsed = parseText(source, 'zhong.text.md');
  assert.ok(parsed.ok);
  const zhWork = parsed.work;
  const quote = '“党际交往是国家关系的重要基础，也是国家关系发展的推动力量”';
  const checkZh = (text: string) => new LibraryChecker([bundledWork(), zhWork]).check(text, 'markdown').findings;

  it('know a Chinese author\'s name with no space after it, in full-width parentheses or not, and read "第 N 页" as a page', () => {
    for (const cited of [`（钟，2007）13`, `(钟, 2007)13`, `（钟，2007，第 13 页）`, `（钟连炎，2007，p. 13）`]) {
      assert.deepEqual(checkZh(`作者指出，${quote}${cited}。\n`), [], cited);
    }
    const cases: [string, string][] = [[`（钟，2007）12`, '13'], [`（钟，2007，第 12 页）`, '第 13 页'], [`（钟，2007，第12页）`, '第13页']];
    for (const [cited, newText] of cases) {
      const text = `钟连炎认为，${quote}${cited}。\n`;
      const findings = checkZh(text);
      assert.deepEqual(findings.map((f) => [f.kind, f.fix?.edits[0].newText]), [['wrong-locator', newText]], cited);
      assert.deepEqual(checkZh(fixed(text, findings[0])), []);
    }
    // A narrative citation, and its page in parentheses after the quotation.
    const narrative = `钟连炎（2007）指出，${quote}（第 12 页）。\n`;
    assert.deepEqual(checkZh(narrative).map((f) => f.fix?.edits[0].newText), ['第 13 页']);
    // The name, its given name after it, then the year and page.
    assert.deepEqual(checkZh(`钟连炎（2007，第 12 页）指出，${quote}。\n`).map((f) => f.fix?.edits[0].newText), ['第 13 页']);
  });

  it('read "第 N 段" as a paragraph of the built-in text, and a Chinese name and year as another work\'s citation', () => {
    const quoted = '“the CPC has broadened the domain of its international relations”';
    const findings = check(`${quoted}（佚名，2007，第 3 段）。\n`);
    assert.deepEqual(findings.map((f) => [f.kind, f.fix?.edits[0].newText]), [['wrong-locator', '第 8 段']]);
    assert.deepEqual(check(`${quoted}（佚名，2007，第 8 段）。\n`), []);
    // Cited to another work, in Chinese: not a quotation without a citation.
    assert.deepEqual(check(`${quoted}（王力，2001）。\n`), []);
    assert.deepEqual(check(`${quoted}。\n`).map((f) => f.kind), ['uncited']);
  });
});

describe('A name before a long quotation, its year and locator after it', () => {
  // Longer than the 80 characters a name is looked for before a parenthesis.
  const trimmed = SECOND;
  assert.ok(`As Keeper put it, “${trimmed}” `.length - 'As Keeper'.length > 80);

  it('cites the text, so the quotation is checked against the page given', () => {
    assert.deepEqual(check(`As Keeper put it, “${trimmed}” (2020, p. 41).\n`), []);
    const text = `As Keeper put it, “${trimmed}” (2020, p. 43).\n`;
    assert.deepEqual(check(text).map((f) => [f.kind, f.fix?.edits[0].newText]), [['wrong-locator', 'pp. 41–42']]);
    // Another year is another work's: the quotation is cited to it, and nothing is said of it.
    assert.deepEqual(check(`As Keeper put it, “${trimmed}” (2019, p. 41).\n`), []);
    // Two quotations between the name and the parenthesis: the name introduces the first, and the year is not read as this one's citation.
    assert.deepEqual(check(`As Keeper put it, “${FIRST}”, and later “${trimmed}” (2020, p. 42).\n`).map((f) => f.kind), ['uncited', 'uncited']);
  });
});
