import * as assert from 'node:assert/strict';
import { addToBibliography, bibliographyFormat, bibliographyNamed, citedWork, exportRecord } from '../../src/core/cite';
import { readBibtex } from '../../src/core/cite/bibtex';
import { bundledWork } from '../../src/core/corpus';
import { SIMPLIFIED_CHINESE } from '../../src/core/messages';

const cited = citedWork(bundledWork());
const ENTRY = exportRecord(cited, 'bibtex');
const OTHER = '@book{other2001,\n  title = {Another {Book}},\n  author = "Doe, {J}ane" # " Jr",\n  year = 2001,\n}\n';

describe('Adding the record to a BibTeX file', () => {
  it('appends the entry after a blank line, changing nothing before it', () => {
    assert.deepEqual(addToBibliography(OTHER, 'bibtex', cited), { kind: 'added', text: `${OTHER}\n${ENTRY}` });
    assert.deepEqual(addToBibliography(OTHER.trimEnd(), 'bibtex', cited), { kind: 'added', text: `${OTHER.trimEnd()}\n\n${ENTRY}` });
    assert.deepEqual(addToBibliography('', 'bibtex', cited), { kind: 'added', text: ENTRY });
  });

  it('writes the file\'s own CRLF line endings', () => {
    const crlf = OTHER.replace(/\n/g, '\r\n');
    const result = addToBibliography(crlf, 'bibtex', cited);
    assert.equal(result.kind, 'added');
    assert.equal(result.kind === 'added' && result.text, `${crlf}\r\n${ENTRY.replace(/\n/g, '\r\n')}`);
  });

  it('adds nothing when the key or the title is already there', () => {
    const added = addToBibliography(OTHER, 'bibtex', cited);
    assert.ok(added.kind === 'added');
    assert.deepEqual(addToBibliography(added.text, 'bibtex', cited), { kind: 'present', key: 'cpcir2007outstanding' });
    const sameTitle = '@InCollection{zhong2007, title = "The Outstanding Results of {CPC}\'s International Relations"}';
    assert.deepEqual(addToBibliography(sameTitle, 'bibtex', cited), { kind: 'present', key: 'zhong2007' });
  });

  it('reads comments, @string, @preamble and text between entries as BibTeX does', () => {
    const text = '% a comment\n@string{ cip = "China Intercontinental Press" }\n@preamble{ "\\newcommand{\\x}{}" }\n@comment{ anything {nested} }\nloose text\n@misc(paren, title = {T} # cip)\n';
    assert.deepEqual(readBibtex(text), { entries: [{ key: 'paren', title: undefined }] });
  });

  it('leaves a malformed file untouched and says on which line it goes wrong', () => {
    const cases: [string, number, string][] = [
      ['@book{ok, title = {A}}\n\n@book{broken,\n  title = {Unclosed,\n  year = 2001\n}\n', 3, 'the entry "broken" is not closed by "}"'],
      ['@book{a,\n  title = "Unclosed,\n  year = 2001\n}\n', 2, 'the value of "title" in "a" opens a quotation mark that is never closed'],
      ['@book{a,\n  title = {Unclosed,\n  year = 2001\n', 2, 'the value of "title" in "a" opens a "{" that is never closed'],
      ['@book{a,\n  title = {A}\n  year = 2001\n}\n', 3, 'the entry "a" is not closed by "}" (a comma may be missing between fields)'],
      ['@book{a,\n  title {A}\n}\n', 2, 'the field "title" of "a" has no "=" after its name'],
      ['\n@book{\n  title = {A}\n}\n', 2, '@book has no citation key'],
      ['@{x}', 1, 'an "@" must be followed by an entry type such as @book or @incollection'],
    ];
    for (const [text, line, message] of cases) assert.deepEqual(addToBibliography(text, 'bibtex', cited), { kind: 'malformed', line, message });
  });

  it('says why in Chinese when asked, at the same line', () => {
    const zh = (text: string, format: 'bibtex' | 'csl-json') => addToBibliography(text, format, cited, SIMPLIFIED_CHINESE.bib);
    assert.deepEqual(zh('@book{a,\n  title = {A}\n  year = 2001\n}\n', 'bibtex'), { kind: 'malformed', line: 3, message: '条目“a”没有用“}”结束（字段之间可能缺少逗号）' });
    assert.deepEqual(zh('\n@book{\n  title = {A}\n}\n', 'bibtex'), { kind: 'malformed', line: 2, message: '@book 没有引用键' });
    assert.deepEqual(zh('[\n  {"id": "a"},\n  {"id": "b",}\n]\n', 'csl-json'), { kind: 'malformed', line: 3, message: '此处的 JSON 无效（“}”）' });
    assert.deepEqual(zh('{"items": []}', 'csl-json'), { kind: 'malformed', line: 1, message: 'CSL-JSON 文件须为著录信息的列表，[ … ]' });
  });
});

