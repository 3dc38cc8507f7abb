import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkQuotations, FINDING_KINDS, findingAnchor, type DocumentLanguage } from '../../src/core/check';
import { bundledWork } from '../../src/core/corpus';
import { applyEdits } from '../fixtures/check/expect';

const work = bundledWork();
const QUOTE = '“the CPC has broadened the domain of its international relations”';
const QUOTE_TEX = '\\enquote{the CPC has broadened the domain of its international relations}';
/** Paragraph 8 is in the section on socialist modern construction; paragraph 6 in the one on governing ability. */
const RIGHT = 'CPC’s international relations have facilitated China’s socialist modern construction';
const WRONG = 'CPC’s international relation have elevated CPC’s governing ability';

function kinds(text: string, language: DocumentLanguage = 'markdown'): string[] {
  return checkQuotations(text, language, work).findings.map((f) => f.kind);
}

describe('Section locators', () => {
  const forms: [string, (heading: string) => string, DocumentLanguage][] = [
    ['APA', (h) => `(“Outstanding Results,” 2007, “${h}” section)`, 'markdown'],
    ['MLA', (h) => `(“Outstanding Results,” sec. “${h}”)`, 'markdown'],
    ['Chicago author-date', (h) => `(“Outstanding Results” 2007, under “${h}”)`, 'markdown'],
    ['Harvard', (h) => `(‘The outstanding results of CPC’s international relations’, 2007, ‘${h}’ section)`, 'markdown'],
    ['GB/T 7714', (h) => `<sup>[1]sec. “${h}”</sup>`, 'markdown'],
    ['a Pandoc key', (h) => `[@cpcir2007outstanding, sec. ${h}]`, 'markdown'],
    ['LaTeX APA', (h) => `(\\enquote{Outstanding Results,} 2007, \\enquote{${h.replace(/’/g, "'")}} section)`, 'latex'],
    ['biblatex', (h) => `\\parencite[\\enquote{${h.replace(/’/g, "'")}} section]{cpcir2007outstanding}`, 'latex'],
  ];
  for (const [name, cite, language] of forms) {
    it(`accepts the right section and reports the wrong one, in ${name}`, () => {
      const quote = language === 'latex' ? QUOTE_TEX : QUOTE;
      const right = `It says ${quote} ${cite(RIGHT)}.`;
      assert.deepEqual(kinds(right, language), [], right);
      const wrong = `It says ${quote} ${cite(WRONG)}.`;
      const result = checkQuotations(wrong, language, work);
      assert.deepEqual(result.findings.map((f) => f.kind), ['wrong-locator'], wrong);
      const finding = result.findings[0];
      assert.match(finding.message, /is in the section “CPC's international relations have facilitated China's socialist modern construction” \(para\. 8\)/);
      const fixed = applyEdits(wrong, finding.fix?.edits ?? []);
      assert.deepEqual(kinds(fixed, language), [], fixed);
    });
  }

  it('reads a section standing alone after a narrative citation as its locator', () => {
    const text = (heading: string) => `Zhong (2007) writes that ${QUOTE} (sec. “${heading}”).`;
    assert.deepEqual(kinds(text(RIGHT)), []);
    assert.deepEqual(kinds(text(WRONG)), ['wrong-locator']);
    // A paragraph alone is a locator too; with words besides it, it is not.
    assert.deepEqual(kinds(`Zhong (2007) writes that ${QUOTE} (see para. 8).`), []);
    assert.deepEqual(kinds(`Zhong (2007) writes that ${QUOTE} (see para. 3).`), ['wrong-locator']);
    assert.deepEqual(kinds(`Zhong (2007) writes that ${QUOTE} (as para. 3 says).`), ['missing-locator']);
  });

  it('reads a Chicago note that cites a section under its heading', () => {
    const note = `[^1]: “The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), under “${WRONG}.”`;
    assert.deepEqual(kinds(`It says ${QUOTE}.[^1]\n\n${note}\n`), ['wrong-locator']);
  });
});

