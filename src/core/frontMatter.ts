/**
 * A reader for the small YAML subset that corpus front matter uses: nested
 * maps, lists of scalars or maps, quoted and plain scalars, comments. It
 * reports each problem with its line instead of throwing; a full YAML library
 * would triple the bundle for a record of a dozen keys. Values are text:
 * no tags, anchors or types, so nothing in a record is ever run.
 */
import { ENGLISH, type ParseMessages } from './messages';

export type YamlValue = string | YamlValue[] | { [key: string]: YamlValue };

export interface YamlProblem {
  readonly line: number;
  readonly message: string;
}

export interface YamlDocument {
  readonly value: { [key: string]: YamlValue };
  /** Line of each key, by dotted path such as `editors.0.family`. */
  readonly lines: ReadonlyMap<string, number>;
  readonly problems: readonly YamlProblem[];
}

interface Line {
  readonly indent: number;
  readonly content: string;
  readonly line: number;
}

const KEY = /^([A-Za-z0-9_-]+):(?:\s+(.*))?$/;
const MAX_DEPTH = 8;

/** Parses `source`, whose first line is line `firstLine` of its file. */
export function parseFrontMatter(source: string, firstLine: number, words: ParseMessages['yaml'] = ENGLISH.parse.yaml): YamlDocument {
  const lines: Line[] = [];
  const problems: YamlProblem[] = [];
  source.split(/\r?\n/).forEach((raw, i) => {
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) return;
    if (/^\s*\t/.test(raw)) problems.push({ line: firstLine + i, message: words.tabs });
    lines.push({ indent: raw.length - raw.trimStart().length, content: trimmed, line: firstLine + i });
  });
  const keyLines = new Map<string, number>();
  let position = 0;

  function block(indent: number, path: string): YamlValue {
    const first = lines[position];
    // A record nests two or three levels; deeper input is not a record, and would only deepen the recursion.
    if (path.split('.').length > MAX_DEPTH) {
      problems.push({ line: first.line, message: words.nestedTooDeep(MAX_DEPTH) });
      while (position < lines.length && lines[position].indent >= indent) position++;
      return '';
    }
    return first.content === '-' || first.content.startsWith('- ') ? list(indent, path) : map(indent, path);
  }

  function map(indent: number, path: string): { [key: string]: YamlValue } {
    // No prototype: a key such as "__proto__" or "constructor" is a key like any other.
    const result: { [key: string]: YamlValue } = Object.create(null) as { [key: string]: YamlValue };
    while (position < lines.length && lines[position].indent >= indent) {
      const current = lines[position];
      if (current.indent > indent) {
        problems.push({ line: current.line, message: words.unexpectedIndentation });
        position++;
        continue;
      }
      const match = KEY.exec(current.content);
      if (!match) {
        problems.push({ line: current.line, message: words.expectedKeyValue(current.content) });
        position++;
        continue;
      }
      const [, key, rest] = match;
      const keyPath = path ? `${path}.${key}` : key;
      if (key in result) problems.push({ line: current.line, message: words.duplicateKey(key) });
      keyLines.set(keyPath, current.line);
      position++;
      if (rest !== undefined && rest.trim() !== '') {
        result[key] = scalar(rest, current.line);
      } else if (position < lines.length && lines[position].indent > indent) {
        result[key] = block(lines[position].indent, keyPath);
      } else {
        result[key] = '';
      }
    }
    return result;
  }

  function list(indent: number, path: string): YamlValue[] {
    const result: YamlValue[] = [];
    while (position < lines.length && lines[position].indent === indent && /^-(\s|$)/.test(lines[position].content)) {
      const current = lines[position];
      const rest = current.content.slice(1).trimStart();
      const itemPath = `${path}.${result.length}`;
      keyLines.set(itemPath, current.line);
      if (KEY.test(rest)) {
        // "- key: value" opens a map whose further keys sit under the first.
        const itemIndent = indent + (current.content.length - rest.length);
        lines[position] = { indent: itemIndent, content: rest, line: current.line };
        result.push(map(itemIndent, itemPath));
      } else {
        position++;
        result.push(rest === '' ? '' : scalar(rest, current.line));
      }
    }
    return result;
  }

  function scalar(text: string, line: number): string {
    const value = text.trim();
    if (value.startsWith('"')) {
      const match = /^"((?:[^"\\]|\\.)*)"\s*(#.*)?$/.exec(value);
      if (!match) {
        problems.push({ line, message: /^"(?:[^"\\]|\\.)*"/.test(value) ? words.textAfterQuote('"') : words.unterminatedDouble });
        return value.slice(1);
      }
      return match[1].replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c === 't' ? '\t' : c));
    }
    if (value.startsWith("'")) {
      const match = /^'((?:[^']|'')*)'\s*(#.*)?$/.exec(value);
      if (!match) {
        problems.push({ line, message: /^'(?:[^']|'')*'/.test(value) ? words.textAfterQuote("'") : words.unterminatedSingle });
        return value.slice(1);
      }
      return match[1].replace(/''/g, "'");
    }
    if (/^[[{]/.test(value)) {
      problems.push({ line, message: words.flowCollections });
    }
    return value.replace(/\s+#.*$/, '');
  }

  let value: { [key: string]: YamlValue } = Object.create(null) as { [key: string]: YamlValue };
  if (lines.length > 0) {
    if (lines[0].indent > 0) problems.push({ line: lines[0].line, message: words.firstKeyIndented });
    value = map(lines[0].indent, '');
    if (position < lines.length) problems.push({ line: lines[position].line, message: words.unexpectedContent });
  }
  return { value, lines: keyLines, problems };
}
