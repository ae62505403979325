import {
  AlignmentType,
  BorderStyle,
  convertMillimetersToTwip,
  Document,
  Packer,
  PageOrientation,
  Paragraph,
  TextRun,
} from 'docx';
import type { Award } from '../../core/schema/commendation-table';
import { catalogue } from '../../core/i18n/catalogue';
import type { Settings } from '../../core/plan';
import { choiceLabel } from '../../core/sheet-language';

const FONT = 'Times New Roman';

const line = (
  text: string,
  size: number,
  options: { bold?: boolean; italics?: boolean; caps?: boolean; after?: number; color?: string } = {},
) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: options.after ?? 120 },
    children: [
      new TextRun({
        text,
        font: FONT,
        size: size * 2,
        ...(options.bold ? { bold: true } : {}),
        ...(options.italics ? { italics: true } : {}),
        ...(options.caps ? { allCaps: true } : {}),
        ...(options.color ? { color: options.color } : {}),
      }),
    ],
  });

/**
 * The certificate the school starts from: one landscape A4 page with a double border, the
 * school's header, the award, the name and the reason as `{{placeholders}}`. Written once beside
 * the workbook; after that it is the principal's to edit in Word or LibreOffice, and is never
 * written over.
 */
export async function defaultTemplate(settings: Settings, award: Award): Promise<Buffer> {
  const lang = settings.language;
  const t = catalogue(lang).commendation;
  const c = t.certificate;
  const year = String(settings.year);
  const border = { style: BorderStyle.DOUBLE, size: 12, color: 'B8860B', space: 24 };
  const document = new Document({
    creator: 'learning-week',
    title: c.heading(choiceLabel(award, lang)),
    sections: [
      {
        properties: {
          page: {
            // docx swaps width and height itself for a landscape page: both given as portrait.
            size: {
              width: convertMillimetersToTwip(210),
              height: convertMillimetersToTwip(297),
              orientation: PageOrientation.LANDSCAPE,
            },
            margin: {
              top: convertMillimetersToTwip(18),
              bottom: convertMillimetersToTwip(15),
              left: convertMillimetersToTwip(20),
              right: convertMillimetersToTwip(20),
            },
            borders: {
              pageBorderTop: border,
              pageBorderBottom: border,
              pageBorderLeft: border,
              pageBorderRight: border,
            },
          },
        },
        children: [
          line(settings.governingBody.toUpperCase(), 13),
          line(settings.school.toUpperCase(), 13, { bold: true, after: 360 }),
          line(t.decision.authority(settings.school), 15, { bold: true, after: 240 }),
          line(c.grantedTo, 16, { italics: true }),
          line('{{Danh hiệu}}', 40, { bold: true, caps: true, color: 'C00000', after: 240 }),
          line('{{Họ tên}}', 28, { bold: true, color: '1F3864' }),
          line('{{Tổ}}', 16, { after: 240 }),
          line(`${c.forReason}: {{Lý do}}`, 16),
          line(c.inWeek(year), 16, { after: 360 }),
          line('{{Ngày}}', 14, { italics: true }),
          line(t.decision.signerTitle, 14, { bold: true, after: 840 }),
          line('{{Người ký}}', 14, { bold: true }),
        ],
      },
    ],
  });
  return Packer.toBuffer(document);
}
