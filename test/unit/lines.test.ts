import * as assert from 'node:assert/strict';
import { lineIndex } from '../../src/core/lines';

describe('Line index', () => {
  it('maps offsets to lines, columns and the line\'s span, with LF and CRLF', () => {
    const text = 'ab\r\ncd\n\nef';
    const place = lineIndex(text);
    assert.deepEqual(place(0), { line: 0, column: 0, lineStart: 0, lineEnd: 3 });
    assert.deepEqual(place(5), { line: 1, column: 1, lineStart: 4, lineEnd: 6 });
    assert.deepEqual(place(7), { line: 2, column: 0, lineStart: 7, lineEnd: 7 });
    assert.deepEqual(place(9), { line: 3, column: 1, lineStart: 8, lineEnd: 10 });
    assert.equal(text.slice(place(1).lineStart, place(1).lineEnd), 'ab\r');
  });
});
