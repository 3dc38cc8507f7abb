import * as assert from 'node:assert/strict';
import { asTextFile, syntheticWork } from '../../bench/corpora';
import { checkQuotations, findWorkCitations, type DocumentLanguage } from '../../src/core/check';
import { analyseBlock } from '../../src/core/check/analysis';
import { proseBlocks } from '../../src/core/check/blocks';
import { findCitations } from '../../src/core/check/citations';
import { maskBlock } from '../../src/core/check/mask';
import { hintsIn, workNames } from '../../src/core/check/mentions';
import { compose, STYLES, type CitationOutput, type ParagraphNumbers, type TargetId } from '../../src/core/cite';
import { BUNDLED_CORPUS_FILE, bundledWork } from '../../src/core/corpus';
import { Library } from '../../src/core/library';
import type { Work } from '../../src/core/model';
import type { Passage } from '../../src/core/passage';
import { benchDocument, fuzzInputs } from '../fixtures/check/inputs';
import { seededRandom } from '../fixtures/random';

const work = bundledWork();
const KEY = work.record.key;

/** The citations of the work in `text`, each as its own text and its locator's. */
function citations(text: string, language: DocumentLanguage): [string, string | undefined][] {
  return findWorkCitations(text, language, work).map((c) => [text.slice(c.range.start, c.range.end), c.locator?.text]);
}

describe('The citation recogniser', () => {
  it('reads Pandoc citations: bracketed, narrative, suppressed author, among other keys', () => {
    assert.deepEqual(citations(`A [@${KEY}, para. 4]. B [see @${KEY}, paras. 4–5; @smith2001, p. 3]. @${KEY} [para. 6] says. C [-@${KEY}, para. 7].`, 'markdown'), [
      [`[@${KEY}, para. 4]`, 'para. 4'],
      [`[see @${KEY}, paras. 4–5; @smith2001, p. 3]`, 'paras. 4–5'],
      [`@${KEY} [para. 6]`, 'para. 6'],
      [`[-@${KEY}, para. 7]`, 'para. 7'],
    ]);
  });

  it('reads LaTeX citation commands and notes, with the postnote as the locator', () => {
    assert.deepEqual(citations(`A \\parencite[para.~4]{${KEY}}. B \\textcite[see][paras.~4--5]{smith2001,${KEY}}. C \\footcite[para.~6]{${KEY}}. D \\cite{${KEY}}. E\\footnote{Zhong, \\enquote{Outstanding Results,} para.~7.}`, 'latex'), [
      [`\\parencite[para.~4]{${KEY}}`, 'para.~4'],
      [`\\textcite[see][paras.~4--5]{smith2001,${KEY}}`, 'paras.~4--5'],
      [`\\footcite[para.~6]{${KEY}}`, 'para.~6'],
      [`\\cite{${KEY}}`, undefined],
      ['\\footnote{Zhong, \\enquote{Outstanding Results,} para.~7.}', 'para.~7'],
    ]);
  });

  it('reads author-date and title parentheticals in the styles\' spellings, and narrative forms', () => {
    const text = [
      '(Zhong, 2007, para. 4)', '(“Outstanding Results,” 2007, para. 4)', '("Outstanding Results," par. 4)', '(“Outstanding Results” 2007, paras. 4–5)',
      '(‘The outstanding results of CPC’s international relations’, 2007, para. 4)', '(Zhong, para.4)', '(佚名, 2007, para. 4)',
      'Zhong (2007, para. 4)', '“The Outstanding Results of CPC’s International Relations” (2007, ¶ 4)', 'Zhong (paragraphs 4 and 6)',
    ].join(' and ');
    assert.deepEqual(citations(text, 'plaintext').map(([, locator]) => locator), [
      'para. 4', 'para. 4', 'par. 4', 'paras. 4–5', 'para. 4', 'para.4', 'para. 4', 'para. 4', '¶ 4', 'paragraphs 4 and 6',
    ]);
  });

  it('reads notes by their label: Markdown footnotes and numbered notes, with the locator in the note', () => {
    assert.deepEqual(citations('Text.[^a] More.[^b]\n\n[^a]: “Outstanding Results,” para. 4.\n[^b]: Smith, *Parties*, 12.\n', 'markdown'), [['[^a]', 'para. 4']]);
    assert.deepEqual(citations('Text.[1] More.[2]\n\n[1] Zhong, “The Outstanding Results of CPC’s International Relations,”\npara. 4.\n[2] Smith, Parties, 12.\n', 'plaintext'), [['[1]', 'para. 4']]);
    assert.deepEqual(citations('Text<sup>[1]para. 4</sup> and [1, paras. 5-6].', 'markdown'), [['[1]para. 4', 'para. 4'], ['[1, paras. 5-6]', 'paras. 5-6']]);
  });

  it('takes a bare locator for the work\'s when a citation or mention of it comes just before', () => {
    assert.deepEqual(citations('Zhong (2007) writes that "it is so" (para. 4).', 'markdown'), [['Zhong (2007)', undefined], ['(para. 4)', 'para. 4']]);
    assert.deepEqual(citations('Zhong argues that "it is so" (par. 4).', 'markdown'), [['(par. 4)', 'par. 4']]);
    assert.deepEqual(citations('Smith (2001) writes that "it is so" (para. 4).', 'markdown'), []);
  });

  it('reads a name before a parenthetical only as a whole word, however far back it ends', () => {
    // The name ends 80 characters before the parenthesis, where the look back for it begins.
    const gap = (name: string): string => `${name}${' '.repeat(80 - 'Zhong'.length)}(2007, para. 4)`;
    assert.deepEqual(citations(`Big ${gap('Zhong')}`, 'plaintext'), [[gap('Zhong'), 'para. 4']]);
    assert.deepEqual(citations(`Big${gap('Zhong')}`, 'plaintext'), []);
  });

  it('leaves citations of other works alone, even with the editor\'s name and another year', () => {
    assert.deepEqual(citations('(Smith, 2001, p. 4) [@smith2001, p. 4] (Zhong, 2015, para. 4) \\parencite{other}', 'markdown'), []);
    assert.deepEqual(citations('\\parencite[para.~4]{smith2001}', 'latex'), []);
  });

  it('ignores code, comments, link targets and front matter', () => {
    assert.deepEqual(citations(`---\nnote: (Zhong, 2007, para. 1)\n---\n\n\`[@${KEY}, para. 2]\` <!-- (Zhong, 2007, para. 3) --> [a link](https://example.org/(Zhong,2007,para.4))\n\n\`\`\`\n[@${KEY}, para. 5]\n\`\`\`\n`, 'markdown'), []);
    assert.deepEqual(citations(`% \\parencite[para.~1]{${KEY}}\n\\begin{verbatim}\n\\parencite[para.~2]{${KEY}}\n\\end{verbatim}\n`, 'latex'), []);
  });
});

