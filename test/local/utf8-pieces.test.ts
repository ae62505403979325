import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Pieces } from '../../src/local/workbook/utf8-pieces';

/** Everything written, as the pieces handed on put it back together. */
function written(texts: readonly string[]): Buffer {
  const out = new Utf8Pieces();
  const pieces: Buffer[] = [];
  for (const text of texts) {
    const full = out.write(text);
    if (full) pieces.push(full);
  }
  const last = out.take();
  if (last) pieces.push(last);
  expect(pieces.every((p) => p.length > 0)).toBe(true);
  return Buffer.concat(pieces);
}

describe('UTF-8 pieces of a large XML part', () => {
  it('put back together, are the UTF-8 of the texts joined: Vietnamese, emoji, texts longer than a piece', () => {
    const unit = fc.constantFrom('a', 'ệ', 'Đ', '😀', '<', '\n', '中');
    const text = fc.oneof(
      fc.string({ unit, maxLength: 50 }),
      fc.string({ unit, minLength: 90_000, maxLength: 120_000 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 12 }), (texts) => {
        expect(written(texts).equals(Buffer.from(texts.join(''), 'utf8'))).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('hands nothing on for nothing written', () => {
    expect(new Utf8Pieces().take()).toBeUndefined();
    expect(written(['', '']).length).toBe(0);
  });
});
