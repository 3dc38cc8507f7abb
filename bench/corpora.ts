/**
 * Deterministic synthetic corpora for the benchmarks: the bundled text's 13
 * paragraphs, unchanged and numbered as in the text, followed by variants
 * made from them with a seeded generator until the text is `scale` times its
 * size. A variant takes the sentences of a paragraph, shuffles the words of
 * each, keeps short words and about a third of the longer ones, and replaces
 * the rest with invented words pieced together from bits of the text's own
 * words, so the vocabulary grows as a real collection's would and
 * typo-tolerant lookups have many near words to sift. Phrases of the original never survive the shuffle, so the
 * original paragraphs stay findable by what they say.
 */
import { BUNDLED_CORPUS_FILE, bundledWork } from '../src/core/corpus';
import { Library } from '../src/core/library';
import type { Paragraph, Section, Sentence, Work } from '../src/core/model';
import { splitSentences } from '../src/core/sentences';
import { benchDocument } from '../test/fixtures/check/inputs';
import { seededRandom } from '../test/fixtures/random';

const KEPT_SHARE = 0.35;
const PARAGRAPHS_PER_SECTION = 12;
const STOP_WORDS = new Set(['the', 'and', 'of', 'to', 'in', 'a', 'an', 'is', 'are', 'has', 'have', 'been', 'with', 'for', 'by', 'its', 'their', 'they', 'them', 'this', 'that', 'these', 'which', 'on', 'as', 'at', 'or', 'from', 'also', 'all', 'many', 'more', 'some', 'other', 'will', 'was', 'be', 'it', 'not', 'how', 'what', 'when', 'while', 'after', 'before', 'about']);

/** `base` grown to about `scale` times its characters, its own paragraphs first. */
export function syntheticWork(base: Work, scale: number, seed = 20071002): Work {
  if (scale <= 1) return base;
  const random = seededRandom(seed + scale);
  const baseChars = base.paragraphs.reduce((n, p) => n + p.text.length + 1, 0);
  const baseWords = base.paragraphs.reduce((n, p) => n + p.text.split(' ').length, 0);
  const invented = inventWords(base, Math.round(20 * Math.sqrt(baseWords * scale)), random);
  const sections: Section[] = [...base.sections];
  const paragraphs: Paragraph[] = [...base.paragraphs];
  let chars = baseChars;
  let pending: Paragraph[] = [];
  const closeSection = (): void => {
    const number = sections.length;
    sections.push({ id: `v${number}`, number, heading: `Variation ${number}`, label: `Variation ${number}`, paragraphs: pending, line: 0 });
    pending = [];
  };
  while (chars < baseChars * scale) {
    const source = base.paragraphs[Math.floor(random() * base.paragraphs.length)];
    const text = source.sentences.map((s) => variantSentence(s.text, invented, random)).join(' ');
    const number = paragraphs.length + 1;
    const paragraph = makeParagraph(number, `v${sections.length}`, text);
    paragraphs.push(paragraph);
    pending.push(paragraph);
    chars += text.length + 1;
    if (pending.length === PARAGRAPHS_PER_SECTION) closeSection();
  }
  if (pending.length > 0) closeSection();
  return { id: `${base.id}-x${scale}`, record: base.record, sections, paragraphs };
}

function makeParagraph(number: number, sectionId: string, text: string): Paragraph {
  const sentences: Sentence[] = splitSentences(text).map((span, i) => ({
    id: `p${number}.s${i + 1}`, number: i + 1, paragraphNumber: number, text: span.text, start: span.start,
  }));
  return { id: `p${number}`, number, sectionId, text, sentences, line: 0 };
}

