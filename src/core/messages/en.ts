/** The catalogue in English: the default, and the words the tests assert. */
import type { BibMessages, CheckMessages, CliMessages, DifferenceDescription, Messages, NotesMessages, ParseMessages, ReaderMessages, SearchMessages, TemplateMessages, UnplacedReason } from './types';

/** "p. 4", "pp. 4–5": pages as the messages and the reader count them. */
const pagesLabel = (first: number, last: number): string => (first === last ? `p. ${first}` : `pp. ${first}–${last}`);

const check: CheckMessages = {
  span: (s) => (s.first === s.last ? `para. ${s.first}` : `paras. ${s.first}–${s.last}`),
  pages: (s) => pagesLabel(s.first, s.last),
  aHeading: 'a heading',
  difference: (d: DifferenceDescription) => {
    switch (d.kind) {
      case 'changed': return `“${d.quoted}” should be “${d.wording}”`;
      case 'punctuation': return `“${d.quoted}” should be “${d.wording}” (punctuation)`;
      case 'left-out-after': return `“${d.missing}” is left out after “${d.anchor}”`;
      case 'left-out-before': return `“${d.missing}” is left out before “${d.anchor}”`;
      case 'not-in-text': return `“${d.quoted}” is not in the text`;
    }
  },
  notFound: (title) => `Not found in “${title}”: no passage of the text matches this quotation.`,
  notFoundRewritten: (title, changed, count, where) => `Not found in “${title}”: the closest passage differs from this quotation in ${changed} words of ${count}${where ? ` (${where})` : ''}.`,
  misquotation: (where, listed, more) => `Misquotation of ${where}: ${listed.join('; ')}${more > 0 ? `; and ${more} more difference${more === 1 ? '' : 's'}` : ''}.`,
  restoreWording: (where) => `Restore the wording of ${where}`,
  missingLocator: (where) => `Missing locator: a quotation cited in an author-date style needs the paragraph it comes from (${where}).`,
  missingPage: (where) => `Missing locator: a quotation cited in an author-date style needs the page it comes from (${where}).`,
  addLocator: (written) => `Add the locator “${written}”`,
  uncited: (title, where) => `Quotation from “${title}” (${where}) without a citation.`,
  insertCitation: (where) => `Insert a citation (${where})`,
  wrongSectionOf: (opening, holder, where, cited) => `Wrong locator: “${opening}” is in the section “${holder}” (${where}), not the section “${cited}”.`,
  wrongSection: (opening, where, cited) => `Wrong locator: “${opening}” is in ${where}, not the section “${cited}”.`,
  changeSection: (holder) => `Change the section to “${holder}”`,
  wrongLocator: (opening, where, written) => `Wrong locator: “${opening}” is in ${where}, not ${written}.`,
  changeLocator: (written) => `Change the locator to “${written}”`,
  noSuchLocator: (written, title, paragraphs) => `Wrong locator: there is no ${written}; the paragraphs of “${title}” are numbered 1 to ${paragraphs}.`,
  noSuchPage: (written, title, first, last) => `Wrong locator: there is no page ${written}; the pages of “${title}” run from ${first} to ${last}.`,
  outOfOrder: (earlier, later) => `Parts out of order: in the text, “${earlier}” comes before “${later}”.`,
  reorderParts: 'Put the parts in the text’s order, with an ellipsis between them',
  joinedWithoutEllipsis: (before) => `Parts joined without an ellipsis: words of the text are left out before “${before}”.`,
  markLeftOut: 'Mark the words left out with an ellipsis',
  hiddenCharacters: (names, count, bidi) =>
    `The quotation contains ${names.length === 1 && count === 1 ? 'an invisible' : 'invisible'} ${names.join(', ')}${count > 1 ? ` (${count} in all)` : ''}${bidi ? ': it may show the words in another order than they are read' : ''}.`,
  removeHidden: (count) => `Remove the invisible character${count === 1 ? '' : 's'}`,
  wrongText: (cited, other, where) => `Cited as “${cited}”, but the quotation is from “${other}” (${where}).`,
  citeOther: (other, where) => `Cite “${other}”, ${where}`,
};

