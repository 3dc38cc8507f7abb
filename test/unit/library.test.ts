import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { LibraryChecker } from '../../src/core/check';
import { BUNDLED_CORPUS_FILE, bundledWork } from '../../src/core/corpus';
import { Library } from '../../src/core/library';
import { isPassage, passageArgument, paragraphPassage } from '../../src/core/passage';
import { joinReferenceLists } from '../../src/core/referenceList';
import { frontMatterOf, suggestKey } from '../../src/core/recordYaml';
import { organisation } from '../../src/core/model';
import { parseText } from '../../src/core/parse';

const CONSTITUTION_FILE = 'texts/constitution.text.md';
const constitution = fs.readFileSync(path.join(__dirname, '../../../test/fixtures/texts/constitution.text.md'), 'utf8');

function library(...sources: { file: string; source: string }[]): Library {
  const lib = new Library(bundledWork, BUNDLED_CORPUS_FILE);
  lib.setSources(sources);
  return lib;
}

describe('The library', () => {
  it('holds the bundled text first, then the texts the writer brings, by key', () => {
    const lib = library({ file: CONSTITUTION_FILE, source: constitution });
    assert.deepEqual(lib.works().map((w) => w.id), ['cpcir2007outstanding', 'usconstitution1787']);
    assert.equal(lib.get('usconstitution1787')?.paragraphs.length, 2);
    assert.equal(lib.get(undefined)?.id, 'cpcir2007outstanding');
    assert.equal(lib.get('nonesuch'), undefined);
    assert.equal(lib.byFile(CONSTITUTION_FILE)?.work.record.title, 'The Constitution of the United States');
    assert.deepEqual(lib.problems(), []);
  });

  it('leaves out a malformed text, reports it at its line, and keeps the others', () => {
    const broken = constitution.replace('issued: 1787-09-17', 'issued: someday');
    const lib = library({ file: 'a.text.md', source: broken }, { file: CONSTITUTION_FILE, source: constitution.replace('usconstitution1787', 'other') });
    assert.deepEqual(lib.works().map((w) => w.id), ['cpcir2007outstanding', 'other']);
    assert.equal(lib.problems().length, 1);
    assert.equal(lib.problems()[0].file, 'a.text.md');
    assert.equal(lib.problems()[0].line, 10);
  });

  it('says which file already has a key, and keeps the first text under it', () => {
    const lib = library({ file: 'one.text.md', source: constitution }, { file: 'two.text.md', source: constitution });
    assert.deepEqual(lib.works().map((w) => w.id), ['cpcir2007outstanding', 'usconstitution1787']);
    assert.equal(lib.byFile('one.text.md')?.work.id, 'usconstitution1787');
    assert.equal(lib.problems().length, 1);
    assert.equal(lib.problems()[0].file, 'two.text.md');
    assert.equal(lib.problems()[0].line, 4);
    assert.match(lib.problems()[0].message, /already the key of one\.text\.md \(line 4\)/);
  });

  it('tells its listeners of every change, until they leave', () => {
    const lib = library();
    let calls = 0;
    const listening = lib.onDidChange(() => calls++);
    lib.setSources([{ file: CONSTITUTION_FILE, source: constitution }]);
    listening.dispose();
    lib.setSources([]);
    assert.equal(calls, 1);
    assert.equal(lib.works().length, 1);
  });
});

describe('A passage names its text', () => {
  it('carries the key of its work, and is accepted as a command argument with it', () => {
    const work = library({ file: CONSTITUTION_FILE, source: constitution }).get('usconstitution1787');
    assert.ok(work);
    const passage = paragraphPassage(work.paragraphs[1], work);
    assert.equal(passage.work, 'usconstitution1787');
    assert.ok(isPassage(passage));
    assert.deepEqual(passageArgument({ passage }), passage);
    assert.equal(isPassage({ ...passage, work: 4 }), false);
  });
});

