import * as assert from 'node:assert/strict';
import { composeText, STYLES, type CiteOptions } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import { ENGLISH, SIMPLIFIED_CHINESE } from '../../src/core/messages';
import type { Work } from '../../src/core/model';
import { layoutReader } from '../../src/core/readerLayout';
import { countsByParagraph, annotate, changeNote, deleteNote, highlight, anchorFromPassage, anchorFromReader, anchorOfParagraph, readerRange, exportNotes, newNoteId, notesMatching, filterNotes, parseNotes, placeAnchor, Placements, placeNotes, serializeNotes, tagsOf, withPlacement, type StudyNote } from '../../src/core/notes';

const work = bundledWork();
const KEY = work.id;
const P4 = work.paragraphs[3].text;
const QUOTE = P4.slice(0, 40);

function note(overrides: Partial<StudyNote> = {}): StudyNote {
  return { id: 'n1', text: KEY, paragraph: 4, start: 0, end: QUOTE.length, quote: QUOTE, colour: 'yellow', note: 'Central #claim', replies: [], ...overrides };
}

const apa: CiteOptions = { style: STYLES.apa, form: 'parenthetical', shape: 'inline', output: 'formatted' };

/** The text with paragraph 4 starting with new words, and paragraph 5 holding the old opening of 4. */
function changedWork(): Work {
  const paragraphs = work.paragraphs.map((p) => (p.number === 4 ? { ...p, text: `Newly inserted words. ${p.text}` } : p));
  return { ...work, paragraphs, sections: work.sections.map((s) => ({ ...s, paragraphs: s.paragraphs.map((p) => paragraphs[p.number - 1]) })) };
}

describe('The notes file', () => {
  it('reads back what it writes, note for note', () => {
    const notes = [note(), note({ id: 'n2', paragraph: 2, start: 5, end: 9, quote: work.paragraphs[1].text.slice(5, 9), colour: null, note: 'line one\nline "two"', replies: ['a reply'] })];
    const written = serializeNotes(notes);
    const read = parseNotes(written);
    assert.ok(read.ok);
    assert.deepEqual(read.notes, [notes[1], notes[0]]);
    assert.equal(serializeNotes(read.notes), written);
  });

  it('writes one line per note, keys in a fixed order, sorted by text, paragraph, position and id', () => {
    const notes = [
      note({ id: 'b', text: 'zzz', paragraph: 1 }),
      note({ id: 'c', start: 5, end: 5 + 3, quote: P4.slice(5, 8) }),
      note({ id: 'z' }),
      note({ id: 'a' }),
    ];
    const lines = serializeNotes(notes).trimEnd().split('\n');
    assert.deepEqual(lines.map((l) => (JSON.parse(l) as StudyNote).id), ['a', 'z', 'c', 'b']);
    assert.deepEqual(Object.keys(JSON.parse(lines[0]) as object), ['id', 'text', 'paragraph', 'start', 'end', 'quote', 'colour', 'note', 'replies']);
    assert.equal(serializeNotes([...notes].reverse()), serializeNotes(notes));
  });

  it('reports each unreadable line at its number and reads nothing', () => {
    const good = serializeNotes([note()]).trimEnd();
    const source = [good, '', '<<<<<<< HEAD', JSON.stringify({ ...note({ id: 'n2' }), colour: 'pink' }), good].join('\n');
    const read = parseNotes(source);
    assert.ok(!read.ok);
    assert.deepEqual(read.problems.map((p) => p.line), [3, 4, 5]);
    assert.match(read.problems[0].message, /not a JSON object/);
    assert.match(read.problems[1].message, /"colour" must be one of/);
    assert.match(read.problems[2].message, /already used on line 1/);
  });

  it('reports the same malformed file at the same lines in Chinese, in Chinese words', () => {
    const good = JSON.parse(serializeNotes([note()])) as Record<string, unknown>;
    const line = (changes: Record<string, unknown>) => JSON.stringify({ ...good, id: `n${Math.random()}`, ...changes });
    const source = [
      JSON.stringify(good),
      '>>>>>>> theirs',
      '[1, 2]',
      line({ page: 3 }),
      line({ id: ' ' }),
      line({ text: '' }),
      line({ paragraph: 0 }),
      line({ start: 30, end: 20 }),
      line({ quote: 7 }),
      line({ colour: 'pink' }),
      line({ note: ['a'] }),
      line({ replies: 'yes' }),
      JSON.stringify(good),
    ].join('\n');
    const en = parseNotes(source);
    const zh = parseNotes(source, SIMPLIFIED_CHINESE.notes);
    assert.ok(!en.ok && !zh.ok);
    assert.deepEqual(zh.problems.map((p) => p.line), en.problems.map((p) => p.line));
    assert.deepEqual(en.problems.map((p) => p.line), [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]);
    assert.deepEqual(en.problems.map((p) => p.message.split(/[:.,]/)[0]), [
      'This line is not a JSON object', 'This line is not a JSON object', 'Unknown key "page"', '"id" must be text', '"text" must be text',
      '"paragraph" must be a whole number from 1', '"end" must not come before "start"', '"quote" must be text', '"colour" must be one of yellow',
      '"note" must be text', '"replies" must be a list of texts', 'The id "n1" is already used on line 1',
    ]);
    for (const problem of zh.problems) {
      assert.match(problem.message, /[\u4e00-\u9fff]/, problem.message);
      // Only the file's own keys, values and example stay as written.
      assert.doesNotMatch(problem.message.replace(/\{[^}]*\}|“[^”]*”|[a-z]+(、[a-z]+)+/g, ''), /\b(?!JSON\b|id\b|null\b)[A-Za-z]{2,}/, problem.message);
    }
    assert.equal(zh.problems[11].message, 'id“n1”已在第 1 行使用：请给其中一条笔记另取一个 id。');
  });

  it('reads an empty file as no notes', () => {
    assert.deepEqual(parseNotes(''), { ok: true, notes: [] });
    assert.equal(serializeNotes([]), '');
  });

  it('makes ids of letters and digits that differ', () => {
    const ids = new Set(Array.from({ length: 100 }, () => newNoteId()));
    assert.equal(ids.size, 100);
    for (const id of ids) assert.match(id, /^n[0-9a-z]{10}$/);
  });
});

