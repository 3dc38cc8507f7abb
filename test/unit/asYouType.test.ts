import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { asYouTypePause, DEFAULT_LIMITS, documentPause } from '../../src/core/asYouType';

const ROOT = path.join(__dirname, '../../..');
const limits = { maxDocumentSize: 1000, maxBlockSize: 100 };
const paragraph = (n: number) => 'word '.repeat(n / 5).trimEnd();

describe('Checking as you type pauses', () => {
  it('for a document longer than the limit, from its length alone', () => {
    assert.deepEqual(documentPause(1001, limits), { reason: 'document', size: 1001, limit: 1000 });
    assert.equal(documentPause(1000, limits), undefined);
    assert.deepEqual(asYouTypePause('x'.repeat(5000), 'plaintext', limits), { reason: 'document', size: 5000, limit: 1000 });
  });

  it('for a document with a block longer than the limit, naming the longest', () => {
    const text = `${paragraph(50)}\n\n${paragraph(150)}\n\n${paragraph(200)}\n`;
    assert.deepEqual(asYouTypePause(text, 'markdown', limits), { reason: 'block', size: 199, limit: 100, offset: 49 + 2 + 149 + 2 });
  });

  it('for plain text with no blank line, which is one block', () => {
    const lines = Array.from({ length: 30 }, () => 'A line of plain text.').join('\n');
    assert.equal(asYouTypePause(lines, 'plaintext', limits)?.reason, 'block');
  });

  it('not for short blocks, nor for long code, which is not checked', () => {
    const text = `${paragraph(90)}\n\n${paragraph(90)}\n\n\`\`\`\n${'code '.repeat(150)}\n\`\`\`\n`;
    assert.equal(asYouTypePause(text, 'markdown', limits), undefined);
  });

  it('never when the limits are 0', () => {
    assert.equal(asYouTypePause('x'.repeat(5000), 'plaintext', { maxDocumentSize: 0, maxBlockSize: 0 }), undefined);
  });

  it('at the limits the manifest gives as defaults', () => {
    const properties = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')).contributes.configuration.properties;
    assert.equal(properties['cpcRelations.check.maxDocumentSize'].default, DEFAULT_LIMITS.maxDocumentSize);
    assert.equal(properties['cpcRelations.check.maxBlockSize'].default, DEFAULT_LIMITS.maxBlockSize);
  });
});
