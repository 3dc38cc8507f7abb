/**
 * How formatted text looks in each kind of file: one table of rules, one row
 * per way of writing. Everything that differs between Markdown, MDX, LaTeX,
 * Typst, Org, HTML, AsciiDoc, reStructuredText and plain text in what is
 * inserted lives here; which kind of document takes which rules is the
 * table of document kinds' (`../kinds`).
 */
import { kindOfDocument, type ShapingId } from '../kinds';
import { children, type Rich } from './rich';

export type TargetId = ShapingId;

/** Where a note goes: inline at the marker (LaTeX, AsciiDoc), or a numbered marker and a definition appended to the document. */
export type NoteRules =
  | { readonly inline: (body: string) => string; readonly bodies: RegExp }
  | {
      readonly marker: (n: number) => string;
      readonly definition: (n: number, body: string) => string;
      /** Every note label the document already uses. */
      labels(document: string): Iterable<string>;
      /** Every note body already written; group 1 is its text. */
      readonly bodies: RegExp;
      /** Definitions go before this (HTML's closing body tag), else at the end. */
      readonly appendBefore?: RegExp;
    };

/** Citation commands for a document processor that formats citations itself (Pandoc, biblatex, Typst, org-cite). */
export interface KeyRules {
  /** Pandoc and org-cite read only CSL's own locator terms ("para."); biblatex and Typst print the style's words as given. */
  readonly locator: 'pandoc' | 'style';
  cite(key: string, locator: string, form: 'parenthetical' | 'narrative' | 'note'): string;
  /** What stands where the reference list goes: the processor prints the list. */
  readonly referenceList: string;
  /** The processor prints the list's heading too (biblatex, Typst): no heading is written above it. */
  readonly titled?: boolean;
}

export interface TargetRules {
  escape(text: string): string;
  italic(inner: string): string;
  /** Quotation marks around `inner` at nesting `level` (0 outermost); `single` when the style's outer marks are single. */
  quote(inner: string, level: number, single: boolean): string;
  sup(inner: string): string;
  readonly nbsp: string;
  blockQuote(paragraphs: readonly string[]): string;
  heading(text: string): string;
  /** A paragraph standing alone, as each entry of a reference list does. */
  paragraph(text: string): string;
  readonly notes: NoteRules;
  readonly keys?: KeyRules;
}

const curly = (inner: string, level: number, single: boolean): string =>
  (level % 2 === 0) !== single ? `“${inner}”` : `‘${inner}’`;
const backslash = (chars: RegExp) => (text: string) => text.replace(chars, '\\$&');
/** Labels by a pattern whose group 1 is the label; each pattern is anchored or bounded, so matching stays linear. */
const labelsMatching = (pattern: RegExp) => (document: string) => Array.from(document.matchAll(pattern), (m) => m[1]);
const plainNotes = (marker: (n: number) => string, definition: (n: number, body: string) => string, labels: RegExp | ((document: string) => Iterable<string>), bodies: RegExp) =>
  ({ marker, definition, labels: labels instanceof RegExp ? labelsMatching(labels) : labels, bodies });

/**
 * Markdown's note labels, "[^label]" (no "]" or white space inside), read in
 * one pass: the pattern /\[\^([^\]\s]+)\]/g, tried at every "[^" of
 * "[^[^[^…", scanned to the end from each and took quadratic time.
 */
export function markdownNoteLabels(document: string): string[] {
  const labels: string[] = [];
  let i = document.indexOf('[^');
  while (i >= 0) {
    let j = i + 2;
    while (j < document.length && document[j] !== ']' && !/\s/.test(document[j])) j++;
    if (j < document.length && document[j] === ']' && j > i + 2) labels.push(document.slice(i + 2, j));
    // A later "[^" before j would stop at the same place: only one label can end there, and it is this one or none.
    const next = document.indexOf('[^', i + 2);
    i = next >= 0 && next < j ? document.indexOf('[^', j) : next;
  }
  return labels;
}

