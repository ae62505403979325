import type { Language } from '../plan';
import type { RenderedMail } from './rendered-mail';
import { simpleMail } from './simple-mail';

export interface ConfirmationData {
  readonly language: Language;
  readonly recipientName: string;
  readonly school: string;
  /** What was registered, e.g. "Đăng ký tập huấn: An toàn trên Internet". */
  readonly what: string;
  /** Details to confirm, label → value. */
  readonly details?: readonly (readonly [string, string])[];
  readonly senderName?: string;
}

/** "We received your registration": after a form response is recorded. */
export function confirmationMail(data: ConfirmationData): RenderedMail {
  const vi = data.language === 'vi';
  return simpleMail({
    language: data.language,
    subject: vi ? `Xác nhận: ${data.what} – ${data.school}` : `Confirmation: ${data.what} – ${data.school}`,
    greeting: vi ? `Kính gửi ${data.recipientName},` : `Dear ${data.recipientName},`,
    paragraphs: [
      vi
        ? `${data.school} xin xác nhận đã nhận được thông tin của Quý vị: ${data.what}.`
        : `${data.school} confirms that we have received: ${data.what}.`,
      vi
        ? 'Nếu có điều gì chưa đúng, xin vui lòng trả lời thư này.'
        : 'If anything is not right, please reply to this mail.',
    ],
    facts: data.details,
    closing: vi ? 'Trân trọng,' : 'Kind regards,',
    signature: data.senderName || data.school,
  });
}
