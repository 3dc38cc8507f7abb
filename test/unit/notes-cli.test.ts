import * as assert from 'node:assert/strict';
import { chooseLanguage } from '../../src/cli/language';
import { runNotes } from '../../src/cli/notes';
import { composeText, STYLES } from '../../src/core/cite';
import { bundledWork } from '../../src/core/corpus';
import { serializeNotes } from '../../src/core/notes';
import type { ReadResult } from '../../src/cli/read';

const work = bundledWork();
const QUOTE = work.paragraphs[3].text.slice(0, 40);
const NOTES = serializeNotes([{ id: 'n1', text: work.id, paragraph: 4, start: 0, end: 40, quote: QUOTE, colour: 'blue', note: 'Why? #ask', replies: [] }]);

function run(files: Record<string, string>, ...args: string[]): { status: number; out: string; err: string } {
  let out = '';
  let err = '';
  const read = (file: string): ReadResult => (file in files ? { text: files[file] } : { refused: 'there is no such file' });
  const status = runNotes(args, { out: (t) => (out += t), err: (t) => (err += t) }, read);
  return { status, out, err };
}

describe('The command line writes the literature note', () => {
  const passage = { work: work.id, locator: { kind: 'paragraphs' as const, first: 4, last: 4 }, text: QUOTE };
  const section = work.sections.find((s) => s.id === work.paragraphs[3].sectionId)!.label;

  it('reads notes.cpc.jsonl by default and writes Markdown in APA', () => {
    const quotation = composeText(work, { kind: 'quotation', passage }, { style: STYLES.apa, form: 'parenthetical', shape: 'auto', output: 'formatted' }, 'markdown');
    assert.deepEqual(run({ 'notes.cpc.jsonl': NOTES }), { status: 0, out: ['# Notes', `## ${section}`, quotation, '[question] Why? #ask'].join('\n\n') + '\n', err: '' });
  });

  it('writes LaTeX in the style asked for, from the file named', () => {
    const options = { style: STYLES.harvard, form: 'parenthetical' as const, shape: 'auto' as const, output: 'formatted' as const };
    const result = run({ 'mine.jsonl': NOTES }, '--notes', 'mine.jsonl', '--style', 'harvard', '--format', 'latex');
    assert.equal(result.status, 0);
    assert.equal(result.out, ['\\section*{Notes}', `\\subsection*{${section}}`, composeText(work, { kind: 'quotation', passage }, options, 'latex'), '[question] Why? \\#ask'].join('\n\n') + '\n');
  });

  it('reports an unreadable notes file at its lines, with exit 2', () => {
    const result = run({ 'bad.jsonl': `${NOTES}oops\n` }, '--notes', 'bad.jsonl');
    assert.equal(result.status, 2);
    assert.equal(result.out, '');
    assert.match(result.err, /^bad\.jsonl:2: This line is not a JSON object/);
  });

  it('reports the same unreadable lines in Chinese under --lang zh-cn, and writes its own words in Chinese', () => {
    const bad = `${NOTES}oops\n{"id":"n1"}\n`;
    const english = run({ 'bad.jsonl': bad }, '--notes', 'bad.jsonl');
    try {
      chooseLanguage(['--lang', 'zh-cn'], {});
      const chinese = run({ 'bad.jsonl': bad }, '--notes', 'bad.jsonl');
      assert.equal(chinese.status, 2);
      assert.deepEqual(chinese.err.split('\n').map((l) => l.split(': ')[0]), english.err.split('\n').map((l) => l.split(': ')[0]));
      assert.deepEqual(chinese.err.trimEnd().split('\n'), [
        'bad.jsonl:2: 此行不是 JSON 对象：每行存放一条笔记，如 {"id":"n1","text":"key","paragraph":4,...}。通常是合并冲突标记或被截断的行所致。',
        'bad.jsonl:3: “text”须为文字：笔记所针对的文本的键。',
      ]);
      const note = run({ 'notes.cpc.jsonl': NOTES });
      assert.equal(note.status, 0);
      assert.match(note.out, /^# 笔记\n/);
      assert.match(note.out, /\n\[疑问\] Why\? #ask\n$/);
    } finally {
      chooseLanguage([], {});
    }
  });

  it('refuses a missing file, an unknown style or format, and an argument, saying what to give', () => {
    assert.match(run({}).err, /cannot read the notes file "notes\.cpc\.jsonl": there is no such file/);
    assert.match(run({ 'notes.cpc.jsonl': NOTES }, '--style', 'vancouver').err, /--style must be one of apa, /);
    assert.match(run({ 'notes.cpc.jsonl': NOTES }, '--format', 'docx').err, /--format must be one of markdown, /);
    const extra = run({ 'notes.cpc.jsonl': NOTES }, 'mine.jsonl');
    assert.equal(extra.status, 2);
    assert.match(extra.err, /give the notes file as --notes FILE/);
  });

  it('explains itself with --help', () => {
    const help = run({}, '--help');
    assert.equal(help.status, 0);
    assert.match(help.out, /notes \[--notes FILE\] \[--style S\] \[--format F\] \[--text FILE…\]/);
  });
});
