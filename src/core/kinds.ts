/**
 * The kinds of document a writer cites in: one table, one row per kind.
 * Everything that tells Markdown from Quarto, LaTeX, Typst or Org (the
 * language ids and file names, how a quotation, a comment, code and a
 * citation are written, how the document names its bibliography) is a
 * field of a row here. The checker, the insertion shaping, Find Citations,
 * the bibliography upkeep, the command line and the manifest's activation
 * events read it; adding a format is one row, plus its tests.
 */

/** A kind of document, as the command line's `--format` names it. */
export type KindId =
  | 'markdown' | 'quarto' | 'rmarkdown' | 'mdx'
  | 'latex' | 'typst' | 'org'
  | 'html' | 'asciidoc' | 'restructuredtext'
  | 'plaintext';

/** How the quotation checker reads a document today: its syntax family. */
export type CheckedAs = 'markdown' | 'mdx' | 'latex' | 'typst' | 'org' | 'html' | 'asciidoc' | 'restructuredtext' | 'plaintext';

/**
 * Which rules of the citation shaping (`cite/targets.ts`) write formatted
 * text for a kind. Quarto and R Markdown are Pandoc Markdown, so they share
 * Markdown's rules.
 */
export type ShapingId = 'markdown' | 'mdx' | 'latex' | 'typst' | 'org' | 'html' | 'asciidoc' | 'restructuredtext' | 'plaintext';

/** How a document names its bibliography file. */
export type BibliographyNaming =
  /** `bibliography: refs.bib` in the YAML front matter (Pandoc, Quarto, R Markdown). */
  | 'front-matter'
  /** `\addbibresource{refs.bib}`, else `\bibliography{refs}`. */
  | 'latex'
  /** `#bibliography("refs.bib")`. */
  | 'typst'
  /** `#+bibliography: refs.bib`. */
  | 'org'
  /** The kind has no way to name one. */
  | 'none';

/** Comments, as the kind writes them. */
export interface CommentSyntax {
  /** Starts a comment that runs to the end of the line. */
  readonly line?: string;
  /** Opens and closes a comment. */
  readonly block?: readonly [open: string, close: string];
}

export interface DocumentKind {
  readonly id: KindId;
  /** The kind's name in the writer's words. */
  readonly name: string;
  /** VS Code language ids; the first is the one VS Code or the kind's usual extension gives. */
  readonly languageIds: readonly string[];
  /** File extensions, lower case, without the dot. */
  readonly extensions: readonly string[];
  readonly quotations: {
    /** Inline quotation marks or elements. */
    readonly inline: readonly string[];
    /** How a block quotation is set off. */
    readonly block: readonly string[];
    /** Commands or elements that quote. */
    readonly commands: readonly string[];
  };
  /** What is not prose, and so never read as a quotation or a citation. */
  readonly mask: {
    readonly comments: CommentSyntax;
    readonly code: readonly string[];
    readonly math: readonly string[];
    readonly frontMatter: boolean;
    readonly raw: readonly string[];
  };
  readonly citations: {
    /** The shaping rules of formatted citations, quotations and notes. */
    readonly shaping: ShapingId;
    /** Citations as keys that the document's processor formats, with an example; undefined when there are none. */
    readonly keys?: { readonly processor: string; readonly example: string };
    /** How a note is written. */
    readonly notes: string;
  };
  /** How the kind writes the comment that silences the checker, around its mark. */
  readonly suppression: (mark: string) => string;
  readonly bibliography: BibliographyNaming;
  /** How the quotation checker reads it; undefined when documents of this kind are not checked. */
  readonly checkedAs?: CheckedAs;
}

const HTML_COMMENT: CommentSyntax = { block: ['<!--', '-->'] };
const C_COMMENTS: CommentSyntax = { line: '//', block: ['/*', '*/'] };
const MARKS = ['“…”', '‘…’', '"…"', '«…»', '„…“'];

const PANDOC_MASK: DocumentKind['mask'] = {
  comments: HTML_COMMENT,
  code: ['`code`', '``` fences', '```{r} code chunks', '~~~ fences'],
  math: ['$…$', '$$…$$'],
  frontMatter: true,
  raw: ['HTML tags', '{=html} raw blocks', 'link targets', 'URLs'],
};

const markdownLike = (overrides: Partial<DocumentKind> & Pick<DocumentKind, 'id' | 'name' | 'languageIds' | 'extensions'>): DocumentKind => ({
  quotations: { inline: MARKS, block: ['> …'], commands: [] },
  mask: {
    comments: HTML_COMMENT,
    code: ['`code`', '``` fences', '~~~ fences'],
    math: ['$…$', '$$…$$'],
    frontMatter: true,
    raw: ['HTML tags', 'link targets', 'URLs'],
  },
  citations: { shaping: 'markdown', keys: { processor: 'Pandoc', example: '[@key, para. 4]' }, notes: '[^1] with [^1]: … below' },
  suppression: (mark) => `<!-- ${mark} -->`,
  bibliography: 'front-matter',
  checkedAs: 'markdown',
  ...overrides,
});

