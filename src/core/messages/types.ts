/**
 * The shapes of the message catalogue: what the checker and the command line
 * say, as functions of what they say it about, so that each language builds
 * its own sentences rather than filling blanks in English word order.
 */
/** The interface languages the catalogue speaks. */
export type Locale = 'en' | 'zh-cn';

/** What one difference between a quotation and the text is, for the checker's message. */
export type DifferenceDescription =
  | { readonly kind: 'changed'; readonly quoted: string; readonly wording: string }
  | { readonly kind: 'punctuation'; readonly quoted: string; readonly wording: string }
  | { readonly kind: 'left-out-after'; readonly missing: string; readonly anchor: string }
  | { readonly kind: 'left-out-before'; readonly missing: string; readonly anchor: string }
  | { readonly kind: 'not-in-text'; readonly quoted: string };

/**
 * The checker's findings and quick-fix titles. `span` labels paragraphs as a
 * reader of the message counts them; `written` is a locator or citation as
 * the document has it (or as a fix writes it), shown as is.
 */
export interface CheckMessages {
  span(span: { readonly first: number; readonly last: number }): string;
  /** Pages as a reader of the message counts them ("p. 4", "pp. 4–5"), in a text that marks its pages. */
  pages(span: { readonly first: number; readonly last: number }): string;
  /** Where a quotation matched a heading rather than paragraphs. */
  readonly aHeading: string;
  difference(d: DifferenceDescription): string;
  notFound(title: string): string;
  notFoundRewritten(title: string, changed: number, count: number, where: string | undefined): string;
  misquotation(where: string, differences: readonly string[], more: number): string;
  restoreWording(where: string): string;
  missingLocator(where: string): string;
  missingPage(where: string): string;
  addLocator(written: string): string;
  uncited(title: string, where: string): string;
  insertCitation(where: string): string;
  wrongSectionOf(opening: string, holder: string, where: string, cited: string): string;
  wrongSection(opening: string, where: string, cited: string): string;
  changeSection(holder: string): string;
  wrongLocator(opening: string, where: string, written: string): string;
  changeLocator(written: string): string;
  noSuchLocator(written: string, title: string, paragraphs: number): string;
  noSuchPage(written: string, title: string, first: number, last: number): string;
  outOfOrder(earlier: string, later: string): string;
  readonly reorderParts: string;
  joinedWithoutEllipsis(before: string): string;
  readonly markLeftOut: string;
  hiddenCharacters(names: readonly string[], count: number, bidirectional: boolean): string;
  removeHidden(count: number): string;
  wrongText(cited: string, other: string, where: string): string;
  citeOther(other: string, where: string): string;
}

/** What the search says about its results. */
export interface SearchMessages {
  /** "¶ 4, sentence 1": where a sentence result is; `paragraph` is the paragraph's label ("¶ 4"). */
  sentenceAt(paragraph: string, sentence: number): string;
  /** "“a”, “b” or “c”": the words no passage holds, each already in quotation marks. */
  eitherOf(words: readonly string[]): string;
  /** No passage holds `words`: the passages holding most of the words are shown. */
  noPassageHolds(words: string): string;
  /** The best passage lacks `words`. */
  bestLacks(words: string): string;
}