describe('Adding the record to a CSL-JSON file', () => {
  const item = JSON.parse(exportRecord(cited, 'csl-json'))[0] as Record<string, unknown>;

  it('adds the item after the last one, in the file\'s indentation, changing nothing else', () => {
    const text = '[\n    {\n        "id": "other",\n        "title": "Other"\n    }\n]\n';
    const result = addToBibliography(text, 'csl-json', cited);
    assert.ok(result.kind === 'added');
    assert.ok(result.text.startsWith('[\n    {\n        "id": "other",\n        "title": "Other"\n    },\n    {\n        "id": "cpcir2007outstanding",'));
    assert.ok(result.text.endsWith('\n    }\n]\n'));
    assert.deepEqual(JSON.parse(result.text), [{ id: 'other', title: 'Other' }, item]);
  });

  it('fills an empty list, and keeps a one-line file on one line', () => {
    const empty = addToBibliography('[]', 'csl-json', cited);
    assert.ok(empty.kind === 'added');
    assert.deepEqual(JSON.parse(empty.text), [item]);
    const compact = addToBibliography('[{"id":"other"}]', 'csl-json', cited);
    assert.ok(compact.kind === 'added');
    assert.equal(compact.text, `[{"id":"other"},${JSON.stringify(item)}]`);
  });

  it('adds nothing when the id or the title is already there', () => {
    assert.deepEqual(addToBibliography('[{"id": "cpcir2007outstanding"}]', 'csl-json', cited), { kind: 'present', key: 'cpcir2007outstanding' });
    assert.deepEqual(addToBibliography('[{"id": "z", "title": "The Outstanding Results of CPC\'s International Relations"}]', 'csl-json', cited), { kind: 'present', key: 'z' });
  });

  it('leaves malformed JSON untouched and says on which line it goes wrong', () => {
    assert.deepEqual(addToBibliography('[\n  {"id": "a"},\n  {"id": "b",}\n]\n', 'csl-json', cited), { kind: 'malformed', line: 3, message: 'the JSON is not valid here ("}")' });
    assert.deepEqual(addToBibliography('[\n  {"id": "a"\n', 'csl-json', cited), { kind: 'malformed', line: 3, message: 'the JSON ends too early (a bracket or quotation mark is not closed)' });
    assert.deepEqual(addToBibliography('{"items": []}', 'csl-json', cited), { kind: 'malformed', line: 1, message: 'a CSL-JSON file holds a list of records, [ … ]' });
  });

  it('knows bibliography files by their names', () => {
    assert.deepEqual(['refs.bib', 'REFS.BIBTEX', 'refs.json', 'notes.md'].map(bibliographyFormat), ['bibtex', 'bibtex', 'csl-json', undefined]);
  });
});

