/**
 * How formatted text looks in each kind of file: one table of rules, one row
 * per target. Everything that differs between Markdown, LaTeX, HTML, AsciiDoc,
 * reStructuredText and plain text lives here, and nowhere else.
 */
import { children, type Rich } from './rich';

export type TargetId = 'markdown' | 'latex' | 'plaintext' | 'html' | 'asciidoc' | 'restructuredtext';

/** Where a note goes: inline at the marker (LaTeX, AsciiDoc), or a numbered marker and a definition appended to the document. */
export type NoteRules =
  | { readonly inline: (body: string) => string; readonly bodies: RegExp }
  | {
      readonly marker: (n: number) => string;
      readonly definition: (n: number, body: string) => string;
      /** Every note label already used; group 1 is the label. */
      readonly labels: RegExp;
      /** Every note body already written; group 1 is its text. */
      readonly bodies: RegExp;
      /** Definitions go before this (HTML's closing body tag), else at the end. */
      readonly appendBefore?: RegExp;
    };

/** Citation commands for a document processor that formats citations itself (Pandoc, biblatex). */
export interface KeyRules {
  /** Pandoc reads only CSL's own locator terms ("para."); biblatex prints the style's words as given. */
  readonly locator: 'pandoc' | 'style';
  cite(key: string, locator: string, form: 'parenthetical' | 'narrative' | 'note'): string;
  /** What stands where the reference list goes: the processor prints the list. */
  readonly referenceList: string;
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
const plainNotes = (marker: (n: number) => string, definition: (n: number, body: string) => string, labels: RegExp, bodies: RegExp) =>
  ({ marker, definition, labels, bodies });

export const TARGETS: Readonly<Record<TargetId, TargetRules>> = {
  markdown: {
    escape: (t) => t.replace(/[\\*_`<]|\[(?=[\^@])|\](?=[([:])/g, '\\$&'),
    italic: (t) => `*${t}*`,
    quote: curly,
    sup: (t) => `<sup>${t}</sup>`,
    nbsp: ' ',
    blockQuote: (ps) => ps.map((p) => `> ${p}`).join('\n>\n'),
    heading: (t) => `## ${t}`,
    paragraph: (t) => t,
    notes: plainNotes((n) => `[^${n}]`, (n, body) => `[^${n}]: ${body}`, /\[\^([^\]\s[]+)\]/g, /^\[\^[^\]\s]+\]:[ \t]*(.*)$/gm),
    keys: {
      locator: 'pandoc',
      cite: (key, loc, form) => (form === 'narrative' ? `@${key}${loc ? ` [${loc}]` : ''}` : `[@${key}${loc ? `, ${loc}` : ''}]`),
      referenceList: '::: {#refs}\n:::',
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

/** The languages whose files the table knows, by VS Code language id; any other language is written as plain text. */
const LANGUAGES: Readonly<Record<string, TargetId>> = {
  markdown: 'markdown', quarto: 'markdown', rmd: 'markdown',
  latex: 'latex', tex: 'latex',
  html: 'html',
  asciidoc: 'asciidoc',
  restructuredtext: 'restructuredtext',
  plaintext: 'plaintext',
};

export const TARGET_IDS = Object.keys(TARGETS) as TargetId[];

/** The target for a VS Code language id: plain text for languages the table does not know. */
export function targetFor(languageId: string): TargetId {
  return LANGUAGES[languageId] ?? 'plaintext';
}

/** Whether a document in this language is one the table writes citations for (the status bar shows the style there). */
export function holdsCitations(languageId: string): boolean {
  return languageId in LANGUAGES;
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