/** The command line's usage, errors and reports. */
export interface CliMessages {
  readonly usageHeading: string;
  usage(commands: string): string;
  readonly showUsage: string;
  checkUsage(kinds: string, maxSize: string): string;
  /** The kinds the checker reads, as a phrase: `names` are "Markdown (.md .markdown)". */
  checkedKinds(names: readonly string[]): string;
  readonly exitUsage: string;
  readonly nameACommand: string;
  unknownCommand(command: string): string;
  noTopic(topic: string): string;
  internalError(message: string): string;
  showTakesNoArgument(args: string): string;
  readonly showOneText: string;
  maxSize(value: string): string;
  readonly nameAFile: string;
  cannotRead(file: string, why: string): string;
  cannotReadText(file: string, why: string): string;
  notCheckedYet(file: string, kind: string): string;
  takesNoValue(option: string): string;
  needsValue(option: string): string;
  givenTwice(option: string, first: string, second: string): string;
  unknownOption(option: string): string;
  unknownLanguage(value: string): string;
  /** A size under 1 KiB, in bytes (larger sizes are written in KiB and MiB in every language). */
  bytes(count: number): string;
  /** `--name` takes one of `values`, not `value` (--style, --format, --export); `likely`: the one meant, when one stands out. */
  mustBeOneOf(option: string, values: readonly string[], value: string, likely?: string): string;
  /** `--name` takes a whole number from `min` to `max`, not `value`. */
  wholeNumber(option: string, min: number, max: number, value: string): string;
  /** The usage and errors of cite. */
  readonly cite: {
    usage(styles: readonly string[], kinds: readonly string[], exports: readonly string[]): string;
    askDifferent(options: readonly string[]): string;
    paragraphOrSection(args: string, section: string): string;
    readonly sectionNeedsWords: string;
    keysConflict(option: string): string;
    readonly oneText: string;
    formMustBe(form: string): string;
    oneParagraph(args: string): string;
    readonly quoteNeedsPassage: string;
    shortIsForNotes(style: string): string;
    notAParagraph(arg: string, last: number): string;
    notAmongParagraphs(last: number, arg: string): string;
    noSection(words: string, sections: string): string;
  };
  /** The usage, errors and reports of search. */
  readonly search: {
    usage(maxLimit: number): string;
    readonly giveWords: string;
    noMatch(query: string): string;
  };
  /** The usage and errors of notes. */
  readonly notes: {
    usage(styles: readonly string[], kinds: readonly string[]): string;
    takesNoArgument(args: string): string;
    cannotRead(file: string, why: string): string;
  };
  /** The usage, errors and reports of concordance. */
  readonly concordance: {
    usage(width: number): string;
    frequencyTakesNoWord(words: string): string;
    readonly widthNotForFrequency: string;
    readonly frequencyOneText: string;
    readonly limitIsForFrequency: string;
    readonly giveWord: string;
    noWordIn(text: string): string;
    noOccurrence(query: string): string;
    occurrences(count: number): string;
  };
  /** Why a file was refused: a reason code of the reader, or a size. */
  readonly refused: {
    notRegular(kind: string): string;
    tooLarge(size: string, limit: string): string;
    overLimit(limit: string): string;
    readonly folder: string;
    readonly binary: string;
    readonly kinds: Readonly<Record<'folder' | 'fifo' | 'characterDevice' | 'blockDevice' | 'socket' | 'other', string>>;
    readonly reasons: Readonly<Record<'noSuchFile' | 'permissionDenied' | 'tooManyLinks' | 'nameTooLong', string>>;
  };
}

/**
 * The problems of a text the writer brings (its record and its body), shown
 * at their lines in the Problems panel and by the command line. Keys,
 * values and markers are quoted as the file writes them.
 */
export interface ParseMessages {
  readonly noFrontMatter: string;
  readonly frontMatterNotClosed: string;
  /** The front matter runs past `kilobytes` KB (a record takes a few lines). */
  frontMatterTooLong(kilobytes: number): string;
  /** A paragraph, from this line on, runs past `characters` characters. */
  paragraphTooLong(characters: number): string;
  unknownKey(key: string, known: string): string;
  /** A record gives a field under its own name and under CSL-JSON's (`own`, `csl`). */
  twoNames(own: string, csl: string): string;
  recordNeeds(key: string): string;
  mustBeText(key: string): string;
  dateForm(key: string, value: string): string;
  notRealDate(key: string, value: string): string;
  namesList(key: string): string;
  literalOrPerson(key: string): string;
  staticOrdering(key: string): string;
  nameNeedsFamily(key: string): string;
  typeOneOf(types: string, found: string): string;
  readonly receivedMap: string;
  keyForm(key: string): string;
  readonly pageMarkerBeforeHeading: string;
  headingLevel(level: number): string;
  readonly emptyHeading: string;
  /** `heading` is undefined for the introduction, the part before the first heading. */
  sectionWithoutParagraphs(heading: string | undefined): string;
  readonly pageMarkerForm: string;
  readonly beforeFirstPage: string;
  readonly noParagraphs: string;
  pageNotPositive(page: number): string;
  pageGoesDown(page: number, before: number): string;
  duplicateKey(key: string, file: string, line: number): string;
  /** The front matter's YAML, as the small reader takes it. */
  readonly yaml: {
    readonly tabs: string;
    nestedTooDeep(depth: number): string;
    readonly unexpectedIndentation: string;
    expectedKeyValue(found: string): string;
    duplicateKey(key: string): string;
    readonly unterminatedDouble: string;
    readonly unterminatedSingle: string;
    /** A quoted value followed by more text on its line, in the quotes it starts with. */
    textAfterQuote(quote: string): string;
    readonly flowCollections: string;
    readonly firstKeyIndented: string;
    readonly unexpectedContent: string;
  };
}

