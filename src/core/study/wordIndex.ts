/**
 * The word index of the library behind the concordance and the frequency
 * list: every word of every paragraph, in reading order, with its form and
 * its group, and for each group where its words are. Built once, on first
 * use, in one pass over the text; `build` pauses whenever its deadline has
 * passed, so that a long book is indexed in slices between which the editor
 * keeps running.
 */
import type { Paragraph, Work } from '../model';
import type { SliceClock } from '../slices';
import { bareForm } from './query';
import { stem } from './stem';
import { foldCase, wordsIn } from './words';
import { GrowingNumbers } from '../numbers';

/** A paragraph as the concordance shows it: with its text, its section and their names. */
export interface StudyParagraph {
  readonly workId: string;
  readonly title: string;
  readonly paragraph: Paragraph;
  readonly sectionId: string;
  readonly sectionLabel: string;
}

/** The index. Word `t` is `wordStart[t]`–`wordEnd[t]` of paragraph `units[wordUnit[t]]`. */
export interface WordIndex {
  readonly units: readonly StudyParagraph[];
  /** Each paragraph's text in lower case (`foldCase`), offsets unchanged, for finding characters. */
  readonly folded: readonly string[];
  readonly wordCount: number;
  readonly wordUnit: Int32Array;
  readonly wordStart: Int32Array;
  readonly wordEnd: Int32Array;
  /** The word's group, an index into `keys`. */
  readonly wordKey: Int32Array;
  /** The word's form without a possessive, an index into `forms`. */
  readonly wordForm: Int32Array;
  readonly keys: readonly string[];
  readonly keyIds: ReadonlyMap<string, number>;
  readonly forms: readonly string[];
  readonly formIds: ReadonlyMap<string, number>;
  /** The group of each form, by form id. */
  readonly formKey: Int32Array;
  /** The words of group `k` are `postings[postingStart[k]]` up to `postings[postingStart[k + 1]]`, in reading order. */
  readonly postingStart: Int32Array;
  readonly postings: Int32Array;
  /** The words of text `workId` are `wordRange.get(workId).first` up to its `end`. */
  readonly wordRange: ReadonlyMap<string, { readonly first: number; readonly end: number }>;
}

/** The paragraphs of `work`, each with its section and the text's title. */
export function studyParagraphs(work: Work): StudyParagraph[] {
  return work.sections.flatMap((section) => section.paragraphs.map((paragraph) => ({
    workId: work.id, title: work.record.title, paragraph, sectionId: section.id, sectionLabel: section.label,
  })));
}


function intern(ids: Map<string, number>, list: string[], value: string): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = list.length;
    ids.set(value, id);
    list.push(value);
  }
  return id;
}

/** A paragraph this long is worth a look at the clock after it. */
const LONG_PARAGRAPH = 2048;

/** Builds the index of `works`, yielding whenever `clock.deadline` (from `performance.now()`) has passed. */
export function* buildWordIndex(works: readonly Work[], clock: SliceClock): Generator<void, WordIndex> {
  const units: StudyParagraph[] = [];
  const folded: string[] = [];
  const [unit, start, end, key, form] = [new GrowingNumbers(), new GrowingNumbers(), new GrowingNumbers(), new GrowingNumbers(), new GrowingNumbers()];
  const keys: string[] = [];
  const keyIds = new Map<string, number>();
  const forms: string[] = [];
  const formIds = new Map<string, number>();
  const wordRange = new Map<string, { first: number; end: number }>();
  // Stemming is the costly part: each distinct form is stemmed once.
  const keyOfForm: number[] = [];
  for (const work of works) {
    const first = unit.length;
    for (const study of studyParagraphs(work)) {
      const u = units.length;
      units.push(study);
      const lower = foldCase(study.paragraph.text);
      folded.push(lower);
      for (const word of wordsIn(study.paragraph.text, lower)) {
        const bare = word.cjk ? word.form : bareForm(word.form);
        const f = intern(formIds, forms, bare);
        keyOfForm[f] ??= intern(keyIds, keys, word.cjk ? word.form : stem(bare));
        unit.push(u);
        start.push(word.start);
        end.push(word.end);
        key.push(keyOfForm[f]);
        form.push(f);
      }
      // The clock is read every 16 paragraphs, and after every long one: a paragraph may run to 100,000 characters.
      if (((u & 15) === 15 || study.paragraph.text.length > LONG_PARAGRAPH) && performance.now() > clock.deadline) yield;
    }
    wordRange.set(work.id, { first, end: unit.length });
  }
  if (performance.now() > clock.deadline) yield;
  const wordKey = key.done();
  const postingStart = new Int32Array(keys.length + 1);
  for (let t = 0; t < wordKey.length; t++) postingStart[wordKey[t] + 1]++;
  for (let k = 0; k < keys.length; k++) postingStart[k + 1] += postingStart[k];
  const postings = new Int32Array(wordKey.length);
  const next = postingStart.slice(0, keys.length);
  for (let t = 0; t < wordKey.length; t++) postings[next[wordKey[t]]++] = t;
  return {
    units, folded, wordCount: wordKey.length, wordUnit: unit.done(), wordStart: start.done(), wordEnd: end.done(), wordKey, wordForm: form.done(),
    keys, keyIds, forms, formIds, formKey: Int32Array.from(keyOfForm), postingStart, postings, wordRange,
  };
}
