import * as assert from 'node:assert/strict';
import { citationForms, readLocator, STYLE_IDS } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import { sectionPassage, type Passage } from '../../src/core/passage';

const work = bundledWork();
const KEY = work.record.key;
const p4: Passage = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' };
const HEADING_4 = 'CPC’s international relations have facilitated a healthy and stable progress of state-to-state relations';
const section4 = sectionPassage(work.sections[1]).locator;
const introduction = sectionPassage(work.sections[0]).locator;

describe('Every form the engine writes, for the checker to recognise', () => {
  it('lists each style\'s citations of a paragraph, as the manual has it and counted', () => {
    const forms = citationForms(work, p4, 'markdown');
    const texts = (style: string, paragraphNumbers: string, output = 'formatted') =>
      forms.filter((f) => f.style === style && f.paragraphNumbers === paragraphNumbers && f.output === output).map((f) => f.text);
    assert.deepEqual(texts('mla', 'style'), ['(“Outstanding Results”)', '“The Outstanding Results of CPC’s International Relations”']);
    assert.deepEqual(texts('mla', 'always'), ['(“Outstanding Results,” par. 4)', '“The Outstanding Results of CPC’s International Relations” (par. 4)']);
    assert.deepEqual(texts('mla', 'style', 'citationKeys'), [`[@${KEY}]`, `@${KEY}`]);
    assert.deepEqual(texts('chicago-author-date', 'style')[0], `(“Outstanding Results” 2007, under “${HEADING_4}”)`);
    assert.deepEqual(texts('gb-t-7714-author-date', 'style'), ['(Anon, 2007)<sup>para. 4</sup>', 'Anon (2007)<sup>para. 4</sup>']);
    // APA counts paragraphs either way: its forms are listed once.
    assert.equal(texts('apa', 'always').length, 0);
    assert.deepEqual(new Set(forms.map((f) => f.style)), new Set(STYLE_IDS));
  });

  it('gives the locator as written in each citation', () => {
    const forms = citationForms(work, p4, 'latex');
    const locator = (style: string, paragraphNumbers: string, output: string) => forms.find((f) => f.style === style && f.paragraphNumbers === paragraphNumbers && f.output === output)?.locator;
    assert.equal(locator('mla', 'style', 'formatted'), '');
    assert.equal(locator('mla', 'always', 'citationKeys'), 'par.~4');
    assert.equal(locator('chicago-notes', 'style', 'citationKeys'), `under \\enquote{${HEADING_4.replace('’', "'")}}`);
  });

  it('writes no citation keys for files without a citation processor', () => {
    assert.ok(citationForms(work, p4, 'plaintext').every((f) => f.output === 'formatted'));
  });
});

describe('Reading a locator back into the passage it points to', () => {
  it('reads counted paragraphs in every style\'s words and in LaTeX', () => {
    for (const text of ['para. 4', 'par. 4', 'para.~4', '¶ 4', 'paragraph 4']) assert.deepEqual(readLocator(work, text), { kind: 'paragraphs', first: 4, last: 4 }, text);
    for (const text of ['paras. 4–5', 'pars. 4-5', 'paras.~4--5']) assert.deepEqual(readLocator(work, text), { kind: 'paragraphs', first: 4, last: 5 }, text);
  });

  it('reads a section by its heading in every style\'s words, Pandoc\'s and LaTeX\'s', () => {
    for (const text of [
      `under “${HEADING_4}”`,
      `“${HEADING_4}” section`,
      `sec. “${HEADING_4}”`,
      `‘${HEADING_4}’ section`,
      `sec. ${HEADING_4.replace('’', "'")}`,
      `under \\enquote{${HEADING_4.replace('’', "'")}}`,
    ]) {
      assert.deepEqual(readLocator(work, text), section4, text);
    }
    assert.deepEqual(readLocator(work, 'Introduction section'), introduction);
    assert.deepEqual(readLocator(work, 'introd.'), introduction);
  });

  it('tells one section from another, and reads nothing it does not know', () => {
    const other = sectionPassage(work.sections[5]).locator;
    assert.deepEqual(readLocator(work, `under “${other.kind === 'section' ? other.heading : ''}”`), other);
    assert.notDeepEqual(other, section4);
    assert.equal(readLocator(work, 'para. 14'), undefined);
    assert.equal(readLocator(work, 'paras. 5–4'), undefined);
    assert.equal(readLocator(work, 'under “A heading the text does not have”'), undefined);
    assert.equal(readLocator(work, 'p. 4'), undefined);
  });
});
