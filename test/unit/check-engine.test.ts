/**
 * The checker judges quotations cited in every form the citation engine
 * writes (every style, parenthetical and narrative, formatted and keys, in
 * Markdown, LaTeX and plain text, of a paragraph and of a section), as a
 * writer pastes them from the cite command: faithful quotations pass, and
 * misquotations, wrong paragraphs and wrong sections are each reported once.
 */
import * as assert from 'node:assert/strict';
import { checkQuotations, type DocumentLanguage } from '../../src/core/check';
import { composeText, STYLE_IDS, STYLES, type CiteOptions, type StyleId } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import type { Work } from '../../src/core/model';
import { pagedWork } from '../fixtures/check/paged';
import type { Passage } from '../../src/core/passage';

const bundled = bundledWork();

const LANGUAGES: readonly DocumentLanguage[] = ['markdown', 'latex', 'plaintext'];

/** What `cite` prints: the engine's citation of `passage` (or of the whole work). */
function cite(work: Work, style: StyleId, language: DocumentLanguage, form: CiteOptions['form'], keys: boolean, passage: Passage | undefined): string {
  const options: CiteOptions = { style: STYLES[style], form, shape: 'auto', output: keys ? 'citationKeys' : 'formatted' };
  return composeText(work, { kind: 'citation', ...(passage ? { passage } : {}) }, options, language);
}

function paragraph(n: number): Passage {
  return { locator: { kind: 'paragraphs', first: n, last: n }, text: '' };
}

function sectionOf(work: Work, n: number): Passage {
  const section = work.sections.find((s) => s.paragraphs.some((p) => p.number === n));
  if (!section) throw new Error(`no section holds ${n}`);
  return { locator: { kind: 'section', sectionId: section.id, heading: section.label }, text: '' };
}

/** Another section than paragraph n's, and a paragraph in it. */
function otherSection(work: Work, n: number): { passage: Passage; paragraph: number } {
  const own = work.sections.findIndex((s) => s.paragraphs.some((p) => p.number === n));
  const other = work.sections[(own + 2) % work.sections.length];
  return { passage: { locator: { kind: 'section', sectionId: other.id, heading: other.label }, text: '' }, paragraph: other.paragraphs[0].number };
}

/** A sentence of paragraph n with at least eight words, its final stop left off. */
function sentenceOf(work: Work, n: number): string {
  const sentences = work.paragraphs[n - 1].sentences.map((s) => s.text.replace(/[.!?]$/, '')).filter((s) => s.split(' ').length >= 8);
  return sentences[n % sentences.length];
}

/** The quoted words as a writer types them in `language`, with the text's inner quotation marks nested. */
function quoted(words: string, language: DocumentLanguage): string {
  if (language === 'latex') return `\\enquote{${words.replace(/"([^"]*)"/g, '\\enquote{$1}').replace(/([%&$#_])/g, '\\$1')}}`;
  return `“${words.replace(/"([^"]*)"/g, '‘$1’')}”`;
}

/** A short document quoting `words` with the citation `cited` as the engine wrote it, in the form's place. */
function document(words: string, cited: string, style: StyleId, language: DocumentLanguage, form: CiteOptions['form'], keys: boolean): string {
  const q = quoted(words, language);
  const [lead, ...notes] = cited.split('\n\n');
  const appended = notes.length > 0 ? `\n\n${notes.join('\n\n')}\n` : '\n';
  const noteStyle = STYLES[style].notes !== undefined && !(keys && language !== 'plaintext');
  if (form === 'narrative') return `In the chapter, ${lead} writes that ${q}.${appended}`;
  if (noteStyle) {
    if (language === 'latex') return `The chapter says that ${q}.\\footnote{${cited}}\n`;
    const marker = language === 'markdown' ? '[^1]' : '[1]';
    return `The chapter says that ${q}.${marker}\n\n${marker}${language === 'markdown' ? ':' : ''} ${cited}\n`;
  }
  const joiner = STYLES[style].attached && !(keys && language !== 'plaintext') ? '' : ' ';
  return `The chapter says that ${q}${joiner}${cited}.${appended}`;
}

