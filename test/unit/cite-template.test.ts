import * as assert from 'node:assert/strict';
import { parseTemplate } from '../../src/core/cite';
import { SIMPLIFIED_CHINESE } from '../../src/core/messages';

describe('Custom templates', () => {
  it('reads placeholders, italics and escaped characters', () => {
    assert.deepEqual(parseTemplate('{title} *{book}* \\{x\\} \\* \\\\'), {
      ok: true,
      template: [{ field: 'title' }, { text: ' ' }, { italic: [{ field: 'book' }] }, { text: ' {x} * \\' }],
    });
  });

  it('names an unknown placeholder and lists the known ones', () => {
    const result = parseTemplate('({autor}, {year})');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /^"\{autor\}" is not a placeholder; known ones are \{title\}, \{sentenceTitle\}, .*\{key\}$/);
  });

  it('says where a template is malformed', () => {
    const message = (t: string) => {
      const r = parseTemplate(t);
      return r.ok ? '' : r.message;
    };
    assert.equal(message('({year'), 'the "{" at character 2 is not closed by "}"');
    assert.equal(message('(year})'), 'the "}" at character 6 closes nothing (write \\} for the character itself)');
    assert.equal(message('*{book}'), 'the "*" at character 1 opens italics that are never closed');
  });

  it('runs nothing: what looks like code is an unknown placeholder or plain text', () => {
    const result = parseTemplate('${process.exit(1)}');
    assert.equal(result.ok, false);
    assert.match(result.ok ? '' : result.message, /^"\{process\.exit\(1\)\}" is not a placeholder/);
    assert.deepEqual(parseTemplate('<script>alert(1)</script>'), { ok: true, template: [{ text: '<script>alert(1)</script>' }] });
  });

  it('says why it cannot be used in the interface\'s language when given the Chinese catalogue', () => {
    const message = (source: string) => {
      const parsed = parseTemplate(source, SIMPLIFIED_CHINESE.template);
      return parsed.ok ? '' : parsed.message;
    };
    assert.equal(message('({year'), '第 2 个字符处的“{”没有用“}”闭合');
    assert.equal(message('*{title}'), '第 1 个字符处的“*”开始的斜体没有结束');
    assert.match(message('{nope}'), /^“\{nope\}”不是占位符；可用的占位符有 \{/);
  });
});
