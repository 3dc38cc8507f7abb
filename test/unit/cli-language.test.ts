import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ENGLISH, localeOf, SIMPLIFIED_CHINESE } from '../../src/core/messages';
import { parseText } from '../../src/core/parse';

const ROOT = path.join(__dirname, '../../..');

/** Runs the command line with only the locale variables given. */
function cli(env: Record<string, string>, ...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const inherited = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^(LANG|LANGUAGE|LC_ALL|LC_MESSAGES)$/.test(name)));
  const run = spawnSync(process.execPath, ['dist/cli.js', ...args], { cwd: ROOT, encoding: 'utf8', env: { ...inherited, ...env } });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('The command line in Chinese', function () {
  // Each test starts Node afresh.
  this.timeout(30_000);

  it('prints check\'s problems in Chinese under LANG=zh_CN.UTF-8, the document\'s own locators as written', () => {
    const run = cli({ LANG: 'zh_CN.UTF-8' }, 'check', 'test/fixtures/check/problems.md');
    assert.equal(run.status, 1);
    assert.equal(run.stderr, '');
    assert.deepEqual(run.stdout.trimEnd().split('\n'), [
      'test/fixtures/check/problems.md:3:31: 误引第 3 段：“keystone”应为“cornerstone”。',
      'test/fixtures/check/problems.md:5:160: 段码有误：“By contacts with young political figures,…”在第 4 段，不在 para. 5。',
      'test/fixtures/check/problems.md:7:27: 引自《The Outstanding Results of CPC\'s International Relations》（第 13 段）的引文缺少引用。',
    ]);
  });

  it('keeps the fixes\' edits in the document\'s language: only their titles are translated', () => {
    const zh = JSON.parse(cli({ LANG: 'zh_CN.UTF-8' }, 'check', '--json', 'test/fixtures/check/problems.md').stdout) as { kind: string; fix?: { title: string; edits: unknown[] } }[];
    const en = JSON.parse(cli({ LANG: 'en_US.UTF-8' }, 'check', '--json', 'test/fixtures/check/problems.md').stdout) as typeof zh;
    assert.deepEqual(zh.map((p) => p.fix?.edits), en.map((p) => p.fix?.edits));
    assert.deepEqual(zh.map((p) => p.fix?.title), ['恢复第 3 段的原文', '将段码改为“para. 4”', '插入引用（第 13 段）']);
  });

  it('says why a file cannot be read, and what the usage is, in Chinese', () => {
    const missing = cli({ LANG: 'zh_CN.UTF-8' }, 'check', 'test/fixtures/check/no-such-file.md');
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'cpc-relations check: 无法读取“test/fixtures/check/no-such-file.md”：文件不存在\n');
    const none = cli({ LANG: 'zh_CN.UTF-8' }, 'check');
    assert.equal(none.status, 2);
    assert.match(none.stderr, /^cpc-relations check: 请至少给出一个要核对的文件\n\n用法：\n {2}check /);
    assert.match(cli({ LANG: 'zh_CN.UTF-8' }, 'help').stdout, /^用法：cpc-relations <命令> \[选项\]/);
    assert.match(cli({ LANG: 'zh_CN.UTF-8' }, 'check', '--nope').stderr, /未知选项“--nope”/);
  });

  it('explains cite, search, notes, concordance and show in Chinese when asked for help', () => {
    const help = (command: string) => cli({ LANG: 'zh_CN.UTF-8' }, command, '--help');
    const cite = help('cite');
    assert.equal(cite.status, 0);
    assert.match(cite.stdout, /^用法：\n {2}cite \[N \| N-M\] \[选项\]\n {19}引用文本的第 N 段/);
    assert.match(cite.stdout, /--style S {4}引用格式（默认 apa）：/);
    assert.match(help('search').stdout, /^用法：\n {2}search QUERY .*\n {19}与 QUERY 最匹配的句和段/);
    assert.match(help('notes').stdout, /^用法：\n {2}notes .*\n {19}笔记文件的文献笔记：每处高亮写成引文并附引用/);
    assert.match(help('concordance').stdout, /^用法：\n {2}concordance WORD.*\n {19}WORD 的每处出现及其语境/);
    assert.match(help('concordance').stdout, /--limit N {4}最多 N 个词（默认全部）/);
    assert.match(help('show').stdout, /^用法：\n {2}show /);
    for (const command of ['cite', 'search', 'notes', 'concordance', 'show']) assert.doesNotMatch(help(command).stdout, /Usage|the text|default/, command);
  });

  it('says what is wrong with cite, search, notes, concordance and show in Chinese, with the usage', () => {
    const zh = (...args: string[]) => cli({ LANG: 'zh_CN.UTF-8' }, ...args);
    const cite = zh('cite', '99');
    assert.equal(cite.status, 2);
    assert.match(cite.stderr, /^cpc-relations cite: 该文本共有第 1 到 \d+ 段：“99”不在其中\n\n用法：\n {2}cite /);
    assert.match(zh('cite', '--style', 'nope').stderr, /^cpc-relations cite: --style 须为 apa、.* 之一，而不是“nope”\n/);
    const search = zh('search', '--limit', '0', 'peace');
    assert.equal(search.status, 2);
    assert.match(search.stderr, /^cpc-relations search: --limit 须为 1 到 1000 之间的整数，而不是“0”\n\n用法：\n {2}search /);
    assert.match(zh('search').stderr, /^cpc-relations search: 请给出要搜索的词语/);
    const notes = zh('notes', 'stray');
    assert.equal(notes.status, 2);
    assert.match(notes.stderr, /^cpc-relations notes: notes 不接受参数，而收到了“stray”：请用 --notes FILE 给出笔记文件\n\n用法：\n {2}notes /);
    const concordance = zh('concordance', '--frequency', '--width', '20');
    assert.equal(concordance.status, 2);
    assert.match(concordance.stderr, /^cpc-relations concordance: --width 用于某个词的语境索引，不用于 --frequency\n\n用法：\n {2}concordance /);
    assert.match(zh('show', 'extra').stderr, /^cpc-relations show: show 不接受参数，而收到了“extra”\n\n用法：/);
  });

  it('reports what search and concordance found, or did not, in Chinese', () => {
    const none = cli({ LANG: 'zh_CN.UTF-8' }, 'search', 'zzqxj');
    assert.deepEqual([none.status, none.stdout], [1, '没有与 "zzqxj" 匹配的段落。\n']);
    assert.equal(cli({ LANG: 'zh_CN.UTF-8' }, 'concordance', 'zzqxj').stdout, '没有找到 "zzqxj"。\n');
    assert.match(cli({ LANG: 'zh_CN.UTF-8' }, 'concordance', 'peace').stdout, /^peace: 共 \d+ 处 \(/);
  });

  it('names the untitled introduction in Chinese in search and concordance, the text\'s headings as written', () => {
    assert.equal(cli({ LANG: 'zh_CN.UTF-8' }, 'search', 'advantage of political party contacts', '--limit', '1').stdout.split('\n')[0], '1. ¶ 1，第 1 句 (引言)');
    assert.equal(cli({ LANG: 'C' }, 'search', 'advantage of political party contacts', '--limit', '1').stdout.split('\n')[0], '1. ¶ 1, sentence 1 (Introduction)');
    const lines = cli({ LANG: 'zh_CN.UTF-8' }, 'concordance', 'consolidating').stdout.split('\n');
    assert.deepEqual(lines.slice(2, 4), ['  引言: 1', '  CPC\'s international relations have facilitated a healthy and stable progress of state-to-state relations: 1']);
  });

  it('gives a size under 1 KiB in 字节', () => {
    const run = cli({ LANG: 'zh_CN.UTF-8' }, 'check', '--max-size', '10', 'test/fixtures/check/problems.md');
    assert.equal(run.status, 2);
    assert.match(run.stderr, /超过了 10 字节 的上限（可用 --max-size 调高）\n$/);
  });

  it('takes --lang over the environment, and LC_ALL and LC_MESSAGES over LANG', () => {
    assert.match(cli({ LANG: 'zh_CN.UTF-8' }, '--lang', 'en', 'check', 'test/fixtures/check/problems.md').stdout, /: Misquotation of para\. 3:/);
    assert.match(cli({ LANG: 'en_GB.UTF-8' }, 'check', '--lang=zh-cn', 'test/fixtures/check/problems.md').stdout, /: 误引第 3 段：/);
    assert.match(cli({ LANG: 'zh_CN.UTF-8', LC_ALL: 'C' }, 'check', 'test/fixtures/check/problems.md').stdout, /: Misquotation of para\. 3:/);
    assert.match(cli({ LANG: 'en_US.UTF-8', LC_MESSAGES: 'zh_CN.UTF-8' }, 'check', 'test/fixtures/check/problems.md').stdout, /: 误引第 3 段：/);
  });

  it('refuses a language it does not speak, saying which it does', () => {
    const run = cli({}, '--lang', 'fr', 'check', 'test/fixtures/check/problems.md');
    assert.deepEqual([run.status, run.stdout, run.stderr], [2, '', 'cpc-relations: --lang takes zh-cn or en, not "fr"\n']);
  });
});

