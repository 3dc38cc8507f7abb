import * as assert from 'node:assert/strict';
import { compose, composeText, parseTemplate, STYLES, type CiteOptions, type Request, type StyleId, type TargetId } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import { sectionPassage, sentencePassage, type Passage } from '../../src/core/passage';

const work = bundledWork();
const KEY = 'cpcir2007outstanding';
const options = (style: StyleId, more: Partial<CiteOptions> = {}): CiteOptions => ({ style: STYLES[style], form: 'parenthetical', shape: 'auto', output: 'formatted', ...more });
const firstSentenceOf4 = sentencePassage(work, 4, 1) as Passage;
const quote = (text: string, first = 4, last = first): Request => ({ kind: 'quotation', passage: { locator: { kind: 'paragraphs', first, last }, text } });
const cite = (first: number, last = first): Request => ({ kind: 'citation', passage: { locator: { kind: 'paragraphs', first, last }, text: '' } });
/** The heading of the section that holds paragraphs 4 and 5, as Chicago cites them. */
const HEADING_4 = 'CPC’s international relations have facilitated a healthy and stable progress of state-to-state relations';
const words = (n: number) => Array.from({ length: n }, (_, i) => `word${i + 1}`).join(' ') + '.';
const text = (request: Request, style: StyleId, target: TargetId = 'markdown', more: Partial<CiteOptions> = {}) => composeText(work, request, options(style, more), target);