const TYPST_MARKUP = /[\\*_`$#@<~]|\/(?=[/*])/g;
const TYPST_ALL = /[\\*_`$#@<[\]~]|\/(?=[/*])/g;

/** Whether every "]" of `text` closes a "[" before it, and every "[" is closed. */
function balancedBrackets(text: string): boolean {
  let depth = 0;
  for (const c of text) {
    if (c === '[') depth++;
    else if (c === ']' && --depth < 0) return false;
  }
  return depth === 0;
}

const MARKDOWN: TargetRules = {
  escape: (t) => t.replace(/[\\*_`<]|\[(?=[\^@])|\](?=[([:])/g, '\\$&'),
  italic: (t) => `*${t}*`,
  quote: curly,
  sup: (t) => `<sup>${t}</sup>`,
  nbsp: ' ',
  blockQuote: (ps) => ps.map((p) => `> ${p}`).join('\n>\n'),
  heading: (t) => `## ${t}`,
  paragraph: (t) => t,
  notes: plainNotes((n) => `[^${n}]`, (n, body) => `[^${n}]: ${body}`, markdownNoteLabels, /^\[\^[^\]\s]+\]:[ \t]*(.*)$/gm),
  keys: {
    locator: 'pandoc',
    cite: (key, loc, form) => (form === 'narrative' ? `@${key}${loc ? ` [${loc}]` : ''}` : `[@${key}${loc ? `, ${loc}` : ''}]`),
    referenceList: '::: {#refs}\n:::',
  },
};

export const TARGETS: Readonly<Record<TargetId, TargetRules>> = {
  markdown: MARKDOWN,
  mdx: {
    ...MARKDOWN,
    // Braces open a JavaScript expression in MDX; a backslash keeps them literal, as it does Markdown's marks.
    escape: (t) => MARKDOWN.escape(t).replace(/[{}]/g, '\\$&'),
  },
  typst: {
    // A backslash escapes any of Typst's markup characters; "//" and "/*" would open a comment.
    // Brackets that pair up are text as they stand ("[1]", "[M]"); one left alone would close or open a content block.
    escape: (t) => t.replace(balancedBrackets(t) ? TYPST_MARKUP : TYPST_ALL, '\\$&'),
    italic: (t) => `#emph[${t}]`,
    quote: curly,
    sup: (t) => `#super[${t}]`,
    nbsp: '~',
    blockQuote: (ps) => `#quote(block: true)[\n${ps.join('\n\n')}\n]`,
    heading: (t) => `== ${t}`,
    paragraph: (t) => t,
    notes: { inline: (body) => `#footnote[${body}]`, bodies: /#footnote\[((?:\\.|[^[\]\\]|\[(?:\\.|[^[\]\\]|\[(?:\\.|[^[\]\\])*\])*\])*)\]/g },
    keys: {
      locator: 'style',
      cite: (key, loc, form) =>
        form === 'narrative' ? `#cite(<${key}>, form: "prose"${loc ? `, supplement: [${loc}]` : ''})` : `@${key}${loc ? `[${loc}]` : ''}`,
      referenceList: '#bibliography("references.bib")',
      titled: true,
    },
  },
  org: {
    // Org has no escape character: its marks act only at word boundaries, which quoted prose rarely gives them.
    escape: (t) => t,
    italic: (t) => `/${t}/`,
    quote: curly,
    sup: (t) => `^{${t}}`,
    nbsp: '\u00a0',
    blockQuote: (ps) => `#+begin_quote\n${ps.join('\n\n')}\n#+end_quote`,
    heading: (t) => `* ${t}`,
    paragraph: (t) => t,
    notes: plainNotes((n) => `[fn:${n}]`, (n, body) => `[fn:${n}] ${body}`, /^\[fn:([\w-]+)\]/gm, /^\[fn:[\w-]+\][ \t]+(.*)$/gm),
    keys: {
      locator: 'pandoc',
      // The suffix keeps Pandoc Markdown's comma: pandoc reads ", para. 4" after the key as it does in Markdown, and Org's CSL export drops it.
      cite: (key, loc, form) => `[cite${form === 'narrative' ? '/t' : ''}:@${key}${loc ? `, ${loc}` : ''}]`,
      referenceList: '#+print_bibliography:',
    },
  },
  latex: {
    escape: (t) =>
      t.replace(/[\\{}$&#%_^~–—’‘]/g, (c) => LATEX_ESCAPES[c] ?? `\\${c}`),
    italic: (t) => `\\emph{${t}}`,
    // csquotes picks the marks of the document's language, nested ones included.
    quote: (t) => `\\enquote{${t}}`,
    sup: (t) => `\\textsuperscript{${t}}`,
    nbsp: '~',
    blockQuote: (ps) => `\\begin{quote}\n${ps.join('\n\n')}\n\\end{quote}`,
    heading: (t) => `\\section*{${t}}`,
    paragraph: (t) => t,
    notes: { inline: (body) => `\\footnote{${body}}`, bodies: /\\footnote\{((?:[^{}]|\{(?:[^{}]|\{[^{}]*\})*\})*)\}/g },
    keys: {
      locator: 'style',
      cite: (key, loc, form) => `\\${form === 'narrative' ? 'textcite' : form === 'note' ? 'footcite' : 'parencite'}${loc ? `[${loc}]` : ''}{${key}}`,
      referenceList: '\\printbibliography',
    titled: true,
    },
  },
  html: {
    escape: (t) => t.replace(/[&<>]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : '&gt;')),
    italic: (t) => `<i>${t}</i>`,
    quote: curly,
    sup: (t) => `<sup>${t}</sup>`,
    nbsp: ' ',
    blockQuote: (ps) => `<blockquote>\n${ps.map((p) => `  <p>${p}</p>`).join('\n')}\n</blockquote>`,
    heading: (t) => `<h2>${t}</h2>`,
    paragraph: (t) => `<p>${t}</p>`,
    notes: {
      ...plainNotes(
        (n) => `<sup><a href="#note-${n}" id="note-ref-${n}">${n}</a></sup>`,
        (n, body) => `<p id="note-${n}"><a href="#note-ref-${n}">${n}</a>. ${body}</p>`,
        /id="note-(\d+)"/g,
        /<p id="note-\d+">(.*?)<\/p>/g,
      ),
      appendBefore: /<\/body>/i,
    },
  },
  asciidoc: {
    // A backslash is literal in AsciiDoc; before a formatting mark it keeps the mark literal.
    escape: backslash(/[*_`#^~]/g),
    italic: (t) => `_${t}_`,
    quote: curly,
    sup: (t) => `^${t}^`,
    nbsp: '{nbsp}',
    blockQuote: (ps) => `____\n${ps.join('\n\n')}\n____`,
    heading: (t) => `== ${t}`,
    paragraph: (t) => t,
    notes: { inline: (body) => `footnote:[${body.replace(/\]/g, '\\]')}]`, bodies: /footnote:\[((?:\\.|[^\]])*)\]/g },
  },
  restructuredtext: {
    escape: backslash(/[\\*`_|]/g),
    italic: (t) => `*${t}*`,
    quote: curly,
    sup: (t) => `:sup:\`${t}\``,
    nbsp: ' ',
    blockQuote: (ps) => ps.map((p) => `   ${p}`).join('\n\n'),
    heading: (t) => `${t}\n${'='.repeat(t.length)}`,
    paragraph: (t) => t,
    notes: plainNotes((n) => `[${n}]_`, (n, body) => `.. [${n}] ${body}`, /^\.\. \[(\d+)\]/gm, /^\.\. \[[^\]]+\][ \t]+(.*)$/gm),
  },
  plaintext: {
    escape: (t) => t,
    italic: (t) => t,
    quote: curly,
    sup: (t) => t,
    nbsp: ' ',
    blockQuote: (ps) => ps.map((p) => `    ${p}`).join('\n\n'),
    heading: (t) => t,
    paragraph: (t) => t,
    notes: plainNotes((n) => `[${n}]`, (n, body) => `[${n}] ${body}`, /^\[(\d+)\] /gm, /^\[\d+\] (.*)$/gm),
  },
};

const LATEX_ESCAPES: Record<string, string> = {
  '\\': '\\textbackslash{}', '^': '\\^{}', '~': '\\textasciitilde{}', '–': '--', '—': '---', '’': "'", '‘': '`',
};

export const TARGET_IDS = Object.keys(TARGETS) as TargetId[];

/**
 * The rules for a document, by its VS Code language id (and its file name,
 * when the language is one VS Code does not know): plain text for documents
 * of no kind.
 */
export function targetFor(languageId: string, fileName?: string): TargetId {
  return kindOfDocument(languageId, fileName)?.citations.shaping ?? 'plaintext';
}

/** Whether a document is of a kind the extension writes citations for (the status bar shows the style there). */
export function holdsCitations(languageId: string, fileName?: string): boolean {
  return kindOfDocument(languageId, fileName) !== undefined;
}

/** Renders formatted text for `target`; `single` when the style's outer quotation marks are single. */
export function render(rich: Rich, target: TargetId, single = false, level = 0): string {
  const rules = TARGETS[target];
  return rich
    .map((node) => {
      if (typeof node === 'string') return rules.escape(node).replace(/\u00a0/g, rules.nbsp);
      const inner = render(children(node), target, single, 'quoted' in node ? level + 1 : level);
      return 'italic' in node ? rules.italic(inner) : 'quoted' in node ? rules.quote(inner, level, single) : rules.sup(inner);
    })
    .join('');
}
