import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { composeText, documentLanguage, STYLES, type CiteOptions, type Request, type StyleId } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import type { Work } from '../../src/core/model';
import { formatProblem, parseText } from '../../src/core/parse';

const FIXTURES = path.join(__dirname, '../../../test/fixtures/records');
const bundled = bundledWork();
const cormen = (() => {
  const result = parseText(fs.readFileSync(path.join(FIXTURES, 'cormen2009.md'), 'utf8'), 'cormen2009.md');
  if (!result.ok) assert.fail(result.problems.map(formatProblem).join('\n'));
  return result.work;
})();

const ENGLISH_ESSAY = 'The party has built ties with parties across the world, as Zhong (2007) shows.\n';
const CHINESE_ESSAY = '中国共产党的对外交往取得了突出成果。正如该文所说，“party-to-party relations have facilitated the progress of state relations”。\n';
const cite4: Request = { kind: 'citation', passage: { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' } };
const options = (style: StyleId, more: Partial<CiteOptions> = {}): CiteOptions => ({ style: STYLES[style], form: 'parenthetical', shape: 'auto', output: 'formatted', ...more });
const cite = (work: Work, style: StyleId, document: string, more: Partial<CiteOptions> = {}, request: Request = cite4) => composeText(work, request, options(style, more), 'plaintext', document);

describe('The language of a document', () => {
  it('is Chinese when its Chinese characters outnumber its words in Latin letters, even quoting English', () => {
    assert.equal(documentLanguage(CHINESE_ESSAY), 'zh');
  });

  it('is English for an English essay, with or without a Chinese name in it, and for an empty document', () => {
    assert.equal(documentLanguage(ENGLISH_ESSAY), 'en');
    assert.equal(documentLanguage(`${ENGLISH_ESSAY}The author, 钟联言, edited the book.`), 'en');
    assert.equal(documentLanguage(''), 'en');
  });
});

describe('Citations follow the document\'s language, not the interface\'s', () => {
  it('gives a work with no author as 佚名 in a Chinese document cited in GB/T 7714 author-date, Anon in an English one', () => {
    assert.equal(cite(bundled, 'gb-t-7714-author-date', CHINESE_ESSAY, { language: 'auto' }), '(佚名, 2007)para. 4');
    assert.equal(cite(bundled, 'gb-t-7714-author-date', ENGLISH_ESSAY, { language: 'auto' }), '(Anon, 2007)para. 4');
  });

  it('cuts more than three authors with 等 in a Chinese document, et al. in an English one (GB/T 7714 8.1.2)', () => {
    const reference: Request = { kind: 'reference' };
    assert.match(cite(cormen, 'gb-t-7714', CHINESE_ESSAY, { language: 'auto' }, reference), /^\[1\] CORMEN T H, LEISERSON C E, RIVEST R L, 等\. /);
    assert.match(cite(cormen, 'gb-t-7714', ENGLISH_ESSAY, { language: 'auto' }, reference), /^\[1\] CORMEN T H, LEISERSON C E, RIVEST R L, et al\. /);
    const whole: Request = { kind: 'citation' };
    assert.equal(cite(cormen, 'gb-t-7714-author-date', CHINESE_ESSAY, { language: 'auto' }, whole), '(CORMEN 等, 2009)');
    assert.equal(cite(cormen, 'gb-t-7714-author-date', ENGLISH_ESSAY, { language: 'auto' }, whole), '(CORMEN et al., 2009)');
  });

  it('heads the GB/T 7714 reference list 参考文献 in a Chinese document, References in an English one', () => {
    const list: Request = { kind: 'referenceList' };
    assert.match(cite(bundled, 'gb-t-7714', CHINESE_ESSAY, { language: 'auto' }, list), /^参考文献\n/);
    assert.match(cite(bundled, 'gb-t-7714', ENGLISH_ESSAY, { language: 'auto' }, list), /^References\n/);
  });

  it('lets the setting say the language whatever the document holds', () => {
    assert.equal(cite(bundled, 'gb-t-7714-author-date', ENGLISH_ESSAY, { language: 'zh' }), '(佚名, 2007)para. 4');
    assert.equal(cite(bundled, 'gb-t-7714-author-date', CHINESE_ESSAY, { language: 'en' }), '(Anon, 2007)para. 4');
  });

  it('leaves styles without Chinese forms as their manuals write them: APA keeps "para. 4" in a Chinese document', () => {
    assert.equal(cite(bundled, 'apa', CHINESE_ESSAY, { language: 'auto' }), cite(bundled, 'apa', ENGLISH_ESSAY, { language: 'auto' }));
    assert.equal(cite(bundled, 'apa', CHINESE_ESSAY, { language: 'auto' }), '(“Outstanding Results,” 2007, para. 4)');
  });
});
