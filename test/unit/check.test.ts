import * as assert from 'node:assert/strict';
import { checkQuotations, type CheckResult, type DocumentLanguage, type Finding } from '../../src/core/check';
import { bundledWork } from '../../src/core/corpus';
import { applyEdits } from '../fixtures/check/expect';

const work = bundledWork();
const KEY = work.record.key;

function check(text: string, language: DocumentLanguage = 'markdown'): CheckResult {
  return checkQuotations(text, language, work);
}

function only(result: CheckResult, kind: Finding['kind']): Finding {
  const found = result.findings.filter((f) => f.kind === kind);
  assert.equal(found.length, 1, `one ${kind}, found: ${JSON.stringify(result.findings.map((f) => f.message))}`);
  return found[0];
}

/** Asserts that `text` holds one quotation of paragraph(s) `paragraphs`, cited, and nothing to report. */
function assertFaithful(text: string, paragraphs: number[], language: DocumentLanguage = 'markdown'): void {
  const result = check(text, language);
  assert.deepEqual(result.findings.map((f) => f.message), []);
  assert.equal(result.quotations.length, 1, 'one quotation found');
  assert.deepEqual(result.quotations[0].paragraphs, paragraphs);
  assert.notEqual(result.quotations[0].citation, undefined, 'the quotation goes with its citation');
}

/** Asserts one misquotation with `message`, whose fix turns `text` into `fixed`, which is then clean. */
function assertMisquotation(text: string, message: string, fixed: string, language: DocumentLanguage = 'markdown'): void {
  const finding = only(check(text, language), 'misquotation');
  assert.equal(finding.message, message);
  assert.equal(applyEdits(text, finding.fix?.edits ?? []), fixed);
  assert.deepEqual(check(fixed, language).findings.map((f) => f.message), [], 'the fixed text is clean');
}