describe('Checking against every text of the library', () => {
  const lib = library({ file: CONSTITUTION_FILE, source: constitution });
  const checker = () => new LibraryChecker(lib.works());
  const preamble = 'in Order to form a more perfect Union, establish Justice, insure domestic Tranquility';

  it('matches a quotation to the text its key names, and finds nothing wrong when it holds it', () => {
    const result = checker().check(`They wrote “${preamble}” [@usconstitution1787, para. 1].\n`, 'markdown');
    assert.deepEqual(result.findings, []);
    const own = result.results.find((r) => r.work.id === 'usconstitution1787');
    assert.deepEqual(own?.result.coverage, [{ paragraph: 1, citations: 1, quotations: 1, uncited: 0 }]);
  });

  it('reads the document\'s manner of citing, so that an uncited quotation is cited the same way', () => {
    const text = 'Earlier: “the CPC has broadened the domain of its international relations” (“Outstanding Results,” 2007, para. 8).\n\n'
      + 'Then: “CPC\'s role has been significant to the solution of disputes and regional stability.”\n';
    const result = checker().check(text, 'markdown');
    assert.deepEqual(result.findings.map((f) => f.kind), ['uncited']);
    assert.deepEqual(result.manner, { output: 'formatted', style: 'apa' });
  });

  it('reports a quotation cited as the wrong text, with a fix that cites the text holding it', () => {
    const text = `They wrote “${preamble}” [@cpcir2007outstanding, para. 4].\n`;
    const result = checker().check(text, 'markdown');
    assert.deepEqual(result.findings.map((f) => f.kind), ['wrong-text']);
    const finding = result.findings[0];
    assert.equal(finding.message, 'Cited as “The Outstanding Results of CPC\'s International Relations”, but the quotation is from “The Constitution of the United States” (para. 1).');
    assert.equal(text.slice(finding.range.start, finding.range.end), preamble);
    const edit = finding.fix?.edits[0];
    assert.ok(edit);
    const fixed = text.slice(0, edit.range.start) + edit.newText + text.slice(edit.range.end);
    assert.equal(fixed, `They wrote “${preamble}” [@usconstitution1787, para. 1].\n`);
    assert.deepEqual(checker().check(fixed, 'markdown').findings, []);
  });

  it('rewrites a biblatex citation too', () => {
    const text = 'They wrote ``' + preamble + "'' \\parencite[para.~2]{cpcir2007outstanding}.\n";
    const finding = checker().check(text, 'latex').findings.find((f) => f.kind === 'wrong-text');
    assert.equal(finding?.fix?.edits[0].newText, '\\parencite[para.~1]{usconstitution1787}');
  });

  it('still says not found when no text holds the quotation', () => {
    const result = checker().check('They wrote “the moon is made of green cheese entirely” [@usconstitution1787, para. 1].\n', 'markdown');
    assert.deepEqual(result.findings.map((f) => [f.kind, f.work]), [['not-found', 'usconstitution1787']]);
  });

  it('reports a long uncited quotation of the writer\'s text once', () => {
    const result = checker().check(`They wrote “${preamble}, provide for the common defence”.\n`, 'markdown');
    assert.deepEqual(result.findings.map((f) => [f.kind, f.work]), [['uncited', 'usconstitution1787']]);
  });
});

describe('A reference list of several texts', () => {
  it('keeps the first heading and lists every entry once, in alphabetical order', () => {
    const joined = joinReferenceLists([
      '\n\n## References\n\nZhong, L. (Ed.). (2007). Outstanding.\n\n',
      '\n\n## References\n\nConstitutional Convention. (1787). The Constitution.\n\n',
      '\n\n## References\n\nZhong, L. (Ed.). (2007). Outstanding.\n\n',
    ]);
    assert.equal(joined, '\n\n## References\n\nConstitutional Convention. (1787). The Constitution.\n\nZhong, L. (Ed.). (2007). Outstanding.\n\n');
  });
});

describe('The front matter "Make This File a Text…" writes', () => {
  it('is read back as the record given, with persons, organisations and quoted marks', () => {
    const fields = {
      key: 'scio2011peaceful',
      type: 'report' as const,
      title: 'China\'s Peaceful Development: a "white paper" #1',
      authors: ['State Council Information Office', 'Doe, Jane'],
      issued: '2011-09',
      publisher: 'Foreign Languages Press',
      place: 'Beijing',
    };
    const result = parseText(`${frontMatterOf(fields)}A sample paragraph, labelled as such.\n`, 'made.text.md');
    assert.ok(result.ok, result.ok ? '' : result.problems.map((p) => `${p.line}: ${p.message}`).join('\n'));
    const { record } = result.work;
    assert.equal(record.key, 'scio2011peaceful');
    assert.equal(record.title, fields.title);
    assert.deepEqual(record.authors, [organisation('State Council Information Office'), { family: 'Doe', given: 'Jane' }]);
    assert.deepEqual([record.issued.year, record.issued.month], [2011, 9]);
    assert.equal(record.publisher, 'Foreign Languages Press');
    assert.equal(result.work.paragraphs.length, 1);
  });

  it('suggests a key from the first author, the year and the title', () => {
    assert.equal(suggestKey({ authors: ['Zhong, Lianyan'], issued: '2007-10', title: 'The Outstanding Results' }), 'zhong2007outstanding');
    assert.equal(suggestKey({ authors: [], issued: '1787', title: 'Constitution of the United States' }), 'constitution1787united');
  });
});