interface Case {
  readonly label: string;
  readonly text: string;
  readonly language: DocumentLanguage;
  readonly expected: readonly string[];
}

function misquote(words: string): string {
  const list = words.split(' ');
  const at = Math.floor(list.length / 2);
  list[at] = list[at] === 'remarkable' ? 'notable' : 'remarkable';
  return list.join(' ');
}

function* cases(work: Work): Generator<Case> {
  for (const style of STYLE_IDS) {
    for (const language of LANGUAGES) {
      for (const keys of [false, true]) {
        for (const form of ['parenthetical', 'narrative'] as const) {
          for (let n = 1; n <= work.paragraphs.length; n++) {
            const words = sentenceOf(work, n);
            const label = `${style}, ${form}, ${keys ? 'keys' : 'formatted'}, ${language}, para. ${n}`;
            const at = (passage: Passage | undefined): string => cite(work, style, language, form, keys, passage);
            yield { label: `${label}: faithful`, text: document(words, at(paragraph(n)), style, language, form, keys), language, expected: [] };
            yield { label: `${label}: misquoted`, text: document(misquote(words), at(paragraph(n)), style, language, form, keys), language, expected: ['misquotation'] };
            // With no locator: a missing locator where the form is author-date (it gives the year), else accepted.
            const whole = at(undefined);
            const authorDate = !(keys && language !== 'plaintext') && STYLES[style].notes === undefined && /(?<!\d)20\d\d(?!\d)/.test(whole) && whole.trim().endsWith(')');
            yield { label: `${label}: no locator`, text: document(words, whole, style, language, form, keys), language, expected: authorDate ? ['missing-locator'] : [] };
            const wrong = n === work.paragraphs.length ? 1 : n + 1;
            if (at(paragraph(wrong)) !== at(paragraph(n))) {
              yield { label: `${label}: cited as para. ${wrong}`, text: document(words, at(paragraph(wrong)), style, language, form, keys), language, expected: ['wrong-locator'] };
            }
            const other = otherSection(work, n);
            if (at(sectionOf(work, n)) !== at(other.passage)) {
              yield { label: `${label}: its section`, text: document(words, at(sectionOf(work, n)), style, language, form, keys), language, expected: [] };
              yield { label: `${label}: another section`, text: document(words, at(other.passage), style, language, form, keys), language, expected: ['wrong-locator'] };
            }
          }
        }
      }
    }
  }
}

// The built-in text, cited by paragraph and section; and the same words in a book that marks its pages, cited by page.
for (const [work, suffix] of [[bundled, ''], [pagedWork(), ', of a text cited by page']] as const) {
  describe(`Quotations cited in every form the citation engine writes${suffix}`, function () {
    this.timeout(60_000);

    it('are judged right: faithful ones pass, misquotations, wrong paragraphs and wrong sections are reported', () => {
      const wrong: string[] = [];
      let count = 0;
      const seen = { faithful: 0, misquoted: 0, wrongParagraph: 0, wrongSection: 0 };
      for (const c of cases(work)) {
        count++;
        const found = checkQuotations(c.text, c.language, work).findings.map((f) => f.kind);
        if (found.join() !== c.expected.join()) wrong.push(`${c.label}: expected [${c.expected.join(', ')}], found [${found.join(', ')}] in\n${c.text}`);
        if (c.label.endsWith('faithful') || c.label.endsWith('its section') || c.label.endsWith('no locator')) seen.faithful++;
        else if (c.label.endsWith('misquoted')) seen.misquoted++;
        else if (c.label.endsWith('another section')) seen.wrongSection++;
        else seen.wrongParagraph++;
      }
      if (process.env.CHECK_ENGINE_DUMP) for (const w of wrong) console.log(w.split('\n')[0]);
      assert.deepEqual(wrong.slice(0, 5), [], `${wrong.length} of ${count} cases judged wrong`);
      // Every kind of case is there in numbers, so a change in the engine that drops a form is seen.
      assert.ok(seen.faithful > 800 && seen.misquoted > 400 && seen.wrongParagraph > 300 && seen.wrongSection > 300, JSON.stringify(seen));
    });
  });

  describe(`Quotations the engine writes with their citations${suffix}`, () => {
    it('pass for every paragraph and section, in every style, form and file kind', () => {
      const wrong: string[] = [];
      let count = 0;
      const passages: Passage[] = [...work.paragraphs.map((p) => paragraph(p.number)), ...work.sections.map((s) => sectionOf(work, s.paragraphs[0].number))];
      for (const style of STYLE_IDS) {
        for (const language of LANGUAGES) {
          for (const keys of [false, true]) {
            for (const passage of passages) {
              const options: CiteOptions = { style: STYLES[style], form: 'parenthetical', shape: 'auto', output: keys ? 'citationKeys' : 'formatted' };
              const text = `${composeText(work, { kind: 'quotation', passage }, options, language)}\n`;
              const found = checkQuotations(text, language, work).findings.map((f) => f.message);
              count++;
              if (found.length > 0) wrong.push(`${style} ${language} ${keys ? 'keys' : ''} ${JSON.stringify(passage.locator)}: ${found.join('; ')}\n${text}`);
            }
          }
        }
      }
      if (process.env.CHECK_ENGINE_DUMP) for (const w of wrong) console.log(w);
      assert.deepEqual(wrong.slice(0, 3), [], `${wrong.length} of ${count} quotations judged wrong`);
    });
  });
}

