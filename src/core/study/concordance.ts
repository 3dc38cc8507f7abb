/**
 * The concordance of the library: every occurrence of a word (in all its
 * forms), a phrase or a run of characters, in reading order, with the count
 * per text and per section; and each text's word frequencies. The index is
 * built on first use, or ahead of it with `prepare`, in slices.
 */
import type { Work } from '../model';
import { SlicedBuild, type PrepareOptions } from '../slices';
import { buildWordIndex, type StudyParagraph, type WordIndex } from './wordIndex';
import { parseConcordanceQuery, type ConcordanceQuery, type QueryProblem } from './query';
import { wordFrequencies, type FrequencyEntry } from './frequency';

/** An occurrence: where in which paragraph, and the words as written there. */
export interface Occurrence {
  readonly unit: StudyParagraph;
  /** Offsets in the paragraph's text. */
  readonly start: number;
  readonly end: number;
}

/** How many occurrences a text holds, and how many each of its sections holds (sections without one left out). */
export interface TextCount {
  readonly workId: string;
  readonly title: string;
  readonly count: number;
  readonly sections: readonly { readonly sectionId: string; readonly label: string; readonly count: number }[];
}

export interface ConcordanceResult {
  readonly query: ConcordanceQuery;
  /** Every occurrence, in reading order, text by text. */
  readonly occurrences: readonly Occurrence[];
  /** The forms found (lower case), most frequent first, with their counts. */
  readonly forms: readonly { readonly form: string; readonly count: number }[];
  /** The texts holding an occurrence, in library order. */
  readonly texts: readonly TextCount[];
}

export class Concordance {
  private readonly index: SlicedBuild<WordIndex>;
  /** Each text's frequencies, counted once: the index never changes. */
  private readonly frequencyLists = new Map<string, FrequencyEntry[]>();

  /** `works` may be a function, called once when the index is first needed. */
  constructor(works: readonly Work[] | (() => readonly Work[])) {
    this.index = new SlicedBuild((clock) => buildWordIndex(typeof works === 'function' ? works() : works, clock));
  }

  /** Whether the index is built, so that a look-up will not first build it. */
  get isReady(): boolean {
    return this.index.isReady;
  }

  /** Builds the index ahead of the first look-up, in slices of at most `sliceMs` with a pause between them. */
  async prepare(options: PrepareOptions = {}): Promise<void> {
    await this.index.prepare(options);
  }

  /** Every occurrence of `query`, or why it cannot be looked up. */
  lookup(query: string): ConcordanceResult | QueryProblem {
    const parsed = parseConcordanceQuery(query);
    if ('problem' in parsed) return parsed;
    const index = this.index.get();
    const found = parsed.kind === 'characters' ? findCharacters(index, parsed.folded) : findWords(index, parsed);
    return summarise(parsed, found);
  }

  /** The words of text `workId`, stop words left out, by group, most frequent first; undefined when no text has that key. */
  frequencies(workId: string): FrequencyEntry[] | undefined {
    const known = this.frequencyLists.get(workId);
    if (known) return known;
    const index = this.index.get();
    const range = index.wordRange.get(workId);
    const entries = range && wordFrequencies(index, range.first, range.end);
    if (entries) this.frequencyLists.set(workId, entries);
    return entries;
  }
}

function findWords(index: WordIndex, query: Extract<ConcordanceQuery, { kind: 'words' }>): Occurrence[] {
  const ids = query.words.map((w) => (query.exact ? index.formIds.get(w.form) : index.keyIds.get(w.key)));
  const first = index.keyIds.get(query.words[0].key);
  if (first === undefined || ids.some((id) => id === undefined)) return [];
  const of = query.exact ? index.wordForm : index.wordKey;
  const found: Occurrence[] = [];
  for (let p = index.postingStart[first]; p < index.postingStart[first + 1]; p++) {
    const t = index.postings[p];
    const last = t + ids.length - 1;
    if (last >= index.wordCount || index.wordUnit[last] !== index.wordUnit[t]) continue;
    let all = true;
    for (let i = 0; i < ids.length && all; i++) all = of[t + i] === ids[i];
    if (all) found.push({ unit: index.units[index.wordUnit[t]], start: index.wordStart[t], end: index.wordEnd[last] });
  }
  return found;
}

function findCharacters(index: WordIndex, folded: string): Occurrence[] {
  const found: Occurrence[] = [];
  for (let u = 0; u < index.units.length; u++) {
    const text = index.folded[u];
    for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + folded.length)) {
      found.push({ unit: index.units[u], start: at, end: at + folded.length });
    }
  }
  return found;
}

function summarise(query: ConcordanceQuery, occurrences: Occurrence[]): ConcordanceResult {
  const forms = new Map<string, number>();
  const texts: { workId: string; title: string; count: number; sections: { sectionId: string; label: string; count: number }[] }[] = [];
  for (const o of occurrences) {
    const form = o.unit.paragraph.text.slice(o.start, o.end).replace(/\s+/g, ' ').toLowerCase().replace(/’/g, "'");
    forms.set(form, (forms.get(form) ?? 0) + 1);
    let text = texts[texts.length - 1];
    if (text?.workId !== o.unit.workId) texts.push((text = { workId: o.unit.workId, title: o.unit.title, count: 0, sections: [] }));
    text.count++;
    let section = text.sections[text.sections.length - 1];
    if (section?.sectionId !== o.unit.sectionId) text.sections.push((section = { sectionId: o.unit.sectionId, label: o.unit.sectionLabel, count: 0 }));
    section.count++;
  }
  const formList = [...forms].map(([form, count]) => ({ form, count })).sort((a, b) => b.count - a.count || (a.form < b.form ? -1 : 1));
  return { query, occurrences, forms: formList, texts };
}
