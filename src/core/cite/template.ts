/**
 * Custom citation templates: text with {placeholders} and *italics*, filled
 * by plain substitution. Nothing in a template is run; a template that
 * cannot be read is reported with what is wrong, and the style is used.
 */
import { ENGLISH, type TemplateMessages } from '../messages';
import { italic, type Inline, type Rich } from './rich';

/** The placeholders; package.json's setting descriptions say what each holds. */
export const TEMPLATE_FIELDS = [
  'title', 'sentenceTitle', 'shortTitle', 'book', 'sentenceBook', 'editors', 'publisher', 'place', 'year', 'locator', 'paragraphs', 'section', 'key',
] as const;

export type TemplateField = (typeof TEMPLATE_FIELDS)[number];

type Part = { readonly text: string } | { readonly field: TemplateField } | { readonly italic: readonly Part[] };
export type Template = readonly Part[];

export type TemplateResult = { readonly ok: true; readonly template: Template } | { readonly ok: false; readonly message: string };

const isField = (name: string): name is TemplateField => (TEMPLATE_FIELDS as readonly string[]).includes(name);

/**
 * Reads a template. `{name}` is a placeholder, `*…*` italics; `\{`, `\}`,
 * `\*` and `\\` stand for the characters themselves.
 */
export function parseTemplate(source: string, words: TemplateMessages = ENGLISH.template): TemplateResult {
  const root: Part[] = [];
  let current = root;
  let italicStart = -1;
  let text = '';
  const flush = () => {
    if (text) current.push({ text });
    text = '';
  };
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\' && i + 1 < source.length && '{}*\\'.includes(source[i + 1])) {
      text += source[++i];
    } else if (c === '{') {
      const close = source.indexOf('}', i);
      const name = close < 0 ? '' : source.slice(i + 1, close).trim();
      if (close < 0 || name.includes('{')) return fail(words.braceNotClosed(i + 1));
      if (!isField(name)) return fail(words.notAPlaceholder(`{${name}}`, TEMPLATE_FIELDS.map((f) => `{${f}}`).join(', ')));
      flush();
      current.push({ field: name });
      i = close;
    } else if (c === '}') {
      return fail(words.closesNothing(i + 1));
    } else if (c === '*') {
      flush();
      if (italicStart < 0) {
        italicStart = i;
        const inner: Part[] = [];
        root.push({ italic: inner });
        current = inner;
      } else {
        italicStart = -1;
        current = root;
      }
    } else {
      text += c;
    }
  }
  if (italicStart >= 0) return fail(words.italicsNotClosed(italicStart + 1));
  flush();
  return { ok: true, template: root };
}

function fail(message: string): TemplateResult {
  return { ok: false, message };
}

/** Fills a template. */
export function fillTemplate(template: Template, fields: Readonly<Record<TemplateField, Rich>>): Rich {
  return template.flatMap((part): Inline[] => {
    if ('text' in part) return [part.text];
    if ('field' in part) return [...fields[part.field]];
    return [italic(...fillTemplate(part.italic, fields))];
  });
}
