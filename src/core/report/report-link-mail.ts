import type { Language } from '../plan';
import type { RenderedMail } from '../mail/rendered-mail';
import { simpleMail } from '../mail/simple-mail';
import type { Headline } from './blocks';

export interface ReportLinkData {
  readonly language: Language;
  readonly school: string;
  readonly year?: number;
  /** The Doc leadership opens. */
  readonly url: string;
  /** Built before the week's report time: said in the subject and the body. */
  readonly preview: boolean;
  /** The report's headline figures: counts only, never a nominee's or a person's details. */
  readonly headline: readonly Headline[];
  readonly senderName?: string;
}

/**
 * The mail to leadership that the report is ready: the link and the headline figures. The
 * report itself (with the selected families) stays in the shared Doc, behind its sharing.
 */
export function reportLinkMail(data: ReportLinkData): RenderedMail {
  const vi = data.language === 'vi';
  const year = data.year === undefined ? '' : ` ${data.year}`;
  const mark = data.preview ? (vi ? ' (bản xem trước)' : ' (preview)') : '';
  return simpleMail({
    language: data.language,
    subject: vi
      ? `[Tuần lễ học tập suốt đời] Báo cáo kết quả Tuần lễ${year}${mark}`
      : `[Lifelong Learning Week] Report on the week${year}${mark}`,
    greeting: vi ? 'Kính gửi Ban giám hiệu,' : 'Dear school leadership,',
    paragraphs: [
      vi
        ? `Báo cáo kết quả Tuần lễ hưởng ứng học tập suốt đời${year} đã được lập từ bảng kế hoạch${
            data.preview ? ', là bản xem trước: tuần lễ chưa kết thúc, số liệu còn thay đổi' : ''
          }. Xem báo cáo tại: ${data.url}`
        : `The report on the Lifelong Learning Week${year} has been built from the plan sheet${
            data.preview ? '; it is a preview: the week has not ended and the figures may change' : ''
          }. Open it at: ${data.url}`,
    ],
    facts: data.headline.map((h) => [h.label, h.value] as const),
    closing: vi ? 'Thư tự động từ bảng kế hoạch.' : 'Sent automatically by the plan sheet.',
    signature: data.senderName || data.school,
  });
}