/** Every kind, in the order the command line lists them. */
export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  markdownLike({ id: 'markdown', name: 'Markdown', languageIds: ['markdown'], extensions: ['md', 'markdown', 'mdown', 'mkd', 'mkdn'] }),
  markdownLike({
    id: 'quarto', name: 'Quarto', languageIds: ['quarto'], extensions: ['qmd'],
    quotations: { inline: MARKS, block: ['> …', '::: callout / div'], commands: [] },
    mask: PANDOC_MASK,
  }),
  markdownLike({
    id: 'rmarkdown', name: 'R Markdown', languageIds: ['rmd'], extensions: ['rmd'],
    quotations: { inline: MARKS, block: ['> …', '::: div'], commands: [] },
    mask: PANDOC_MASK,
  }),
  markdownLike({
    id: 'mdx', name: 'MDX', languageIds: ['mdx'], extensions: ['mdx'],
    mask: {
      comments: { block: ['{/*', '*/}'] },
      code: ['`code`', '``` fences', 'import and export lines', '{expressions}'],
      math: [],
      frontMatter: true,
      raw: ['JSX elements', 'link targets', 'URLs'],
    },
    citations: { shaping: 'mdx', keys: { processor: 'Pandoc', example: '[@key, para. 4]' }, notes: '[^1] with [^1]: … below' },
    suppression: (mark) => `{/* ${mark} */}`,
    checkedAs: 'mdx',
  }),
  {
    id: 'latex', name: 'LaTeX', languageIds: ['latex', 'tex'], extensions: ['tex', 'latex', 'ltx', 'sty', 'cls'],
    quotations: { inline: ['``…\'\'', ...MARKS], block: ['quote', 'quotation', 'displayquote'], commands: ['\\enquote{…}', '\\textquote{…}'] },
    mask: {
      comments: { line: '%' },
      code: ['\\verb', 'verbatim', 'lstlisting', 'minted'],
      math: ['$…$', '\\(…\\)', '\\[…\\]'],
      frontMatter: false,
      raw: ['\\url', '\\ref', '\\label', '\\input', '\\includegraphics'],
    },
    citations: { shaping: 'latex', keys: { processor: 'biblatex', example: '\\parencite[4]{key}' }, notes: '\\footnote{…}' },
    suppression: (mark) => `% ${mark}`,
    bibliography: 'latex',
    checkedAs: 'latex',
  },
  {
    id: 'typst', name: 'Typst', languageIds: ['typst'], extensions: ['typ'],
    quotations: { inline: ['"…" (smart quotes)', ...MARKS], block: ['#quote(block: true)[…]'], commands: ['#quote[…]'] },
    mask: {
      comments: C_COMMENTS,
      code: ['`raw`', '``` raw blocks', '#code expressions'],
      math: ['$…$'],
      frontMatter: false,
      raw: ['labels <…>', 'URLs'],
    },
    citations: { shaping: 'typst', keys: { processor: 'Typst', example: '@key[para. 4]' }, notes: '#footnote[…]' },
    suppression: (mark) => `// ${mark}`,
    bibliography: 'typst',
    checkedAs: 'typst',
  },
  {
    id: 'org', name: 'Org', languageIds: ['org'], extensions: ['org'],
    quotations: { inline: MARKS, block: ['#+begin_quote … #+end_quote'], commands: [] },
    mask: {
      comments: { line: '# ' },
      code: ['=verbatim=', '~code~', '#+begin_src', '#+begin_example'],
      math: ['$…$', '\\(…\\)'],
      frontMatter: false,
      raw: ['#+keyword: lines', 'link targets', 'URLs'],
    },
    citations: { shaping: 'org', keys: { processor: 'org-cite (Org, Pandoc)', example: '[cite:@key, para. 4]' }, notes: '[fn:1] with [fn:1] … below' },
    suppression: (mark) => `# ${mark}`,
    bibliography: 'org',
    checkedAs: 'org',
  },
  {
    id: 'html', name: 'HTML', languageIds: ['html'], extensions: ['html', 'htm', 'xhtml'],
    quotations: { inline: MARKS, block: ['<blockquote>'], commands: ['<q>'] },
    mask: { comments: HTML_COMMENT, code: ['<code>', '<pre>', '<script>', '<style>', '<textarea>'], math: [], frontMatter: false, raw: ['tags and attributes'] },
    citations: { shaping: 'html', notes: 'a numbered link to a note below' },
    suppression: (mark) => `<!-- ${mark} -->`,
    bibliography: 'none',
    checkedAs: 'html',
  },
  {
    id: 'asciidoc', name: 'AsciiDoc', languageIds: ['asciidoc'], extensions: ['adoc', 'asciidoc', 'asc'],
    quotations: { inline: [...MARKS, '"`…`"'], block: ['[quote] with ____'], commands: [] },
    mask: { comments: { line: '//', block: ['////', '////'] }, code: ['`code`', '---- listings', '.... literals', '++++ passthroughs'], math: [], frontMatter: false, raw: ['[attribute] lines', ':attribute: entries', '{attribute} references'] },
    citations: { shaping: 'asciidoc', notes: 'footnote:[…]' },
    suppression: (mark) => `// ${mark}`,
    bibliography: 'none',
    checkedAs: 'asciidoc',
  },
  {
    id: 'restructuredtext', name: 'reStructuredText', languageIds: ['restructuredtext'], extensions: ['rst', 'rest'],
    quotations: { inline: MARKS, block: ['indented block', '.. epigraph::', '.. pull-quote::'], commands: [] },
    mask: { comments: { line: '.. ' }, code: ['``code``', ':: literal blocks', '.. code-block::'], math: [':math:`…`'], frontMatter: false, raw: ['directives', '`roles`'] },
    citations: { shaping: 'restructuredtext', notes: '[1]_ with .. [1] … below' },
    suppression: (mark) => `.. ${mark}`,
    bibliography: 'none',
    checkedAs: 'restructuredtext',
  },
  {
    id: 'plaintext', name: 'plain text', languageIds: ['plaintext'], extensions: ['txt', 'text'],
    quotations: { inline: MARKS, block: ['indented block'], commands: [] },
    mask: { comments: {}, code: [], math: [], frontMatter: false, raw: [] },
    citations: { shaping: 'plaintext', notes: '[1] with [1] … below' },
    suppression: (mark) => `[${mark}]`,
    bibliography: 'none',
    checkedAs: 'plaintext',
  },
];