const search: SearchMessages = {
  sentenceAt: (paragraph, sentence) => `${paragraph}, sentence ${sentence}`,
  eitherOf: (words) => (words.length === 1 ? words[0] : `${words.slice(0, -1).join(', ')} or ${words[words.length - 1]}`),
  noPassageHolds: (words) => `Not every word was found: no passage holds ${words}. Showing the passages that hold the most of your words.`,
  bestLacks: (words) => `Not every word was found: the best passage lacks ${words}. Showing the passages that hold the most of your words.`,
};

const cli: CliMessages = {
  usageHeading: 'Usage:',
  usage: (commands) => `Usage: cpc-relations <command> [options]\n\nCommands (each takes --help; -- ends the options; --lang zh-cn|en sets the language):\n${commands}`,
  showUsage: `  show [--json] [--text FILE]
                   print the text with section headings and paragraph numbers
                   (--json: the parsed model)
      --text FILE  the text of FILE (Markdown or plain text with its record
                   in YAML front matter) instead of the built-in one
`,
  checkUsage: (kinds, maxSize) => `  check [--json] [--max-size SIZE] [--text FILE]... [--] FILE...
                   check the quotations of the text in
                   ${kinds}
                   (UTF-8, or UTF-16 with a byte-order mark); print
                   each problem as file:line:col: message; exit 1
                   when there is one, 0 when all are clean
      --json       the problems as JSON, with their fixes
      --text FILE  check against the text of FILE too (repeatable): each
                   quotation against the text its citation names
      --max-size SIZE
                   refuse files larger than SIZE bytes (k, M, G: KiB, MiB,
                   GiB; default ${maxSize})
`,
  checkedKinds: (names) => `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]} files, and a file of no known kind as plain text`,
  exitUsage: `
Exit status: 0 done (check: every file clean); 1 check found a problem, or
search or concordance found nothing; 2 misused (an unknown option, a missing or extra
argument, conflicting options) or a file refused (missing, not a regular
file, binary, larger than --max-size); 3 the output could not be written;
4 an internal error (please report it).
`,
  nameACommand: 'name a command',
  unknownCommand: (command) => `unknown command "${command}"`,
  noTopic: (topic) => `there is no command "${topic}" to explain`,
  internalError: (message) => `internal error, please report it: ${message}`,
  showTakesNoArgument: (args) => `show takes no argument, not "${args}"`,
  showOneText: 'show prints one text: give --text once',
  maxSize: (value) => `--max-size takes a size in bytes such as 500000, 512k or 20M, not "${value}"`,
  nameAFile: 'name at least one file to check',
  cannotRead: (file, why) => `cannot read "${file}": ${why}`,
  cannotReadText: (file, why) => `cannot read the text "${file}": ${why}`,
  notCheckedYet: (file, kind) => `"${file}" is ${kind}, whose quotations are not checked yet`,
  takesNoValue: (option) => `${option} takes no value`,
  needsValue: (option) => `${option} needs a value`,
  givenTwice: (option, first, second) => `${option} is given twice ("${first}" and "${second}"): give it once`,
  unknownOption: (option) => `unknown option "${option}"`,
  unknownLanguage: (value) => `--lang takes zh-cn or en, not "${value}"`,
  bytes: (count) => `${count} bytes`,
  mustBeOneOf: (option, values, value, likely) => `${option} must be one of ${values.join(', ')}, not "${value}"${likely ? ` (did you mean ${likely}?)` : ''}`,
  wholeNumber: (option, min, max, value) => `${option} takes a whole number from ${min} to ${max}, not "${value}"`,
  cite: {
    usage: (styles, kinds, exports) => `  cite [N | N-M] [options]
                   cite paragraph N (or N to M) of the text, a section, or
                   the whole work
      --text FILE  cite the text of FILE (Markdown or plain text with its
                   record in YAML front matter) instead of the built-in one
      --style S    the citation style (default apa):
                   ${styles.join(', ')}
      --form F     parenthetical (default) or narrative
      --format T   the kind of file (default plaintext):
                   ${kinds.join(', ')}
      --section S  cite a section: 0 (the introduction) to 5, or words of
                   its heading
      --quote      the quoted paragraphs with their citation
      --short      the short note (note styles: chicago-notes)
      --keys       citation keys for the document's processor: Pandoc
                   (markdown, quarto, rmarkdown, mdx), biblatex (latex),
                   Typst (typst) or org-cite (org)
      --count-paragraphs
                   counted paragraph numbers ("par. 4") in every style; by
                   default MLA cites the work as a whole and Chicago the
                   heading of the paragraph's section
      --reference  the reference-list entry
      --export E   the record as ${exports.join(', ')}
                   Give one of --quote, --short, --reference and --export,
                   and a paragraph or a section, not both.
`,
    askDifferent: (options) => `${options.join(' and ')} ask for different things: give one`,
    paragraphOrSection: (args, section) => `give a paragraph or range, or --section, not both ("${args}" and --section "${section}")`,
    sectionNeedsWords: '--section needs a section number (0 for the introduction, up to 5) or words of its heading',
    keysConflict: (option) => `--keys writes citation keys, which ${option} does not write: give one`,
    oneText: 'cite cites one text: give --text once',
    formMustBe: (form) => `--form must be parenthetical or narrative, not "${form}"`,
    oneParagraph: (args) => `give one paragraph or range, not "${args}"`,
    quoteNeedsPassage: '--quote needs a paragraph, a range or a section to quote',
    shortIsForNotes: (style) => `--short is for note styles (chicago-notes), not ${style}`,
    notAParagraph: (arg, last) => `"${arg}" is not a paragraph number (1-${last}) or range such as 4-5`,
    notAmongParagraphs: (last, arg) => `the text has paragraphs 1 to ${last}: "${arg}" is not among them`,
    noSection: (words, sections) => `no section is numbered or headed "${words}" (sections: ${sections})`,
  },
  search: {
    usage: (maxLimit) => `  search QUERY [--limit N] [--json] [--text FILE]...
                   the sentences and paragraphs that best match QUERY, best
                   first, with paragraph and sentence numbers; words forgive
                   typos, "quoted phrases" match exactly (see docs/search.md)
      --limit N    at most N results (default 10, up to ${maxLimit})
      --json       the results as JSON
      --text FILE  search the text of FILE too (repeatable); each result
                   then names its text
                   (a query that starts with "-" goes after "--")
`,
    giveWords: 'give the words to search for, for example: search "hot regions"',
    noMatch: (query) => `No passage matches ${query}.`,
  },
  notes: {
    usage: (styles, kinds) => `  notes [--notes FILE] [--style S] [--format F] [--text FILE…]
                   the literature note of a notes file: each highlight as a
                   quotation with its citation, its note below, by section
      --notes FILE the notes file (default notes.cpc.jsonl)
      --style S    the citation style (default apa):
                   ${styles.join(', ')}
      --format F   the kind of file (default markdown):
                   ${kinds.join(', ')}
      --text FILE  a text the notes are on (Markdown or plain text with its
                   record in YAML front matter); give it once per text
`,
    takesNoArgument: (args) => `notes takes no argument, not "${args}": give the notes file as --notes FILE`,
    cannotRead: (file, why) => `cannot read the notes file "${file}": ${why}`,
  },
  concordance: {
    usage: (width) => `  concordance WORD... [--width N] [--json] [--text FILE]...
                   every occurrence of WORD in context, keywords aligned,
                   with its paragraph, and the count per text and section;
                   a word finds all its forms (peace: peaceful, peacefully),
                   a "quoted" word only that form, a phrase its words in a
                   row; Chinese, Japanese or Korean characters are found
                   wherever they stand (see docs/concordance.md)
      --width N    columns of context each side (default ${width}, 10 to 200)
      --json       the counts and occurrences as JSON
      --text FILE  look in the text of FILE too (repeatable)
  concordance --frequency [--limit N] [--json] [--text FILE]
                   the words of the built-in text (or of FILE) grouped with
                   their forms, stop words left out, most frequent first
      --limit N    at most N words (default all)
`,
    frequencyTakesNoWord: (words) => `--frequency lists every word: give no word ("${words}")`,
    widthNotForFrequency: '--width is for the concordance of a word, not for --frequency',
    frequencyOneText: '--frequency lists one text: give --text once',
    limitIsForFrequency: '--limit is for --frequency: the concordance shows every occurrence',
    giveWord: 'give a word or phrase to look up, for example: concordance peace',
    noWordIn: (text) => `"${text}" holds no word to look up: give letters or digits, for example: concordance peace`,
    noOccurrence: (query) => `No occurrence of ${query}.`,
    occurrences: (count) => `${count} ${count === 1 ? 'occurrence' : 'occurrences'}`,
  },
  refused: {
    notRegular: (kind) => `it is ${kind}, not a regular file`,
    tooLarge: (size, limit) => `it is ${size}, more than the limit of ${limit} (raise it with --max-size)`,
    overLimit: (limit) => `it is more than the limit of ${limit} (raise it with --max-size)`,
    folder: 'it is a folder, not a file',
    binary: 'it holds NUL bytes: it is binary, or UTF-16 without a byte-order mark (save it as UTF-8, or as UTF-16 with a byte-order mark)',
    kinds: {
      folder: 'a folder', fifo: 'a named pipe (FIFO)', characterDevice: 'a character device', blockDevice: 'a block device', socket: 'a socket', other: 'not a regular file',
    },
    reasons: { noSuchFile: 'no such file', permissionDenied: 'permission denied', tooManyLinks: 'too many symbolic links', nameTooLong: 'the name is too long' },
  },
};

