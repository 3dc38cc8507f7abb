import * as assert from 'node:assert/strict';
import { describeValue, quotedValue, shortMessage, SHOWN_MESSAGE_MAX, SHOWN_VALUE_MAX } from '../../src/core/shown';

describe('A setting\'s value in a warning', () => {
  it('is quoted whole when it is short', () => {
    assert.equal(describeValue('apaa'), '"apaa"');
    assert.equal(describeValue(42), '42');
    assert.equal(describeValue(['a', 1]), '["a",1]');
  });

  it('is cut, with its length, when it is long', () => {
    const shown = describeValue('x'.repeat(100_000));
    assert.equal(shown, `"${'x'.repeat(59)}… (100,002 characters)`);
  });

  it('is given to a message as its start and its length, for each language to word', () => {
    assert.deepEqual(quotedValue('apaa'), { text: '"apaa"' });
    assert.deepEqual(quotedValue('x'.repeat(100_000)), { text: `"${'x'.repeat(SHOWN_VALUE_MAX - 1)}`, length: 100_002 });
  });

  it('never makes a message longer than a notification shows', () => {
    const message = `The template cannot be used: "{${'y'.repeat(100_000)}}" is not a placeholder`;
    const shown = shortMessage(message);
    assert.equal(shown.length, SHOWN_MESSAGE_MAX + 1);
    assert.ok(shown.endsWith('…'));
    assert.equal(shortMessage('short'), 'short');
  });
});