describe('Quotations with their citations', () => {
  it('quotes a sentence inline, its double quotation marks turned single, the period after the citation', () => {
    assert.equal(
      text({ kind: 'quotation', passage: firstSentenceOf4 }, 'apa'),
      '“As an ‘accelerator,’ party-to-party relations have facilitated the progress of state relations” (“Outstanding Results,” 2007, para. 4).',
    );
  });

  it('uses single marks outside and double inside in Harvard (Cite Them Right)', () => {
    assert.equal(
      text({ kind: 'quotation', passage: firstSentenceOf4 }, 'harvard'),
      '‘As an “accelerator,” party-to-party relations have facilitated the progress of state relations’ (‘The outstanding results of CPC’s international relations’, 2007, para. 4).',
    );
  });

  it('nests \\enquote in LaTeX and escapes nothing it need not', () => {
    assert.equal(
      text({ kind: 'quotation', passage: firstSentenceOf4 }, 'mla', 'latex', { paragraphNumbers: 'always' }),
      '\\enquote{As an \\enquote{accelerator,} party-to-party relations have facilitated the progress of state relations} (\\enquote{Outstanding Results,} par.~4).',
    );
  });

  it('attaches a note after the closing mark and the period in Chicago notes', () => {
    assert.equal(
      text({ kind: 'quotation', passage: firstSentenceOf4 }, 'chicago-notes', 'latex'),
      "\\enquote{As an \\enquote{accelerator,} party-to-party relations have facilitated the progress of state relations.}\\footnote{\\enquote{The Outstanding Results of CPC's International Relations,} in \\emph{International Relations of the Communist Party of China}, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), under \\enquote{CPC's international relations have facilitated a healthy and stable progress of state-to-state relations.}}",
    );
  });

  it('attaches GB/T 7714 superscripts without a space', () => {
    assert.equal(text(quote('Misunderstandings and doubts have been reduced.', 10), 'gb-t-7714', 'html'), '“Misunderstandings and doubts have been reduced”<sup>[1]para. 10</sup>.');
  });

  it('keeps a question mark inside and ends the sentence after the citation; drops a trailing comma', () => {
    assert.equal(text(quote('Is it so?'), 'apa', 'plaintext'), '“Is it so?” (“Outstanding Results,” 2007, para. 4).');
    assert.equal(text(quote('the CPC has made numerous friends all over the world,', 5), 'apa', 'plaintext'), '“the CPC has made numerous friends all over the world” (“Outstanding Results,” 2007, para. 5)');
  });

  const thresholds: [StyleId, number, number][] = [
    ['apa', 39, 40],
    ['chicago-notes', 99, 100],
    ['chicago-author-date', 99, 100],
    ['harvard', 30, 31],
    ['gb-t-7714', 39, 40],
  ];
  for (const [style, inline, block] of thresholds) {
    it(`sets ${inline} words inline and ${block} as a block quotation in ${style}`, () => {
      assert.match(text(quote(words(inline)), style), /^[“‘]word1 /);
      assert.match(text(quote(words(block)), style), /^> word1 /);
    });
  }

  it('sets more than four manuscript lines as a block in MLA, counted at 88 characters a line', () => {
    const line = 'x'.repeat(87);
    assert.match(text(quote([line, line, line, line].join(' ')), 'mla'), /^“x/);
    assert.match(text(quote([line, line, line, line, 'x'].join(' ')), 'mla'), /^> x/);
  });

  it('sets a quotation of two paragraphs as a block, one block paragraph each, the citation after the last', () => {
    const passage: Passage = { locator: { kind: 'paragraphs', first: 12, last: 13 }, text: 'First "hot" words.\n\nSecond words.' };
    assert.equal(text({ kind: 'quotation', passage }, 'apa'), '> First “hot” words.\n>\n> Second words. (“Outstanding Results,” 2007, paras. 12–13)');
    assert.equal(text({ kind: 'quotation', passage }, 'apa', 'latex'), '\\begin{quote}\nFirst \\enquote{hot} words.\n\nSecond words. (\\enquote{Outstanding Results,} 2007, paras.~12--13)\n\\end{quote}');
    assert.equal(text({ kind: 'quotation', passage }, 'apa', 'html'), '<blockquote>\n  <p>First “hot” words.</p>\n  <p>Second words. (“Outstanding Results,” 2007, paras. 12–13)</p>\n</blockquote>');
    assert.equal(text({ kind: 'quotation', passage }, 'apa', 'asciidoc'), '____\nFirst “hot” words.\n\nSecond words. (“Outstanding Results,” 2007, paras.{nbsp}12–13)\n____');
    assert.equal(text({ kind: 'quotation', passage }, 'apa', 'restructuredtext'), '   First “hot” words.\n\n   Second words. (“Outstanding Results,” 2007, paras. 12–13)');
    assert.equal(text({ kind: 'quotation', passage }, 'apa', 'plaintext'), '    First “hot” words.\n\n    Second words. (“Outstanding Results,” 2007, paras. 12–13)');
  });

  it('quotes the whole paragraphs of a passage that quotes no words of its own', () => {
    assert.equal(
      text(quote('', 13), 'apa', 'plaintext', { shape: 'inline' }),
      '“In this new situation, and out of the need from China’s general diplomatic strategy, the CPC has invited major political parties from ‘hot regions’ to visit China, or sent CPC delegations to these areas. By contacts with different political forces, and by honest and open talks, the CPC has urged them to go back to negotiations. CPC’s role has been significant to the solution of disputes and regional stability” (“Outstanding Results,” 2007, para. 13).',
    );
  });

  it('follows the shape setting over the length', () => {
    assert.match(text(quote(words(50)), 'apa', 'markdown', { shape: 'inline' }), /^“word1/);
    assert.match(text(quote('Short.'), 'apa', 'markdown', { shape: 'block' }), /^> Short\. \(/);
  });
});

describe('Citation keys for Pandoc and biblatex', () => {
  const keys = { output: 'citationKeys' } as const;

  it('writes Pandoc citations in Markdown, in CSL terms whatever the style', () => {
    assert.equal(text(cite(4), 'apa', 'markdown', keys), `[@${KEY}, para. 4]`);
    assert.equal(text(cite(4), 'mla', 'markdown', keys), `[@${KEY}]`);
    assert.equal(text(cite(4), 'mla', 'markdown', { ...keys, paragraphNumbers: 'always' }), `[@${KEY}, para. 4]`);
    assert.equal(text(cite(4), 'chicago-author-date', 'markdown', keys), `[@${KEY}, sec. CPC's international relations have facilitated a healthy and stable progress of state-to-state relations]`);
    assert.equal(text(cite(4, 5), 'apa', 'markdown', { ...keys, form: 'narrative' }), `@${KEY} [paras. 4–5]`);
    assert.equal(text({ kind: 'citation', passage: sectionPassage(work.sections[5]) }, 'apa', 'markdown', keys), `[@${KEY}, sec. CPC's international relations have facilitated world peace and stability]`);
    assert.equal(text({ kind: 'quotation', passage: firstSentenceOf4 }, 'apa', 'markdown', keys), `“As an ‘accelerator,’ party-to-party relations have facilitated the progress of state relations” [@${KEY}, para. 4].`);
  });

  it('writes biblatex commands in LaTeX, the locator in the style\'s words', () => {
    assert.equal(text(cite(4), 'mla', 'latex', keys), `\\parencite{${KEY}}`);
    assert.equal(text(cite(4), 'mla', 'latex', { ...keys, paragraphNumbers: 'always' }), `\\parencite[par.~4]{${KEY}}`);
    assert.equal(text(cite(4, 5), 'apa', 'latex', { ...keys, form: 'narrative' }), `\\textcite[paras.~4--5]{${KEY}}`);
    assert.equal(text(cite(4), 'chicago-notes', 'latex', keys), `\\footcite[under \\enquote{CPC's international relations have facilitated a healthy and stable progress of state-to-state relations}]{${KEY}}`);
  });

  it('uses the key the writer chose', () => {
    assert.equal(text(cite(4), 'apa', 'markdown', { ...keys, key: 'zhong2007' }), '[@zhong2007, para. 4]');
  });

  it('leaves the reference list to the processor', () => {
    assert.equal(text({ kind: 'referenceList' }, 'apa', 'markdown', keys), '## References\n\n::: {#refs}\n:::');
    assert.equal(text({ kind: 'referenceList' }, 'apa', 'latex', keys), '\\printbibliography');
  });

  it('writes formatted citations in files that have no citation processor', () => {
    assert.equal(text(cite(4), 'apa', 'html', keys), '(“Outstanding Results,” 2007, para. 4)');
  });
});

describe('Reference entries and lists', () => {
  it('heads the list as each style does and writes it for the file', () => {
    assert.equal(text({ kind: 'referenceList' }, 'mla', 'markdown').split('\n')[0], '## Works Cited');
    assert.equal(text({ kind: 'referenceList' }, 'chicago-notes', 'latex').split('\n')[0], '\\section*{Bibliography}');
    assert.equal(text({ kind: 'referenceList' }, 'harvard', 'restructuredtext').split('\n').slice(0, 2).join('\n'), 'Reference list\n==============');
    assert.equal(
      text({ kind: 'referenceList' }, 'apa', 'html'),
      '<h2>References</h2>\n\n<p>The outstanding results of CPC’s international relations. (2007). In L. Zhong (Ed.), <i>International relations of the Communist Party of China</i>. China Intercontinental Press.</p>',
    );
  });
});

describe('Notes in the document (Chicago notes and bibliography)', () => {
  // Counted paragraph numbers keep these notes short; the default pinpoint is the section's heading.
  const notes = options('chicago-notes', { paragraphNumbers: 'always' });
  const FULL = '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), para. 4.';

  it('numbers a note after the notes already there and appends its definition at the end', () => {
    const document = 'Text[^1] and more[^note].\n\n[^1]: Another source.\n[^note]: A remark.\n';
    const result = compose(work, cite(4), notes, 'markdown', document, [{ start: 4, end: 4 }]);
    assert.deepEqual(result.inserts, ['[^3]']);
    assert.deepEqual(result.append, { offset: document.length, text: `[^3]: ${FULL}\n` });
  });

  it('uses the short note once the document holds the full one', () => {
    const document = `One.[^1]\n\n[^1]: ${FULL}`;
    const result = compose(work, cite(5), notes, 'markdown', document, [{ start: 4, end: 4 }]);
    assert.deepEqual(result.inserts, ['[^2]']);
    assert.deepEqual(result.append, { offset: document.length, text: '\n[^2]: “Outstanding Results,” para. 5.' });
  });

  it('gives several cursors one note each, the first full and the others short, in document order', () => {
    const document = 'A.\nB.\n';
    const result = compose(work, cite(4), notes, 'markdown', document, [{ start: 2, end: 2 }, { start: 5, end: 5 }]);
    assert.deepEqual(result.inserts, ['[^1]', '[^2]']);
    assert.deepEqual(result.append, { offset: document.length, text: `\n[^1]: ${FULL}\n[^2]: “Outstanding Results,” para. 4.\n` });
  });

  it('keeps the definition apart from a marker inserted at the very end', () => {
    const result = compose(work, cite(4), notes, 'markdown', '', [{ start: 0, end: 0 }]);
    assert.deepEqual(result.inserts, ['[^1]']);
    assert.equal(result.append?.text, `\n\n[^1]: ${FULL}`);
  });

  it('puts the note inline in LaTeX, short after a full one', () => {
    const first = compose(work, cite(4), notes, 'latex', 'Text.', [{ start: 5, end: 5 }]);
    assert.equal(first.append, undefined);
    assert.match(first.inserts[0], /^\\footnote\{\\enquote\{The Outstanding Results of CPC's International Relations,\} in \\emph\{/);
    const later = compose(work, cite(5), notes, 'latex', `Text.${first.inserts[0]} More.`, [{ start: 5, end: 5 }]);
    assert.deepEqual(later.inserts, ['\\footnote{\\enquote{Outstanding Results,} para.~5.}']);
  });

  it('writes AsciiDoc footnotes inline and reStructuredText ones as numbered definitions', () => {
    assert.match(compose(work, cite(4), notes, 'asciidoc', '', [{ start: 0, end: 0 }]).inserts[0], /^footnote:\[“The Outstanding/);
    const rst = compose(work, cite(4), notes, 'restructuredtext', 'Text [1]_.\n\n.. [1] Other.\n', [{ start: 4, end: 4 }]);
    assert.deepEqual(rst.inserts, ['[2]_']);
    assert.match(rst.append?.text ?? '', /^\.\. \[2\] “The Outstanding Results/);
  });

  it('appends HTML notes before the closing body tag', () => {
    const document = '<html><body>\n<p>Text.</p>\n</body></html>\n';
    const result = compose(work, cite(4), notes, 'html', document, [{ start: 20, end: 20 }]);
    assert.deepEqual(result.inserts, ['<sup><a href="#note-1" id="note-ref-1">1</a></sup>']);
    assert.equal(result.append?.offset, document.indexOf('</body>'));
    assert.match(result.append?.text ?? '', /^<p id="note-1"><a href="#note-ref-1">1<\/a>\. “The Outstanding Results of CPC’s International Relations,” in <i>/);
  });

  it('names the title before the note in the narrative form', () => {
    const result = compose(work, cite(4), { ...notes, form: 'narrative' }, 'markdown', '', [{ start: 0, end: 0 }]);
    assert.deepEqual(result.inserts, ['“The Outstanding Results of CPC’s International Relations”[^1]']);
  });

  it('copies a note style\'s citation as the note\'s own text', () => {
    assert.equal(text(cite(4), 'chicago-notes', 'markdown', { paragraphNumbers: 'always' }), FULL);
    assert.equal(text(cite(4), 'chicago-notes'), FULL.replace('para. 4.', `under “${HEADING_4}.”`));
  });
});

describe('Block quotations stand on their own lines', () => {
  const long = quote(words(45));

  it('opens a blank line before and after when the cursor is inside a line', () => {
    const result = compose(work, long, options('apa'), 'markdown', 'Before after', [{ start: 7, end: 7 }]);
    assert.match(result.inserts[0], /^\n\n> word1 [^]*para\. 4\)\n\n$/);
  });

  it('adds only the line breaks missing on an empty line between paragraphs', () => {
    const document = 'One.\n\n\n\nTwo.';
    const result = compose(work, long, options('apa'), 'markdown', document, [{ start: 6, end: 6 }]);
    assert.match(result.inserts[0], /^> word1 [^]*para\. 4\)$/);
    const tight = compose(work, long, options('apa'), 'markdown', 'One.\n\nTwo.', [{ start: 5, end: 5 }]);
    assert.match(tight.inserts[0], /^\n> word1 [^]*\)\n$/);
  });

  it('reads CRLF documents line by line like LF ones', () => {
    const result = compose(work, long, options('apa'), 'markdown', 'One.\r\n\r\n\r\n\r\nTwo.', [{ start: 8, end: 8 }]);
    assert.match(result.inserts[0], /^> word1 [^]*\)$/);
  });
});

describe('Custom templates', () => {
  it('fills placeholders and italics for the chosen form', () => {
    const parsed = parseTemplate('({shortTitle}, *{book}*, {year}, {locator}) \\{{key}\\}');
    assert.ok(parsed.ok);
    assert.equal(text(cite(4, 5), 'apa', 'markdown', { templates: { parenthetical: parsed.template } }), `(Outstanding Results, *International Relations of the Communist Party of China*, 2007, paras. 4–5) {${KEY}}`);
  });
});