describe('Bibliography files that would hang, crash or be changed', () => {
  const item = JSON.parse(exportRecord(cited, 'csl-json'))[0] as Record<string, unknown>;

  it('adds to a CSL-JSON file with a long run of whitespace, changing nothing but the insertion', () => {
    const spaces = ' '.repeat(160_000);
    const text = `[{"id":"other"}${spaces}]`;
    const result = addToBibliography(text, 'csl-json', cited);
    assert.deepEqual(result, { kind: 'added', text: `[{"id":"other"},${JSON.stringify(item)}${spaces}]` });
    const inside = `[${spaces}{"id":"other"}]`;
    assert.equal(addToBibliography(inside, 'csl-json', cited).kind, 'added');
    assert.equal(addToBibliography(`[${spaces}`, 'csl-json', cited).kind, 'malformed');
  });

  it('says where a deeply nested CSL-JSON file goes wrong instead of overflowing the stack', () => {
    assert.deepEqual(addToBibliography('['.repeat(10_000), 'csl-json', cited), { kind: 'malformed', line: 1, message: 'the JSON ends too early (a bracket or quotation mark is not closed)' });
    assert.deepEqual(addToBibliography(`${'['.repeat(10_000)}}`, 'csl-json', cited), { kind: 'malformed', line: 1, message: 'the JSON is not valid here ("}")' });
    assert.equal(addToBibliography('{'.repeat(10_000), 'bibtex', cited).kind, 'added');
  });

  it('reads a CSL-JSON file with a byte-order mark and keeps the mark', () => {
    const text = '\ufeff[\n  {"id": "other"}\n]\n';
    const result = addToBibliography(text, 'csl-json', cited);
    assert.ok(result.kind === 'added', JSON.stringify(result));
    assert.ok(result.text.startsWith('\ufeff[\n  {"id": "other"},\n  {\n    "id": "cpcir2007outstanding",'));
    assert.deepEqual(JSON.parse(result.text.slice(1)), [{ id: 'other' }, item]);
  });

  it('keeps the whitespace before the closing bracket byte for byte', () => {
    const text = '[\n  {"id": "other"}\n\n\t  ]  \n';
    const result = addToBibliography(text, 'csl-json', cited);
    assert.ok(result.kind === 'added');
    assert.ok(result.text.startsWith('[\n  {"id": "other"},\n  {'));
    assert.ok(result.text.endsWith('\n  }\n\n\t  ]  \n'), JSON.stringify(result.text.slice(-20)));
    const crlf = '[\r\n    {"id": "other"}\r\n]';
    const added = addToBibliography(crlf, 'csl-json', cited);
    assert.ok(added.kind === 'added');
    assert.ok(added.text.startsWith('[\r\n    {"id": "other"},\r\n    {\r\n        "id"'));
    assert.ok(added.text.endsWith('\r\n    }\r\n]'));
    assert.equal(added.text.replace(/\r\n/g, '').includes('\n'), false);
  });

  it('reports another work under the record\'s key as a conflict, and adds nothing', () => {
    assert.deepEqual(addToBibliography('[\n  {"id": "other"},\n  {"id": "cpcir2007outstanding", "title": "Something else"}\n]', 'csl-json', cited), { kind: 'conflict', key: 'cpcir2007outstanding', line: 3 });
    assert.deepEqual(addToBibliography(`${OTHER}\n@book{cpcir2007outstanding,\n  title = {Something Else}\n}\n`, 'bibtex', cited), { kind: 'conflict', key: 'cpcir2007outstanding', line: 7 });
    assert.deepEqual(addToBibliography('@book{CPCIR2007outstanding, title = {Other}}', 'bibtex', cited), { kind: 'conflict', key: 'CPCIR2007outstanding', line: 1 });
  });

  it('says a CSL item with the record\'s title and no id holds the record, with no key', () => {
    assert.deepEqual(addToBibliography(`[{"title": ${JSON.stringify(item.title)}}]`, 'csl-json', cited), { kind: 'present', key: undefined });
  });
});

