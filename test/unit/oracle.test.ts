import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { citedWork, composeText, exportRecord, render, STYLE_IDS, STYLES, type CitationStyle, type ExportFormat, type StyleId } from '../../src/core/cite';
import { pinpointOf, stylePinpoint, type Pinpoint } from '../../src/core/cite/locator';
import { bundledWork } from '../../src/core/corpus';
import { sectionPassage, type Passage } from '../../src/core/passage';
import { CSL, CSL_DIR, INSTALL, pandocReady } from './citeproc';

/**
 * An independent check of the styles: pandoc's citeproc renders the record
 * we export, through the CSL styles Debian ships, from the Pandoc citations
 * we write. Where we differ from citeproc on purpose, docs/citations.md says
 * so in its table of deviations, which this test reads and applies.
 */
const ROOT = path.join(__dirname, '../../..');

const work = bundledWork();
const cited = citedWork(work);
const paragraph = (first: number, last = first): Passage => ({ locator: { kind: 'paragraphs', first, last }, text: '' });
const section = sectionPassage(work.sections[5]);

/** The forms compared, in the order they are cited in the test document; a note style's first note is full, later ones short. */
const CASES: { form: string; passage: Passage; narrative?: boolean; counted?: boolean }[] = [
  { form: 'parenthetical', passage: paragraph(4) },
  { form: 'narrative', passage: paragraph(4), narrative: true },
  { form: 'range', passage: paragraph(4, 5) },
  { form: 'section', passage: section },
  { form: 'short', passage: paragraph(4) },
  // With cpcRelations.citation.paragraphNumbers set to "always" (a note style's later notes are short).
  { form: 'counted', passage: paragraph(4), counted: true },
  { form: 'counted-range', passage: paragraph(4, 5), counted: true },
];

let dir = '';

/** Renders `document` through pandoc's citeproc; several run at once, on separate processes. */
function pandoc(document: string, bibliography: string, style: string): Promise<{ stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('pandoc', ['-f', 'markdown', '-t', 'commonmark', '--wrap=none', '--citeproc', '--bibliography', bibliography, '--csl', path.join(CSL_DIR, `${style}.csl`)], { cwd: dir });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (status) => (status === 0 ? resolve({ stdout, stderr }) : reject(new Error(`pandoc failed: ${stderr}`))));
    child.stdin.end(document);
  });
}

function writeExport(format: ExportFormat, file: string): string {
  const target = path.join(dir, file);
  fs.writeFileSync(target, exportRecord(cited, format));
  return target;
}

/** Our Pandoc citations for each case, one paragraph each: "P1 [@key, para. 4]". */
function oracleDocument(style: CitationStyle): string {
  return CASES.map(({ passage, narrative, counted }, i) => {
    const options = { style, form: narrative ? 'narrative' : 'parenthetical', shape: 'auto', output: 'citationKeys', paragraphNumbers: counted ? 'always' : 'style' } as const;
    return `P${i + 1} ${composeText(work, { kind: 'citation', passage }, options, 'markdown')}`;
  }).join('\n\n') + '\n\n# References\n';
}

/** What citeproc wrote for each form, and the reference entry, from pandoc's CommonMark. */
function readCiteproc(output: string, style: CitationStyle): Record<string, string> {
  // Markdown as we write it: no spans, no escapes, plain spaces (we break no line in Markdown output).
  const text = output.replace(/<\/?span[^>]*>/g, '').replace(/\\([[\]*_\\])/g, '$1').replace(/\u00a0/g, ' ');
  const lines = text.split('\n');
  const entry = lines[lines.findIndex((l) => l.includes('class="csl-entry"')) + 2];
  const found: Record<string, string> = { reference: entry };
  const notes = new Map(lines.map((l) => /^\[(\d+)\] (.*)$/.exec(l)).filter((m) => m !== null).map((m) => [Number(m[1]), m[2]]));
  CASES.forEach(({ form }, i) => {
    const inText = lines.find((l) => l.startsWith(`P${i + 1}`))?.slice(`P${i + 1}`.length).trim() ?? '';
    if (!style.notes) found[form] = inText;
    else if (form === 'narrative') found[form] = inText.replace(/\[\d+\]$/, '');
    else found[form] = notes.get(Number(/\[(\d+)\]$/.exec(inText)?.[1])) ?? '';
  });
  if (!style.notes) delete found.short;
  return found;
}

/** Our own forms, rendered as Markdown. */
function ours(style: CitationStyle): Record<string, string> {
  const at = (passage: Passage, counted = false): Pinpoint | undefined => stylePinpoint(work, style.words, pinpointOf(work, passage.locator), counted ? 'always' : 'style');
  const md = (rich: Parameters<typeof render>[0]) => render(rich, 'markdown', style.singleQuotes);
  const [p4, , range, sec, , counted, countedRange] = CASES.map((c) => at(c.passage, c.counted));
  if (style.notes) {
    return {
      reference: md(style.reference(cited)),
      parenthetical: md(style.notes.full(cited, p4)),
      narrative: md(style.narrative(cited, p4)),
      range: md(style.notes.short(cited, range)),
      section: md(style.notes.short(cited, sec)),
      short: md(style.notes.short(cited, p4)),
      counted: md(style.notes.short(cited, counted)),
      'counted-range': md(style.notes.short(cited, countedRange)),
    };
  }
  return {
    reference: md(style.reference(cited)),
    parenthetical: md(style.parenthetical(cited, p4)),
    narrative: md(style.narrative(cited, p4)),
    range: md(style.parenthetical(cited, range)),
    section: md(style.parenthetical(cited, sec)),
    counted: md(style.parenthetical(cited, counted)),
    'counted-range': md(style.parenthetical(cited, countedRange)),
  };
}