describe('Quotations inserted by the citation engine', () => {
  const sentence: Passage = { locator: { kind: 'paragraphs', first: 4, last: 4 }, text: work.paragraphs[3].sentences[0].text };
  const twoParagraphs: Passage = { locator: { kind: 'paragraphs', first: 9, last: 10 }, text: `${work.paragraphs[8].text}\n\n${work.paragraphs[9].text}` };
  const targets: TargetId[] = ['markdown', 'latex', 'plaintext'];
  const outputs: CitationOutput[] = ['formatted', 'citationKeys'];

  /** A document holding what the engine inserts for `passage`, its notes appended. */
  function inserted(passage: Passage, style: (typeof STYLES)[keyof typeof STYLES], target: TargetId, output: CitationOutput, paragraphNumbers: ParagraphNumbers = 'style'): string {
    const before = 'An essay.\n\n';
    const options = { style, form: 'parenthetical', shape: 'auto', output, paragraphNumbers } as const;
    const { inserts, append } = compose(work, { kind: 'quotation', passage }, options, target, before, [{ start: before.length, end: before.length }]);
    return `${before}${inserts[0]}${append?.text ?? ''}\n`;
  }

  // The checker does not read GB/T 7714's author-date forms ("(Anon, 2007)<sup>para. 4</sup>") yet: citationForms() gives them.
  for (const style of Object.values(STYLES).filter((s) => s.id !== 'gb-t-7714-author-date')) {
    for (const target of targets) {
      for (const output of outputs) {
        it(`are found cited and faithful: ${style.id}, ${target}, ${output}`, () => {
          for (const passage of [sentence, twoParagraphs]) {
            const text = inserted(passage, style, target, output);
            const result = checkQuotations(text, target as DocumentLanguage, work);
            assert.deepEqual(result.findings.map((f) => f.message), [], text);
            assert.equal(result.quotations.length, 1, text);
            assert.notEqual(result.quotations[0].citation, undefined, text);
            const { first, last } = passage.locator as { first: number; last: number };
            assert.deepEqual(result.quotations[0].paragraphs, first === last ? [first] : [first, last]);
          }
        });

        it(`have their locator corrected when it is wrong: ${style.id}, ${target}, ${output}`, () => {
          const wrong: Passage = { ...sentence, locator: { kind: 'paragraphs', first: 6, last: 6 } };
          // Counted paragraph numbers, which MLA and Chicago give only when the writer asks for them.
          const text = inserted(wrong, style, target, output, 'always');
          const result = checkQuotations(text, target as DocumentLanguage, work);
          assert.deepEqual(result.findings.map((f) => f.kind), ['wrong-locator'], text);
          const [edit] = result.findings[0].fix?.edits ?? [];
          const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
          assert.equal(fixed, inserted(sentence, style, target, output, 'always'));
        });
      }
    }
  }
});