const parse: ParseMessages = {
  noFrontMatter: 'expected front matter: the file must start with a line "---"',
  frontMatterNotClosed: 'front matter is not closed: add a line "---" after the record',
  frontMatterTooLong: (kilobytes) => `the front matter runs past ${kilobytes} KB: a record takes a few lines, closed by a line "---"`,
  paragraphTooLong: (characters) => `this paragraph runs past ${characters.toLocaleString('en')} characters: separate the text's paragraphs with blank lines`,
  unknownKey: (key, known) => `unknown key "${key}" (a record holds ${known})`,
  twoNames: (own, csl) => `"${own}" and "${csl}" are one field under two names: keep one`,
  recordNeeds: (key) => `the record needs "${key}"`,
  mustBeText: (key) => `"${key}" must be text`,
  dateForm: (key, value) => `"${key}" must be a date as YYYY, YYYY-MM or YYYY-MM-DD, found "${value}"`,
  notRealDate: (key, value) => `"${key}" is not a real date: "${value}"`,
  namesList: (key) => `"${key}" must be a list of names, each with "family" and "given", or "literal" for an organisation`,
  literalOrPerson: (key) => `a name in "${key}" is either "literal" (an organisation) or "family" and "given" (a person), not both`,
  staticOrdering: (key) => `"static-ordering" of a name in "${key}" is true (the name is written family name first, as Chinese names are) or false`,
  nameNeedsFamily: (key) => `each of "${key}" needs a "family" name (and a "given" name), or a "literal" name for an organisation`,
  typeOneOf: (types, found) => `"type" must be one of ${types}; found "${found}"`,
  receivedMap: '"received" must be a map of the forms as received',
  keyForm: (key) => `"key" must be letters, digits, "_", ":" or "-", starting with a letter; found "${key}"`,
  pageMarkerBeforeHeading: 'put the page marker on a line of its own before the heading',
  headingLevel: (level) => `only "## " section headings are supported, found a level-${level} heading${level === 1 ? ' (one above the first paragraph may repeat the record\'s title)' : ''}`,
  emptyHeading: 'the section heading is empty',
  sectionWithoutParagraphs: (heading) => `the section "${heading ?? 'Introduction'}" has no paragraphs`,
  pageMarkerForm: 'a page marker is written "{p. 23}": a page number in digits, one marker a page',
  beforeFirstPage: 'this paragraph comes before the first page marker: mark its page with "{p. N}" before it',
  noParagraphs: 'the text has no paragraphs',
  pageNotPositive: (page) => `page ${page} is not a page: pages are numbered from 1`,
  pageGoesDown: (page, before) => `page ${page} follows page ${before}: page markers must go up`,
  duplicateKey: (key, file, line) => `the key "${key}" is already the key of ${file} (line ${line}): give this text another key, since citations name a text by its key`,
  yaml: {
    tabs: 'indent with spaces, not tabs',
    nestedTooDeep: (depth) => `nested more than ${depth} levels deep: a record is a map of fields, lists of names and maps of forms`,
    unexpectedIndentation: 'unexpected indentation',
    expectedKeyValue: (found) => `expected "key: value", found "${found}"`,
    duplicateKey: (key) => `duplicate key "${key}"`,
    unterminatedDouble: 'unterminated double-quoted string',
    unterminatedSingle: 'unterminated single-quoted string',
    textAfterQuote: (quote) => `text after the closing ${quote}: a value that starts with ${quote} must end with it (quote the whole value with the other quotes, or write it with no quotes around it)`,
    flowCollections: 'flow collections ([...] or {...}) are not supported: use one item a line',
    firstKeyIndented: 'the first key must not be indented',
    unexpectedContent: 'unexpected content',
  },
};