describe('Quotations of every paragraph, changed in the ways writers change them', () => {
  const work = bundled;
  const apa = (n: number, language: DocumentLanguage): string => cite(work, 'apa', language, 'parenthetical', false, paragraph(n));

  it('in straight single quotation marks, uncited, are reported as uncited', () => {
    for (let n = 1; n <= work.paragraphs.length; n++) {
      for (const language of ['markdown', 'plaintext'] as const) {
        const text = `The chapter adds: '${sentenceOf(work, n).replace(/"/g, '')}.' That is all.\n`;
        assert.deepEqual(checkQuotations(text, language, work).findings.map((f) => f.kind), ['uncited'], text);
      }
    }
  });

  it('with a comma turned into a dash are misquotations, and the fix restores the comma', () => {
    let tried = 0;
    for (let n = 1; n <= work.paragraphs.length; n++) {
      const words = work.paragraphs[n - 1].sentences.map((s) => s.text).find((t) => /\w, \w/.test(t) && !t.includes('"'));
      if (!words) continue;
      for (const language of LANGUAGES) {
        const dash = language === 'latex' ? '---' : '—';
        const text: string = `It says ${quoted(words.replace(/(\w), (\w)/, `$1${dash}$2`), language)} ${apa(n, language)}.\n`;
        const result = checkQuotations(text, language, work);
        assert.deepEqual(result.findings.map((f) => f.kind), ['misquotation'], text);
        assert.match(result.findings[0].message, /\(punctuation\)/);
        tried++;
      }
    }
    assert.ok(tried >= 20, `${tried} tried`);
  });

  it('with two sentences swapped around an ellipsis are parts out of order, fixed by reordering them', () => {
    let tried = 0;
    for (let n = 1; n <= work.paragraphs.length; n++) {
      const sentences = work.paragraphs[n - 1].sentences.map((s) => s.text.replace(/[.!?]$/, '')).filter((t) => t.split(' ').length >= 5 && !t.includes('"'));
      if (sentences.length < 2) continue;
      const [first, second] = sentences;
      const text = `It says “${second} … ${first}” ${apa(n, 'markdown')}.\n`;
      const result = checkQuotations(text, 'markdown', work);
      assert.deepEqual(result.findings.map((f) => f.kind), ['joined-parts'], text);
      let fixed = text;
      for (const edit of [...(result.findings[0].fix?.edits ?? [])].reverse()) fixed = fixed.slice(0, edit.range.start) + edit.newText + fixed.slice(edit.range.end);
      assert.deepEqual(checkQuotations(fixed, 'markdown', work).findings, [], fixed);
      tried++;
    }
    assert.ok(tried >= 8, `${tried} tried`);
  });
});