describe('A quotation cited without a locator', () => {
  it('is a missing locator in an author-date form, fixed by adding the paragraph', () => {
    const text = `It says ${QUOTE} (“Outstanding Results,” 2007).`;
    const result = checkQuotations(text, 'markdown', work);
    assert.deepEqual(result.findings.map((f) => f.kind), ['missing-locator']);
    const fixed = applyEdits(text, result.findings[0].fix?.edits ?? []);
    assert.equal(fixed, `It says ${QUOTE} (“Outstanding Results,” 2007, para. 8).`);
    assert.deepEqual(kinds(fixed), []);
  });

  it('is a missing locator in a narrative author-date citation', () => {
    assert.deepEqual(kinds(`“The Outstanding Results of CPC’s International Relations” (2007) says ${QUOTE}.`), ['missing-locator']);
  });

  it('is accepted where the style cites without one: MLA, notes, numbers and keys', () => {
    assert.deepEqual(kinds(`It says ${QUOTE} (“Outstanding Results”).`), []);
    assert.deepEqual(kinds(`It says ${QUOTE} [@cpcir2007outstanding].`), []);
    assert.deepEqual(kinds(`It says ${QUOTE}<sup>[1]</sup>.`), []);
    assert.deepEqual(kinds(`It says ${QUOTE_TEX} \\parencite{cpcir2007outstanding}.`, 'latex'), []);
  });
});

describe('Differences the writer cannot see or easily spot', () => {
  const QUOTED = 'By party-to-party relations and the advantage of political party contacts, CPC’s international relations have played a very positive role';

  it('reports a comma turned into an em dash, with a fix that puts the comma back', () => {
    const text = `It says “${QUOTED.replace('contacts, CPC’s', 'contacts—CPC’s')}” [@cpcir2007outstanding, para. 1].`;
    const result = checkQuotations(text, 'markdown', work);
    assert.deepEqual(result.findings.map((f) => f.message), ['Misquotation of para. 1: “contacts—CPC’s” should be “contacts, CPC\'s” (punctuation).']);
    const fixed = applyEdits(text, result.findings[0].fix?.edits ?? []);
    assert.deepEqual(kinds(fixed), [], fixed);
  });

  it('names a soft hyphen or zero-width space instead of calling the word changed', () => {
    const soft = `It says “${QUOTED.replace('positive', 'posi\u00adtive')}” [@cpcir2007outstanding, para. 1].`;
    const result = checkQuotations(soft, 'markdown', work);
    assert.deepEqual(result.findings.map((f) => f.message), ['The quotation contains an invisible U+00AD SOFT HYPHEN.']);
    assert.deepEqual(kinds(applyEdits(soft, result.findings[0].fix?.edits ?? [])), []);
    const zero = `It says “${QUOTED.replace('the advantage', 'the\u200b advantage')}” [@cpcir2007outstanding, para. 1].`;
    assert.deepEqual(checkQuotations(zero, 'markdown', work).findings.map((f) => f.message), ['The quotation contains an invisible U+200B ZERO WIDTH SPACE.']);
  });

  it('flags a bidirectional override inside a quotation', () => {
    const text = `It says “${QUOTED.replace('have played', '\u202ehave played\u202c')}” [@cpcir2007outstanding, para. 1].`;
    const result = checkQuotations(text, 'markdown', work);
    assert.deepEqual(result.findings.map((f) => f.kind), ['hidden-character']);
    assert.match(result.findings[0].message, /U\+202E RIGHT-TO-LEFT OVERRIDE/);
  });

  it('says a quotation most of whose words differ is not found, and offers no rewrite', () => {
    const text = 'It says “CPC’s international relations have never played any role in consolidating China’s trade with neighbouring regions” [@cpcir2007outstanding, para. 1].';
    const result = checkQuotations(text, 'markdown', work);
    assert.deepEqual(result.findings.map((f) => f.kind), ['not-found']);
    assert.equal(result.findings[0].fix, undefined);
  });
});

