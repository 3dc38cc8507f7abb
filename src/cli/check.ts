/**
 * `cpc-relations check FILE...`: checks the quotations of the bundled text in
 * Markdown, LaTeX and plain-text files and prints each problem as
 * `file:line:col: message`, the form editors, terminals and CI annotate.
 * Exit status: 0 when every file is clean, 1 when there is a problem, 2 when
 * the command is misused or a file cannot be read.
 */
import * as fs from 'node:fs';
import { QuotationChecker, type DocumentLanguage, type Finding } from '../core/check';
import { bundledWork } from '../core/corpus';
import { lineIndex } from '../core/lines';

export const CHECK_USAGE = `  check [--json] FILE...
                   check the quotations of the text in Markdown, LaTeX and
                   plain-text files; print each problem as file:line:col:
                   message; exit 1 when there is one, 0 when all are clean
                   (--json: the problems as JSON, with their fixes)
`;

/** The language of a file, by its extension: Markdown and LaTeX by name, anything else as plain text. */
export function languageOfFile(file: string): DocumentLanguage {
  if (/\.(?:md|markdown|mdown|mkd|rmd|qmd)$/i.test(file)) return 'markdown';
  if (/\.(?:tex|latex|ltx|sty|cls)$/i.test(file)) return 'latex';
  return 'plaintext';
}

/** Maps offsets to 1-based lines and columns (in characters). */
function positions(text: string): (offset: number) => { line: number; column: number } {
  const place = lineIndex(text);
  return (offset) => {
    const { line, column } = place(offset);
    return { line: line + 1, column: column + 1 };
  };
}

interface Io {
  readFile(file: string): string;
  out(text: string): void;
  err(text: string): void;
}

const nodeIo: Io = {
  readFile: (file) => fs.readFileSync(file, 'utf8'),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

export function runCheck(args: readonly string[], io: Io = nodeIo): number {
  const json = args.includes('--json');
  const unknown = args.find((a) => a.startsWith('-') && a !== '--json' && a !== '-');
  const files = args.filter((a) => !a.startsWith('-'));
  if (unknown !== undefined) {
    io.err(`cpc-relations check: unknown option "${unknown}"\n\nUsage:\n${CHECK_USAGE}`);
    return 2;
  }
  if (files.length === 0) {
    io.err(`cpc-relations check: name at least one file to check\n\nUsage:\n${CHECK_USAGE}`);
    return 2;
  }
  const work = bundledWork();
  let problems = 0;
  let unreadable = 0;
  const report: { file: string; line: number; column: number; kind: string; message: string; fix?: Finding['fix'] }[] = [];
  for (const file of files) {
    let text: string;
    try {
      text = io.readFile(file);
    } catch (error) {
      io.err(`cpc-relations check: cannot read "${file}": ${reason(error)}\n`);
      unreadable++;
      continue;
    }
    const result = new QuotationChecker(work).check(text, languageOfFile(file));
    const positionOf = positions(text);
    for (const finding of result.findings) {
      const { line, column } = positionOf(finding.range.start);
      problems++;
      if (json) report.push({ file, line, column, kind: finding.kind, message: finding.message, ...(finding.fix ? { fix: finding.fix } : {}) });
      else io.out(`${file}:${line}:${column}: ${finding.message}\n`);
    }
  }
  if (json) io.out(`${JSON.stringify(report, null, 2)}\n`);
  if (unreadable > 0) return 2;
  return problems > 0 ? 1 : 0;
}

function reason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
