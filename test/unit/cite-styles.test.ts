import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { citedWork, render, STYLE_IDS, STYLES, type StyleId } from '../../src/core/cite';
import { pinpointOf, stylePinpoint, type Pinpoint } from '../../src/core/cite/locator';
import { bundledWork } from '../../src/core/corpus';
import { sectionPassage } from '../../src/core/passage';

const work = bundledWork();
const cited = citedWork(work);
const PARAGRAPH: Pinpoint = { kind: 'paragraphs', first: 4, last: 4 };
const RANGE: Pinpoint = { kind: 'paragraphs', first: 4, last: 5 };
const SECTION = pinpointOf(work, sectionPassage(work.sections[1]).locator);
const INTRODUCTION = pinpointOf(work, sectionPassage(work.sections[0]).locator);
const HEADING = 'CPC’s international relations have facilitated a healthy and stable progress of state-to-state relations';

interface Expected {
  reference: string;
  /** The work as a whole, without a pinpoint. */
  whole: string;
  parenthetical: [paragraph: string, range: string, section: string, introduction: string];
  narrative: [paragraph: string, range: string, section: string];
  /** Note styles: the full note and the short one, for paragraph 4, the range and the section. */
  notes?: { full: [string, string, string]; short: [string, string, string] };
}

/** Every style's forms, as Markdown (italics as *…*, superscripts as <sup>). */
const EXPECTED: Record<StyleId, Expected> = {
  apa: {
    reference: 'The outstanding results of CPC’s international relations. (2007). In L. Zhong (Ed.), *International relations of the Communist Party of China*. China Intercontinental Press.',
    whole: '(“Outstanding Results,” 2007)',
    parenthetical: [
      '(“Outstanding Results,” 2007, para. 4)',
      '(“Outstanding Results,” 2007, paras. 4–5)',
      `(“Outstanding Results,” 2007, “${HEADING}” section)`,
      '(“Outstanding Results,” 2007, Introduction section)',
    ],
    narrative: [
      '“The Outstanding Results of CPC’s International Relations” (2007, para. 4)',
      '“The Outstanding Results of CPC’s International Relations” (2007, paras. 4–5)',
      `“The Outstanding Results of CPC’s International Relations” (2007, “${HEADING}” section)`,
    ],
  },
  mla: {
    reference: '“The Outstanding Results of CPC’s International Relations.” *International Relations of the Communist Party of China*, edited by Zhong Lianyan, China Intercontinental Press, 2007.',
    whole: '(“Outstanding Results”)',
    parenthetical: [
      '(“Outstanding Results,” par. 4)',
      '(“Outstanding Results,” pars. 4-5)',
      `(“Outstanding Results,” sec. “${HEADING}”)`,
      '(“Outstanding Results,” introd.)',
    ],
    narrative: [
      '“The Outstanding Results of CPC’s International Relations” (par. 4)',
      '“The Outstanding Results of CPC’s International Relations” (pars. 4-5)',
      `“The Outstanding Results of CPC’s International Relations” (sec. “${HEADING}”)`,
    ],
  },
  'chicago-notes': {
    reference: '“The Outstanding Results of CPC’s International Relations.” In *International Relations of the Communist Party of China*, edited by Zhong Lianyan. Beijing: China Intercontinental Press, 2007.',
    whole: '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007).',
    parenthetical: [
      '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), para. 4.',
      '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), paras. 4–5.',
      `“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), under “${HEADING}.”`,
      '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), introduction.',
    ],
    narrative: [
      '“The Outstanding Results of CPC’s International Relations”',
      '“The Outstanding Results of CPC’s International Relations”',
      '“The Outstanding Results of CPC’s International Relations”',
    ],
    notes: {
      full: [
        '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), para. 4.',
        '“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), paras. 4–5.',
        `“The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), under “${HEADING}.”`,
      ],
      short: ['“Outstanding Results,” para. 4.', '“Outstanding Results,” paras. 4–5.', `“Outstanding Results,” under “${HEADING}.”`],
    },
  },
  'chicago-author-date': {
    reference: '“The Outstanding Results of CPC’s International Relations.” 2007. In *International Relations of the Communist Party of China*, edited by Zhong Lianyan. Beijing: China Intercontinental Press.',
    whole: '(“Outstanding Results” 2007)',
    parenthetical: [
      '(“Outstanding Results” 2007, para. 4)',
      '(“Outstanding Results” 2007, paras. 4–5)',
      `(“Outstanding Results” 2007, under “${HEADING}”)`,
      '(“Outstanding Results” 2007, introduction)',
    ],
    narrative: [
      '“The Outstanding Results of CPC’s International Relations” (2007, para. 4)',
      '“The Outstanding Results of CPC’s International Relations” (2007, paras. 4–5)',
      `“The Outstanding Results of CPC’s International Relations” (2007, under “${HEADING}”)`,
    ],
  },
  harvard: {
    reference: '‘The outstanding results of CPC’s international relations’ (2007) in Zhong, L. (ed.) *International relations of the Communist Party of China*. Beijing: China Intercontinental Press.',
    whole: '(‘The outstanding results of CPC’s international relations’, 2007)',
    parenthetical: [
      '(‘The outstanding results of CPC’s international relations’, 2007, para. 4)',
      '(‘The outstanding results of CPC’s international relations’, 2007, paras. 4–5)',
      `(‘The outstanding results of CPC’s international relations’, 2007, ‘${HEADING}’ section)`,
      '(‘The outstanding results of CPC’s international relations’, 2007, introduction)',
    ],
    narrative: [
      '‘The outstanding results of CPC’s international relations’ (2007, para. 4)',
      '‘The outstanding results of CPC’s international relations’ (2007, paras. 4–5)',
      `‘The outstanding results of CPC’s international relations’ (2007, ‘${HEADING}’ section)`,
    ],
  },
  'gb-t-7714': {
    reference: '[1] The outstanding results of CPC’s international relations[M]//ZHONG Lianyan. International relations of the Communist Party of China. Beijing: China Intercontinental Press, 2007.',
    whole: '<sup>[1]</sup>',
    parenthetical: ['<sup>[1]para. 4</sup>', '<sup>[1]paras. 4-5</sup>', `<sup>[1]sec. “${HEADING}”</sup>`, '<sup>[1]introduction</sup>'],
    narrative: ['[1]<sup>para. 4</sup>', '[1]<sup>paras. 4-5</sup>', `[1]<sup>sec. “${HEADING}”</sup>`],
  },
  'gb-t-7714-author-date': {
    reference: 'Anon, 2007. The outstanding results of CPC’s international relations[M]//ZHONG Lianyan. International relations of the Communist Party of China. Beijing: China Intercontinental Press.',
    whole: '(Anon, 2007)',
    parenthetical: ['(Anon, 2007)<sup>para. 4</sup>', '(Anon, 2007)<sup>paras. 4-5</sup>', `(Anon, 2007)<sup>sec. “${HEADING}”</sup>`, '(Anon, 2007)<sup>introduction</sup>'],
    narrative: ['Anon (2007)<sup>para. 4</sup>', 'Anon (2007)<sup>paras. 4-5</sup>', `Anon (2007)<sup>sec. “${HEADING}”</sup>`],
  },
};

