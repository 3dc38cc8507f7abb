/**
 * Notes benchmark: a study group's notes file of 10,000 notes on a 300×
 * book (bench/corpora.ts), read, placed, written and exported; and the same
 * notes placed again after the book changed, so that every note is found
 * again by its words. Each step runs on the extension host when the file or
 * a text changes, or when the writer exports; none runs while typing.
 *
 *   node esbuild.js --tests && node out/bench/notes.js
 */
import { STYLES, type CiteOptions } from '../src/core/cite';
import { bundledWork } from '../src/core/corpus';
import type { Work } from '../src/core/model';
import { exportNotes, notesMatching, parseNotes, Placements, placeNotes, serializeNotes, type StudyNote } from '../src/core/notes';
import { syntheticWork } from './corpora';

const NOTES = 10_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

const book = syntheticWork(bundledWork(), 300);
const notes: StudyNote[] = [];
for (let i = 0; i < NOTES; i++) {
  const paragraph = book.paragraphs[(i * 7919) % book.paragraphs.length];
  const start = (i * 31) % Math.max(1, paragraph.text.length - 60);
  const end = Math.min(paragraph.text.length, start + 40);
  notes.push({ id: `n${i.toString(36).padStart(10, '0')}`, text: book.id, paragraph: paragraph.number, start, end, quote: paragraph.text.slice(start, end), colour: i % 3 === 0 ? null : 'yellow', note: `note ${i} #tag${i % 20}`, replies: [] });
}
const file = serializeNotes(notes);
const workOf = (key: string) => (key === book.id ? book : undefined);
// The book with a sentence put before every paragraph: no offset holds, every note is found again by its words.
const changed: Work = { ...book, paragraphs: book.paragraphs.map((p) => ({ ...p, text: `A new opening sentence. ${p.text}` })) };
const apa: CiteOptions = { style: STYLES.apa, form: 'parenthetical', shape: 'auto', output: 'formatted' };

const parse = timed(() => parseNotes(file));
const write = timed(() => serializeNotes(notes));
const place = timed(() => placeNotes(notes, workOf));
const placements = new Placements();
placements.place(notes, workOf);
// What a write of the file costs: every note read anew, each placement remembered.
const fresh = notes.map((n) => ({ ...n }));
const remembered = timed(() => placements.place(fresh, workOf));
const replace = timed(() => placeNotes(notes, (key) => (key === book.id ? changed : undefined)));
// Words no longer in the book: each such note is looked for in every paragraph before it is called unplaced.
const lost = notes.slice(0, 100).map((n) => ({ ...n, quote: `${n.quote} (words since removed)` }));
const unplaced = timed(() => placeNotes(lost, workOf));
const search = timed(() => notesMatching(notes, 'note #tag7'));
const exported = timed(() => exportNotes(place.value.slice(0, 1000), workOf, { cite: () => apa, target: 'markdown' }));

const moved = replace.value.filter((p) => p.placement.placed && p.placement.moved).length;
console.log(`notes: ${NOTES} notes (${(file.length / 1e6).toFixed(1)} MB file) on a ${book.paragraphs.length}-paragraph book`);
console.log(`  read the file          ${parse.ms.toFixed(1)} ms${parse.value.ok ? '' : ' (FAILED)'}`);
console.log(`  write the file         ${write.ms.toFixed(1)} ms`);
console.log(`  place every note       ${place.ms.toFixed(1)} ms`);
console.log(`  place again, remembered ${remembered.ms.toFixed(1)} ms`);
console.log(`  place after a change   ${replace.ms.toFixed(1)} ms (${moved} of ${NOTES} found again by their words)`);
console.log(`  100 unplaceable notes  ${unplaced.ms.toFixed(1)} ms (${unplaced.value.filter((p) => !p.placement.placed).length} unplaced)`);
console.log(`  search the notes       ${search.ms.toFixed(1)} ms (${search.value.length} found)`);
console.log(`  export 1,000 notes     ${exported.ms.toFixed(1)} ms (${(exported.value.length / 1e3).toFixed(0)} kB of Markdown)`);