describe('Straight single quotation marks', () => {
  const SENTENCE = 'They have recommended business partners and facilitated the completion of some cooperation projects.';

  it('mark a quotation, so an uncited one is reported', () => {
    const text = `The chapter adds: '${SENTENCE}' That is all.`;
    const result = checkQuotations(text, 'markdown', work);
    assert.deepEqual(result.findings.map((f) => f.kind), ['uncited']);
    assert.equal(text.slice(result.findings[0].range.start, result.findings[0].range.end), `'${SENTENCE}'`);
    assert.deepEqual(kinds(`The chapter adds: '${SENTENCE}'`, 'plaintext'), ['uncited']);
  });

  it('in LaTeX, `…\' marks a quotation, and CPC\'s stays an apostrophe', () => {
    assert.deepEqual(kinds(`The chapter adds: \`${SENTENCE}' That is all.`, 'latex'), ['uncited']);
    assert.deepEqual(kinds("The CPC's role and the parties' views are `a bridge' here.", 'latex'), []);
  });

  it('are told from apostrophes inside and at the end of words', () => {
    const text = `The parties' contacts matter, and CPC's role is 'a bridge' for the '90s.`;
    const result = checkQuotations(text, 'markdown', work);
    assert.deepEqual(result.findings, []);
    assert.equal(result.quotations.length, 0);
    const quoted = `'They have recommended business partners' (“Outstanding Results,” 2007, para. 9) and the parties' views.`;
    assert.deepEqual(kinds(quoted), []);
    assert.equal(checkQuotations(quoted, 'markdown', work).quotations.length, 1);
  });
});

describe('What the checker does not read', () => {
  const MISQUOTED = '"the CPC has brought this benefit to a maximum display" [@cpcir2007outstanding, para. 5]';

  it('skips an HTML comment that spans blank lines', () => {
    assert.deepEqual(kinds(`Intro.\n\n<!-- A draft:\n\n${MISQUOTED}\n\nend of the draft -->\n\nAfter.\n`), []);
    assert.deepEqual(kinds(`Intro.\n\n<!-- A draft:\n\n${MISQUOTED}\n`), []);
    assert.deepEqual(kinds(`Intro. <!-- a note --> ${MISQUOTED}\n`), ['misquotation']);
  });

  it('skips a Markdown indented code block, but reads an indented paragraph of a list item', () => {
    assert.deepEqual(kinds(`Code:\n\n    ${MISQUOTED}\n\n\tmore code\n`), []);
    assert.deepEqual(kinds(`- an item\n\n    ${MISQUOTED}\n`), ['misquotation']);
    assert.deepEqual(kinds(`A paragraph\n    ${MISQUOTED}\n`), ['misquotation']);
  });
});

