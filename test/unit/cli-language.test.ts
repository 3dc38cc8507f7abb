import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { localeOf } from '../../src/core/messages';

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

describe('A locale tag', () => {
  it('is Simplified Chinese for zh, zh-CN, zh-Hans, zh_SG and zh_CN.UTF-8; English otherwise, traditional Chinese included', () => {
    for (const tag of ['zh', 'zh-cn', 'zh-CN', 'zh-Hans-CN', 'zh_SG', 'zh_CN.UTF-8', 'zh_CN.GB18030@euro']) assert.equal(localeOf(tag), 'zh-cn', tag);
    for (const tag of [undefined, '', 'C', 'POSIX', 'en', 'en_US.UTF-8', 'fr-FR', 'zh-TW', 'zh_HK.UTF-8', 'zh-Hant']) assert.equal(localeOf(tag), 'en', String(tag));
  });
});
