import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';

/** What a phone camera reads from an image file: rendered by resvg, decoded by jsQR (as UTF-8). */
export function qrOf(image: Buffer, type: 'png' | 'svg'): string | undefined {
  const svg =
    type === 'svg'
      ? image.toString('utf8')
      : `<svg xmlns="http://www.w3.org/2000/svg" width="600" height="600"><image width="600" height="600" href="data:image/png;base64,${image.toString('base64')}"/></svg>`;
  const rendered = new Resvg(svg, { fitTo: { mode: 'width', value: 600 }, background: 'white' }).render();
  const found = jsQR(new Uint8ClampedArray(rendered.pixels), rendered.width, rendered.height);
  return found ? Buffer.from(found.binaryData).toString('utf8') : undefined;
}