describe('Each citation style formats the chapter with no named author in an edited book', () => {
  for (const id of STYLE_IDS) {
    describe(STYLES[id].label, () => {
      const style = STYLES[id];
      const md = (rich: Parameters<typeof render>[0]) => render(rich, 'markdown', style.singleQuotes);
      const expected = EXPECTED[id];

      it('writes the reference entry with the title leading and the book in its place', () => {
        assert.equal(md(style.reference(cited)), expected.reference);
      });

      it('cites one paragraph, a range, a section by its heading and the untitled introduction in parentheses', () => {
        assert.deepEqual([PARAGRAPH, RANGE, SECTION, INTRODUCTION].map((p) => md(style.parenthetical(cited, p))), expected.parenthetical);
      });

      it('cites them naming the work in the sentence', () => {
        assert.deepEqual([PARAGRAPH, RANGE, SECTION].map((p) => md(style.narrative(cited, p))), expected.narrative);
      });

      if (expected.notes) {
        it('writes the full note for a first citation and the short note for later ones', () => {
          const notes = style.notes;
          assert.ok(notes);
          assert.deepEqual([PARAGRAPH, RANGE, SECTION].map((p) => md(notes.full(cited, p))), expected.notes?.full);
          assert.deepEqual([PARAGRAPH, RANGE, SECTION].map((p) => md(notes.short(cited, p))), expected.notes?.short);
        });
      } else {
        it('is not a note style', () => assert.equal(style.notes, undefined));
      }

      it('cites the work as a whole without a pinpoint', () => {
        assert.equal(md(style.parenthetical(cited)), expected.whole);
      });
    });
  }
});

describe('docs/citations.md shows the forms the styles write', () => {
  it('lists every style\'s three forms for paragraph 4 as the engine writes them by default', () => {
    const doc = fs.readFileSync(path.join(__dirname, '../../../docs/citations.md'), 'utf8');
    const table = doc.slice(doc.indexOf('## The forms, for paragraph 4')).split('\n\n')[1];
    const rows = table.split('\n').slice(2).map((line) => line.split(' | ').slice(1).map((cell) => cell.replace(/ \|$/, '')));
    assert.deepEqual(rows, STYLE_IDS.map((id) => {
      const style = STYLES[id];
      const md = (rich: Parameters<typeof render>[0]) => render(rich, 'markdown', style.singleQuotes);
      const p4 = stylePinpoint(work, style.words, PARAGRAPH);
      if (style.notes) return [md(style.reference(cited)), `Full note: ${md(style.notes.full(cited, p4))}`, `Short note: ${md(style.notes.short(cited, p4))}`];
      return [md(style.reference(cited)), md(style.parenthetical(cited, p4)), md(style.narrative(cited, p4))];
    }));
  });
});
