import { describe, expect, it } from 'vitest';
import { qrMatrix } from '../../../src/core/announce/qr-code';
import { qrPng } from '../../../src/core/announce/qr-png';
import { qrOf } from '../../local/qr-read';

describe('a QR code as a PNG, for a Google Doc', () => {
  it('is a PNG that an independent decoder (resvg, then jsQR) reads back as the exact link', () => {
    const url = 'https://docs.google.com/forms/d/e/1FAIpQLSf-Đăng-ký/viewform?usp=sf_link';
    const png = qrPng(qrMatrix(url));
    expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(qrOf(Buffer.from(png), 'png')).toBe(url);
  });

  it('is as wide as its modules and quiet zone at the module size asked', () => {
    const matrix = qrMatrix('http://127.0.0.1:8080/forms/attendance');
    const png = qrPng(matrix, 6);
    const view = new DataView(png.buffer, png.byteOffset);
    expect(view.getUint32(16)).toBe((matrix.size + 8) * 6);
    expect(view.getUint32(20)).toBe((matrix.size + 8) * 6);
  });
});