describe('Reading a block once for every text it does not name', () => {
  /** The built-in text and two books, one of them from 2001, each with sections of its own. */
  function library(): Work[] {
    const texts = new Library(bundledWork, BUNDLED_CORPUS_FILE);
    texts.setSources([
      { file: 'texts/booka.text.md', source: asTextFile(syntheticWork(bundledWork(), 3, 11), 'booka', 'Synthetic book a') },
      { file: 'texts/bookb.text.md', source: asTextFile(syntheticWork(bundledWork(), 3, 12), 'bookb', 'Synthetic book b').replace('issued: 2020', 'issued: 2001') },
    ]);
    return texts.works();
  }

  it('finds every text\'s names in a block from one look for all their words, overlapping or one within another', () => {
    const texts = new Library(bundledWork, BUNDLED_CORPUS_FILE);
    // Keys and a title's word one within another: "abab2" holds "abab" where nothing else does.
    const records = [['ab', 'Synthetic ab'], ['abab2', 'Synthetic abab2'], ['bab', 'Abab'], ['ba2', 'Synthetic ba2']];
    texts.setSources(records.map(([key, title]) => ({ file: `texts/${key}.text.md`, source: asTextFile(syntheticWork(bundledWork(), 2, 3), key, title) })));
    const names = texts.works().map((w) => workNames(w));
    const next = seededRandom(17);
    const pieces = ['a', 'b', 'A', 'B', '2', ' ', 'ab', 'abab2', 'Sample', 'synthetic ', '@', 'ſ'];
    let mentioned = 0;
    for (let n = 0; n < 3000; n++) {
      const text = Array.from({ length: 1 + Math.floor(next() * 12) }, () => pieces[Math.floor(next() * pieces.length)]).join('');
      const found = hintsIn(text).words;
      names.forEach((name) => {
        const looked = name.mention.test(text);
        assert.equal(name.mentionsFound(text, found), looked, JSON.stringify(text));
        if (looked) mentioned++;
      });
    }
    assert.ok(mentioned > 1000, `${mentioned} mentions`);
  });

  it('reads and analyses each block as reading it for each text alone does', function () {
    this.timeout(60_000);
    const works = library();
    const heading = works[1].sections.find((s) => s.heading?.startsWith('Variation'))?.heading as string;
    assert.ok(heading, 'the book has a section of its own');
    const quote = '“the CPC has broadened the domain of its international relations”';
    const documents: [string, DocumentLanguage][] = [
      [benchDocument(works[0], 1_500, 3), 'markdown'],
      [works.slice(1).map((w, i) => benchDocument(w, 600, 4 + i, { title: w.record.title, year: w.record.issued.year, notes: w.id })).join('\n\n'), 'markdown'],
      // A parenthetical led by a year is another work's, but for the text of that year; one inside brackets is read with them.
      [`Sample writes (2001) that ${quote}.\n\nAs noted [see (2001), para. 4], ${quote}.\n\nThen (2020, para. 3) and (2007) again.`, 'markdown'],
      // A heading of one book's own, standing alone after a quotation: that book's section, nothing to the others.
      [`As Sample says, ${quote} (sec. “${heading}”).\n\nAlso ${quote} [1]sec. “${heading}”.\n\n[1] Sample, Synthetic book a.`, 'markdown'],
      [`Sample (2001) \\enquote{the CPC} (sec.~\\enquote{${heading}}).`, 'latex'],
      // A name's letters ending another word, 80 characters before a parenthetical: no mention, for either path.
      [`Notes by BigSample${' '.repeat(74)}(2001, para. 4) say ${quote}.`, 'markdown'],
      ...[...fuzzInputs(works[0], 30, 99, 0.01)].map((f) => [f.text, f.language] as [string, DocumentLanguage]),
    ];
    const names = works.map((w) => workNames(w));
    // The longest quotation each text allows: the last text allows shorter ones than the block may hold.
    const longest = [Infinity, Infinity, 60];
    /** The block analysed for text `i` alone: reading a block of another language first forgets every block read. */
    const alone = (block: string, language: DocumentLanguage, i: number) => {
      analyseBlock('', language === 'latex' ? 'markdown' : 'latex', names[i]);
      return analyseBlock(block, language, names[i], longest[i]);
    };
    let shared = 0;
    let own = 0;
    let sharedAnalyses = 0;
    for (const [text, language] of documents) {
      const blocks = proseBlocks(text, language).map((b) => b.text);
      const read = blocks.map((block) => names.map((n, i) => analyseBlock(block, language, n, longest[i])));
      blocks.forEach((block, b) => {
        const masked = maskBlock(block, language);
        read[b].forEach((analysis, i) => {
          assert.deepEqual({ citations: analysis.citations, notes: analysis.notes }, findCitations(masked, language, names[i]), block.slice(0, 200));
          assert.deepEqual(analysis, alone(block, language, i), block.slice(0, 200));
        });
        for (let i = 1; i < read[b].length; i++) {
          if (read[b][i].citations === read[b][0].citations) shared++;
          else own++;
          if (read[b][i] === read[b][0]) sharedAnalyses++;
        }
      });
    }
    assert.ok(shared > 100 && own > 10 && sharedAnalyses > 50, `${shared} readings shared, ${own} made for one text, ${sharedAnalyses} analyses shared`);
  });
});