/** Why a citation template of the settings cannot be used; `at` counts characters from 1. */
export interface TemplateMessages {
  braceNotClosed(at: number): string;
  notAPlaceholder(placeholder: string, known: string): string;
  closesNothing(at: number): string;
  italicsNotClosed(at: number): string;
}

/**
 * The reader's opening line: where the text comes from and how its
 * paragraphs are numbered. Names, titles and places are the record's, as
 * written; `container` is already in Markdown italics.
 */
export interface ReaderMessages {
  source(container: string, editors: string, place: string, publisher: string, year: number): string;
  posted(date: string): string;
  readonly numbering: string;
  /** The same, for a text that marks its printed pages: each number is followed by its pages. */
  readonly numberingWithPages: string;
  /** A paragraph's pages after its number ("p. 41", "pp. 41–42"). */
  pages(first: number, last: number): string;
  /** What the untitled opening section is called (in the reader, the views and the literature note), since the text does not name it. */
  readonly introduction: string;
}

/** Why a note cannot be placed in its text (see `placeAnchor`). */
export type UnplacedReason =
  | { readonly kind: 'textNotInLibrary'; readonly text: string }
  | { readonly kind: 'noWords' }
  | { readonly kind: 'wordsGone'; readonly words: string; readonly title: string };

/**
 * The notes file's problems, shown at their lines in the Problems panel and
 * by the command line; why a note cannot be placed; and the words of the
 * literature note that are the extension's own. Keys and values are quoted
 * as the file writes them.
 */
export interface NotesMessages {
  /** The line is not JSON at all; `example` is a note as the file writes one. */
  notJson(example: string): string;
  /** The line is JSON, but not an object. */
  readonly notAnObject: string;
  idUsed(id: string, line: number): string;
  unknownKeys(keys: readonly string[], known: readonly string[]): string;
  readonly idEmpty: string;
  readonly textKey: string;
  wholeNumber(key: string, from: number): string;
  readonly endBeforeStart: string;
  readonly quoteText: string;
  colourOneOf(colours: readonly string[]): string;
  readonly noteText: string;
  readonly repliesList: string;
  unplaced(reason: UnplacedReason): string;
  /** Why a selection in the reader cannot be highlighted: it is not on a paragraph's words, spans paragraphs, or selects nothing. */
  readonly selectInParagraph: string;
  readonly selectOneParagraph: string;
  readonly selectWords: string;
  /** What each highlight colour means unless the writer renames it. */
  readonly colourNames: Readonly<Record<'yellow' | 'green' | 'blue' | 'red' | 'purple', string>>;
  /** The literature note's title when none is given. */
  readonly exportTitle: string;
  readonly unplacedHeading: string;
  /** An unplaced note in the literature note: its words, its text's key, its paragraph and why. */
  unplacedNote(quote: string, text: string, paragraph: number, why: string): string;
}

/**
 * Why a bibliography file (BibTeX or CSL-JSON) the record was to be added to
 * cannot be read, at a line. Types, keys and field names are the file's.
 */
export interface BibMessages {
  readonly entryType: string;
  mustOpen(type: string): string;
  notClosed(type: string): string;
  noKey(type: string): string;
  notAField(key: string): string;
  noEquals(name: string, key: string): string;
  braceNeverClosed(name: string, key: string): string;
  quoteNeverClosed(name: string, key: string): string;
  noValue(name: string, key: string): string;
  /** The entry `key` is not closed by `close`; `commaMissing` when more of the file follows. */
  entryNotClosed(key: string, close: string, commaMissing: boolean): string;
  readonly jsonEndsEarly: string;
  /** `found` is the file's text where it stops being JSON. */
  jsonInvalidAt(found: string): string;
  readonly cslList: string;
}

/** Everything the core and the command line say, in one language. */
export interface Messages {
  readonly locale: Locale;
  readonly check: CheckMessages;
  readonly search: SearchMessages;
  readonly cli: CliMessages;
  readonly parse: ParseMessages;
  readonly template: TemplateMessages;
  readonly reader: ReaderMessages;
  readonly notes: NotesMessages;
  readonly bib: BibMessages;
}
