/**
 * Notes benchmark: a study group's notes file of 10,000 notes on a 300×
 * book (bench/corpora.ts), read, placed, written and exported; and the same
 * notes placed again after the book changed, so that every note is found
 * again by its words. Each step runs on the extension host when the file or
 * a text changes, or when the writer exports; none runs while typing. Each
 * is measured at once, then in slices as the extension host runs it: the
 * longest slice is how long the host waits at most.
 *
 *   node esbuild.js --tests && node out/bench/notes.js
 */
import { STYLES, type CiteOptions } from '../src/core/cite';
import { bundledWork } from '../src/core/corpus';
import type { Work } from '../src/core/model';
import {
  exportingNotes, exportNotes, inSlices, notesMatching, parseNotes, parsingNotes, Placements, placeNotes, serializeNotes, serializingNotes, type Steps, type StudyNote,
} from '../src/core/notes';
import { syntheticWork } from './corpora';

const NOTES = 10_000;

function timed<T>(run: () => T): { value: T; ms: number } {
  const started = performance.now();
  const value = run();
  return { value, ms: performance.now() - started };
}

/**
 * The same work in slices, as the extension host runs them: the work's
 * total, its longest slice (what the host waits at most) by the clock and in
 * processor time (the clock also counts the time this busy machine gives to
 * other processes mid-slice).
 */
async function sliced<T>(steps: Steps<T>): Promise<{ value: T; ms: number; longest: number; longestCpu: number; slices: number }> {
  let ms = 0;
  let longest = 0;
  let longestCpu = 0;
  let slices = 0;
  let cpuAt = process.cpuUsage();
  const value = await inSlices(steps, {
    onSlice: (slice) => {
      const cpu = process.cpuUsage(cpuAt);
      longestCpu = Math.max(longestCpu, (cpu.user + cpu.system) / 1000);
      ms += slice;
      longest = Math.max(longest, slice);
      slices++;
    },
    pause: async () => {
      await new Promise<void>((resolve) => setTimeout(resolve, 0));
      cpuAt = process.cpuUsage();
    },
  });
  return { value, ms, longest, longestCpu, slices };
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
const changedOf = (key: string) => (key === book.id ? changed : undefined);
const replace = timed(() => placeNotes(notes, changedOf));
// Words no longer in the book: each such note is looked for in the whole book before it is called unplaced.
const lost = notes.slice(0, 100).map((n) => ({ ...n, quote: `${n.quote} (words since removed)` }));
const unplaced = timed(() => placeNotes(lost, workOf));
const allLost = notes.map((n) => ({ ...n, quote: `${n.quote} (words since removed)` }));
notesMatching(notes, 'note');
// A keystroke in the search, once the notes' words are known.
const search = timed(() => notesMatching(notes, 'note #tag7'));
const exportOptions = { cite: () => apa, target: 'markdown' as const };
const exported = timed(() => exportNotes(place.value.slice(0, 1000), workOf, exportOptions));
const chicago: CiteOptions = { ...apa, style: STYLES['chicago-notes'] };
const exportedNotes = timed(() => exportNotes(place.value.slice(0, 1000), workOf, { ...exportOptions, cite: () => chicago }));

const moved = replace.value.filter((p) => p.placement.placed && p.placement.moved).length;
const ms = (n: number) => `${n.toFixed(1)} ms`.padStart(10);
console.log(`notes: ${NOTES} notes (${(file.length / 1e6).toFixed(1)} MB file) on a ${book.paragraphs.length}-paragraph book`);
console.log('  at once:');
console.log(`  read the file           ${ms(parse.ms)}${parse.value.ok ? '' : ' (FAILED)'}`);
console.log(`  write the file          ${ms(write.ms)}`);
console.log(`  place every note        ${ms(place.ms)}`);
console.log(`  place again, remembered ${ms(remembered.ms)}`);
console.log(`  place after a change    ${ms(replace.ms)} (${moved} of ${NOTES} found again by their words)`);
console.log(`  100 unplaceable notes   ${ms(unplaced.ms)} (${unplaced.value.filter((p) => !p.placement.placed).length} unplaced)`);
console.log(`  search the notes        ${ms(search.ms)} (${search.value.length} found)`);
console.log(`  export 1,000 notes, APA ${ms(exported.ms)} (${(exported.value.length / 1e3).toFixed(0)} kB of Markdown)`);
console.log(`  export 1,000, Chicago notes ${ms(exportedNotes.ms)} (each quotation numbered from the note so far)`);

void (async () => {
  console.log('  in slices, as the extension host runs them (total work; longest slice by the clock and in processor time; slices):');
  const report = (what: string, run: { ms: number; longest: number; longestCpu: number; slices: number }) =>
    console.log(`  ${what.padEnd(28)}${ms(run.ms)}, longest ${ms(run.longest).trim()} (${ms(run.longestCpu).trim()} processor), ${run.slices} slices`);
  report('read the file', await sliced(parsingNotes(file)));
  report('write the file', await sliced(serializingNotes(notes)));
  report('place every note', await sliced(new Placements().placing(notes, workOf)));
  const changedAgain: Work = { ...changed };
  report('place after a change', await sliced(new Placements().placing(notes, (key) => (key === book.id ? changedAgain : undefined))));
  const lostBook: Work = { ...book };
  report(`${NOTES} unplaceable notes`, await sliced(new Placements().placing(allLost, (key) => (key === book.id ? lostBook : undefined))));
  // A copy of the book, so that what the citation engine remembers of a text is made again, as on the first export.
  const exportBook: Work = { ...book };
  const exportOf = (key: string) => (key === book.id ? exportBook : undefined);
  report('export 1,000 notes, APA', await sliced(exportingNotes(place.value.slice(0, 1000), exportOf, exportOptions)));
  report('export 1,000, Chicago notes', await sliced(exportingNotes(place.value.slice(0, 1000), exportOf, { ...exportOptions, cite: () => chicago })));
})();
