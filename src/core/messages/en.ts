/** The catalogue in English: the default, and the words the tests assert. */
import type { CheckMessages, CliMessages, DifferenceDescription, Messages, SearchMessages } from './types';

const check: CheckMessages = {
  span: (s) => (s.first === s.last ? `para. ${s.first}` : `paras. ${s.first}–${s.last}`),
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
  addLocator: (written) => `Add the locator “${written}”`,
  uncited: (title, where) => `Quotation from “${title}” (${where}) without a citation.`,
  insertCitation: (where) => `Insert a citation (${where})`,
  wrongSectionOf: (opening, holder, where, cited) => `Wrong locator: “${opening}” is in the section “${holder}” (${where}), not the section “${cited}”.`,
  wrongSection: (opening, where, cited) => `Wrong locator: “${opening}” is in ${where}, not the section “${cited}”.`,
  changeSection: (holder) => `Change the section to “${holder}”`,
  wrongLocator: (opening, where, written) => `Wrong locator: “${opening}” is in ${where}, not ${written}.`,
  changeLocator: (written) => `Change the locator to “${written}”`,
  noSuchLocator: (written, title, paragraphs) => `Wrong locator: there is no ${written}; the paragraphs of “${title}” are numbered 1 to ${paragraphs}.`,
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

export const ENGLISH: Messages = { locale: 'en', check, search, cli };
