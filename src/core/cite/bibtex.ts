/**
 * Reads the entries of a BibTeX file the way BibTeX does, to find the keys
 * and titles already there and the line where a file stops making sense.
 */
import { ENGLISH, type BibMessages } from '../messages';

export interface BibEntry {
  readonly key: string;
  readonly title: string | undefined;
}

/**
 * Reads the entries of a BibTeX file as BibTeX does: text outside entries
 * is a comment; an entry is `@type{key, name = value, ...}` (or with
 * parentheses), a value braced, quoted, a number or a macro name, joined
 * with `#`.
 */
export function readBibtex(text: string, words: BibMessages = ENGLISH.bib): { entries: BibEntry[] } | { line: number; message: string } {
  const entries: BibEntry[] = [];
  let i = 0;
  const lineAt = (offset: number) => text.slice(0, offset).split('\n').length;
  const fail = (offset: number, message: string) => ({ line: lineAt(offset), message });
  const space = () => {
    while (i < text.length && /\s/.test(text[i])) i++;
  };
  /** Skips a braced group starting at `i`; false when it never closes. */
  const braced = (): boolean => {
    let depth = 0;
    for (; i < text.length; i++) {
      if (text[i] === '{') depth++;
      else if (text[i] === '}' && --depth === 0) {
        i++;
        return true;
      }
    }
    return false;
  };
  for (;;) {
    const at = text.indexOf('@', i);
    if (at < 0) return { entries };
    i = at + 1;
    const type = /^[A-Za-z]+/.exec(text.slice(i))?.[0];
    if (!type) return fail(at, words.entryType);
    i += type.length;
    space();
    const open = text[i];
    if (open !== '{' && open !== '(') return fail(i, words.mustOpen(type));
    const close = open === '{' ? '}' : ')';
    if (/^(comment|preamble|string)$/i.test(type)) {
      if (open === '{' ? !braced() : text.indexOf(')', i) < 0) return fail(at, words.notClosed(type));
      if (open === '(') i = text.indexOf(')', i) + 1;
      continue;
    }
    i++;
    space();
    const key = /^[^,\s{}()"=#%]+/.exec(text.slice(i))?.[0];
    if (!key) return fail(at, words.noKey(type));
    i += key.length;
    space();
    // "@book{ title = …": what looked like the key is the first field's name.
    if (text[i] === '=') return fail(at, words.noKey(type));
    let title: string | undefined;
    while (text[i] === ',') {
      i++;
      space();
      if (text[i] === close) break;
      const name = /^[A-Za-z][\w:.+-]*/.exec(text.slice(i))?.[0];
      if (!name) return fail(i, words.notAField(key));
      i += name.length;
      space();
      if (text[i] !== '=') return fail(i, words.noEquals(name, key));
      i++;
      const valueStart = i;
      let parts = 0;
      let quotedValue: string | undefined;
      for (;;) {
        space();
        const partStart = i;
        if (text[i] === '{') {
          if (!braced()) return fail(valueStart, words.braceNeverClosed(name, key));
          quotedValue = text.slice(partStart + 1, i - 1);
        } else if (text[i] === '"') {
          const end = closingQuote(text, i + 1);
          if (end < 0) return fail(valueStart, words.quoteNeverClosed(name, key));
          i = end + 1;
          quotedValue = text.slice(partStart + 1, end);
        } else {
          const word = /^[\w:.+-]+/.exec(text.slice(i))?.[0];
          if (!word) return fail(i, words.noValue(name, key));
          i += word.length;
          quotedValue = undefined;
        }
        parts++;
        space();
        if (text[i] !== '#') break;
        i++;
      }
      // Only a title given whole is compared; one assembled from @string macros is not.
      if (name.toLowerCase() === 'title' && parts === 1) title = quotedValue;
      space();
    }
    if (text[i] !== close) return fail(i < text.length ? i : at, words.entryNotClosed(key, close, i < text.length));
    i++;
    entries.push({ key, title });
  }
}

/** The closing quotation mark of a quoted BibTeX value, skipping braced groups. */
function closingQuote(text: string, from: number): number {
  let depth = 0;
  for (let i = from; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === '"' && depth === 0) return i;
  }
  return -1;
}
