import * as assert from 'node:assert/strict';
import { LibraryChecker } from '../../src/core/check';
import { readWords } from '../../src/core/check/words';
import { bundledWork } from '../../src/core/corpus';
import { formatProblem, parseText } from '../../src/core/parse';
import type { Work } from '../../src/core/model';

/** A text in Chinese brought by the writer: a real work's record, and sample paragraphs written for these tests, not the work's words. */
const TEXT = [
  '---',
  'key: scio2021democracy',
  'type: report',
  'title: 中国的民主',
  'authors:',
  '  - literal: 国务院新闻办公室',
  'publisher: 人民出版社',
  'place: 北京',
  'issued: 2021-12',
  'language: zh',
  '---',
  '',
  '## 一、示例',
  '',
  '这是为测试而写的示例段落，并非该著作的原文。古老的道路绵延万里，延续千年，留下了合作与交流的精神。',
  '',
  '第二段也是示例文字。各方在平等互利的基础上开展合作，共同应对挑战，分享发展的机遇。',
].join('\n');

function chineseText(): Work {
  const parsed = parseText(TEXT, 'democracy.text.md');
  if (!parsed.ok) assert.fail(parsed.problems.map(formatProblem).join('\n'));
  return parsed.work;
}

const check = (essay: string) => new LibraryChecker([bundledWork(), chineseText()]).check(essay, 'markdown');

describe('Quotations in Chinese', () => {
  it('reads each Chinese character as a word, with the marks after it, and a number or a Latin word beside it as its own', () => {
    const words = (text: string) => readWords(text).map((w) => w.form);
    assert.deepEqual(words('绵延万里，延续千年'), ['绵', '延', '万', '里', '延', '续', '千', '年']);
    assert.deepEqual(words('21世纪的WTO规则'), ['21', '世', '纪', '的', 'WTO', '规', '则']);
    assert.deepEqual(words('ひらがなカタカナ'), ['ひ', 'ら', 'が', 'な', 'カ', 'タ', 'カ', 'ナ']);
    // A variation selector stays with its character; a compatibility ideograph folds to the character it stands for.
    assert.deepEqual(words('葛\udb40\udd00城'), ['葛\udb40\udd00', '城']);
    assert.deepEqual(readWords('\uf900').map((w) => [w.form, w.key]), [['\u8c48', '\u8c48']]);
  });

  it('finds a quotation cited to its paragraph, and names the one character changed, with a fix that restores it', () => {
    assert.deepEqual(check('# 文章\n\n文中说，古老的道路“绵延万里，延续千年”[@scio2021democracy, para. 1]。\n').findings, []);
    const essay = '# 文章\n\n文中说，古老的道路“绵延万里，延续百年”[@scio2021democracy, para. 1]。\n';
    const { findings } = check(essay);
    assert.deepEqual(findings.map((f) => [f.kind, f.message]), [['misquotation', 'Misquotation of para. 1: “百” should be “千”.']]);
    const [edit] = findings[0].fix?.edits ?? [];
    assert.equal(essay.slice(edit.range.start, edit.range.end), '百');
    assert.equal(edit.newText, '千');
  });

  it('reads quotations in corner brackets, 「…」 with 『…』 inside, as quotations', () => {
    const essay = '# 文章\n\n文中说：「古老的道路『绵延万里』，延续百年」[@scio2021democracy, para. 1]。\n';
    const { findings, quotations } = check(essay);
    assert.deepEqual(quotations.map((q) => essay.slice(q.range.start, q.range.end)), ['「古老的道路『绵延万里』，延续百年」']);
    assert.deepEqual(findings.map((f) => f.message), ['Misquotation of para. 1: “百” should be “千”.']);
  });

  it('corrects the paragraph cited, and finds a Chinese quotation of eight characters or more left uncited', () => {
    const wrong = check('# 文章\n\n“在平等互利的基础上开展合作”[@scio2021democracy, para. 1]。\n').findings;
    assert.deepEqual(wrong.map((f) => [f.kind, f.fix?.edits[0].newText]), [['wrong-locator', 'para. 2']]);
    const uncited = check('# 文章\n\n有人说：“共同应对挑战，分享发展的机遇。”\n').findings;
    assert.deepEqual(uncited.map((f) => [f.kind, f.work, f.fix?.edits[0].newText]), [['uncited', 'scio2021democracy', ' [@scio2021democracy, para. 2]']]);
    // Two characters in quotation marks are a word set apart, not a quotation.
    assert.deepEqual(check('# 文章\n\n所谓“合做”[@scio2021democracy, para. 1]。\n').findings, []);
  });
});