describe('Placing notes', () => {
  it('keeps a note where its offsets still hold its words', () => {
    assert.deepEqual(placeAnchor(note(), work), { placed: true, paragraph: 4, start: 0, end: QUOTE.length, moved: false });
  });

  it('finds a note again by its words when the text changed', () => {
    const changed = changedWork();
    const placement = placeAnchor(note(), changed);
    const shift = 'Newly inserted words. '.length;
    assert.deepEqual(placement, { placed: true, paragraph: 4, start: shift, end: shift + QUOTE.length, moved: true });
    assert.equal(changed.paragraphs[3].text.slice(shift, shift + QUOTE.length), QUOTE);
    assert.deepEqual(withPlacement({ note: note(), placement }), { ...note(), start: shift, end: shift + QUOTE.length });
  });

  it('finds words moved to another paragraph', () => {
    const words = work.paragraphs[5].text.slice(10, 50);
    const placement = placeAnchor(note({ paragraph: 2, start: 10, end: 50, quote: words }), work);
    assert.deepEqual(placement, { placed: true, paragraph: 6, start: 10, end: 50, moved: true });
  });

  it('keeps a note whose words are gone, unplaced, with the reason', () => {
    const lost = note({ id: 'lost', quote: 'words that no paragraph holds at all' });
    const [placed] = placeNotes([lost], () => work);
    assert.equal(placed.note, lost);
    assert.ok(!placed.placement.placed);
    assert.match(ENGLISH.notes.unplaced(placed.placement.reason), /no longer in/);
    assert.equal(withPlacement(placed), lost);
    const orphan = placeNotes([note({ text: 'gone2020' })], () => undefined)[0].placement;
    assert.ok(!orphan.placed && /"gone2020" is not in the library/.test(ENGLISH.notes.unplaced(orphan.reason)));
  });
});

describe('Remembered placements', () => {
  it('place a note again only when its anchor or its text changed', () => {
    const placements = new Placements();
    let lookups = 0;
    const counting = { ...work, get paragraphs() {
      lookups++;
      return work.paragraphs;
    } } as Work;
    const first = placements.place([note()], () => counting);
    const again = placements.place([{ ...note(), note: 'other words' }], () => counting);
    assert.equal(lookups, 1);
    assert.equal(again[0].placement, first[0].placement);
    placements.place([note({ start: 1 })], () => counting);
    assert.ok(lookups > 1);
    assert.deepEqual(placements.place([note()], () => changedWork())[0].placement, placeAnchor(note(), changedWork()));
  });
});

