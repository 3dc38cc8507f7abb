import * as assert from 'node:assert/strict';
import { STYLES, type CiteOptions } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import type { Paragraph, Work } from '../../src/core/model';
import {
  atOnce, exportingNotes, exportNotes, inSlices, notesBySection, parseNotes, parsingNotes, placeAnchor, Placements, placeNotes, placingNotes,
  serializeNotes, serializingNotes, type Anchor, type Placement, type Steps, type StudyNote,
} from '../../src/core/notes';
import { seededRandom } from '../fixtures/random';

const base = bundledWork();

/** The bundled text five times over, each copy's paragraphs opening with its number, so that most words stand in several paragraphs. */
function repeatedWork(): Work {
  const paragraphs: Paragraph[] = [];
  const sections = [0, 1, 2, 3, 4].flatMap((copy) => base.sections.map((section) => {
    const own = section.paragraphs.map((p) => {
      const paragraph = { ...p, number: copy * base.paragraphs.length + p.number, text: copy === 0 ? p.text : `Copy ${copy}. ${p.text}` };
      paragraphs.push(paragraph);
      return paragraph;
    });
    return { ...section, id: `${section.id}-${copy}`, label: `${section.label} (${copy})`, paragraphs: own };
  }));
  paragraphs.sort((a, b) => a.number - b.number);
  return { ...base, paragraphs, sections };
}

/** Where a note's words are, as the notebook first placed them: paragraph after paragraph outwards from its own, one search each. */
function placedOutwards(anchor: Anchor, work: Work): Placement {
  const own = work.paragraphs[anchor.paragraph - 1];
  if (own && own.text.slice(anchor.start, anchor.end) === anchor.quote) return { placed: true, paragraph: anchor.paragraph, start: anchor.start, end: anchor.end, moved: false };
  if (anchor.quote === '') return placeAnchor(anchor, work);
  if (own) {
    let best = -1;
    for (let at = own.text.indexOf(anchor.quote); at >= 0; at = own.text.indexOf(anchor.quote, at + 1)) {
      if (best < 0 || Math.abs(at - anchor.start) < Math.abs(best - anchor.start)) best = at;
      if (at > anchor.start) break;
    }
    if (best >= 0) return { placed: true, paragraph: anchor.paragraph, start: best, end: best + anchor.quote.length, moved: true };
  }
  for (let distance = 1; distance <= anchor.paragraph + work.paragraphs.length; distance++) {
    for (const n of [anchor.paragraph - distance, anchor.paragraph + distance]) {
      const at = work.paragraphs[n - 1]?.text.indexOf(anchor.quote) ?? -1;
      if (at >= 0) return { placed: true, paragraph: n, start: at, end: at + anchor.quote.length, moved: true };
    }
  }
  return { placed: false, reason: { kind: 'wordsGone', words: anchor.quote.length <= 60 ? anchor.quote : `${anchor.quote.slice(0, 60)}…`, title: work.record.title } };
}

/** Anchors of words cut anywhere from any paragraph, claimed at another place, some with words no longer in the text. */
function scatteredAnchors(work: Work, count: number, seed: number): Anchor[] {
  const random = seededRandom(seed);
  const pick = (n: number) => Math.floor(random() * n);
  return Array.from({ length: count }, (_, i) => {
    const from = work.paragraphs[pick(work.paragraphs.length)].text;
    const start = pick(from.length);
    const quote = from.slice(start, start + 1 + pick(i % 3 === 0 ? 8 : 60));
    return { text: work.id, paragraph: 1 + pick(work.paragraphs.length + 5), start: pick(200), end: 0, quote: i % 5 === 0 ? `${quote} since removed` : quote };
  });
}

function asNotes(anchors: readonly Anchor[]): StudyNote[] {
  return anchors.map((a, i) => ({ id: `n${i}`, ...a, end: a.start + a.quote.length, colour: i % 2 === 0 ? 'yellow' : null, note: i % 3 === 0 ? `note ${i} #t${i % 4}` : '', replies: i % 7 === 0 ? ['a reply'] : [] }));
}

/** Runs `steps` in the smallest slices, counting the pauses. */
async function inSmallestSlices<T>(steps: Steps<T>): Promise<{ value: T; pauses: number }> {
  let pauses = 0;
  const value = await inSlices(steps, { sliceMs: 0, pause: () => Promise.resolve(void pauses++) });
  return { value, pauses };
}