describe('The quotation checker accepts faithful quotations', () => {
  const cite = (p: number) => `[@${KEY}, para. ${p}]`;

  it('in straight, curly, single curly and angle quotation marks', () => {
    assertFaithful(`It says "the CPC has brought this advantage to a maximum display" ${cite(5)}.`, [5]);
    assertFaithful(`It says “the CPC has brought this advantage to a maximum display” ${cite(5)}.`, [5]);
    assertFaithful(`It says ‘the CPC has brought this advantage to a maximum display’ ${cite(5)}.`, [5]);
    assertFaithful(`It says «the CPC has brought this advantage to a maximum display» ${cite(5)}.`, [5]);
  });

  it('with curly or straight apostrophes, whichever the text has', () => {
    assertFaithful(`“CPC’s international relations have played a very positive role” ${cite(1)}`, [1]);
    assertFaithful(`"CPC's international relations have played a very positive role" ${cite(1)}`, [1]);
    assertFaithful(`"CPCʼs international relations have played a very positive role" ${cite(1)}`, [1]);
  });

  it('with the hyphen typed as an en dash or a non-breaking hyphen', () => {
    assertFaithful(`"The party–to–party relations have functioned as a cornerstone" ${cite(3)}`, [3]);
    assertFaithful(`"The party\u2011to\u2011party relations have functioned as a cornerstone" ${cite(3)}`, [3]);
  });

  it('with other spacing: doubled spaces, non-breaking spaces and line breaks', () => {
    assertFaithful(`"The party-to-party  relations have\u00a0functioned as\na cornerstone" ${cite(3)}`, [3]);
    assertFaithful(`"The party-to-party relations have\r\nfunctioned as a cornerstone" ${cite(3)}`, [3]);
  });

  it('with words left out and marked by an ellipsis: "...", "…", "[...]", "[…]", ". . ." or "...."', () => {
    for (const mark of ['...', '…', '[...]', '[…]', '. . .']) {
      assertFaithful(`"For many years, the CPC has brought this advantage ${mark} to a maximum display" ${cite(5)}`, [5]);
      assertFaithful(`"The party-to-party relations have functioned as a cornerstone for the state-to-state relations ${mark} high-level contacts and political dialogues between two parties" ${cite(3)}`, [3]);
    }
    assertFaithful(`"For many years, the CPC has brought this advantage to a maximum display.... By contacts with legal parties" ${cite(5)}`, [5]);
  });

  it('with the writer\'s words in square brackets, added or standing for a few of the text\'s words', () => {
    assertFaithful(`"For many years, the CPC [of China] has brought this advantage to a maximum display" ${cite(5)}`, [5]);
    assertFaithful(`"[The CPC's international relations] have a unique role in facilitating the progress of healthy and stable state-to-state relations" ${cite(2)}`, [2]);
  });

  it('with "[sic]" after the text\'s own slips', () => {
    assertFaithful(`"The CPC has drawn experience from other party's [sic] lessons" ${cite(7)}`, [7]);
  });

  it('with the first word\'s capital changed, plainly or in brackets, also after an ellipsis', () => {
    assertFaithful(`"the party-to-party relations have functioned as a cornerstone" ${cite(3)}`, [3]);
    assertFaithful(`"[t]he party-to-party relations have functioned as a cornerstone" ${cite(3)}`, [3]);
    assertFaithful(`"Party-to-party contacts also include the work on the countries ... for many years, the CPC has brought this advantage" ${cite(5)}`, [5]);
    assertFaithful(`"By contacts with young political figures, [T]he CPC has laid foundations" ${cite(4)}`, [4]);
  });

  it('in LaTeX: ``…\'\', \\enquote{…} with markup inside, "--" for a dash and \\ldots for an ellipsis', () => {
    const parencite = (p: number) => `\\parencite[para.~${p}]{${KEY}}`;
    assertFaithful(`It says \`\`the CPC has brought this advantage to a maximum display'' ${parencite(5)}.`, [5], 'latex');
    assertFaithful(`It says \\enquote{the CPC has brought \\emph{this} advantage to a\nmaximum display} ${parencite(5)}.`, [5], 'latex');
    assertFaithful(`\\enquote{The party--to--party relations have functioned as a cornerstone} ${parencite(3)}`, [3], 'latex');
    assertFaithful(`\\enquote{For many years, the CPC has brought this advantage \\ldots{} to a maximum display} ${parencite(5)}`, [5], 'latex');
  });

  it('as block quotations: Markdown "> " lines, LaTeX quote environments, indented plain text', () => {
    assertFaithful(`It says:\n\n> For many years, the CPC has brought this advantage to a maximum display. By contacts with legal\n> parties in these countries, the CPC has made numerous friends all over the world. ${cite(5)}\n`, [5]);
    assertFaithful(`It says:\n\\begin{quote}\nFor many years, the CPC has brought this advantage to a maximum display.\n\\parencite[para.~5]{${KEY}}\n\\end{quote}\n`, [5], 'latex');
    assertFaithful(`It says:\n\n    For many years, the CPC has brought this advantage to a maximum display.\n    By contacts with legal parties in these countries. (Zhong, 2007, para. 5)\n`, [5], 'plaintext');
  });

  it('across two paragraphs of different sections, leaving out the heading between them', () => {
    const [nine, ten] = [work.paragraphs[8].text, work.paragraphs[9].text];
    assertFaithful(`> ${nine}\n>\n> ${ten} [@${KEY}, paras. 9–10]\n`, [9, 10]);
  });
});

