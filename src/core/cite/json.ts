/** JSON.parse, but a failure says on which line, the same in every JavaScript engine. */
export function parseJson(text: string): { value: unknown } | { line: number; message: string } {
  try {
    return { value: JSON.parse(text) };
  } catch {
    const offset = jsonErrorOffset(text);
    return { line: text.slice(0, offset).split('\n').length, message: offset >= text.length ? 'the JSON ends too early (a bracket or quotation mark is not closed)' : `the JSON is not valid here ("${text.slice(offset, offset + 12).split(/\r?\n/)[0]}")` };
  }
}

/** Where JSON text stops being valid: a small recursive reader, used only once JSON.parse has failed. */
function jsonErrorOffset(text: string): number {
  let i = 0;
  const ws = () => {
    while (/\s/.test(text[i] ?? '')) i++;
  };
  const token = (pattern: RegExp): boolean => {
    const match = pattern.exec(text.slice(i, i + 100_000));
    if (match) i += match[0].length;
    return match !== null;
  };
  const string = () => token(/^"(?:[^"\\]|\\["\\/bfnrt]|\\u[0-9a-fA-F]{4})*"/);
  const value = (): boolean => {
    ws();
    const open = text[i];
    if (open !== '{' && open !== '[') return open === '"' ? string() : token(/^(-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?|true|false|null)/);
    const close = open === '{' ? '}' : ']';
    i++;
    ws();
    if (text[i] === close) {
      i++;
      return true;
    }
    for (;;) {
      if (open === '{') {
        ws();
        if (!string()) return false;
        ws();
        if (text[i] !== ':') return false;
        i++;
      }
      if (!value()) return false;
      ws();
      if (text[i] !== ',' && text[i] !== close) return false;
      if (text[i++] === close) return true;
    }
  };
  if (value()) ws();
  return i;
}