describe('Finding a note’s words again', () => {
  it('finds them where a search of paragraph after paragraph, outwards, finds them, first by searches and then by the list of words', () => {
    const work = repeatedWork();
    const anchors = scatteredAnchors(work, 400, 7);
    anchors.forEach((anchor, i) => assert.deepEqual(placeAnchor(anchor, work), placedOutwards(anchor, work), `anchor ${i}: ${JSON.stringify(anchor)}`));
  });

  it('takes the earlier of two paragraphs as near, and the first occurrence in it, by searches and by the list of words', () => {
    const texts = ['alpha beta gamma', 'x', 'y alpha beta gamma, alpha beta gamma', 'z', 'w'];
    const work: Work = { ...base, paragraphs: texts.map((text, i) => ({ ...base.paragraphs[0], number: i + 1, text })) };
    const at = (paragraph: number) => placeAnchor({ text: work.id, paragraph, start: 0, end: 16, quote: 'alpha beta gamma' }, work);
    for (let round = 0; round < 2; round++) {
      assert.deepEqual(at(2), { placed: true, paragraph: 1, start: 0, end: 16, moved: true });
      assert.deepEqual(at(4), { placed: true, paragraph: 3, start: 2, end: 18, moved: true });
      assert.deepEqual(at(5), { placed: true, paragraph: 3, start: 2, end: 18, moved: true });
      // Enough searches that the text's words are listed, and the same is found through the list.
      for (let i = 0; i < 40; i++) placeAnchor({ text: work.id, paragraph: 2, start: 0, end: 1, quote: `gone ${i} words` }, work);
    }
  });

  it('finds words of a note whose paragraph is now past the end of the text', () => {
    const quote = base.paragraphs[1].text.slice(0, 30);
    assert.deepEqual(placeAnchor({ text: base.id, paragraph: 500, start: 0, end: 30, quote }, base), { placed: true, paragraph: 2, start: 0, end: 30, moved: true });
  });
});

describe('The notebook in slices', () => {
  const work = repeatedWork();
  const workOf = (key: string) => (key === work.id ? work : undefined);
  const notes = asNotes(scatteredAnchors(work, 120, 11));
  const apa: CiteOptions = { style: STYLES.apa, form: 'parenthetical', shape: 'inline', output: 'formatted' };

  it('reads and writes the notes file as at once', async () => {
    const file = serializeNotes(notes);
    const written = await inSmallestSlices(serializingNotes(notes));
    assert.equal(written.value, file);
    assert.ok(written.pauses > 1);
    const read = await inSmallestSlices(parsingNotes(file));
    assert.deepEqual(read.value, parseNotes(file));
    assert.ok(read.pauses > 1);
    const broken = `${file}{"id": cut\n${file}`;
    assert.deepEqual((await inSmallestSlices(parsingNotes(broken))).value, parseNotes(broken));
  });

  it('places every note as at once, on a text seen for the first time', async () => {
    const fresh = { ...work };
    const sliced = await inSmallestSlices(new Placements().placing(notes, (key) => (key === work.id ? fresh : undefined)));
    assert.deepEqual(sliced.value, placeNotes(notes, workOf));
    assert.deepEqual((await inSmallestSlices(placingNotes(notes, workOf))).value, placeNotes(notes, workOf));
    assert.ok(sliced.pauses >= notes.length);
  });

  it('exports as at once, in an author-date style and in a note style', async () => {
    const placed = placeNotes(notes, workOf);
    for (const style of [STYLES.apa, STYLES['chicago-notes']]) {
      const options = { cite: () => ({ ...apa, style }), target: 'markdown' as const, title: 'Reading notes' };
      const sliced = await inSmallestSlices(exportingNotes(placed, workOf, options));
      assert.equal(sliced.value, exportNotes(placed, workOf, options));
      assert.ok(sliced.pauses > 1);
    }
  });

  it('tells the length of every slice, and runs at once what was written as steps', async () => {
    const slices: number[] = [];
    await inSlices(serializingNotes(notes), { sliceMs: 0, pause: () => Promise.resolve(), onSlice: (ms) => slices.push(ms) });
    assert.ok(slices.length > 1 && slices.every((ms) => ms >= 0));
    assert.equal(atOnce(serializingNotes(notes)), serializeNotes(notes));
  });
});

describe('Notes by section', () => {
  it('groups placed notes under their sections, in the sections’ order and the notes’ own', () => {
    const work = repeatedWork();
    const placed = placeNotes(asNotes(scatteredAnchors(work, 60, 3)), (key) => (key === work.id ? work : undefined));
    const grouped = notesBySection(work, placed);
    const expected = work.sections.flatMap((section) => {
      const numbers = new Set(section.paragraphs.map((p) => p.number));
      const here = placed.filter((n) => n.placement.placed && numbers.has(n.placement.paragraph));
      return here.length > 0 ? [{ section, notes: here }] : [];
    });
    assert.deepEqual(grouped, expected);
  });
});