describe('The quotation checker reports misquotations, saying what differs, with a fix that restores the text', () => {
  const cite = (p: number) => `[@${KEY}, para. ${p}]`;

  it('a changed word', () => {
    assertMisquotation(
      `"The party-to-party relations have functioned as a keystone for the state-to-state relations" ${cite(3)}`,
      'Misquotation of para. 3: “keystone” should be “cornerstone”.',
      `"The party-to-party relations have functioned as a cornerstone for the state-to-state relations" ${cite(3)}`,
    );
  });

  it('a word left out without an ellipsis', () => {
    assertMisquotation(
      `"For many years, the CPC has brought this advantage to a display" ${cite(5)}`,
      'Misquotation of para. 5: “maximum” is left out after “a”.',
      `"For many years, the CPC has brought this advantage to a maximum display" ${cite(5)}`,
    );
  });

  it('a word added without square brackets', () => {
    assertMisquotation(
      `"For many years, the CPC has proudly brought this advantage to a maximum display" ${cite(5)}`,
      'Misquotation of para. 5: “proudly” is not in the text.',
      `"For many years, the CPC has brought this advantage to a maximum display" ${cite(5)}`,
    );
  });

  it('a capital changed inside the quotation (the first word\'s may change)', () => {
    assertMisquotation(
      `"for many years, the cpc has brought this advantage to a maximum display" ${cite(5)}`,
      'Misquotation of para. 5: “cpc” should be “CPC”.',
      `"for many years, the CPC has brought this advantage to a maximum display" ${cite(5)}`,
    );
  });

  it('a misspelt word and a changed number', () => {
    assertMisquotation(
      `"with over 80 million members and leading a country of 1.3 billion peeple" ${cite(6)}`,
      'Misquotation of para. 6: “80” should be “70”; “peeple” should be “people”.',
      `"with over 70 million members and leading a country of 1.3 billion people" ${cite(6)}`,
    );
  });

  it('several differences at once, listing the first three', () => {
    const text = `"For several years, the party has brought this benefit to a maximal display" ${cite(5)}`;
    const finding = only(check(text), 'misquotation');
    assert.equal(finding.message, 'Misquotation of para. 5: “several” should be “many”; “party” should be “CPC”; “benefit” should be “advantage”; and 1 more difference.');
    assert.equal(applyEdits(text, finding.fix?.edits ?? []), `"For many years, the CPC has brought this advantage to a maximum display" ${cite(5)}`);
  });

  it('words around an ellipsis out of the text\'s order, as parts joined out of order, fixed by reordering them', () => {
    const text = `"the CPC has brought this advantage to a maximum display ... Party-to-party contacts also include the work" ${cite(5)}`;
    const result = check(text);
    assert.deepEqual(result.findings.map((f) => f.kind), ['joined-parts']);
    assert.equal(result.findings[0].message, 'Parts out of order: in the text, “Party-to-party contacts also include the work” comes before “the CPC has brought this advantage…”.');
    const fixed = applyEdits(text, result.findings[0].fix?.edits ?? []);
    assert.equal(fixed, `"Party-to-party contacts also include the work … the CPC has brought this advantage to a maximum display" ${cite(5)}`);
    assert.deepEqual(check(fixed).findings, []);
  });

  it('pieces from places apart joined with no ellipsis, fixed by marking the join', () => {
    const text = `"Party-to-party contacts also include the work, the CPC has made numerous friends all over the world" ${cite(5)}`;
    const result = check(text);
    assert.deepEqual(result.findings.map((f) => f.kind), ['joined-parts']);
    assert.match(result.findings[0].message, /^Parts joined without an ellipsis: words of the text are left out before “the CPC has made numerous/);
    const fixed = applyEdits(text, result.findings[0].fix?.edits ?? []);
    assert.equal(fixed, `"Party-to-party contacts also include the work … the CPC has made numerous friends all over the world" ${cite(5)}`);
    assert.deepEqual(check(fixed).findings, []);
  });

  it('square brackets standing for more than a few words', () => {
    const finding = only(check(`"By contacts with [them], the CPC has made numerous friends all over the world" ${cite(5)}`), 'misquotation');
    assert.match(finding.message, /^Misquotation of para\. 5: “[^”]+” is left out after “with”\.$/);
  });

  it('in LaTeX, keeping the markup around a corrected word', () => {
    assertMisquotation(
      `\\enquote{For many years, the CPC has brought this \\emph{benefit} to a maximum display} \\parencite[para.~5]{${KEY}}`,
      'Misquotation of para. 5: “benefit” should be “advantage”.',
      `\\enquote{For many years, the CPC has brought this \\emph{advantage} to a maximum display} \\parencite[para.~5]{${KEY}}`,
      'latex',
    );
  });

  it('in a block quotation over several lines, restoring a word left out at a line break', () => {
    assertMisquotation(
      `> For many years, the CPC has brought this advantage to a\n> display. ${cite(5)}\n`,
      'Misquotation of para. 5: “maximum” is left out after “a”.',
      `> For many years, the CPC has brought this advantage to a maximum\n> display. ${cite(5)}\n`,
    );
  });
});