function variantSentence(sentence: string, invented: readonly string[], random: () => number): string {
  const tokens = sentence.replace(/[.!?]+["'”’)]*$/, '').split(' ');
  for (let i = tokens.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [tokens[i], tokens[j]] = [tokens[j], tokens[i]];
  }
  const words = tokens.map((token) => token.replace(/[.!?]+$/, '').replace(/[\p{L}\p{N}][\p{L}\p{N}'’-]*/u, (word) => {
    if (/^\p{N}/u.test(word)) return word.replace(/\p{N}/gu, () => String(Math.floor(random() * 10)));
    if (word.length <= 3 || STOP_WORDS.has(word.toLowerCase()) || random() < KEPT_SHARE) return word;
    // Invented words are drawn with a skew, as word frequencies are.
    const pick = invented[Math.floor(invented.length * random() ** 2)];
    return /^\p{Lu}/u.test(word) ? pick[0].toUpperCase() + pick.slice(1) : pick;
  }));
  const text = words.join(' ');
  return `${text[0].toUpperCase()}${text.slice(1)}.`;
}

/**
 * `count` distinct invented words, each two or three pieces of the text's own
 * words, that hold no five letters in a row of any real word: they look like
 * the text's words without accidentally spelling one (or a typo of one).
 */
function inventWords(base: Work, count: number, random: () => number): string[] {
  const known = [...new Set(base.paragraphs.flatMap((p) => p.text.toLowerCase().match(/\p{L}+/gu) ?? []))].sort();
  const realFiveGrams = new Set(known.flatMap((w) => Array.from({ length: Math.max(0, w.length - 4) }, (_, i) => w.slice(i, i + 5))));
  const piece = (): string => {
    const word = known[Math.floor(random() * known.length)];
    const length = 2 + Math.floor(random() * 2);
    const start = Math.floor(random() * Math.max(1, word.length - length + 1));
    return word.slice(start, start + length);
  };
  const invented = new Set<string>();
  for (let tries = 0; invented.size < count && tries < count * 50; tries++) {
    const word = piece() + piece() + (random() < 0.5 ? piece() : '');
    if (word.length < 4 || invented.has(word)) continue;
    let real = false;
    for (let i = 0; i + 5 <= word.length && !real; i++) real = realFiveGrams.has(word.slice(i, i + 5));
    if (!real) invented.add(word);
  }
  return [...invented];
}

/** `work` as a text file a writer brings (front matter and Markdown body), under `key` and `title`. */
export function asTextFile(work: Work, key: string, title: string): string {
  const lines = ['---', `key: ${key}`, 'type: book', `title: "${title}"`, 'authors:', '  - family: Sample', '    given: Synthetic', 'publisher: Synthetic Press', 'issued: 2020', '---', ''];
  for (const section of work.sections) {
    if (section.heading !== undefined) lines.push(`## ${section.heading}`, '');
    for (const p of section.paragraphs) lines.push(p.text, '');
  }
  return lines.join('\n');
}

/**
 * `text` with `typed` inserted at `at`, as the editor hands it over after a
 * keystroke: one flat string. The editor's document joins its lines
 * (`getText()` of VS Code's text model), where `a + b` would leave a rope
 * of pieces that the checker's first look at the text then copies whole.
 */
export function typedInto(text: string, at: number, typed = 'x'): string {
  return [text.slice(0, at), typed, text.slice(at)].join('');
}

/**
 * The library (the built-in text and three 300× books) and an essay that
 * quotes them, each by its own key or title and year; each `variant` is
 * another essay of the same shape, so that nothing one check learnt of the
 * words of one helps the next. With `namingBuiltIn`, the formatted citations
 * of the books' quotations name the built-in text instead (six in ten of
 * them): each is then "cited as the wrong text", looked for in every book.
 */
export function libraryFixture(variants = 0, namingBuiltIn = false): { works: Work[]; essay: string; others: string[] } {
  const library = new Library(bundledWork, BUNDLED_CORPUS_FILE);
  const books = ['a', 'b', 'c'].map((letter, i) => {
    const key = `book300${letter}`;
    return { source: asTextFile(syntheticWork(bundledWork(), 300, 1000 + i), key, `Synthetic book ${key}`), file: `texts/${key}.text.md` };
  });
  library.setSources(books);
  const works = library.works();
  // 20,000 words quoting the built-in text, 10,000 quoting each book, with their citations.
  const named = (work: Work) => ({ title: namingBuiltIn ? 'Outstanding Results' : work.record.title, year: namingBuiltIn ? 2007 : work.record.issued.year, notes: work.id });
  const essayOf = (seed: number): string => [benchDocument(works[0], 20_000, seed), ...works.slice(1).map((w, i) => benchDocument(w, 10_000, seed + 10_000 + i, named(w)))].join('\n\n');
  const others = Array.from({ length: variants }, (_, i) => essayOf(70_000 + 100 * i));
  return { works, essay: essayOf(50_000), others };
}
