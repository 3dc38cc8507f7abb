/**
 * Formatted text as the styles write it: plain runs, italics, quotations and
 * superscripts. The styles say what is italic or quoted; the target tables
 * (targets.ts) say how each of those looks in Markdown, LaTeX, HTML and so on.
 */

export type Inline = string | { readonly italic: Rich } | { readonly quoted: Rich } | { readonly sup: Rich };
export type Rich = readonly Inline[];

/** A non-breaking space: "para. 4" must not break after "para." (LaTeX writes "para.~4"). */
export const NBSP = '\u00a0';

export const italic = (...content: Inline[]): Inline => ({ italic: withQuotations(content) });
export const quoted = (...content: Inline[]): Inline => ({ quoted: withQuotations(content) });

/** A pair of double quotation marks, curly or straight, in a run of text. */
const PAIRED_QUOTES = /["“][^"“”]*["”]/;

/**
 * `content` with the quotations its runs of text hold read as quotations: a
 * title that quotes ("携手推进“一带一路”建设") takes single marks inside
 * double ones (CMOS 6.9, MLA 1.3.7), and double inside single where a
 * style's outer marks are single, as citeproc gives them.
 */
function withQuotations(content: Inline[]): Inline[] {
  if (!content.some((node) => typeof node === 'string' && PAIRED_QUOTES.test(node))) return content;
  return content.flatMap((node) => (typeof node === 'string' && PAIRED_QUOTES.test(node) ? readQuoted(node) : [node]));
}
export const sup = (...content: Inline[]): Inline => ({ sup: content });

/** Joins the non-empty parts with `separator`. */
export function join(parts: readonly (Rich | undefined)[], separator: Inline): Rich {
  const kept = parts.filter((p): p is Rich => p !== undefined && p.length > 0);
  return kept.flatMap((p, i) => (i === 0 ? [...p] : [separator, ...p]));
}

/** Whether the text of `rich` is empty. */
export function isEmpty(rich: Rich): boolean {
  return rich.every((node) => (typeof node === 'string' ? node === '' : isEmpty(children(node))));
}

export function children(node: Exclude<Inline, string>): Rich {
  return 'italic' in node ? node.italic : 'quoted' in node ? node.quoted : node.sup;
}

/** Straight apostrophes as typeset ones: the styles print "CPC’s", as citeproc does. */
export function typographic(text: string): string {
  return text.replace(/(\S)'/g, '$1’').replace(/'(?=\S)/g, '‘');
}

/**
 * Reads quoted text as it was received: "…" and “…” pairs become quotations
 * (so that a quotation inside a quotation takes the inner marks), apostrophes
 * become typographic. Marks without a partner stay as they are.
 */
export function readQuoted(text: string): Rich {
  const root: Inline[] = [];
  const stack: Inline[][] = [root];
  let run = '';
  const flush = () => {
    if (run) stack[stack.length - 1].push(typographic(run));
    run = '';
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    const opening = c === '“' || (c === '"' && (i === 0 || /[\s([{—–-]/.test(text[i - 1])) && /\S/.test(text[i + 1] ?? ''));
    const closing = c === '”' || (c === '"' && !opening);
    if (opening && hasCloser(text, i + 1)) {
      flush();
      const inner: Inline[] = [];
      stack[stack.length - 1].push({ quoted: inner });
      stack.push(inner);
    } else if (closing && stack.length > 1) {
      flush();
      stack.pop();
    } else {
      run += c;
    }
  }
  flush();
  // A quotation left open would gain a closing mark it never had: keep the marks as received.
  return stack.length > 1 ? [typographic(text)] : root;
}

function hasCloser(text: string, from: number): boolean {
  return /["”]/.test(text.slice(from));
}

/** `rich` followed by `mark`, which goes inside a closing quotation mark, as American usage puts periods and commas. */
export function closeWith(rich: Rich, mark: string): Rich {
  const last = rich[rich.length - 1];
  if (last !== undefined && typeof last !== 'string' && 'quoted' in last) return [...rich.slice(0, -1), quoted(...closeWith(last.quoted, mark))];
  return [...rich, mark];
}