describe('The quotation checker reports wrong locators, with a fix that corrects them', () => {
  const quote = '"By contacts with young political figures, the CPC has laid foundations for future state-to-state relations"';

  it('in every spelling of a paragraph locator, keeping the spelling', () => {
    const cases: [string, DocumentLanguage, string, string][] = [
      [`${quote} [@${KEY}, para. 5]`, 'markdown', 'para. 5', 'para. 4'],
      [`${quote} (“Outstanding Results,” par. 5)`, 'markdown', 'par. 5', 'par. 4'],
      [`${quote} (Zhong, 2007, ¶ 5)`, 'plaintext', '¶ 5', '¶ 4'],
      [`${quote} (Zhong, 2007, Paragraph 5)`, 'plaintext', 'Paragraph 5', 'Paragraph 4'],
      [`${quote} \\parencite[para.~5]{${KEY}}`, 'latex', 'para.~5', 'para.~4'],
      [`${quote} \\parencite[paras.~5--6]{${KEY}}`, 'latex', 'paras.~5--6', 'para.~4'],
      [`${quote} [@${KEY}, paras. 5–7]`, 'markdown', 'paras. 5–7', 'para. 4'],
      [`${quote}[^1]\n\n[^1]: “Outstanding Results,” para. 5.`, 'markdown', 'para. 5', 'para. 4'],
      [`${quote}[1]para. 5`, 'plaintext', 'para. 5', 'para. 4'],
    ];
    for (const [text, language, written, corrected] of cases) {
      const finding = only(check(text, language), 'wrong-locator');
      assert.equal(text.slice(finding.range.start, finding.range.end), written, text);
      assert.equal(finding.fix?.edits.length, 1);
      const fixed = applyEdits(text, finding.fix?.edits ?? []);
      assert.equal(fixed, text.replace(written, corrected));
      assert.deepEqual(check(fixed, language).findings, [], `the fixed text is clean: ${fixed}`);
    }
  });

  it('says where the quotation is', () => {
    const finding = only(check(`${quote} [@${KEY}, para. 5]`), 'wrong-locator');
    assert.equal(finding.message, 'Wrong locator: “By contacts with young political figures,…” is in para. 4, not para. 5.');
    assert.equal(finding.fix?.title, 'Change the locator to “para. 4”');
  });

  it('widens a locator to the paragraphs a quotation spans', () => {
    const text = `> ${work.paragraphs[8].text}\n>\n> ${work.paragraphs[9].text} [@${KEY}, para. 9]\n`;
    const finding = only(check(text), 'wrong-locator');
    assert.equal(applyEdits(text, finding.fix?.edits ?? []), text.replace('para. 9]', 'paras. 9–10]'));
  });

  it('accepts a range that holds the quotation, and a phrase the text repeats when the cited paragraph has it', () => {
    assert.deepEqual(check(`${quote} [@${KEY}, paras. 3–5]`).findings, []);
    assert.deepEqual(check(`"the reform and opening-up" [@${KEY}, para. 8]`).findings, []);
    assert.deepEqual(check(`"the reform and opening-up" [@${KEY}, para. 1]`).findings.map((f) => f.kind), ['wrong-locator']);
  });

  it('reports a paragraph the text does not have, with no fix when no quotation says which is meant', () => {
    const finding = only(check(`As the chapter argues [@${KEY}, para. 40], parties matter.`), 'wrong-locator');
    assert.equal(finding.message, `Wrong locator: there is no para. 40; the paragraphs of “${work.record.title}” are numbered 1 to 13.`);
    assert.equal(finding.fix, undefined);
  });

  it('checks a short quotation\'s place too, but not a word in quotation marks that is not the text\'s', () => {
    assert.equal(only(check(`As an "accelerator" [@${KEY}, para. 5]`), 'wrong-locator').fix?.edits[0].newText, 'para. 4');
    assert.deepEqual(check(`A "soft" approach [@${KEY}, para. 5]`).findings, []);
  });
});

