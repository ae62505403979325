import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';

export interface PromotionData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  /** "[HD10] Nói chuyện kỹ năng sống – thứ Tư, 06/10/2021, 14:00–16:00" */
  readonly session: string;
  /** How to give the seat back: resubmit the form without the session (with its link when known). */
  readonly formUrl?: string;
  readonly senderName?: string;
}

/** "A seat freed up and it is yours": a waitlisted person moved to a seat. */
export function promotionMail(data: PromotionData): RenderedMail {
  const vi = data.language === 'vi';
  const change = vi
    ? `Nếu không tham gia được nữa, xin gửi lại biểu mẫu đăng ký và bỏ chọn buổi này để nhường chỗ cho người khác${data.formUrl ? `: ${data.formUrl}` : '.'}`
    : `If you can no longer come, please resubmit the registration form without this session so someone else can have the seat${data.formUrl ? `: ${data.formUrl}` : '.'}`;
  return simpleMail({
    language: data.language,
    subject: vi ? `Đã có chỗ cho Quý vị – ${data.school}` : `A seat is now yours – ${data.school}`,
    greeting: vi ? `Kính gửi ${data.recipientName},` : `Dear ${data.recipientName},`,
    paragraphs: [
      vi
        ? `Một chỗ vừa trống và Quý vị, người đứng đầu danh sách chờ, đã được xếp chỗ tham gia buổi sau.`
        : 'A seat has freed up and you, first on the waitlist, now have a seat at this session.',
      change,
    ],
    facts: [[vi ? 'Buổi' : 'Session', data.session]],
    closing: vi ? 'Trân trọng,' : 'Kind regards,',
    signature: data.senderName || data.school,
  });
}
