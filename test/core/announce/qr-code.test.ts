import fc from 'fast-check';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE, qrMatrix, qrSvg, type QrMatrix } from '../../../src/core/announce/qr-code';

/** The code drawn as a phone camera would see it: RGBA pixels, PX to a module. */
function pixels(matrix: QrMatrix, px = 4): { data: Uint8ClampedArray; side: number } {
  const side = (matrix.size + 2 * QUIET_ZONE) * px;
  const data = new Uint8ClampedArray(side * side * 4).fill(255);
  matrix.dark.forEach((row, r) =>
    row.forEach((dark, c) => {
      if (!dark) return;
      for (let y = 0; y < px; y++)
        for (let x = 0; x < px; x++) {
          const at = (((r + QUIET_ZONE) * px + y) * side + (c + QUIET_ZONE) * px + x) * 4;
          data[at] = data[at + 1] = data[at + 2] = 0;
        }
    }),
  );
  return { data, side };
}

/** What an independent decoder (jsQR) reads back, as UTF-8. */
function decoded(matrix: QrMatrix): string | undefined {
  const { data, side } = pixels(matrix);
  const found = jsQR(data, side, side);
  return found ? Buffer.from(found.binaryData).toString('utf8') : undefined;
}

describe('the QR code of a form link', () => {
  it('reads back exactly: a Google Forms link, a local one, one with Vietnamese in it', () => {
    for (const url of [
      'https://docs.google.com/forms/d/e/1FAIpQLSf3xQ9Zk2bq7lD0aT-Example_Form_Id_1234567890abcdef/viewform',
      'http://127.0.0.1:8080/forms/training',
      'https://mn2010.edu.vn/tuần-lễ?lớp=Lá 1',
    ])
      expect(decoded(qrMatrix(url))).toBe(url);
  });

  it('reads back any link up to 300 characters, at the smallest version that holds it', () => {
    const path = fc.string({
      unit: fc.constantFrom('a', 'Z', '0', '-', '_', '/', '?', '=', '&', 'ệ', 'đ'),
      maxLength: 280,
    });
    fc.assert(
      fc.property(path, (tail) => {
        const url = `https://x.vn/${tail}`;
        const matrix = qrMatrix(url);
        expect(decoded(matrix)).toBe(url);
        // Version v has 17 + 4v modules a side.
        expect((matrix.size - 17) % 4).toBe(0);
      }),
      { numRuns: 40 },
    );
  });

  it('grows for a longer link and refuses one no QR code holds', () => {
    expect(qrMatrix(`https://x.vn/${'a'.repeat(400)}`).size).toBeGreaterThan(qrMatrix('https://x.vn/a').size);
    expect(() => qrMatrix(`https://x.vn/${'a'.repeat(2400)}`)).toThrow(RangeError);
  });

  it('draws as an SVG with a white quiet zone of four modules', () => {
    const matrix = qrMatrix('https://x.vn/a');
    const svg = qrSvg(matrix, 10);
    const side = (matrix.size + 8) * 10;
    expect(svg).toContain(`viewBox="0 0 ${side} ${side}"`);
    expect(svg).toContain(`<rect width="${side}" height="${side}" fill="#fff"/>`);
    // The top-left finder pattern starts right after the quiet zone.
    expect(svg).toContain('M40 40h10v10h-10z');
  });
});