describe('The quotation checker reports quotations without a citation, with a fix that inserts one', () => {
  const words = 'CPC\'s role has been significant to the solution of disputes and regional stability';

  it('in Markdown, LaTeX and plain text, after the closing mark or at the end of a block quotation', () => {
    const cases: [string, DocumentLanguage, string][] = [
      [`Its claim is that "${words}."`, 'markdown', `Its claim is that "${words}." [@${KEY}, para. 13]`],
      [`Its claim is that \\enquote{${words}}.`, 'latex', `Its claim is that \\enquote{${words}} \\parencite[para.~13]{${KEY}}.`],
      [`Its claim is that “${words}.”`, 'plaintext', `Its claim is that “${words}.” (“Outstanding Results,” 2007, para. 13)`],
      [`It ends:\n\n> ${words}.\n`, 'markdown', `It ends:\n\n> ${words}. [@${KEY}, para. 13]\n`],
    ];
    for (const [text, language, fixed] of cases) {
      const finding = only(check(text, language), 'uncited');
      assert.equal(finding.message, `Quotation from “${work.record.title}” (para. 13) without a citation.`);
      assert.equal(finding.fix?.title, 'Insert a citation (para. 13)');
      assert.equal(applyEdits(text, finding.fix?.edits ?? []), fixed);
      assert.deepEqual(check(fixed, language).findings, [], `the fixed text is clean: ${fixed}`);
    }
  });

  it('reports an uncited misquotation twice over: uncited, and misquoted', () => {
    const result = check('Its claim is that "CPC\'s role has been crucial to the solution of disputes and regional stability."');
    assert.deepEqual(result.findings.map((f) => f.kind).sort(), ['misquotation', 'uncited']);
  });

  it('calls an uncited quotation the text\'s when seven words in ten are the text\'s words in place, and not when fewer are', () => {
    // Thirteen words: ten in place call it the text's (misquoted), nine do not; the others are no words of the text.
    const replaced = (n: number): string => words.split(' ').map((w, i) => (i >= 2 && i < 2 + n ? `zorblax${i}` : w)).join(' ');
    assert.equal(words.split(' ').length, 13);
    assert.deepEqual(check(`Its claim is that "${replaced(3)}."`).findings.map((f) => f.kind).sort(), ['misquotation', 'uncited']);
    assert.deepEqual(check(`Its claim is that "${replaced(4)}."`).findings, []);
  });

  it('leaves alone quotations under eight words, quotations of other texts, and quotations cited to another work', () => {
    assert.deepEqual(check('They call it "significant to the solution of disputes" here.').findings, []);
    assert.deepEqual(check('A proverb says "a journey of a thousand miles begins with a single step".').findings, []);
    assert.deepEqual(check(`Smith (2001) says "CPC's role has been significant to the solution of disputes and regional stability" (p. 4).`).findings, []);
    assert.deepEqual(check(`As one paper puts it, "${words}" [@smith2001, p. 4].`).findings, []);
  });

  it('uses the formatter it is given, appending a note where the style has notes', () => {
    const text = `Its claim is that "${words}."`;
    const result = checkQuotations(text, 'markdown', work, {
      citationFor: (passage, language, context) => ({
        inline: `[^${context.nextNoteNumber}]`,
        note: `[^${context.nextNoteNumber}]: ${language} note for ¶ ${passage.locator.kind === 'paragraphs' ? passage.locator.first : '?'}.`,
      }),
    });
    const finding = only(result, 'uncited');
    assert.equal(applyEdits(text, finding.fix?.edits ?? []), `${text}[^1]\n\n[^1]: markdown note for ¶ 13.\n`);
  });
});

describe('The quotation checker reports cited quotations the text does not hold', () => {
  it('as not found, with no fix', () => {
    const finding = only(check(`"Parties everywhere should learn from one another" [@${KEY}, para. 6]`), 'not-found');
    assert.equal(finding.message, `Not found in “${work.record.title}”: no passage of the text matches this quotation.`);
    assert.equal(finding.fix, undefined);
  });
});