export const KIND_IDS: readonly KindId[] = DOCUMENT_KINDS.map((k) => k.id);

const BY_ID = new Map(DOCUMENT_KINDS.map((k) => [k.id, k]));
const BY_LANGUAGE = new Map(DOCUMENT_KINDS.flatMap((k) => k.languageIds.map((id) => [id, k] as const)));
const BY_EXTENSION = new Map(DOCUMENT_KINDS.flatMap((k) => k.extensions.map((ext) => [ext, k] as const)));

/** The kind with this id, or undefined when there is none: a user's `--format` may be anything. */
export function kindById(id: string): DocumentKind | undefined {
  return BY_ID.get(id as KindId);
}

/** The kind of a file, by its extension; undefined for an extension no kind has. */
export function kindOfFileName(fileName: string): DocumentKind | undefined {
  const dot = fileName.lastIndexOf('.');
  const slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
  return dot > slash ? BY_EXTENSION.get(fileName.slice(dot + 1).toLowerCase()) : undefined;
}

/**
 * The kind of a document by its VS Code language id, falling back on its
 * file name when the language is plain text or one no kind has: a bare VS
 * Code knows no Typst or Quarto, and opens `.typ` and `.qmd` files as plain
 * text. Undefined when neither says.
 */
export function kindOfDocument(languageId: string, fileName = ''): DocumentKind | undefined {
  const byLanguage = BY_LANGUAGE.get(languageId);
  if (byLanguage && byLanguage.id !== 'plaintext') return byLanguage;
  return kindOfFileName(fileName) ?? byLanguage;
}

/** The kind of a file the command line reads: by its extension, else plain text. */
export function kindOfFile(fileName: string): DocumentKind {
  return kindOfFileName(fileName) ?? PLAIN_TEXT;
}

const PLAIN_TEXT = BY_ID.get('plaintext') as DocumentKind;

/** The first kind the checker reads as `checkedAs`: the one whose comments a document read that way is written in. */
export function kindCheckedAs(checkedAs: CheckedAs): DocumentKind {
  return DOCUMENT_KINDS.find((k) => k.checkedAs === checkedAs) ?? PLAIN_TEXT;
}

/**
 * A pattern that finds the kind's suppression comment around `mark` (letters
 * and hyphens), however it is spaced; a comment opener escaped with a
 * backslash ("\%") is text, not a comment.
 */
export function suppressionPattern(kind: DocumentKind, mark: string): RegExp {
  const [before, after] = kind.suppression('\u0000').split('\u0000').map((part) => part.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`(?<!\\\\)${before}\\s*${mark}(?![\\w-])\\s*${after}`);
}

/** The kinds the quotation checker reads. */
export function checkedKinds(): DocumentKind[] {
  return DOCUMENT_KINDS.filter((k) => k.checkedAs !== undefined);
}

/** The names of `kinds` as a list in prose: "Markdown, LaTeX and plain text". */
export function kindNames(kinds: readonly DocumentKind[]): string {
  const names = kinds.map((k) => k.name);
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/** A glob of every file of every kind, for a workspace search. */
export function filesGlob(kinds: readonly DocumentKind[] = DOCUMENT_KINDS): string {
  return `**/*.{${kinds.flatMap((k) => k.extensions).join(',')}}`;
}

/** The manifest's activation events: one per language id of every kind. */
export function activationEvents(): string[] {
  return DOCUMENT_KINDS.flatMap((k) => k.languageIds.map((id) => `onLanguage:${id}`));
}
