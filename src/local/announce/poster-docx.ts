import {
  AlignmentType,
  convertMillimetersToTwip,
  Document,
  ImageRun,
  Packer,
  Paragraph,
  TextRun,
} from 'docx';
import type { Poster } from '../../core/announce/kit';

const FONT = 'Times New Roman';
/** The QR code's side on the paper: 9 cm reads from two metres on a notice board. */
const QR_MM = 90;
/** docx sizes an image in pixels at 96 dpi. */
const px = (mm: number): number => Math.round((mm / 25.4) * 96);

const line = (
  text: string,
  size: number,
  options: { bold?: boolean; italics?: boolean; after?: number } = {},
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 160 },
    children: [
      new TextRun({
        text,
        font: FONT,
        size: size * 2,
        ...(options.bold ? { bold: true } : {}),
        ...(options.italics ? { italics: true } : {}),
      }),
    ],
  });

/** One A4 page: the school and the week, what to do, the QR code and its link, the deadline, the slogan. */
export async function posterDocx(poster: Poster, png: Uint8Array): Promise<Buffer> {
  const document = new Document({
    creator: 'learning-week',
    title: `${poster.week} — ${poster.ask}`,
    sections: [
      {
        properties: {
          page: {
            size: { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) },
            margin: {
              top: convertMillimetersToTwip(20),
              bottom: convertMillimetersToTwip(15),
              left: convertMillimetersToTwip(20),
              right: convertMillimetersToTwip(20),
            },
          },
        },
        children: [
          line(poster.school.toUpperCase(), 15, { bold: true }),
          line(poster.week, 22, { bold: true }),
          ...(poster.theme ? [line(poster.theme, 14, { italics: true, after: 480 })] : []),
          line(poster.ask, 22, { bold: true, after: 240 }),
          line(poster.scan, 14, { after: 120 }),
          new Paragraph({
            alignment: AlignmentType.CENTER,
            spacing: { after: 120 },
            children: [
              new ImageRun({
                type: 'png',
                data: png,
                transformation: { width: px(QR_MM), height: px(QR_MM) },
                altText: { name: `qr-${poster.form}`, title: poster.ask, description: poster.url },
              }),
            ],
          }),
          line(poster.url, 10, { after: 360 }),
          line(poster.deadline, 18, { bold: true, after: 720 }),
          line(poster.slogan, 15, { italics: true }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