const template: TemplateMessages = {
  braceNotClosed: (at) => `the "{" at character ${at} is not closed by "}"`,
  notAPlaceholder: (placeholder, known) => `"${placeholder}" is not a placeholder; known ones are ${known}`,
  closesNothing: (at) => `the "}" at character ${at} closes nothing (write \\} for the character itself)`,
  italicsNotClosed: (at) => `the "*" at character ${at} opens italics that are never closed`,
};

const reader: ReaderMessages = {
  source: (container, editors, place, publisher, year) => `From ${container}, edited by ${editors} (${place}: ${publisher}, ${year}).`,
  posted: (date) => ` Posted ${date}.`,
  numbering: ' Paragraphs are numbered as cited: "para. 4" is [4].',
  numberingWithPages: ' Paragraphs are numbered as cited: "para. 4" is [4]; after each number, the printed pages it is on: "p. 41" is (p. 41).',
  pages: pagesLabel,
  introduction: 'Introduction',
};

const notes: NotesMessages = {
  notJson: (example) => `This line is not a JSON object: each line holds one note, such as ${example}. A merge conflict marker or a cut line is the usual cause.`,
  notAnObject: 'This line is not a JSON object: each line holds one note.',
  idUsed: (id, line) => `The id "${id}" is already used on line ${line}: give one of the notes a new id.`,
  unknownKeys: (keys, known) => `Unknown key${keys.length === 1 ? '' : 's'} ${keys.map((k) => `"${k}"`).join(', ')}: a note has ${known.join(', ')}.`,
  idEmpty: '"id" must be text, not empty.',
  textKey: '"text" must be text: the key of the text the note is on.',
  wholeNumber: (key, from) => `"${key}" must be a whole number from ${from}.`,
  endBeforeStart: '"end" must not come before "start".',
  quoteText: '"quote" must be text: the quoted words.',
  colourOneOf: (colours) => `"colour" must be one of ${colours.join(', ')}, or null.`,
  noteText: '"note" must be text.',
  repliesList: '"replies" must be a list of texts.',
  unplaced: (reason: UnplacedReason) => {
    switch (reason.kind) {
      case 'textNotInLibrary': return `The text "${reason.text}" is not in the library.`;
      case 'noWords': return 'The note quotes no words, and its place is gone.';
      case 'wordsGone': return `The words "${reason.words}" are no longer in "${reason.title}".`;
    }
  },
  selectInParagraph: 'Select words of a paragraph in the reader (headings and paragraph numbers cannot be highlighted).',
  selectOneParagraph: 'Select words of one paragraph: a highlight stays within a paragraph.',
  selectWords: 'Select words of a paragraph in the reader.',
  colourNames: { yellow: 'key claim', green: 'evidence', blue: 'question', red: 'disagree', purple: 'definition' },
  exportTitle: 'Notes',
  unplacedHeading: 'Unplaced notes',
  unplacedNote: (quote, text, paragraph, why) => `“${quote}” (${text}, paragraph ${paragraph}; ${why})`,
};