interface Deviation {
  readonly style: string;
  readonly forms: readonly string[];
  readonly citeproc: string;
  readonly ours: string;
  readonly why: string;
}

/** The table of deviations in docs/citations.md: | Style | Forms | citeproc writes | we write | why |. */
function deviations(): Deviation[] {
  const doc = fs.readFileSync(path.join(ROOT, 'docs/citations.md'), 'utf8');
  const start = doc.indexOf('## Deviations from citeproc\n');
  const end = doc.indexOf('\n## ', start + 1);
  const table = doc.slice(start, end < 0 ? undefined : end);
  const code = (cell: string) => /^`(.*)`$/.exec(cell.trim())?.[1] ?? assert.fail(`a deviation cell is not in backticks: ${cell}`);
  return table
    .split('\n')
    .filter((line) => /^\| *[a-z]/.test(line) && !/^\| *Style/i.test(line))
    .map((line) => line.split(' | ').map((c) => c.replace(/^\| /, '').replace(/ \|$/, '')))
    .map(([style, forms, citeproc, we, why]) => ({ style: style.trim(), forms: forms.split(',').map((f) => f.trim()), citeproc: code(citeproc), ours: code(we), why: why.trim() }));
}

describe('The styles agree with citeproc (pandoc) but for the deviations docs/citations.md lists', function () {
  this.timeout(30_000);

  /** pandoc's output by style and bibliography format: "apa csl-json". */
  const rendered = new Map<string, { stdout: string; stderr: string }>();
  const output = (id: StyleId, format: string) => rendered.get(`${id} ${format}`) ?? assert.fail(`no rendering of ${id} from ${format}`);

  before(async function () {
    if (!pandocReady()) {
      if (process.env.CI === 'true') throw new Error(`The citation oracle needs pandoc and the CSL styles: ${INSTALL}`);
      this.skip();
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cpc-oracle-'));
    const files = { 'csl-json': writeExport('csl-json', 'refs.json'), bibtex: writeExport('bibtex', 'refs.bibtex'), biblatex: writeExport('biblatex', 'refs.bib') };
    await Promise.all(STYLE_IDS.flatMap((id) => (Object.keys(files) as (keyof typeof files)[]).map(async (format) => {
      rendered.set(`${id} ${format}`, await pandoc(oracleDocument(STYLES[id]), files[format], CSL[id]));
    })));
  });

  after(() => {
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const table = deviations();

  it('gives every deviation a style it applies to, forms and a reason', () => {
    assert.ok(table.length > 0);
    for (const d of table) {
      assert.ok((STYLE_IDS as readonly string[]).includes(d.style), `unknown style "${d.style}"`);
      assert.ok(d.forms.every((f) => ['all', 'reference', 'parenthetical', 'narrative', 'range', 'section', 'short', 'counted', 'counted-range'].includes(f)), `unknown form in ${d.forms.join(', ')}`);
      assert.ok(d.why.length > 20, `the deviation "${d.citeproc}" needs its reason`);
    }
  });

  for (const id of STYLE_IDS) {
    it(`renders ${id} as citeproc does with ${CSL[id]}.csl, deviations applied`, () => {
      const style = STYLES[id];
      const { stdout, stderr } = output(id, 'csl-json');
      assert.equal(stderr, '', 'pandoc reads our CSL-JSON and our citations without a warning');
      const theirs = readCiteproc(stdout, style);
      const mine = ours(style);
      const rules = table.filter((d) => d.style === id);
      const used = new Set<Deviation>();
      for (const form of Object.keys(mine)) {
        let text = theirs[form];
        for (const rule of rules.filter((r) => r.forms.includes('all') || r.forms.includes(form))) {
          if (text.includes(rule.citeproc)) {
            text = text.split(rule.citeproc).join(rule.ours);
            used.add(rule);
          }
        }
        assert.equal(text, mine[form], `${id} ${form}: citeproc wrote "${theirs[form]}"`);
      }
      for (const rule of rules) assert.ok(used.has(rule), `the deviation "${rule.citeproc}" (${id}) no longer occurs: remove it from docs/citations.md`);
    });
  }

  for (const format of ['bibtex', 'biblatex'] as const) {
    it(`reads our ${format === 'bibtex' ? 'BibTeX' : 'BibLaTeX'} as it reads our CSL-JSON, in every style`, () => {
      for (const id of STYLE_IDS) {
        const viaBib = output(id, format);
        assert.equal(viaBib.stderr, '', `pandoc reads our ${format} without a warning (${id})`);
        const viaJson = output(id, 'csl-json').stdout;
        // Pandoc 2.17 turns BibTeX's title case into sentence case only under styles whose
        // own locale is English; the GB/T style's is Chinese, so there the case differs.
        if (id.startsWith('gb-t-7714')) assert.equal(viaBib.stdout.toLowerCase(), viaJson.toLowerCase(), id);
        else assert.equal(viaBib.stdout, viaJson, id);
      }
    });
  }
});
