import qrcode from 'qrcode-generator';

/** A QR code's modules, row by row (true: dark), without the quiet zone. */
export interface QrMatrix {
  readonly size: number;
  readonly dark: readonly (readonly boolean[])[];
}

/** Modules of white around the code, as ISO/IEC 18004 asks of a printed QR code. */
export const QUIET_ZONE = 4;

/**
 * TEXT (a form's link) as a QR code: byte mode over its UTF-8, the smallest version that holds
 * it at error-correction level M (15% of the code may be smudged or folded and still read, as
 * on a poster pinned to a notice board). qrcode-generator's byte mode takes one char per byte,
 * so the text is handed over as its UTF-8 bytes. A text too long for the largest version
 * (40-M holds 2,331 bytes) throws a RangeError.
 */
export function qrMatrix(text: string): QrMatrix {
  const code = qrcode(0, 'M');
  code.addData(utf8Binary(text), 'Byte');
  try {
    code.make();
  } catch {
    throw new RangeError(`text too long for a QR code: ${utf8Binary(text).length} bytes`);
  }
  const size = code.getModuleCount();
  const dark = Array.from({ length: size }, (_, r) =>
    Array.from({ length: size }, (_, c) => code.isDark(r, c)),
  );
  return { size, dark };
}

/** The code as an SVG of MODULE-pixel squares, quiet zone included: one path, crisp when scaled. */
export function qrSvg(matrix: QrMatrix, module = 8): string {
  const side = (matrix.size + 2 * QUIET_ZONE) * module;
  const squares: string[] = [];
  matrix.dark.forEach((row, r) =>
    row.forEach((isDark, c) => {
      if (isDark)
        squares.push(
          `M${(c + QUIET_ZONE) * module} ${(r + QUIET_ZONE) * module}h${module}v${module}h-${module}z`,
        );
    }),
  );
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${side}" height="${side}" viewBox="0 0 ${side} ${side}" shape-rendering="crispEdges">` +
    `<rect width="${side}" height="${side}" fill="#fff"/><path fill="#000" d="${squares.join('')}"/></svg>`
  );
}

/** TEXT's UTF-8 bytes, one char each (Apps Script's V8 has no TextEncoder). */
function utf8Binary(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x80) out += ch;
    else if (cp < 0x800) out += String.fromCharCode(0xc0 | (cp >> 6), 0x80 | (cp & 63));
    else if (cp < 0x10000)
      out += String.fromCharCode(0xe0 | (cp >> 12), 0x80 | ((cp >> 6) & 63), 0x80 | (cp & 63));
    else
      out += String.fromCharCode(
        0xf0 | (cp >> 18),
        0x80 | ((cp >> 12) & 63),
        0x80 | ((cp >> 6) & 63),
        0x80 | (cp & 63),
      );
  }
  return out;
}