const bib: BibMessages = {
  entryType: 'an "@" must be followed by an entry type such as @book or @incollection',
  mustOpen: (type) => `@${type} must be followed by "{"`,
  notClosed: (type) => `@${type} is not closed`,
  noKey: (type) => `@${type} has no citation key`,
  notAField: (key) => `the entry "${key}" has something other than a field here (fields are written name = {value})`,
  noEquals: (name, key) => `the field "${name}" of "${key}" has no "=" after its name`,
  braceNeverClosed: (name, key) => `the value of "${name}" in "${key}" opens a "{" that is never closed`,
  quoteNeverClosed: (name, key) => `the value of "${name}" in "${key}" opens a quotation mark that is never closed`,
  noValue: (name, key) => `the field "${name}" of "${key}" has no value`,
  entryNotClosed: (key, close, commaMissing) => `the entry "${key}" is not closed by "${close}"${commaMissing ? ' (a comma may be missing between fields)' : ''}`,
  jsonEndsEarly: 'the JSON ends too early (a bracket or quotation mark is not closed)',
  jsonInvalidAt: (found) => `the JSON is not valid here ("${found}")`,
  cslList: 'a CSL-JSON file holds a list of records, [ … ]',
};

export const ENGLISH: Messages = { locale: 'en', check, search, cli, parse, template, reader, notes, bib };