describe('The bibliography file a document names', () => {
  it('reads only live LaTeX declarations, not comments, \\iffalse, verbatim text or \\verb', () => {
    assert.equal(bibliographyNamed('% \\addbibresource{commented.bib}\n\\addbibresource{live.bib}\n'), 'live.bib');
    assert.equal(bibliographyNamed('text % note \\bibliography{commented}\n\\bibliography{live}\n'), 'live.bib');
    assert.equal(bibliographyNamed('100\\% sure \\addbibresource{escaped.bib}'), 'escaped.bib');
    assert.equal(bibliographyNamed('\\begin{verbatim}\n\\addbibresource{code.bib}\n\\end{verbatim}\n\\addbibresource{live.bib}'), 'live.bib');
    assert.equal(bibliographyNamed('\\begin{lstlisting}\n\\addbibresource{code.bib}\n'), undefined);
    assert.equal(bibliographyNamed('\\iffalse\n\\addbibresource{off.bib}\n\\fi\n\\bibliography{on}'), 'on.bib');
    assert.equal(bibliographyNamed('See \\verb|\\addbibresource{code.bib}| and \\verb!x!.'), undefined);
    assert.equal(bibliographyNamed('\\bibliographystyle{plain}'), undefined);
    assert.equal(bibliographyNamed('\\addbibresource[location=remote]{https://example.org/refs.bib}'), undefined);
  });

  it('reads LaTeX declarations only in LaTeX, and front matter only in Markdown', () => {
    const markdown = '---\ntitle: Essay\n---\n\n```latex\n\\addbibresource{code.bib}\n```\n';
    assert.equal(bibliographyNamed(markdown, 'front-matter'), undefined);
    assert.equal(bibliographyNamed('---\nbibliography: refs.bib # the main one\n---\n', 'front-matter'), 'refs.bib');
    assert.equal(bibliographyNamed('---\n# bibliography: old.bib\nbibliography: "new.bib"\n---\n', 'front-matter'), 'new.bib');
    assert.equal(bibliographyNamed('---\nbibliography: refs.bib\n---\n', 'latex'), undefined);
  });

  it('reads thousands of unclosed \\addbibresource[ and \\bibliography{ as quickly as any text', () => {
    assert.equal(bibliographyNamed('\\addbibresource['.repeat(50_000)), undefined);
    assert.equal(bibliographyNamed(`${'\\addbibresource[x'.repeat(50_000)}]{found.bib}`), 'found.bib');
    assert.equal(bibliographyNamed('\\bibliography{'.repeat(50_000)), undefined);
    assert.equal(bibliographyNamed('\\verb!'.repeat(50_000)), undefined);
    assert.equal(bibliographyNamed('\\begin{verbatim}'.repeat(50_000)), undefined);
  });


  it('reads LaTeX\'s \\addbibresource and \\bibliography, and Markdown front matter', () => {
    assert.equal(bibliographyNamed('\\usepackage{biblatex}\n\\addbibresource[location=local]{refs/main.bib}\n'), 'refs/main.bib');
    assert.equal(bibliographyNamed('\\bibliographystyle{plain}\n\\bibliography{refs,other}'), 'refs.bib');
    assert.equal(bibliographyNamed('---\ntitle: Essay\nbibliography: refs.json\n---\n\nText.'), 'refs.json');
    assert.equal(bibliographyNamed('---\r\nbibliography: [ "a.bib", b.bib ]\r\n...\r\n'), 'a.bib');
    assert.equal(bibliographyNamed('---\nbibliography:\n  - first.bib\n  - second.bib\n---\n'), 'first.bib');
  });

  it('ignores a bibliography: line outside the front matter', () => {
    assert.equal(bibliographyNamed('Text.\n\n---\nbibliography: x.bib\n---\n'), undefined);
    assert.equal(bibliographyNamed('No bibliography here.'), undefined);
  });
});
