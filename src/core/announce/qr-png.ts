import { zlibSync } from 'fflate';
import { QUIET_ZONE, type QrMatrix } from './qr-code';

/**
 * The code as a PNG (8-bit grey, MODULE pixels a module, quiet zone included): what Apps Script
 * puts into a Google Doc, where an SVG is not an image. The pixels are compressed by fflate
 * (pure JS, so it runs in the bundle); the PNG's chunks around them are a few lines of
 * the format itself (RFC 2083: signature, IHDR, IDAT, IEND, each with its CRC-32).
 */
export function qrPng(matrix: QrMatrix, module = 8): Uint8Array {
  const side = (matrix.size + 2 * QUIET_ZONE) * module;
  const raw = new Uint8Array(side * (side + 1));
  for (let y = 0; y < side; y++) {
    const rowStart = y * (side + 1);
    raw[rowStart] = 0; // filter: none
    const r = Math.floor(y / module) - QUIET_ZONE;
    for (let x = 0; x < side; x++) {
      const c = Math.floor(x / module) - QUIET_ZONE;
      const dark = r >= 0 && c >= 0 && r < matrix.size && c < matrix.size && matrix.dark[r]![c]!;
      raw[rowStart + 1 + x] = dark ? 0 : 255;
    }
  }
  const header = new Uint8Array(13);
  const view = new DataView(header.buffer);
  view.setUint32(0, side);
  view.setUint32(4, side);
  header.set([8, 0, 0, 0, 0], 8); // depth 8, grey, deflate, adaptive filtering, no interlace
  return concat([
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', header),
    chunk('IDAT', zlibSync(raw, { level: 9 })),
    chunk('IEND', new Uint8Array(0)),
  ]);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

let table: Uint32Array | undefined;

/** CRC-32 (ISO 3309) of a chunk's type and data, as PNG asks. */
function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = table[(crc ^ b) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