describe('Choosing notes', () => {
  it('reads #tags from the note and its replies', () => {
    assert.deepEqual(tagsOf({ note: 'A #Claim, and #peace-talks; not a#b or &#38;', replies: ['#claim again #sources'] }), ['claim', 'peace-talks', 'sources']);
  });

  it('filters by colour and by tag', () => {
    const placed = placeNotes([note(), note({ id: 'n2', colour: 'red', note: '#doubt' })], () => work);
    assert.deepEqual(filterNotes(placed, { colour: 'red' }).map((p) => p.note.id), ['n2']);
    assert.deepEqual(filterNotes(placed, { tag: '#CLAIM' }).map((p) => p.note.id), ['n1']);
    assert.deepEqual(filterNotes(placed, { colour: 'yellow', tag: 'doubt' }), []);
  });

  it('finds notes by the words of the note, its replies or its quotation', () => {
    const notes = [note(), note({ id: 'n2', note: 'nothing here', replies: ['but a Reply'] })];
    assert.deepEqual(notesMatching(notes, 'central').map((n) => n.id), ['n1']);
    assert.deepEqual(notesMatching(notes, 'reply').map((n) => n.id), ['n2']);
    assert.deepEqual(notesMatching(notes, QUOTE.split(' ')[1]).map((n) => n.id), ['n1', 'n2']);
    assert.deepEqual(notesMatching(notes, '  '), []);
  });
});

describe('Exporting notes', () => {
  const notes = placeNotes([note(), note({ id: 'n2', paragraph: 1, start: 0, end: 20, quote: work.paragraphs[0].text.slice(0, 20), colour: 'green', note: 'Opening', replies: ['I agree'] })], () => work);
  const section = (n: number) => work.sections.find((s) => s.id === work.paragraphs[n - 1].sectionId)!.label;

  it('writes Markdown: each quotation with its citation, its note below, under its section', () => {
    const out = exportNotes(notes, () => work, { cite: () => apa, target: 'markdown', title: 'Reading notes' });
    const quote4 = composeText(work, { kind: 'quotation', passage: { work: KEY, locator: { kind: 'paragraphs', first: 4, last: 4 }, text: QUOTE } }, apa, 'markdown');
    const quote1 = composeText(work, { kind: 'quotation', passage: { work: KEY, locator: { kind: 'paragraphs', first: 1, last: 1 }, text: work.paragraphs[0].text.slice(0, 20) } }, apa, 'markdown');
    assert.match(quote4, /para\. 4\)/);
    const expected = ['# Reading notes', `## ${section(1)}`, quote1, '[evidence] Opening', '— I agree'];
    if (section(4) !== section(1)) expected.push(`## ${section(4)}`);
    expected.push(quote4, '[key claim] Central #claim');
    assert.equal(out, `${expected.join('\n\n')}\n`);
  });

  it('writes LaTeX with sectioning commands, escaped notes and the style’s citations', () => {
    const latexNotes = placeNotes([note({ note: 'Costs 50% & more #claim' })], () => work);
    const out = exportNotes(latexNotes, () => work, { cite: () => apa, target: 'latex' });
    const quote4 = composeText(work, { kind: 'quotation', passage: { work: KEY, locator: { kind: 'paragraphs', first: 4, last: 4 }, text: QUOTE } }, apa, 'latex');
    assert.match(quote4, /para\.~4\)/);
    assert.equal(out, [`\\section*{Notes}`, `\\subsection*{${section(4)}}`, quote4, '[key claim] Costs 50\\% \\& more \\#claim'].join('\n\n') + '\n');
  });

  it('numbers notes in a note style in order', () => {
    const out = exportNotes(notes, () => work, { cite: () => ({ ...apa, style: STYLES['chicago-notes'] }), target: 'markdown' });
    assert.match(out, /\[\^1\][\s\S]*\[\^2\]/);
    assert.match(out, /\[\^1\]: /);
    assert.match(out, /\[\^2\]: /);
  });

  it('lists unplaced notes last, with why', () => {
    const out = exportNotes(placeNotes([note({ quote: 'vanished words' })], () => work), () => work, { cite: () => apa, target: 'markdown' });
    assert.match(out, /## Unplaced notes\n\n“vanished words” \(cpcir2007outstanding, paragraph 4; The words "vanished words" are no longer in/);
  });

  it('writes its own words in Chinese when asked, the citations as the style writes them', () => {
    const placed = placeNotes([note(), note({ id: 'n2', quote: 'vanished words', colour: null, note: '' })], () => work);
    const out = exportNotes(placed, () => work, { cite: () => apa, target: 'markdown', words: SIMPLIFIED_CHINESE });
    const english = exportNotes(placed, () => work, { cite: () => apa, target: 'markdown' });
    const quote4 = composeText(work, { kind: 'quotation', passage: { work: KEY, locator: { kind: 'paragraphs', first: 4, last: 4 }, text: QUOTE } }, apa, 'markdown');
    assert.equal(out, [
      '# 笔记', `## ${section(4)}`, quote4, '[关键论点] Central #claim',
      '## 未定位的笔记', `“vanished words”（${KEY}，第 4 段；《${work.record.title}》中已没有“vanished words”。）`,
    ].join('\n\n') + '\n');
    assert.ok(english.startsWith('# Notes\n'));
    assert.ok(english.includes(quote4));
  });
});