describe('The citation inserted for an uncited quotation', () => {
  const SENTENCE = 'They have recommended business partners and facilitated the completion of some cooperation projects.';
  const EARLIER = 'the CPC has broadened the domain of its international relations';

  function inserted(text: string, language: DocumentLanguage = 'markdown'): string {
    const result = checkQuotations(text, language, work);
    const finding = result.findings.find((f) => f.kind === 'uncited');
    assert.ok(finding?.fix, JSON.stringify(result.findings));
    const fixed = applyEdits(text, finding.fix.edits);
    assert.deepEqual(kinds(fixed, language), [], fixed);
    return fixed;
  }

  it('follows the document\'s formatted style: APA, MLA, Chicago author-date, Harvard', () => {
    const cases: [string, string][] = [
      ['(“Outstanding Results,” 2007, para. 8)', '(“Outstanding Results,” 2007, para. 9)'],
      ['(“Outstanding Results,” par. 8)', '(“Outstanding Results,” par. 9)'],
      ['(“Outstanding Results” 2007, para. 8)', '(“Outstanding Results” 2007, para. 9)'],
      ['(‘The outstanding results of CPC’s international relations’, 2007, para. 8)', '(‘The outstanding results of CPC’s international relations’, 2007, para. 9)'],
    ];
    for (const [earlier, expected] of cases) {
      const fixed = inserted(`Earlier: “${EARLIER}” ${earlier}.\n\nIt adds: “${SENTENCE}” That is all.\n`);
      assert.ok(fixed.includes(`“${SENTENCE}” ${expected}`), fixed);
    }
  });

  it('follows the document\'s keys, with the key it uses', () => {
    const text = `Earlier: “${EARLIER}” [@zhong2007, para. 8].\n\nIt adds: “${SENTENCE}” That is all.\n`;
    const finding = checkQuotations(text, 'markdown', work, { keys: ['zhong2007'] }).findings.find((f) => f.kind === 'uncited');
    const fixed = applyEdits(text, finding?.fix?.edits ?? []);
    assert.ok(fixed.includes(`“${SENTENCE}” [@zhong2007, para. 9]`), fixed);
  });

  it('follows a Chicago note with a short note, numbered after the document\'s notes', () => {
    const note = '[^1]: “The Outstanding Results of CPC’s International Relations,” in *International Relations of the Communist Party of China*, ed. Zhong Lianyan (Beijing: China Intercontinental Press, 2007), para. 8.';
    const fixed = inserted(`Earlier: “${EARLIER}.”[^1]\n\nIt adds: “${SENTENCE}” That is all.\n\n${note}\n`);
    assert.ok(fixed.includes(`“${SENTENCE}”[^2]`), fixed);
    assert.ok(fixed.endsWith('[^2]: “Outstanding Results,” para. 9.\n'), fixed);
  });

  it('follows the document\'s style in LaTeX', () => {
    const fixed = inserted(`Earlier: \\enquote{${EARLIER}} (\\enquote{Outstanding Results} 2007, para.~8).\n\nIt adds: \\enquote{${SENTENCE}} That is all.\n`, 'latex');
    assert.ok(fixed.includes(`\\enquote{${SENTENCE}} (\\enquote{Outstanding Results} 2007, para.~9)`), fixed);
  });
});

describe('Problem kinds', () => {
  it('each have a code and a section of docs/checking.md under their heading', () => {
    const docs = fs.readFileSync(path.join(__dirname, '../../../docs/checking.md'), 'utf8');
    for (const [kind, { code, heading }] of Object.entries(FINDING_KINDS)) {
      assert.equal(code, kind);
      assert.ok(docs.includes(`\n### ${heading}\n`), `a section headed "${heading}"`);
      assert.ok(docs.includes(`| \`${code}\` | [${heading}](#${findingAnchor(kind as keyof typeof FINDING_KINDS)}) |`), `a row for ${code}`);
    }
  });

  it('tell two words changed in place (a misquotation) from parts joined', () => {
    const text = 'It says “By contacts with legal parties in these countries, the CPC has made many good friends all over the world” [@cpcir2007outstanding, para. 5].';
    assert.deepEqual(kinds(text), ['misquotation']);
  });
});

describe('GB/T 7714 author-year citations', () => {
  const QUOTE = '“the CPC has broadened the domain of its international relations”';

  it('read the pinpoint set as a superscript after the parentheses', () => {
    assert.deepEqual(kinds(`It says ${QUOTE} (佚名, 2007)<sup>para. 8</sup>.`), []);
    assert.deepEqual(kinds(`It says ${QUOTE} (佚名, 2007)<sup>para. 9</sup>.`), ['wrong-locator']);
    assert.deepEqual(kinds(`It says \\enquote{the CPC has broadened the domain of its international relations} (佚名, 2007)\\textsuperscript{para.~9}.`, 'latex'), ['wrong-locator']);
  });

  it('may cite without a pinpoint', () => {
    assert.deepEqual(kinds(`It says ${QUOTE} (佚名, 2007).`), []);
  });
});