describe('A malformed text', () => {
  const source = '---\nkey: "x"\ntype: book\ntitle: "T"\npublisher: "P"\nissued: "2011-13"\n---\n\n## \n';

  it('is reported in English by default, and in Chinese when asked, at the same lines', () => {
    const problems = (words?: typeof ENGLISH.parse) => {
      const result = parseText(source, 'x.text.md', words);
      return result.ok ? [] : result.problems.map((p) => `${p.line}: ${p.message}`);
    };
    assert.deepEqual(problems(), ['6: "issued" is not a real date: "2011-13"', '9: the section heading is empty', '8: the text has no paragraphs']);
    assert.deepEqual(problems(SIMPLIFIED_CHINESE.parse), ['6: “issued”不是真实的日期：“2011-13”', '9: 节标题为空', '8: 该文本没有段']);
  });

  it('has its front matter\'s YAML reported in Chinese when asked', () => {
    const result = parseText('---\nkey: "x\n\ttitle: T\n---\n\nA paragraph.\n', 'x.text.md', SIMPLIFIED_CHINESE.parse);
    assert.ok(!result.ok);
    assert.deepEqual(result.problems.slice(0, 2).map((p) => `${p.line}: ${p.message}`), ['3: 请用空格缩进，不要用制表符', '2: 双引号字符串没有结束']);
  });
});

describe('A locale tag', () => {
  it('is Simplified Chinese for zh, zh-CN, zh-Hans, zh_SG and zh_CN.UTF-8; English otherwise, traditional Chinese included', () => {
    for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh-Hans-CN', 'zh_SG', 'zh_CN.UTF-8', 'zh_CN.GB18030@euro']) assert.equal(localeOf(tag), 'zh-cn', tag);
    for (const tag of [undefined, '', 'C', 'POSIX', 'en', 'en_US.UTF-8', 'fr-FR', 'zh-TW', 'zh_HK.UTF-8', 'zh-Hant']) assert.equal(localeOf(tag), 'en', String(tag));
  });
});