describe('Notes in the reader', () => {
  const layout = layoutReader(work);
  const p4 = layout.paragraphs[3];

  it('anchors a selection to the words of its paragraph, spaces trimmed, and shows it at the same place', () => {
    const anchor = anchorFromReader(layout, work, { line: p4.line, character: p4.column - 1 }, { line: p4.line, character: p4.column + 12 });
    assert.ok(typeof anchor !== 'string');
    assert.deepEqual(anchor, { text: KEY, paragraph: 4, start: 0, end: P4.slice(0, 12).trimEnd().length, quote: P4.slice(0, 12).trimEnd() });
    assert.deepEqual(readerRange(layout, 4, anchor.start, anchor.end), { start: { line: p4.line, character: p4.column }, end: { line: p4.line, character: p4.column + anchor.end } });
  });

  it('refuses a selection across paragraphs or on a heading, saying why', () => {
    assert.match(anchorFromReader(layout, work, { line: p4.line, character: p4.column }, { line: p4.line + 2, character: 3 }) as string, /one paragraph/);
    assert.match(anchorFromReader(layout, work, { line: 0, character: 0 }, { line: 0, character: 3 }) as string, /headings/);
    assert.equal(anchorFromReader(layout, work, { line: p4.line, character: p4.column }, { line: p4.line + 2, character: 3 }, SIMPLIFIED_CHINESE.notes), '请选择同一段中的文字：高亮不能跨段。');
  });

  it('anchors a sentence of the tree to its words, a paragraph to all of it', () => {
    const sentence = work.paragraphs[3].sentences[1];
    assert.deepEqual(anchorFromPassage(work, { work: KEY, locator: { kind: 'paragraphs', first: 4, last: 4 }, text: sentence.text }), { text: KEY, paragraph: 4, start: sentence.start, end: sentence.start + sentence.text.length, quote: sentence.text });
    assert.deepEqual(anchorFromPassage(work, { work: KEY, locator: { kind: 'paragraphs', first: 4, last: 4 }, text: '' }), anchorOfParagraph(work, 4));
    assert.equal(anchorFromPassage(work, { work: KEY, locator: { kind: 'paragraphs', first: 4, last: 5 }, text: '' }), undefined);
  });
});

describe('Changing notes', () => {
  const anchor = { text: KEY, paragraph: 4, start: 0, end: QUOTE.length, quote: QUOTE };

  it('highlights new words as a new note, and recolours a highlight of the same words', () => {
    const first = highlight([], anchor, 'yellow', 'a');
    assert.deepEqual(first?.notes, [{ id: 'a', ...anchor, colour: 'yellow', note: '', replies: [] }]);
    const again = highlight(first!.notes, anchor, 'red', 'b');
    assert.deepEqual(again?.notes.map((n) => [n.id, n.colour]), [['a', 'red']]);
    assert.equal(highlight(again!.notes, anchor, 'red', 'c'), undefined);
  });

  it('writes a note on a highlight without one, else adds a note', () => {
    const highlighted = highlight([], anchor, 'green', 'a')!.notes;
    const noted = annotate(highlighted, anchor, 'why #evidence', 'b');
    assert.deepEqual(noted.notes.map((n) => [n.id, n.colour, n.note]), [['a', 'green', 'why #evidence']]);
    const second = annotate(noted.notes, anchor, 'another thought', 'c');
    assert.deepEqual(second.notes.map((n) => [n.id, n.colour, n.note]), [['a', 'green', 'why #evidence'], ['c', null, 'another thought']]);
  });

  it('edits and deletes a note by id, and says when there is none', () => {
    const notes = [note()];
    assert.equal(changeNote(notes, 'n1', (n) => ({ ...n, note: 'edited' }))?.[0].note, 'edited');
    assert.equal(changeNote(notes, 'nope', (n) => n), undefined);
    assert.deepEqual(deleteNote(notes, 'n1'), []);
    assert.equal(deleteNote(notes, 'nope'), undefined);
  });
});

describe('Counting notes per paragraph', () => {
  it('counts highlights and notes of each paragraph, leaving out unplaced ones', () => {
    const placed = placeNotes([
      note(),
      note({ id: 'n2', colour: null, note: 'a thought' }),
      note({ id: 'n3', note: '' }),
      note({ id: 'n4', quote: 'nowhere to be found' }),
      note({ id: 'n5', paragraph: 1, start: 0, end: 3, quote: work.paragraphs[0].text.slice(0, 3), note: '' }),
    ], () => work);
    const counts = countsByParagraph(placed).get(KEY);
    assert.deepEqual(counts?.get(4), { highlights: 2, notes: 2 });
    assert.deepEqual(counts?.get(1), { highlights: 1, notes: 0 });
    assert.equal(counts?.size, 2);
  });
});
